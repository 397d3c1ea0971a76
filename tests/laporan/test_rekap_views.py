"""Recap and survey downloads through the pages: scope, direct download, background
jobs with their status page, owner-only download, the cron command and cleanup."""

import datetime
import io
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.utils import timezone
from openpyxl import load_workbook

from laporan import pekerjaan as modul_pekerjaan
from laporan.models import PekerjaanEkspor
from laporan.pekerjaan import (
    PESAN_GAGAL,
    pekerjaan_bersihkan,
    pekerjaan_buat,
    pekerjaan_jalankan,
)
from satker.models import Peran
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


def test_a_finished_job_shows_its_download_and_only_its_owner_gets_the_file(cast, masuk_sebagai):
    isi(cast.satker_a, "spkp", 5)
    client = masuk_sebagai("admin_x")
    r = client.post(f"/laporan/survei/satker-a/{TAHUN}/latar/")
    pekerjaan = PekerjaanEkspor.objects.get()
    halaman = client.get(r["Location"]).content.decode()
    assert f"/laporan/ekspor/{pekerjaan.pk}/unduh/" in halaman
    assert 'http-equiv="refresh"' not in halaman
    assert _buku(client.get(f"/laporan/ekspor/{pekerjaan.pk}/unduh/"))["Respons"].max_row == 2
    # The auditor reads the same unit but did not ask for this file.
    auditor = masuk_sebagai("auditor_x")
    assert auditor.get(f"/laporan/ekspor/{pekerjaan.pk}/unduh/").status_code == 404
    assert auditor.get(f"/laporan/ekspor/{pekerjaan.pk}/").status_code == 404


def test_the_file_lives_under_media_root_and_no_public_url_serves_it(cast, masuk_sebagai):
    masuk_sebagai("admin_x").post(f"/laporan/survei/satker-a/{TAHUN}/latar/")
    pekerjaan = PekerjaanEkspor.objects.get()
    lokasi = Path(settings.MEDIA_ROOT) / pekerjaan.berkas.name
    assert lokasi.is_file() and pekerjaan.berkas.name.startswith("ekspor/")
    client = masuk_sebagai("admin_x")
    assert client.get(settings.MEDIA_URL + pekerjaan.berkas.name).status_code == 404


def test_a_queued_job_page_refreshes_itself_and_shows_progress(cast, masuk_sebagai, settings):
    settings.LAPORAN_EKSPOR_LATAR = "perintah"
    client = masuk_sebagai("admin_x")
    client.post(f"/laporan/survei/satker-a/{TAHUN}/latar/")
    pekerjaan = PekerjaanEkspor.objects.get()
    PekerjaanEkspor.objects.filter(pk=pekerjaan.pk).update(status="berjalan", kemajuan=40)
    halaman = client.get(f"/laporan/ekspor/{pekerjaan.pk}/").content.decode()
    assert 'http-equiv="refresh"' in halaman
    assert 'aria-valuenow="40"' in halaman
    assert client.get(f"/laporan/ekspor/{pekerjaan.pk}/unduh/").status_code == 404


def test_the_command_runs_queued_jobs_once(cast, masuk_sebagai, settings):
    settings.LAPORAN_EKSPOR_LATAR = "perintah"
    masuk_sebagai("admin_x").post(f"/laporan/survei/satker-a/{TAHUN}/latar/")
    pekerjaan = PekerjaanEkspor.objects.get()
    assert pekerjaan.status == "antri"
    keluar = io.StringIO()
    call_command("jalankan_ekspor", stdout=keluar)
    assert "ekspor dijalankan: 1" in keluar.getvalue()
    pekerjaan.refresh_from_db()
    assert pekerjaan.status == "selesai" and pekerjaan.kemajuan == 100
    assert pekerjaan_jalankan(pekerjaan_id=pekerjaan.pk) is False


def test_the_thread_mode_starts_the_job_after_commit(
    cast, settings, monkeypatch, django_capture_on_commit_callbacks
):
    settings.LAPORAN_EKSPOR_LATAR = "utas"
    dimulai = []
    monkeypatch.setattr(modul_pekerjaan, "_mulai_utas", dimulai.append)
    with django_capture_on_commit_callbacks(execute=True):
        p = pekerjaan_buat(
            oleh=cast.pengguna["admin_x"],
            jenis="survei",
            judul="x",
            parameter={"kode": "satker-a", "tahun": TAHUN},
            nama_berkas="x.xlsx",
        )
    assert dimulai == [p.pk]


def test_a_job_whose_scope_was_lost_fails_with_a_message(cast):
    p = pekerjaan_buat(
        oleh=cast.pengguna["operator_b"],
        jenis="survei",
        judul="x",
        parameter={"kode": "satker-a", "tahun": TAHUN},
        nama_berkas="x.xlsx",
    )
    p.refresh_from_db()
    assert p.status == "gagal" and p.galat == PESAN_GAGAL and not p.berkas


def test_cleanup_deletes_old_files_and_fails_stuck_jobs(cast):
    lama = pekerjaan_buat(
        oleh=cast.pengguna["admin_x"],
        jenis="survei",
        judul="x",
        parameter={"kode": "satker-a", "tahun": TAHUN},
        nama_berkas="x.xlsx",
    )
    lama.refresh_from_db()
    lokasi = Path(settings.MEDIA_ROOT) / lama.berkas.name
    assert lokasi.is_file()
    macet = PekerjaanEkspor.objects.create(
        pemohon=cast.pengguna["admin_x"], jenis="survei", judul="y", status="berjalan"
    )
    jauh = timezone.now() - datetime.timedelta(days=8)
    PekerjaanEkspor.objects.filter(pk=lama.pk).update(dibuat_pada=jauh)
    PekerjaanEkspor.objects.filter(pk=macet.pk).update(mulai_pada=jauh)
    assert pekerjaan_bersihkan() == 1
    assert not lokasi.exists()
    assert not PekerjaanEkspor.objects.filter(pk=lama.pk).exists()
    macet.refresh_from_db()
    assert macet.status == "gagal"
