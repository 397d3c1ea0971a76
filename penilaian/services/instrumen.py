"""Loading an instrument version from a file, and changing its settings."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy

from penilaian.models import Area, InstrumenVersi, Pertanyaan, SubArea
from penilaian.selectors.instrumen import versi_punya_jawaban
from penilaian.services import muat as pemuat

PESAN_VERSI_SUDAH_DIPAKAI = gettext_lazy(
    "Versi instrumen ini sudah dipakai menjawab penilaian dan tidak boleh diubah; "
    "muat sebagai versi baru dengan kode lain."
)
PESAN_BERKAS_TIDAK_VALID = gettext_lazy("Berkas instrumen tidak valid: %(masalah)s")

DIBUAT = "dibuat"
DIPERBARUI = "diperbarui"
TETAP = "tetap"


@dataclass(frozen=True)
class HasilMuat:
    versi: InstrumenVersi
    status: str  # DIBUAT | DIPERBARUI | TETAP


def _periksa(data: dict) -> None:
    """Rejects a file the scoring engine could not read, before anything is written."""
    from penilaian.scoring import InstrumenTidakValid, instrumen_dari_data

    try:
        instrumen_dari_data(data)
    except (InstrumenTidakValid, KeyError, TypeError, ValueError) as exc:
        raise ValidationError(PESAN_BERKAS_TIDAK_VALID, params={"masalah": str(exc)}) from exc


@transaction.atomic
def instrumen_muat(*, data: dict) -> HasilMuat:
    """Loads one version idempotently: the same content twice changes nothing; new
    content replaces the structure of a version no answer points at, and is refused
    for a version that has answers."""
    _periksa(data)
    kode = data["meta"]["instrument"]
    versi = InstrumenVersi.objects.select_for_update().filter(kode=kode).first()
    if versi is not None and versi.sidik == pemuat.sidik(data):
        return HasilMuat(versi, TETAP)
    if versi is not None and versi_punya_jawaban(versi):
        raise ValidationError(PESAN_VERSI_SUDAH_DIPAKAI)
    status = DIBUAT if versi is None else DIPERBARUI
    if versi is None:
        versi = InstrumenVersi()
    else:
        versi.area.all().delete()
    pemuat.isi_versi(versi, data)
    versi.full_clean()
    versi.save()
    pemuat.tulis(data, versi, Area=Area, SubArea=SubArea, Pertanyaan=Pertanyaan)
    return HasilMuat(versi, status)


def instrumen_muat_berkas(*, path) -> HasilMuat:
    try:
        data = pemuat.baca_berkas(path)
    except (OSError, ValueError) as exc:
        raise ValidationError(PESAN_BERKAS_TIDAK_VALID, params={"masalah": str(exc)}) from exc
    return instrumen_muat(data=data)


PENGATURAN = (
    "nilai_abcd",
    "rumus_pengaduan",
    "minimum_area",
    "perbandingan_ambang",
    "min_responden",
    "aktif",
)


@transaction.atomic
def instrumen_atur(*, versi: InstrumenVersi, oleh, **pengaturan) -> InstrumenVersi:
    """Changes the settings of a version no answer points at (any change of a reading
    would change scores already given). `aktif` may change at any time."""
    versi = InstrumenVersi.objects.select_for_update().get(pk=versi.pk)
    berubah = {
        nama: nilai
        for nama, nilai in pengaturan.items()
        if nama in PENGATURAN and getattr(versi, nama) != nilai
    }
    if set(berubah) - {"aktif"} and versi_punya_jawaban(versi):
        raise ValidationError(PESAN_VERSI_SUDAH_DIPAKAI)
    for nama, nilai in berubah.items():
        setattr(versi, nama, nilai)
    versi.full_clean()
    versi.save()
    return versi
