"""Reads of the dashboard's internal-survey views: per unit of a Kanwil's period, the
self-assessment per area beside the staff's perception, and the Kanwil as a whole.
A fixed number of queries whatever the number of units."""

from dataclasses import dataclass

from penilaian.models import Penilaian, Periode
from penilaian.selectors.persepsi import Persepsi, jendela_survei, persepsi_penilaian_banyak
from satker.lingkup import lingkup_pengguna
from survei.internal.hasil import baris_kelompok, butir_per_area
from survei.internal.selectors import (
    RingkasanInternal,
    rerata_butir_internal,
    ringkasan_internal_gabungan,
)


@dataclass(frozen=True)
class BarisPersepsi:
    penilaian: Penilaian
    persepsi: Persepsi


@dataclass(frozen=True)
class PersepsiKanwil:
    baris: list[BarisPersepsi]  # units the user reads, by name
    kanwil: RingkasanInternal  # the units as one
    kelompok: list  # BarisKelompok of the Kanwil (counts only)
    butir_area: list  # [(area label, [RerataButirInternal])], units with 5+ only
    nama_area: list  # [(no, name)] of the instrument, for the table header
    jumlah_mencolok: int  # units with at least one area far above their staff's view


def persepsi_kanwil(*, user, periode: Periode) -> PersepsiKanwil:
    lingkup = lingkup_pengguna(user)
    penilaian = Penilaian.objects.filter(periode=periode).select_related("satker", "periode")
    if not lingkup.semua:
        penilaian = penilaian.filter(satker_id__in=lingkup.baca)
    daftar = list(penilaian.order_by("satker__nama"))
    persepsi = persepsi_penilaian_banyak(daftar=daftar)
    satker_ids = [p.satker_id for p in daftar]
    mulai, selesai = jendela_survei(periode)
    kanwil = ringkasan_internal_gabungan(satker_ids=satker_ids, mulai=mulai, selesai=selesai)
    butir = rerata_butir_internal(satker_ids=satker_ids, mulai=mulai, selesai=selesai)
    baris = [BarisPersepsi(p, persepsi[p.pk]) for p in daftar]
    contoh = baris[0].persepsi.area if baris else []
    return PersepsiKanwil(
        baris=baris,
        kanwil=kanwil,
        kelompok=baris_kelompok(kanwil.kelompok),
        butir_area=butir_per_area(butir),
        nama_area=[(a.no, a.nama) for a in contoh],
        jumlah_mencolok=sum(1 for b in baris if b.persepsi.mencolok),
    )
