import pytest
from playwright.sync_api import expect

from tests.penilaian.conftest import muat_instrumen_bawaan

pytestmark = pytest.mark.browser


def test_an_administrator_browses_the_instrument_on_a_phone(cast, masuk_browser):
    muat_instrumen_bawaan()
    page = masuk_browser("admin_x")
    page.get_by_role("button", name="Buka menu").click()
    page.get_by_role("link", name="Instrumen LKE").click()
    page.get_by_test_id("tabel-instrumen").get_by_role("link").first.click()
    expect(page.get_by_test_id("ambang").get_by_text("≥ 75,00")).to_be_visible()
    for kode in ("1", "2", "3", "4", "5", "6", "B.I", "B.II"):
        page.get_by_test_id(f"area-{kode}").locator("summary").click()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.get_by_role("link", name="A.II.5.iii.a").click()
    expect(page.get_by_test_id("rumus")).to_contain_text("sudah_lapor_lhkpn")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
