import pytest

pytestmark = pytest.mark.browser


def test_kanwil_admin_logs_in_sees_units_and_logs_out(cast, masuk_browser):
    page = masuk_browser("admin_x")
    page.get_by_role("button", name="Buka menu").click()
    page.get_by_role("link", name="Satuan kerja").click()
    tabel = page.get_by_test_id("tabel-satker")
    assert tabel.get_by_role("link", name="Rutan A").is_visible()
    assert tabel.get_by_role("link", name="Lapas B").is_visible()
    assert tabel.get_by_text("Kanim C").count() == 0
    # The page fits a 360 px phone: nothing wider than the viewport.
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.get_by_role("button", name="Buka menu").click()
    page.get_by_test_id("menu-akun").click()
    page.get_by_role("button", name="Keluar").click()
    page.wait_for_url("**/masuk/")
    assert page.get_by_role("heading", name="Masuk ke ZI Portal").is_visible()
