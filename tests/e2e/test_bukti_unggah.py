"""Browser step of the evidence work: on a 360 px phone, the unit's operator opens a
question's evidence page, uploads a PDF with the plain form (no script needed), sees it
listed, and the download link serves it as an attachment."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from penilaian.models import Bukti
from tests.factories import PenilaianFactory
from tests.penilaian.bukti_contoh import KODE, pdf

pytestmark = pytest.mark.browser


def test_an_operator_uploads_a_pdf_on_the_evidence_page_of_a_phone(
    cast, masuk_browser, tmp_path, settings
):
    settings.MEDIA_ROOT = tmp_path / "media"
    penilaian = PenilaianFactory(satker=cast.satker_a)
    berkas = tmp_path / "SK Tim ZI.pdf"
    berkas.write_bytes(pdf())
    page = masuk_browser("operator_a")
    page.goto(f"/penilaian/{penilaian.pk}/bukti/p/{KODE}/")
    expect(page.get_by_text("Belum ada bukti untuk pertanyaan ini.")).to_be_visible()
    form = page.get_by_test_id("form-unggah")
    form.get_by_label("Berkas").set_input_files(str(berkas))
    form.get_by_role("button", name="Unggah").click()
    page.wait_for_url(f"**/bukti/p/{KODE}/")
    daftar = page.get_by_test_id("daftar-bukti")
    expect(daftar.get_by_text("SK Tim ZI.pdf").first).to_be_visible()
    expect(page.get_by_text("1 berkas diunggah.")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    with page.expect_download() as unduhan:
        daftar.get_by_role("link", name="Unduh").click()
    assert unduhan.value.suggested_filename == "SK Tim ZI.pdf"
    assert Path(unduhan.value.path()).read_bytes() == pdf()
    assert Bukti.objects.get().versi.get().sha256
