"""A unit's operator, on a phone, imports the LKE workbook the unit filled for last
year's Inspektorat evaluation: upload, one preview page, Impor, the same answers."""

import pytest
from playwright.sync_api import expect

from laporan.sumber import jawaban_semua_lapisan
from penilaian.models import Lapisan
from penilaian.scoring import periksa_jawaban
from penilaian.selectors.hasil import KODE_SURVEI
from penilaian.services.jawaban import nilai_tersimpan
from tests.laporan import buku_lke
from tests.laporan.bantu import instrumen
from tests.laporan.test_pembaca_lke import jawaban_uji
from tests.penilaian.bantu import penilaian_a

pytestmark = pytest.mark.browser


def test_a_unit_imports_its_itjen_workbook_after_one_preview_on_a_phone(
    cast, masuk_browser, tmp_path
):
    ins = instrumen()
    penilaian = penilaian_a(cast)
    unit = jawaban_uji(ins)
    berkas = tmp_path / "LKE ZI Rutan 2025.xlsx"
    buku_lke.buku_itjen(ins, {"unit": unit, "tpi_itjen": jawaban_uji(ins, 1)}).save(berkas)
    page = masuk_browser("operator_a")
    page.goto(f"/penilaian/{penilaian.pk}/")
    page.get_by_test_id("impor-lke").click()
    page.get_by_label("Berkas LKE (.xlsx)").set_input_files(str(berkas))
    page.get_by_role("button", name="Impor").click()
    page.wait_for_url("**/impor-lke/*/")
    expect(page.get_by_role("heading", name="Pratinjau impor LKE")).to_be_visible()
    expect(page.get_by_test_id("tabel-ditemukan")).to_contain_text("113 pertanyaan dikenali")
    pilihan = page.get_by_label("Penilaian mandiri")
    expect(pilihan).to_have_value("Jawaban!K")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.get_by_test_id("tombol-impor").click()
    page.wait_for_url(f"**/penilaian/{penilaian.pk}/")
    expect(page.get_by_text("LKE diimpor")).to_be_visible()
    tersimpan = jawaban_semua_lapisan(penilaian=penilaian)[Lapisan.MANDIRI][0]
    harap = {
        k: nilai_tersimpan(periksa_jawaban(ins, k, v))
        for k, v in unit.items()
        if k not in KODE_SURVEI
    }
    assert {k: v for k, v in tersimpan.items() if k not in KODE_SURVEI} == harap
