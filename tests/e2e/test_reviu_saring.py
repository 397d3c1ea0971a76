"""Browser step of a quick review on a 360 px phone: the evaluator filters the review to
the questions scored differently from the unit, reads the unit's option answer with its
text, previews an image and a PDF in place; the Kanwil administrator assigns one
evaluator to two units in one go."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from playwright.sync_api import expect

from penilaian.models import Jawaban, Lapisan, Penilaian, PenugasanEvaluator, Pertanyaan
from penilaian.services import bukti as layanan
from satker.models import Peran
from tests.factories import PenilaianFactory, PeranFactory
from tests.penilaian.bukti_contoh import gambar, pdf

pytestmark = pytest.mark.browser

BEDA, SAMA = "A.I.1.i.a", "A.I.1.i.b"


def _jawab(penilaian, kode, lapisan, nilai, oleh):
    Jawaban.objects.create(
        penilaian=penilaian,
        pertanyaan=Pertanyaan.objects.get(versi=penilaian.periode.versi, kode=kode),
        lapisan=lapisan,
        nilai=nilai,
        diubah_oleh=oleh,
    )


def _siapkan(cast):
    penilaian = PenilaianFactory(satker=cast.satker_a)
    unit = cast.pengguna["operator_a"]
    layanan.bukti_unggah(
        penilaian=penilaian,
        pertanyaan=Pertanyaan.objects.get(versi=penilaian.periode.versi, kode=BEDA),
        berkas=[SimpleUploadedFile("foto.png", gambar("PNG")), SimpleUploadedFile("sk.pdf", pdf())],
        oleh=unit,
    )
    _jawab(penilaian, BEDA, Lapisan.MANDIRI, "Ya", unit)
    _jawab(penilaian, SAMA, Lapisan.MANDIRI, "B", unit)
    _jawab(penilaian, BEDA, Lapisan.KANWIL, "Tidak", cast.pengguna["evaluator_a"])
    Penilaian.objects.filter(pk=penilaian.pk).update(status=Penilaian.Status.DIREVIU)
    PenugasanEvaluator.objects.create(
        penilaian=penilaian, lapisan=Lapisan.KANWIL, evaluator=cast.pengguna["evaluator_a"]
    )
    return penilaian


def test_the_evaluator_filters_and_previews_and_the_admin_assigns_in_bulk(
    cast, masuk_browser, halaman, tmp_path, settings
):
    settings.MEDIA_ROOT = tmp_path / "media"
    penilaian = _siapkan(cast)
    page = masuk_browser("evaluator_a")
    page.goto(f"/penilaian/{penilaian.pk}/reviu/kanwil/lke/1/")
    expect(page.get_by_test_id(f"unit-{SAMA}")).to_contain_text("B — Jika sebagian")

    kendali = page.get_by_test_id("saring-berbeda")
    expect(kendali.locator("[data-jumlah]")).to_have_text("1")
    kendali.click()
    page.wait_for_url("**?saring=berbeda")
    expect(page.locator("article[data-testid^='q-']")).to_have_count(1)
    soal = page.get_by_test_id(f"q-{BEDA}")
    expect(soal).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    # Opening a preview loads it then, in place, through the permission-checked view.
    gambar_el = soal.locator("details.pratinjau img")
    assert gambar_el.get_attribute("src") is None
    soal.locator("details.pratinjau summary", has_text="foto.png").click()
    expect(gambar_el).to_have_attribute(
        "src", re.compile(rf"^/penilaian/{penilaian.pk}/bukti/pratinjau/\d+/$")
    )
    page.wait_for_function(
        "(img) => img.complete && img.naturalWidth === 8", arg=gambar_el.element_handle()
    )
    with page.expect_response(
        lambda r: "/bukti/pratinjau/" in r.url and r.request.resource_type != "image"
    ) as respons:
        soal.locator("details.pratinjau summary", has_text="sk.pdf").click()
    assert respons.value.headers["content-disposition"].startswith("inline")
    expect(soal.locator("iframe.pratinjau-pdf")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    # The Kanwil administrator assigns one Kanwil evaluator to both units at once.
    PenilaianFactory(satker=cast.satker_b, periode=penilaian.periode)
    PeranFactory(
        jenis=Peran.Jenis.EVALUATOR,
        satker=cast.kanwil_x,
        pengguna__username="ev_kanwil",
        pengguna__first_name="Evi Kanwil",
    )
    halaman.context.clear_cookies()
    page = masuk_browser("admin_x")
    page.goto(f"/penilaian/periode/{penilaian.periode_id}/")
    page.get_by_test_id("penugasan-massal").locator("summary").click()
    page.get_by_test_id("pilih-satker-a").check()
    page.get_by_test_id("pilih-satker-b").check()
    page.get_by_test_id("penugasan-massal").get_by_label("Lapisan").select_option("kanwil")
    page.get_by_test_id("penugasan-massal").get_by_label("Evaluator").select_option(
        label="Evi Kanwil"
    )
    page.get_by_test_id("simpan-massal").click()
    expect(page.get_by_text("ditugaskan ke 2 satuan kerja")).to_be_visible()
    assert PenugasanEvaluator.objects.filter(evaluator__username="ev_kanwil").count() == 2
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
