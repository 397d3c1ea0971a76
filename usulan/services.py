"""Writes of the proposal: choosing the units (with the official figures they are
proposed on) and recording that the letter was sent. Each in one transaction; a sent
proposal is never changed again."""

import datetime
import typing

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from penilaian.models import Evaluasi, Periode
from satker.lingkup import lingkup_pengguna
from usulan.models import Usulan, UsulanSatker
from usulan.selectors import calon_usulan, data_kop

PESAN_BUKAN_ADMIN = _("Hanya administrator Kanwil ini yang dapat menyusun usulan.")
PESAN_SUDAH_DIKIRIM = _(
    "Usulan periode ini sudah dikirim; unit dan nilainya tidak dapat diubah lagi."
)
PESAN_TANPA_UNIT = _("Pilih minimal satu unit yang diusulkan.")
PESAN_BUKAN_CALON = _("%(unit)s tidak dapat diusulkan: %(alasan)s")
PESAN_ALASAN_WAJIB = _(
    "%(unit)s: prasyarat belum terpenuhi (%(prasyarat)s). Tuliskan alasan tetap diusulkan."
)
PESAN_KIRIM_NANTI = _("Tanggal dikirim tidak boleh setelah hari ini.")
PESAN_SURAT_SETELAH_KIRIM = _("Tanggal surat tidak boleh setelah tanggal dikirim.")
PESAN_NOMOR_WAJIB = _("Isi nomor surat pengajuan yang dikirim.")
PESAN_BELUM_DISUSUN = _("Susun dan simpan usulan dulu sebelum mencatat pengirimannya.")


def _wajib_admin(oleh, periode: Periode) -> None:
    lingkup = lingkup_pengguna(oleh)
    if not lingkup.boleh_kelola_kanwil(periode.kanwil_id):
        raise PermissionDenied(PESAN_BUKAN_ADMIN)


def _unit_dipilih(periode: Periode, pilihan: dict[int, str]) -> list:
    """The chosen candidates, each checked: its official score must meet the predicate;
    an unmet prerequisite needs a written reason. Every problem is reported at once."""
    calon = {c.penilaian.pk: c for c in calon_usulan(periode=periode)}
    masalah, dipilih = [], []
    for pk, alasan in pilihan.items():
        c = calon.get(pk)
        if c is None:
            continue  # not a unit of this period: ignore what the form never offered
        nama = c.penilaian.satker.nama
        if not c.bisa:
            masalah.append(
                ValidationError(
                    PESAN_BUKAN_CALON, params={"unit": nama, "alasan": " ".join(c.alasan)}
                )
            )
        elif c.prasyarat_belum and not alasan.strip():
            masalah.append(
                ValidationError(
                    PESAN_ALASAN_WAJIB,
                    params={"unit": nama, "prasyarat": "; ".join(c.prasyarat_belum)},
                )
            )
        else:
            dipilih.append((c, alasan.strip() if c.prasyarat_belum else ""))
    if masalah:
        raise ValidationError(masalah)
    if not dipilih:
        raise ValidationError(PESAN_TANPA_UNIT, code="tanpa_unit")
    return dipilih


@transaction.atomic
def usulan_simpan(
    *,
    periode: Periode,
    oleh,
    pilihan: dict[int, str],
    penandatangan_nama: str,
    penandatangan_jabatan: str,
    penandatangan_nip: str = "",
) -> Usulan:
    """Stores the period's proposal: the chosen units ({penilaian pk: reason}) with the
    official figures they are proposed on now, and who signs. Replaces a draft; refuses
    once the proposal was sent."""
    _wajib_admin(oleh, periode)
    usulan = Usulan.objects.select_for_update().filter(periode=periode).first()
    if usulan is not None and usulan.status == Usulan.Status.DIKIRIM:
        raise ValidationError(PESAN_SUDAH_DIKIRIM, code="sudah_dikirim")
    dipilih = _unit_dipilih(periode, pilihan)
    usulan = usulan or Usulan(periode=periode, dibuat_oleh=oleh)
    usulan.penandatangan_nama = penandatangan_nama.strip()
    usulan.penandatangan_jabatan = penandatangan_jabatan.strip()
    usulan.penandatangan_nip = "".join(penandatangan_nip.split())
    usulan.diubah_oleh = oleh
    usulan.full_clean(exclude=["periode"])
    usulan.save()
    usulan.unit.all().delete()
    selesai = {
        # Filtered on selesai_pada__isnull=False just below.
        (e.penilaian_id, e.lapisan): typing.cast(datetime.datetime, e.selesai_pada)
        for e in Evaluasi.objects.filter(
            penilaian__in=[c.penilaian for c, _a in dipilih], selesai_pada__isnull=False
        )
    }
    UsulanSatker.objects.bulk_create(
        UsulanSatker(
            usulan=usulan,
            penilaian=c.penilaian,
            urutan=i,
            predikat=c.target,
            lapisan=c.resmi.lapisan,
            lapisan_selesai_pada=selesai[(c.penilaian.pk, c.resmi.lapisan)],
            total=str(c.resmi.total),
            pengungkit=str(c.resmi.pengungkit),
            hasil=str(c.resmi.hasil),
            alasan=alasan,
        )
        for i, (c, alasan) in enumerate(dipilih, 1)
    )
    return usulan


@transaction.atomic
def usulan_kirim(
    *,
    usulan: Usulan,
    oleh,
    nomor_surat: str,
    tanggal_surat: datetime.date,
    tanggal_kirim: datetime.date,
) -> Usulan:
    """Records that the proposal letter went out (its number and dates) and freezes it
    with the letterhead it was printed on. Two administrators at once: one wins."""
    _wajib_admin(oleh, usulan.periode)
    if not usulan.unit.exists():
        raise ValidationError(PESAN_BELUM_DISUSUN, code="belum_disusun")
    if not nomor_surat.strip():
        raise ValidationError({"nomor_surat": PESAN_NOMOR_WAJIB})
    if tanggal_kirim > timezone.localdate():
        raise ValidationError({"tanggal_kirim": PESAN_KIRIM_NANTI})
    if tanggal_surat > tanggal_kirim:
        raise ValidationError({"tanggal_surat": PESAN_SURAT_SETELAH_KIRIM})
    berubah = Usulan.objects.filter(pk=usulan.pk, status=Usulan.Status.DRAF).update(
        status=Usulan.Status.DIKIRIM,
        nomor_surat=nomor_surat.strip(),
        tanggal_surat=tanggal_surat,
        tanggal_kirim=tanggal_kirim,
        kop=data_kop(kanwil=usulan.periode.kanwil).ke_json(),
        dikirim_oleh=oleh,
        diubah_oleh=oleh,
        diubah_pada=timezone.now(),
    )
    if not berubah:
        raise ValidationError(PESAN_SUDAH_DIKIRIM, code="sudah_dikirim")
    usulan.refresh_from_db()
    return usulan
