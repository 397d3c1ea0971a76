"""Telling people: one in-app notice per person, and an e-mail through the queue for
those who keep e-mail on for that kind.

Notices are written inside the caller's transaction, in a savepoint: they exist exactly
when the action that caused them commits, and a failure here is logged and swallowed, so
telling people never breaks the action. The e-mail is a queue task (antrean): its row
commits with the action and a worker sends it after commit, retrying on failure.
"""

import logging
from collections.abc import Iterable

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from antrean.services import tugas_antrekan
from pemberitahuan.models import Jenis, Pemberitahuan, PreferensiSurel

log = logging.getLogger(__name__)


def _penerima_unik(penerima: Iterable) -> list:
    dilihat, hasil = set(), []
    for orang in penerima:
        if orang is not None and orang.is_active and orang.pk not in dilihat:
            dilihat.add(orang.pk)
            hasil.append(orang)
    return hasil


def surel_dimatikan(*, pengguna_ids: Iterable[int], jenis: str) -> set[int]:
    """Who of `pengguna_ids` switched e-mail off for `jenis` (one query)."""
    return set(
        PreferensiSurel.objects.filter(
            pengguna_id__in=list(pengguna_ids), jenis=jenis, surel=False
        ).values_list("pengguna_id", flat=True)
    )


def pemberitahuan_kirim(
    *, jenis: str, penerima: Iterable, judul: str, isi: str = "", tautan: str = "", kunci: str = ""
) -> list[Pemberitahuan]:
    """Creates one notice per (active, distinct) person and queues its e-mail unless that
    person switched e-mail off for `jenis`. With `kunci`, a person who already has a
    notice with that key is skipped (each event is told once). Never raises: returns the
    notices created (none when something failed, which is logged)."""
    try:
        with transaction.atomic():
            return _kirim(jenis, _penerima_unik(penerima), judul, isi, tautan, kunci)
    except Exception:
        log.exception("pemberitahuan: %s (%s) tidak dapat dibuat", jenis, kunci)
        return []


def _kirim(jenis, penerima, judul, isi, tautan, kunci) -> list[Pemberitahuan]:
    if kunci:
        sudah = set(
            Pemberitahuan.objects.filter(
                kunci=kunci, penerima_id__in=[p.pk for p in penerima]
            ).values_list("penerima_id", flat=True)
        )
        penerima = [p for p in penerima if p.pk not in sudah]
    if not penerima:
        return []
    tanpa_surel = surel_dimatikan(pengguna_ids=[p.pk for p in penerima], jenis=jenis)
    dibuat = []
    for orang in penerima:
        notice = Pemberitahuan.objects.create(
            penerima=orang, jenis=jenis, judul=judul[:200], isi=isi, tautan=tautan, kunci=kunci
        )
        dibuat.append(notice)
        if orang.email and orang.pk not in tanpa_surel:
            from pemberitahuan.tugas import pemberitahuan_surel_kirim

            tugas_antrekan(pemberitahuan_surel_kirim, pemberitahuan_id=notice.pk)
    return dibuat


def pemberitahuan_tandai_dibaca(*, pengguna, pk: int | None = None) -> int:
    """Marks one notice (or, without `pk`, every notice) of `pengguna` read."""
    qs = Pemberitahuan.objects.filter(penerima=pengguna, dibaca_pada__isnull=True)
    if pk is not None:
        qs = qs.filter(pk=pk)
    return qs.update(dibaca_pada=timezone.now())


def preferensi_surel_simpan(*, pengguna, aktif: Iterable[str]) -> None:
    """Stores which kinds `pengguna` wants by e-mail; every other kind is switched off."""
    aktif = set(aktif)
    with transaction.atomic():
        for jenis in Jenis.values:
            PreferensiSurel.objects.update_or_create(
                pengguna=pengguna, jenis=jenis, defaults={"surel": jenis in aktif}
            )


def pengguna_aktif(ids: Iterable[int]) -> list:
    """People by id (for callers that hold ids from a values() query)."""
    return list(get_user_model().objects.filter(pk__in=list(ids), is_active=True))
