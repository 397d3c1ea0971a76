"""The internal staff survey end to end in Chromium: a unit records its staff, prints
twelve code slips, twelve staff answer on a 360 px phone (nine ASN, three honorary),
a thirteenth use of a code is refused, and the dashboard shows the response rate and
the area 5 gap between the self-assessment and the staff's perception."""

import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect
from pypdf import PdfReader

from survei.models import ResponsInternal
from tests.dasbor.bantu import unit_dinilai
from tests.survei.internal_bantu import periode_kini

pytestmark = pytest.mark.browser

TAHUN = timezone.localdate().year
SANGAT_SETUJU = "4 — Sangat setuju"
KURANG_SETUJU = "2 — Kurang setuju"


def _cetak_slip(page) -> tuple[str, list[str]]:
    """The operator records the staff and downloads the sheet of 12 slips; returns the
    address and the codes printed on them."""
    page.goto("/survei/satker-a/internal/")
    page.get_by_role("link", name="Jumlah pegawai").click()
    page.get_by_label("ASN (PNS)").fill("9")
    page.get_by_label("Honorer/non-ASN").fill("3")
    page.get_by_role("button", name="Simpan").click()
    expect(page.get_by_text("Jumlah pegawai disimpan.")).to_be_visible()
    page.get_by_role("link", name="Cetak slip kode").click()
    page.get_by_label("Jumlah slip kode").fill("12")
    with page.expect_download() as unduhan:
        page.get_by_role("button", name="Buat dan unduh slip (PDF)").click()
    teks = "\n".join(p.extract_text() for p in PdfReader(unduhan.value.path()).pages)
    # A long address wraps on the slip: read it as a person would, across the line break.
    alamat = re.sub(r"\s", "", re.search(r"(http://.*?)Kode sekali pakai", teks, re.S).group(1))
    return alamat, re.findall(r"\b([A-Z0-9]{4}-[A-Z0-9]{4})\b", teks)


def _jawab(page, alamat: str, kode: str, status: str) -> None:
    """One member of staff, on their own phone, from the address on their slip."""
    page.goto(alamat)
    expect(page.get_by_test_id("janji-anonim")).to_be_visible()
    page.get_by_label("Kode pada slip Anda").fill(kode)
    page.get_by_role("group", name="Status kepegawaian Anda").get_by_label(status).check()
    page.get_by_role("group", name="Lama bekerja di unit ini").get_by_label("2-5 tahun").check()
    melayani = page.get_by_role("group", name="Apakah Anda melayani masyarakat secara langsung?")
    melayani.get_by_label("Ya").check()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.get_by_role("button", name="Lanjut").click()
    for _ in range(7):
        judul = page.locator("p.langkah").inner_text()
        pilihan = KURANG_SETUJU if "5. Penguatan Pengawasan" in judul else SANGAT_SETUJU
        grup = page.get_by_role("group")
        for i in range(grup.count()):
            grup.nth(i).get_by_label(pilihan).check()
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        tombol = page.get_by_role("button", name=re.compile("Lanjut|Kirim jawaban"))
        tombol.click()
    expect(page.get_by_role("heading", name="Terima kasih!")).to_be_visible()


def test_twelve_staff_answer_by_slip_and_the_dashboard_shows_the_gap(
    cast, chromium, live_server, masuk_browser, settings
):
    settings.SURVEI_WAKTU_MIN_DETIK = 0
    periode = periode_kini(cast.kanwil_x)  # staff answer today, inside its survey window
    unit_dinilai(cast.satker_a, "wbbm", periode=periode)  # the unit claims every area in full
    operator = masuk_browser("operator_a")
    alamat, kode = _cetak_slip(operator)
    assert len(set(kode)) == 12 and alamat.startswith(live_server.url)
    for i, k in enumerate(kode):
        ponsel = chromium.new_context(viewport={"width": 360, "height": 740})
        halaman = ponsel.new_page()
        halaman.set_default_timeout(15000)
        _jawab(halaman, alamat, k, "Honorer/non-ASN" if i < 3 else "ASN (PNS)")
        ponsel.close()
    assert ResponsInternal.objects.count() == 12
    # A thirteenth use of a slip is refused, and nothing is stored.
    ponsel = chromium.new_context(viewport={"width": 360, "height": 740})
    halaman = ponsel.new_page()
    halaman.goto(alamat)
    halaman.get_by_label("Kode pada slip Anda").fill(kode[0])
    halaman.get_by_role("group", name="Status kepegawaian Anda").get_by_label("ASN (PNS)").check()
    halaman.get_by_role("group", name="Lama bekerja di unit ini").get_by_label("2-5 tahun").check()
    halaman.get_by_role(
        "group", name="Apakah Anda melayani masyarakat secara langsung?"
    ).get_by_label("Tidak").check()
    halaman.get_by_role("button", name="Lanjut").click()
    expect(halaman.get_by_role("alert")).to_contain_text("Kode tidak dikenal atau sudah dipakai.")
    ponsel.close()
    assert ResponsInternal.objects.count() == 12
    # The dashboard: every member of staff answered; area 5 is claimed far above.
    operator.goto(f"/dasbor/kanwil-x/{TAHUN}/satker-a/")
    expect(operator.get_by_test_id("sorot-persepsi")).to_contain_text("5. Penguatan Pengawasan")
    bagian = operator.locator("#persepsi-pegawai")
    expect(bagian.get_by_test_id("tingkat-respons")).to_have_text("100 %")
    kategori = bagian.get_by_test_id("respons-kategori")
    # Three honorary staff answered: never a row of their own, merged with the ASN.
    expect(kategori.get_by_role("row")).to_have_count(1)
    expect(kategori.get_by_role("row")).to_contain_text("ASN (PNS) + Honorer/non-ASN")
    expect(kategori.get_by_role("row")).to_contain_text("12 / 12")
    area5 = bagian.locator('tr[data-area="5"]')
    expect(area5).to_contain_text("100 %")
    expect(area5).to_contain_text("33 %")
    expect(area5).to_contain_text("+67")
    expect(area5).to_have_class(re.compile("table-danger"))
    expect(bagian.locator('tr[data-area="1"]')).not_to_have_class(re.compile("table-danger"))
