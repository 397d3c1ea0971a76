"""Background exports: services that create, run and clean export jobs.

A job (PekerjaanEkspor) is what its owner sees: what, how far, which attempt, the file.
The work runs on the queue (`laporan.tugas.ekspor_jalankan`), queued in the same
transaction as the job row, so a job exists exactly when its task does and survives a
restart. A failed run is tried again (the queue's retry) and the job shows "waiting"
until the last attempt fails. The file is written to a temporary file, then stored
through the storage API (MEDIA_ROOT or S3), so any server can stream it to its owner.

The scope is applied again when the job runs, as the person who asked: an export never
shows what its owner may no longer read (that failure is final, not retried).
"""

import datetime
import logging
import tempfile
import uuid

from django.core.exceptions import PermissionDenied
from django.core.files import File
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import F
from django.http import Http404
from django.utils import timezone, translation
from django.utils.translation import gettext_noop

from antrean.services import TugasGagal, tugas_antrekan
from laporan.models import PekerjaanEkspor

log = logging.getLogger(__name__)

FOLDER = "ekspor"
UMUR_BERKAS = datetime.timedelta(days=7)
BATAS_MACET = datetime.timedelta(hours=6)  # a "running" job older than this was lost
PESAN_MACET = gettext_noop("Pekerjaan terhenti (server dimulai ulang). Silakan buat ulang.")
PESAN_GAGAL = gettext_noop("Ekspor gagal. Silakan coba lagi atau hubungi administrator.")
PESAN_DI_LUAR_LINGKUP = gettext_noop("Anda tidak lagi berhak membaca data ekspor ini.")

TIPE = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "zip": "application/zip",
}


def pekerjaan_buat(
    *, oleh, jenis: str, judul: str, parameter: dict, nama_berkas: str
) -> PekerjaanEkspor:
    """Records an export for `oleh` and queues its task, both or neither."""
    from laporan.tugas import ekspor_jalankan

    pekerjaan = PekerjaanEkspor(
        pemohon=oleh,
        jenis=jenis,
        judul=judul[:300],
        parameter=parameter,
        nama_berkas=nama_berkas[:200],
        bahasa=translation.get_language() or "id",
    )
    pekerjaan.full_clean(exclude=["berkas"])
    with transaction.atomic():
        pekerjaan.save()
        tugas_antrekan(ekspor_jalankan, pekerjaan_id=pekerjaan.pk)
    return pekerjaan


def _buat_rekap(pekerjaan: PekerjaanEkspor, berkas, kemajuan) -> None:
    from laporan.rekap import periode_rekap, rekap_buat

    p = pekerjaan.parameter
    daftar = periode_rekap(user=pekerjaan.pemohon, tahun=p["tahun"], kanwil_kode=p["kanwil"])
    rekap_buat(berkas, user=pekerjaan.pemohon, daftar_periode=daftar, kemajuan=kemajuan)


def _buat_survei(pekerjaan: PekerjaanEkspor, berkas, kemajuan) -> None:
    from laporan.access.rekap import cakupan_survei_untuk_dibaca
    from laporan.survei_data import survei_buat

    p = pekerjaan.parameter
    cakupan = cakupan_survei_untuk_dibaca(pekerjaan.pemohon, p["kode"], p["tahun"])
    survei_buat(berkas, cakupan, kemajuan=kemajuan)


def _buat_bukti(pekerjaan: PekerjaanEkspor, berkas, kemajuan) -> None:
    from laporan.paket import paket_bukti_tulis
    from penilaian.access import penilaian_untuk_dibaca

    p = pekerjaan.parameter
    penilaian = penilaian_untuk_dibaca(pekerjaan.pemohon, p["penilaian"])
    paket_bukti_tulis(
        berkas, penilaian=penilaian, basis_url=p.get("basis_url", ""), kemajuan=kemajuan
    )


PEMBUAT = {
    PekerjaanEkspor.Jenis.REKAP: (_buat_rekap, "xlsx"),
    PekerjaanEkspor.Jenis.SURVEI: (_buat_survei, "xlsx"),
    PekerjaanEkspor.Jenis.BUKTI: (_buat_bukti, "zip"),
}


def tipe_berkas(pekerjaan: PekerjaanEkspor) -> str:
    return TIPE[PEMBUAT[pekerjaan.jenis][1]]


def _ambil(pekerjaan_id: int) -> bool:
    """Claims an unfinished job for this run. A job still "running" is taken too: the
    queue runs one task per job, so that is a retry after its worker was lost."""
    return bool(
        PekerjaanEkspor.objects.filter(
            pk=pekerjaan_id,
            status__in=(PekerjaanEkspor.Status.ANTRI, PekerjaanEkspor.Status.BERJALAN),
        ).update(
            status=PekerjaanEkspor.Status.BERJALAN,
            mulai_pada=timezone.now(),
            kemajuan=0,
            percobaan=F("percobaan") + 1,
        )
    )


def _tulis(pekerjaan: PekerjaanEkspor) -> str:
    """Builds the file into a temporary file and stores it; returns its storage name."""
    buat, akhiran = PEMBUAT[pekerjaan.jenis]

    def kemajuan(persen: int) -> None:
        PekerjaanEkspor.objects.filter(pk=pekerjaan.pk).update(kemajuan=min(int(persen), 99))

    with translation.override(pekerjaan.bahasa), tempfile.TemporaryFile() as berkas:
        buat(pekerjaan, berkas, kemajuan)
        berkas.seek(0)
        nama = f"{FOLDER}/{uuid.uuid4().hex}.{akhiran}"
        return default_storage.save(nama, File(berkas, name=nama))


def _akhiri(pekerjaan_id: int, **nilai) -> None:
    PekerjaanEkspor.objects.filter(pk=pekerjaan_id).update(selesai_pada=timezone.now(), **nilai)


def pekerjaan_jalankan(*, pekerjaan_id: int, terakhir: bool = True) -> bool:
    """Runs one job to the end; False when it is already finished. On failure the job
    waits for the next attempt, or fails for good when `terakhir`; the error is raised
    again for the queue (TugasGagal when no attempt could help)."""
    if not _ambil(pekerjaan_id):
        return False
    pekerjaan = PekerjaanEkspor.objects.select_related("pemohon").get(pk=pekerjaan_id)
    try:
        nama = _tulis(pekerjaan)
    except (Http404, PermissionDenied) as exc:
        _akhiri(pekerjaan_id, status=PekerjaanEkspor.Status.GAGAL, galat=PESAN_DI_LUAR_LINGKUP)
        raise TugasGagal(f"ekspor {pekerjaan_id}: di luar lingkup pemohon") from exc
    except Exception:
        log.exception("ekspor %s gagal", pekerjaan_id)
        if terakhir:
            _akhiri(pekerjaan_id, status=PekerjaanEkspor.Status.GAGAL, galat=PESAN_GAGAL)
        else:
            PekerjaanEkspor.objects.filter(pk=pekerjaan_id).update(
                status=PekerjaanEkspor.Status.ANTRI, kemajuan=0
            )
        raise
    _akhiri(pekerjaan_id, status=PekerjaanEkspor.Status.SELESAI, kemajuan=100, berkas=nama)
    return True


def pekerjaan_bersihkan(*, umur: datetime.timedelta = UMUR_BERKAS) -> int:
    """Deletes jobs (and their files) older than `umur`, and fails jobs stuck running
    since long before (their task is gone). Returns the number of jobs deleted."""
    sekarang = timezone.now()
    PekerjaanEkspor.objects.filter(
        status=PekerjaanEkspor.Status.BERJALAN, mulai_pada__lt=sekarang - BATAS_MACET
    ).update(status=PekerjaanEkspor.Status.GAGAL, galat=PESAN_MACET, selesai_pada=sekarang)
    lama = PekerjaanEkspor.objects.filter(dibuat_pada__lt=sekarang - umur).exclude(
        status__in=(PekerjaanEkspor.Status.ANTRI, PekerjaanEkspor.Status.BERJALAN)
    )
    n = 0
    for pekerjaan in lama:
        if pekerjaan.berkas:
            pekerjaan.berkas.delete(save=False)
        pekerjaan.delete()
        n += 1
    return n
