"""A Kanwil administrator asks for a recap in the background on a phone: the status
page shows the queued job, refreshes itself, and offers the workbook once the queue
worker (`jalankan_antrean`) has built it."""

import io
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from playwright.sync_api import expect

from laporan.models import PekerjaanEkspor
from tests.antrean.bantu import jalankan_pekerja
from tests.dasbor.bantu import unit_dinilai

pytestmark = pytest.mark.browser


def test_a_background_recap_is_followed_on_its_status_page_and_downloaded(
    cast, masuk_browser, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path / "media"
    penilaian = unit_dinilai(cast.satker_a, "wbk")
    tahun = penilaian.periode.tahun
    page = masuk_browser("admin_x")
    page.goto(f"/laporan/rekap/kanwil-x/{tahun}/")
    page.get_by_role("button", name="Buat di latar belakang").click()
    page.wait_for_url(re.compile(r"/laporan/ekspor/\d+/$"))
    expect(page.get_by_test_id("status")).to_have_text("Menunggu")
    expect(page.get_by_role("progressbar")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    jalankan_pekerja()  # the job waits in the queue until a worker takes it
    assert PekerjaanEkspor.objects.get().status == PekerjaanEkspor.Status.SELESAI
    # No reload by the test: the page refreshes itself and the download appears.
    expect(page.get_by_test_id("status")).to_have_text("Selesai", timeout=15000)
    with page.expect_download() as unduhan:
        page.get_by_role("link", name=re.compile("Unduh")).click()
    assert unduhan.value.suggested_filename == f"rekap-kanwil-x-{tahun}.xlsx"
    buku = load_workbook(io.BytesIO(Path(unduhan.value.path()).read_bytes()), read_only=True)
    judul, *baris = buku["Rekap"].iter_rows(values_only=True)
    assert [b[judul.index("Kode")] for b in baris] == ["satker-a"]
