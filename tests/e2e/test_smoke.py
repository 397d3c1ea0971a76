import re

import pytest
from playwright.sync_api import expect

from tests.factories import SatkerFactory

pytestmark = pytest.mark.browser


def test_kanwil_admin_logs_in_sees_units_and_logs_out(cast, masuk_browser):
    SatkerFactory(
        kode="rupbasan-tpi",
        nama="Rumah Penyimpanan Benda Sitaan Negara Kelas I Tanjungpinang",
        jenis="rupbasan",
        induk=cast.kanwil_x,
    )
    page = masuk_browser("admin_x")
    # Login lands on the person's tasks; the start page lists the units in scope, and
    # the longest names and types still fit.
    expect(page.get_by_role("heading", name="Tugas saya")).to_be_visible()
    page.goto("/")
    expect(page.get_by_test_id("beranda-satker").get_by_text("rupbasan-tpi")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.get_by_role("button", name="Buka menu").click()
    page.get_by_role("link", name="Satuan kerja").click()
    page.wait_for_url("**/satker/**")
    tabel = page.get_by_test_id("tabel-satker")
    expect(tabel.get_by_role("link", name="Rutan A")).to_be_visible()
    expect(tabel.get_by_role("link", name="Lapas B")).to_be_visible()
    expect(tabel.get_by_text("Kanim C")).to_have_count(0)
    # The page fits a 360 px phone: nothing wider than the viewport.
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    # Web-first waits: each step acts only once the menu it needs is really open.
    page.get_by_role("button", name="Buka menu").click()
    expect(page.locator("#menu-utama")).to_have_class(re.compile(r"\bshow\b"))
    akun = page.get_by_test_id("menu-akun")
    akun.click()
    expect(akun).to_have_attribute("aria-expanded", "true")
    page.get_by_role("button", name="Keluar").click()
    page.wait_for_url("**/masuk/")
    expect(page.get_by_role("heading", name="Masuk ke ZI Portal")).to_be_visible()
