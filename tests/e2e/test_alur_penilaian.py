"""From empty to final in the browser at phone width: the head fills part of the
worksheet (autosave), submits with confirmation, the evaluator returns one question,
the head fixes and resubmits, the evaluator finishes its layer."""

import pytest
from playwright.sync_api import expect

from penilaian.models import Jawaban, Lapisan, Penilaian, PenugasanEvaluator
from tests.factories import PenilaianFactory
from tests.penilaian.bantu import jawab_semua

pytestmark = pytest.mark.browser


def _ganti_pengguna(halaman, masuk_browser, username):
    halaman.context.clear_cookies()
    return masuk_browser(username)


def test_an_assessment_goes_from_empty_to_final_in_the_browser(cast, masuk_browser, halaman):
    penilaian = PenilaianFactory(satker=cast.satker_a)
    PenugasanEvaluator.objects.create(
        penilaian=penilaian, lapisan=Lapisan.KANWIL, evaluator=cast.pengguna["evaluator_a"]
    )
    detail = f"/penilaian/{penilaian.pk}/"

    # The head answers two questions of area 1; each saves on its own.
    page = masuk_browser("kepala_a")
    page.goto(f"{detail}lke/1/")
    soal = page.get_by_test_id("q-A.I.1.i.a")
    soal.locator('input[value="Ya"]').check()
    expect(soal.locator("[data-status]")).to_have_text("Tersimpan")
    soal.locator("textarea[name=narasi]").fill("SK Tim Kerja ZI nomor 12/2026")
    expect(soal.locator("[data-status]")).to_have_text("Tersimpan", timeout=10000)
    persen = page.get_by_test_id("q-A.II.1.i.a")
    persen.locator("input[name=m_agen_perubahan]").fill("8")
    persen.locator("input[name=m_perubahan_dibuat]").fill("6")
    expect(persen.locator("[data-persen]")).to_have_text("75,00%", timeout=10000)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    jawaban = Jawaban.objects.get(pertanyaan__kode="A.I.1.i.a", lapisan=Lapisan.MANDIRI)
    assert (jawaban.nilai, jawaban.narasi) == ("Ya", "SK Tim Kerja ZI nomor 12/2026")

    # Submitting with unanswered questions needs the head's confirmation.
    page.goto(detail)
    page.get_by_label("tetap mengajukan").check()
    page.get_by_role("button", name="Ajukan ke evaluator").click()
    expect(page.get_by_test_id("status")).to_have_text("Diajukan")

    # The evaluator starts the review, disagrees on one question and returns it.
    page = _ganti_pengguna(halaman, masuk_browser, "evaluator_a")
    page.goto(detail)
    page.get_by_role("button", name="Mulai reviu").click()
    expect(page.get_by_test_id("status")).to_have_text("Dalam reviu")
    page.get_by_role("link", name="Lembar reviu").click()
    soal = page.get_by_test_id("q-A.I.1.i.a")
    soal.locator('input[value="Tidak"]').check()
    expect(soal.locator("[data-status]")).to_have_text("Tersimpan")
    soal.get_by_label("Perlu perbaikan oleh unit").check()
    expect(soal.locator("[data-status]")).to_have_text("Tersimpan")
    page.reload()
    expect(page.get_by_test_id("jumlah-berbeda")).to_have_text("1")
    page.goto(detail)
    page.get_by_label("Catatan pengembalian").fill("SK belum ditandatangani kepala.")
    page.get_by_role("button", name="Kembalikan untuk perbaikan").click()
    expect(page.get_by_test_id("status")).to_have_text("Dikembalikan untuk perbaikan")

    # The head sees the returned question, fixes it and resubmits.
    page = _ganti_pengguna(halaman, masuk_browser, "kepala_a")
    page.goto(f"{detail}lke/1/")
    soal = page.get_by_test_id("q-A.I.1.i.a")
    expect(soal.get_by_text("perlu perbaikan")).to_be_visible()
    soal.locator("textarea[name=narasi]").fill("SK sudah ditandatangani, terlampir.")
    soal.get_by_role("button", name="Simpan").click()
    expect(soal.locator("[data-status]")).to_have_text("Tersimpan")
    page.goto(detail)
    page.get_by_label("tetap mengajukan").check()
    page.get_by_role("button", name="Ajukan ulang").click()
    expect(page.get_by_test_id("status")).to_have_text("Diajukan ulang")

    # The evaluator reviews again. Finishing is refused while questions are unscored.
    page = _ganti_pengguna(halaman, masuk_browser, "evaluator_a")
    page.goto(detail)
    page.get_by_role("button", name="Mulai reviu").click()
    page.get_by_role("link", name="Selesaikan lapisan").click()
    expect(page.get_by_test_id("belum-dinilai")).to_contain_text("belum Anda nilai")
    expect(page.get_by_test_id("tombol-selesaikan")).to_have_count(0)
    # Agreeing with the unit on a sub-area is one deliberate click, recorded as theirs.
    page.goto(f"{detail}reviu/kanwil/lke/1/")
    page.get_by_test_id("sama-subarea-A.II.1.i").click()
    expect(page.get_by_text("disamakan dengan jawaban unit")).to_be_visible()
    sama = Jawaban.objects.get(pertanyaan__kode="A.II.1.i.a", lapisan=Lapisan.KANWIL)
    assert sama.nilai == {"agen_perubahan": 8, "perubahan_dibuat": 6}
    assert sama.diubah_oleh == cast.pengguna["evaluator_a"]
    # (The rest of the layer is scored here directly; the pages were driven above.)
    jawab_semua(penilaian, cast.pengguna["evaluator_a"], Lapisan.KANWIL)
    page.goto(detail)
    page.get_by_role("link", name="Selesaikan lapisan").click()
    expect(page.get_by_test_id("jumlah-dinilai")).to_have_text("111 / 111")
    expect(page.get_by_test_id("wbk-selesai")).to_be_visible()
    page.get_by_test_id("tombol-selesaikan").click()
    expect(page.get_by_test_id("status")).to_have_text("Final")
    expect(page.get_by_test_id("total-kanwil")).to_be_visible()
    assert Penilaian.objects.get(pk=penilaian.pk).status == Penilaian.Status.FINAL
