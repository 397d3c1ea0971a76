import pytest
from playwright.sync_api import expect

from tests.dasbor.bantu import unit_dinilai
from tests.factories import SatkerFactory

pytestmark = pytest.mark.browser

CANVAS_TERGAMBAR = """(id) => {
  const c = document.getElementById(id);
  const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
  let n = 0;
  for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) { n++; } }
  return n;
}"""


def test_kanwil_head_filters_to_wbk_units_and_opens_one_with_its_radar(cast, masuk_browser):
    unit_dinilai(cast.satker_a, "wbk")
    unit_dinilai(cast.satker_b, "belum_area")
    d = SatkerFactory(kode="satker-d", nama="Kanim D", induk=cast.kanwil_x, jenis="kanim")
    unit_dinilai(d, "wbbm", predikat_sebelumnya="WBK")
    page = masuk_browser("admin_x")
    page.goto("/dasbor/")
    page.wait_for_url("**/dasbor/kanwil-x/2026/")
    tabel = page.get_by_test_id("tabel-dasbor")
    expect(tabel.get_by_test_id("baris-unit")).to_have_count(3)
    page.get_by_label("Status predikat").select_option("wbk")
    page.get_by_role("button", name="Terapkan").click()
    page.wait_for_url("**predikat=wbk**")
    expect(tabel.get_by_test_id("baris-unit")).to_have_count(1)
    expect(tabel.get_by_test_id("status-predikat")).to_have_text("Nilai memenuhi WBK")
    expect(tabel.get_by_test_id("prasyarat-ringkas")).to_contain_text("prasyarat belum")
    assert page.evaluate(CANVAS_TERGAMBAR, "grafik-total") > 0
    # Chart numbers (ticks, tooltips) in the page's language, like its tables: "3,92".
    assert page.evaluate("Chart.defaults.locale") == "id"
    assert page.evaluate("new Intl.NumberFormat(Chart.defaults.locale).format(3.92)") == "3,92"
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    tabel.get_by_role("link", name="Rutan A").click()
    page.wait_for_url("**/dasbor/kanwil-x/2026/satker-a/")
    radar = page.get_by_test_id("grafik-radar")
    radar.scroll_into_view_if_needed()
    page.wait_for_function("document.getElementById('grafik-radar').dataset.tergambar === '1'")
    assert page.evaluate(CANVAS_TERGAMBAR, "grafik-radar") > 0
    # The unit's headline says the score's verdict and the prerequisites together.
    expect(page.get_by_test_id("status-predikat")).to_have_text(
        "Nilai memenuhi WBK · prasyarat belum: temuan audit, ZI 1 tahun, SAKIP"
    )
    # The page fits a 360 px phone: wide tables scroll inside their own box.
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
