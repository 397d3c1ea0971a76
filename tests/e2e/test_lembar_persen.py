"""The counts of a `%` question in the browser: nothing is judged while the user types;
leaving the field names the count as the worksheet labels it, in plain words."""

import pytest
from playwright.sync_api import expect

from penilaian.models import Jawaban, Lapisan
from tests.factories import PenilaianFactory

pytestmark = pytest.mark.browser

KODE = "A.II.3.iii.a"


def test_a_bad_count_is_named_only_after_the_user_leaves_the_field(cast, masuk_browser):
    penilaian = PenilaianFactory(satker=cast.satker_a)
    page = masuk_browser("kepala_a")
    page.goto(f"/penilaian/{penilaian.pk}/lke/3/")
    soal = page.get_by_test_id(f"q-{KODE}")
    status = soal.locator("[data-status]")
    soal.get_by_label("Jumlah pelanggaran tahun sebelumnya").fill("3")
    soal.get_by_label("Jumlah pelanggaran yang telah diberikan sanksi/hukuman").fill("1")

    # Not a number: the browser cannot read it, so the page names it on leaving.
    ini = soal.get_by_label("Jumlah pelanggaran tahun ini", exact=True)
    ini.press_sequentially("1e")
    page.wait_for_timeout(2000)  # longer than the autosave pause
    expect(status).not_to_contain_text("harus")
    ini.press("Tab")
    expect(status).to_have_text("Jumlah pelanggaran tahun ini harus berupa angka.")

    # Negative: the server refuses it, but says so only once the user leaves the field.
    ini.fill("-2")
    page.wait_for_timeout(2500)
    expect(status).not_to_contain_text("negatif")
    ini.press("Tab")
    expect(status).to_have_text("Jumlah pelanggaran tahun ini tidak boleh negatif.")
    assert not Jawaban.objects.filter(pertanyaan__kode=KODE, lapisan=Lapisan.MANDIRI).exists()

    ini.fill("2")
    ini.press("Tab")
    expect(status).to_have_text("Tersimpan")
    jawaban = Jawaban.objects.get(pertanyaan__kode=KODE, lapisan=Lapisan.MANDIRI)
    assert jawaban.nilai["pelanggaran_tahun_ini"] == 2
