"""Background exports: services that create, run and clean export jobs.

How jobs run (setting `LAPORAN_EKSPOR_LATAR`):
- "utas" (default): a daemon thread in the web process starts right after the POST's
  transaction commits. Nothing else to install; a job interrupted by a restart stays
  queued or running and is picked up (or failed) by the command below.
- "perintah": the web process only queues; `manage.py jalankan_ekspor` (from cron,
  e.g. every minute) runs the queue and cleans old files. For multi-server set-ups.
- "sinkron": the job runs inside the request (tests, tiny deployments).

A job is claimed with a conditional update (antri -> berjalan), so a thread and the
command never run the same job twice. The scope is applied again when the job runs,
as the person who asked: an export never shows what its owner may no longer read.
"""

import datetime
import logging
import threading
import uuid
from pathlib import Path

from django.conf import settings
from django.db import close_old_connections, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_noop

from laporan.models import PekerjaanEkspor

log = logging.getLogger(__name__)

FOLDER = "ekspor"
UMUR_BERKAS = datetime.timedelta(days=7)
BATAS_MACET = datetime.timedelta(hours=6)  # a "running" job older than this was lost
PESAN_MACET = gettext_noop("Pekerjaan terhenti (server dimulai ulang). Silakan buat ulang.")
PESAN_GAGAL = gettext_noop("Ekspor gagal. Silakan coba lagi atau hubungi administrator.")


def cara_latar() -> str:
    return getattr(settings, "LAPORAN_EKSPOR_LATAR", "utas")


def pekerjaan_buat(
    *, oleh, jenis: str, judul: str, parameter: dict, nama_berkas: str
) -> PekerjaanEkspor:
    """Queues an export for `oleh` and starts it the configured way."""
    pekerjaan = PekerjaanEkspor(
        pemohon=oleh,
        jenis=jenis,
        judul=judul[:300],
        parameter=parameter,
        nama_berkas=nama_berkas[:200],
        bahasa=translation.get_language() or settings.LANGUAGE_CODE,
    )
    pekerjaan.full_clean(exclude=["berkas"])
    pekerjaan.save()
    cara = cara_latar()
    if cara == "sinkron":
        pekerjaan_jalankan(pekerjaan_id=pekerjaan.pk)
        pekerjaan.refresh_from_db()
    elif cara == "utas":
        transaction.on_commit(lambda: _mulai_utas(pekerjaan.pk))
    return pekerjaan


def _mulai_utas(pk: int) -> None:
    threading.Thread(target=_utas, args=(pk,), name=f"ekspor-{pk}", daemon=True).start()


def _utas(pk: int) -> None:
    close_old_connections()
    try:
        pekerjaan_jalankan(pekerjaan_id=pk)
    finally:
        close_old_connections()
        from django.db import connection

        connection.close()


def _path(nama: str) -> Path:
    return Path(settings.MEDIA_ROOT) / nama


def _buat_rekap(pekerjaan: PekerjaanEkspor, tujuan: str, kemajuan) -> None:
    from laporan.rekap import periode_rekap, rekap_buat

    p = pekerjaan.parameter
    daftar = periode_rekap(user=pekerjaan.pemohon, tahun=p["tahun"], kanwil_kode=p["kanwil"])
    rekap_buat(tujuan, user=pekerjaan.pemohon, daftar_periode=daftar, kemajuan=kemajuan)


def _buat_survei(pekerjaan: PekerjaanEkspor, tujuan: str, kemajuan) -> None:
    from laporan.access_rekap import cakupan_survei_untuk_dibaca
    from laporan.survei_data import survei_buat

    p = pekerjaan.parameter
    cakupan = cakupan_survei_untuk_dibaca(pekerjaan.pemohon, p["kode"], p["tahun"])
    survei_buat(tujuan, cakupan, kemajuan=kemajuan)


PEMBUAT = {
    PekerjaanEkspor.Jenis.REKAP: _buat_rekap,
    PekerjaanEkspor.Jenis.SURVEI: _buat_survei,
}


def _pembuat(jenis: str):
    return PEMBUAT[jenis]


def pekerjaan_jalankan(*, pekerjaan_id: int) -> bool:
    """Runs one queued job to the end; False when someone else already claimed it."""
    diambil = PekerjaanEkspor.objects.filter(
        pk=pekerjaan_id, status=PekerjaanEkspor.Status.ANTRI
    ).update(status=PekerjaanEkspor.Status.BERJALAN, mulai_pada=timezone.now(), kemajuan=0)
    if not diambil:
        return False
    pekerjaan = PekerjaanEkspor.objects.select_related("pemohon").get(pk=pekerjaan_id)
    nama = f"{FOLDER}/{uuid.uuid4().hex}.xlsx"
    tujuan = _path(nama)
    tujuan.parent.mkdir(parents=True, exist_ok=True)

    def kemajuan(persen: int) -> None:
        PekerjaanEkspor.objects.filter(pk=pekerjaan_id).update(kemajuan=min(int(persen), 99))

    try:
        with translation.override(pekerjaan.bahasa):
            _pembuat(pekerjaan.jenis)(pekerjaan, str(tujuan), kemajuan)
    except Exception:  # noqa: BLE001 — any failure is the job's, shown to its owner
        log.exception("ekspor %s gagal", pekerjaan_id)
        tujuan.unlink(missing_ok=True)
        PekerjaanEkspor.objects.filter(pk=pekerjaan_id).update(
            status=PekerjaanEkspor.Status.GAGAL, galat=PESAN_GAGAL, selesai_pada=timezone.now()
        )
        return True
    PekerjaanEkspor.objects.filter(pk=pekerjaan_id).update(
        status=PekerjaanEkspor.Status.SELESAI,
        kemajuan=100,
        berkas=nama,
        selesai_pada=timezone.now(),
    )
    return True


def pekerjaan_jalankan_antrean() -> int:
    """Runs every queued job, oldest first (the `jalankan_ekspor` command)."""
    n = 0
    for pk in (
        PekerjaanEkspor.objects.filter(status=PekerjaanEkspor.Status.ANTRI)
        .order_by("dibuat_pada", "pk")
        .values_list("pk", flat=True)
    ):
        n += pekerjaan_jalankan(pekerjaan_id=pk)
    return n


def pekerjaan_bersihkan(*, umur: datetime.timedelta = UMUR_BERKAS) -> int:
    """Deletes jobs (and their files) older than `umur`, and fails jobs stuck running
    since before a restart. Returns the number of jobs deleted."""
    sekarang = timezone.now()
    PekerjaanEkspor.objects.filter(
        status=PekerjaanEkspor.Status.BERJALAN, mulai_pada__lt=sekarang - BATAS_MACET
    ).update(status=PekerjaanEkspor.Status.GAGAL, galat=PESAN_MACET, selesai_pada=sekarang)
    lama = PekerjaanEkspor.objects.filter(dibuat_pada__lt=sekarang - umur).exclude(
        status=PekerjaanEkspor.Status.BERJALAN
    )
    n = 0
    for pekerjaan in lama:
        if pekerjaan.berkas:
            _path(pekerjaan.berkas.name).unlink(missing_ok=True)
        pekerjaan.delete()
        n += 1
    return n
