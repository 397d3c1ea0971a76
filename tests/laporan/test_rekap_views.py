"""Recap and survey downloads through the pages: scope, direct download, background
jobs run by the queue worker with their status page, owner-only download, retries and
cleanup."""

import datetime
import io

import pytest
from django.conf import settings
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone
from openpyxl import load_workbook

from antrean.tugas_dasar import DBTaskResult
from laporan import pekerjaan as modul_pekerjaan
from laporan.models import PekerjaanEkspor
from laporan.pekerjaan import (
    PESAN_DI_LUAR_LINGKUP,
    PESAN_GAGAL,
    pekerjaan_bersihkan,
    pekerjaan_buat,
    pekerjaan_jalankan,
)
from satker.models import Peran
from tests.antrean.bantu import jalankan_pekerja
from tests.dasbor.bantu import unit_dinilai
from tests.factories import InstansiFactory, PeranFactory, PeriodeFactory
from tests.survei.conftest import isi

TAHUN = timezone.localdate().year


def _isi_berkas(response) -> bytes:
    return b"".join(response.streaming_content)


def _buku(response):
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    return load_workbook(io.BytesIO(_isi_berkas(response)))


# --- Scope ---------------------------------------------------------------------------------


def test_a_unit_operator_cannot_export_another_units_survey_data(cast, masuk_sebagai):
    isi(cast.satker_a, "spkp", 5)
    client = masuk_sebagai("operator_b")
    assert client.get(f"/laporan/survei/satker-a/{TAHUN}/unduh/").status_code == 404
    assert client.post(f"/laporan/survei/satker-a/{TAHUN}/latar/").status_code == 404
    assert not PekerjaanEkspor.objects.exists()


def test_the_auditor_may_export_a_units_survey_data(cast, masuk_sebagai):
    isi(cast.satker_a, "spkp", 5)
    buku = _buku(masuk_sebagai("auditor_x").get(f"/laporan/survei/satker-a/{TAHUN}/unduh/"))
    assert buku["Respons"].max_row == 2


def test_kanwil_y_cannot_export_kanwil_x(cast, masuk_sebagai):
    PeriodeFactory(kanwil=cast.kanwil_x)
    client = masuk_sebagai("admin_y")
    assert client.get("/laporan/rekap/kanwil-x/2026/unduh/").status_code == 404
    assert client.post("/laporan/rekap/kanwil-x/2026/latar/").status_code == 404
    assert client.get(f"/laporan/survei/kanwil-x/{TAHUN}/unduh/").status_code == 404


def test_a_kanwil_admin_downloads_the_recap_of_their_kanwil(cast, masuk_sebagai):
    unit_dinilai(cast.satker_a, "wbk")
    unit_dinilai(cast.satker_b, "belum_ipak")
    buku = _buku(masuk_sebagai("admin_x").get("/laporan/rekap/kanwil-x/2026/unduh/"))
    kode = [r[1] for r in buku["Rekap"].iter_rows(min_row=2, values_only=True)]
    assert sorted(kode) == ["satker-a", "satker-b"]


def test_a_national_admin_exports_several_kanwil_in_the_background(cast, client):
    unit_dinilai(cast.satker_a, "wbk")
    unit_dinilai(cast.satker_c, "wbk")
    nasional = PeranFactory(
        jenis=Peran.Jenis.ADMIN_NASIONAL, satker=None, instansi=InstansiFactory()
    ).pengguna
    client.force_login(nasional)
    halaman = client.get("/laporan/rekap-nasional/2026/")
    assert halaman.status_code == 200 and "Kanwil Y" in halaman.content.decode()
    r = client.post("/laporan/rekap-nasional/2026/latar/", {"kanwil": ["kanwil-x", "kanwil-y"]})
    pekerjaan = PekerjaanEkspor.objects.get()
    assert r["Location"] == f"/laporan/ekspor/{pekerjaan.pk}/"
    assert pekerjaan.status == "antri"
    jalankan_pekerja()
    pekerjaan.refresh_from_db()
    assert pekerjaan.status == "selesai" and pekerjaan.pemohon == nasional
    buku = _buku(client.get(f"/laporan/ekspor/{pekerjaan.pk}/unduh/"))
    kanwil = {r[0] for r in buku["Rekap"].iter_rows(min_row=2, values_only=True)}
    assert kanwil == {"Kanwil X", "Kanwil Y"}


def test_a_kanwil_admin_cannot_use_the_national_recap(cast, masuk_sebagai):
    client = masuk_sebagai("admin_x")
    assert (
        client.post("/laporan/rekap-nasional/2026/latar/", {"kanwil": ["kanwil-y"]}).status_code
        == 403
    )


# --- Background jobs -----------------------------------------------------------------------


def _minta_survei(client):
    client.post(f"/laporan/survei/satker-a/{TAHUN}/latar/")
    return PekerjaanEkspor.objects.get()


def test_a_finished_job_shows_its_download_and_only_its_owner_gets_the_file(cast, masuk_sebagai):
    isi(cast.satker_a, "spkp", 5)
    client = masuk_sebagai("admin_x")
    pekerjaan = _minta_survei(client)
    jalankan_pekerja()
    halaman = client.get(f"/laporan/ekspor/{pekerjaan.pk}/").content.decode()
    assert f"/laporan/ekspor/{pekerjaan.pk}/unduh/" in halaman
    assert 'http-equiv="refresh"' not in halaman
    assert _buku(client.get(f"/laporan/ekspor/{pekerjaan.pk}/unduh/"))["Respons"].max_row == 2
    # The auditor reads the same unit but did not ask for this file.
    auditor = masuk_sebagai("auditor_x")
    assert auditor.get(f"/laporan/ekspor/{pekerjaan.pk}/unduh/").status_code == 404
    assert auditor.get(f"/laporan/ekspor/{pekerjaan.pk}/").status_code == 404


def test_the_file_is_in_the_file_store_and_no_public_url_serves_it(cast, masuk_sebagai):
    client = masuk_sebagai("admin_x")
    pekerjaan = _minta_survei(client)
    jalankan_pekerja()
    pekerjaan.refresh_from_db()
    assert pekerjaan.berkas.name.startswith("ekspor/")
    assert default_storage.exists(pekerjaan.berkas.name)
    assert client.get(settings.MEDIA_URL + pekerjaan.berkas.name).status_code == 404


def test_a_queued_job_page_refreshes_itself_and_shows_progress(cast, masuk_sebagai):
    client = masuk_sebagai("admin_x")
    pekerjaan = _minta_survei(client)
    assert pekerjaan.status == "antri"  # nothing runs until a worker takes it
    PekerjaanEkspor.objects.filter(pk=pekerjaan.pk).update(status="berjalan", kemajuan=40)
    halaman = client.get(f"/laporan/ekspor/{pekerjaan.pk}/").content.decode()
    assert 'http-equiv="refresh"' in halaman
    assert 'aria-valuenow="40"' in halaman
    assert client.get(f"/laporan/ekspor/{pekerjaan.pk}/unduh/").status_code == 404


def test_the_worker_runs_a_queued_job_once(cast, masuk_sebagai):
    pekerjaan = _minta_survei(masuk_sebagai("admin_x"))
    tugas = DBTaskResult.objects.get()
    assert tugas.args_kwargs == {"args": [], "kwargs": {"pekerjaan_id": pekerjaan.pk}}
    jalankan_pekerja()
    pekerjaan.refresh_from_db()
    assert (pekerjaan.status, pekerjaan.kemajuan, pekerjaan.percobaan) == ("selesai", 100, 1)
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"
    jalankan_pekerja()  # nothing left to do
    assert pekerjaan_jalankan(pekerjaan_id=pekerjaan.pk) is False


def test_a_job_and_its_task_are_saved_together_or_not_at_all(cast):
    with pytest.raises(RuntimeError), transaction.atomic():
        pekerjaan_buat(
            oleh=cast.pengguna["admin_x"],
            jenis="survei",
            judul="x",
            parameter={"kode": "satker-a", "tahun": TAHUN},
            nama_berkas="x.xlsx",
        )
        raise RuntimeError("the surrounding change fails")
    assert not PekerjaanEkspor.objects.exists()
    assert not DBTaskResult.objects.exists()


def test_a_job_whose_scope_was_lost_fails_at_once_with_a_message(cast):
    p = pekerjaan_buat(
        oleh=cast.pengguna["operator_b"],
        jenis="survei",
        judul="x",
        parameter={"kode": "satker-a", "tahun": TAHUN},
        nama_berkas="x.xlsx",
    )
    jalankan_pekerja()
    p.refresh_from_db()
    assert p.status == "gagal" and p.galat == PESAN_DI_LUAR_LINGKUP and not p.berkas
    tugas = DBTaskResult.objects.get()
    assert tugas.status == "FAILED" and tugas.exception_class_path.endswith("TugasGagal")


def _buat_gagal_sekali(monkeypatch):
    """The survey builder fails on its first run only (a storage hiccup, say)."""
    asli, akhiran = modul_pekerjaan.PEMBUAT["survei"]
    gagal = []

    def rapuh(pekerjaan, berkas, kemajuan):
        if not gagal:
            gagal.append(1)
            raise OSError("penyimpanan sesaat tidak terjangkau")
        asli(pekerjaan, berkas, kemajuan)

    monkeypatch.setitem(modul_pekerjaan.PEMBUAT, "survei", (rapuh, akhiran))


def _waktu_jeda_berlalu():
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())


def test_a_failed_export_is_retried_and_its_page_says_which_attempt(
    cast, masuk_sebagai, monkeypatch
):
    _buat_gagal_sekali(monkeypatch)
    client = masuk_sebagai("admin_x")
    pekerjaan = _minta_survei(client)
    jalankan_pekerja()
    pekerjaan.refresh_from_db()
    assert pekerjaan.status == "antri" and pekerjaan.percobaan == 1
    tugas = DBTaskResult.objects.get()
    assert tugas.status == "READY" and tugas.run_after > timezone.now()  # waits its turn
    assert "OSError" in tugas.traceback
    halaman = client.get(f"/laporan/ekspor/{pekerjaan.pk}/").content.decode()
    assert "Menunggu" in halaman and "percobaan ke-2" in halaman
    assert 'http-equiv="refresh"' in halaman
    _waktu_jeda_berlalu()
    jalankan_pekerja()
    pekerjaan.refresh_from_db()
    assert (pekerjaan.status, pekerjaan.percobaan) == ("selesai", 2)
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"


def test_an_export_that_fails_every_attempt_ends_failed_with_a_message(
    cast, masuk_sebagai, monkeypatch
):
    def rusak(pekerjaan, berkas, kemajuan):
        raise OSError("rusak")

    monkeypatch.setitem(modul_pekerjaan.PEMBUAT, "survei", (rusak, "xlsx"))
    client = masuk_sebagai("admin_x")
    pekerjaan = _minta_survei(client)
    for _ in range(3):
        jalankan_pekerja()
        _waktu_jeda_berlalu()
    pekerjaan.refresh_from_db()
    assert (pekerjaan.status, pekerjaan.percobaan, pekerjaan.galat) == ("gagal", 3, PESAN_GAGAL)
    tugas = DBTaskResult.objects.get()
    assert tugas.status == "FAILED" and len(tugas.worker_ids) == 3
    assert PESAN_GAGAL in client.get(f"/laporan/ekspor/{pekerjaan.pk}/").content.decode()


def test_cleanup_deletes_old_files_and_fails_stuck_jobs(cast):
    lama = pekerjaan_buat(
        oleh=cast.pengguna["admin_x"],
        jenis="survei",
        judul="x",
        parameter={"kode": "satker-a", "tahun": TAHUN},
        nama_berkas="x.xlsx",
    )
    jalankan_pekerja()
    lama.refresh_from_db()
    nama = lama.berkas.name
    assert default_storage.exists(nama)
    macet = PekerjaanEkspor.objects.create(
        pemohon=cast.pengguna["admin_x"], jenis="survei", judul="y", status="berjalan"
    )
    jauh = timezone.now() - datetime.timedelta(days=8)
    PekerjaanEkspor.objects.filter(pk=lama.pk).update(dibuat_pada=jauh)
    PekerjaanEkspor.objects.filter(pk=macet.pk).update(mulai_pada=jauh)
    assert pekerjaan_bersihkan() == 1
    assert not default_storage.exists(nama)
    assert not PekerjaanEkspor.objects.filter(pk=lama.pk).exists()
    macet.refresh_from_db()
    assert macet.status == "gagal"
