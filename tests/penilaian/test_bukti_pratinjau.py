"""Evidence previewed in place on the review page: the preview URL of the same
permission-checked download view answers inline only for PDF and images, keeps its
security headers, and is 404 outside the unit's scope."""

import pytest

from penilaian.models import Penilaian
from penilaian.services import bukti as layanan
from tests.penilaian import bukti_contoh as contoh
from tests.penilaian.bantu import tugaskan
from tests.penilaian.bukti_contoh import gambar, pdf, xlsx

media, penilaian_a, pertanyaan = contoh.media, contoh.penilaian_a, contoh.pertanyaan


@pytest.fixture
def unggah(cast, penilaian_a, pertanyaan, media):
    from django.core.files.uploadedfile import SimpleUploadedFile

    def _unggah(nama, isi):
        [bukti] = layanan.bukti_unggah(
            penilaian=penilaian_a,
            pertanyaan=pertanyaan,
            berkas=[SimpleUploadedFile(nama, isi)],
            oleh=cast.pengguna["operator_a"],
        )
        return bukti.versi.get()

    return _unggah


def _url(penilaian, versi, jenis="pratinjau"):
    return f"/penilaian/{penilaian.pk}/bukti/{jenis}/{versi.pk}/"


@pytest.mark.parametrize(
    ("nama", "isi", "tipe"),
    [("sk.pdf", pdf(), "application/pdf"), ("foto.png", gambar("PNG"), "image/png")],
)
def test_a_pdf_or_an_image_is_shown_inline_framed_only_by_the_portal(
    masuk_sebagai, penilaian_a, unggah, nama, isi, tipe
):
    versi = unggah(nama, isi)
    respons = masuk_sebagai("evaluator_a").get(_url(penilaian_a, versi))
    assert respons.status_code == 200
    assert respons["Content-Disposition"] == f'inline; filename="{nama}"'
    assert respons["Content-Type"] == tipe
    assert respons["X-Content-Type-Options"] == "nosniff"
    assert respons["X-Frame-Options"] == "SAMEORIGIN"
    assert "default-src 'none'" in respons["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in respons["Content-Security-Policy"]
    assert "sandbox" in respons["Content-Security-Policy"]
    assert respons["Cache-Control"] == "private, no-store"
    assert b"".join(respons.streaming_content) == isi


def test_any_other_type_stays_an_attachment_even_on_the_preview_url(
    masuk_sebagai, penilaian_a, unggah
):
    versi = unggah("rekap.xlsx", xlsx())
    respons = masuk_sebagai("evaluator_a").get(_url(penilaian_a, versi))
    assert respons["Content-Disposition"] == 'attachment; filename="rekap.xlsx"'
    assert "sandbox" in respons["Content-Security-Policy"]
    assert respons["X-Frame-Options"] == "DENY"


def test_the_download_url_still_gives_a_pdf_as_an_attachment(masuk_sebagai, penilaian_a, unggah):
    versi = unggah("sk.pdf", pdf())
    respons = masuk_sebagai("evaluator_a").get(_url(penilaian_a, versi, "unduh"))
    assert respons["Content-Disposition"] == 'attachment; filename="sk.pdf"'
    assert "sandbox" in respons["Content-Security-Policy"]


@pytest.mark.parametrize("role", ["operator_b", "admin_y"])
def test_outside_the_units_scope_the_preview_is_404(masuk_sebagai, penilaian_a, unggah, role):
    versi = unggah("sk.pdf", pdf())
    assert masuk_sebagai(role).get(_url(penilaian_a, versi)).status_code == 404


def test_a_version_of_another_assessment_is_404_through_this_one(
    masuk_sebagai, penilaian_a, unggah, cast
):
    from tests.factories import PenilaianFactory

    versi = unggah("sk.pdf", pdf())
    lain = PenilaianFactory(satker=cast.satker_b)  # the Kanwil admin reads both
    assert masuk_sebagai("admin_x").get(_url(lain, versi)).status_code == 404


def test_an_anonymous_visitor_is_sent_to_log_in(masuk_sebagai, penilaian_a, unggah):
    versi = unggah("sk.pdf", pdf())
    respons = masuk_sebagai("anon").get(_url(penilaian_a, versi))
    assert respons.status_code == 302 and respons["Location"].startswith("/masuk/")


def test_the_review_page_offers_the_preview_loaded_on_demand(
    masuk_sebagai, penilaian_a, unggah, cast
):
    pdf_versi = unggah("sk.pdf", pdf())
    xlsx_versi = unggah("rekap.xlsx", xlsx())
    Penilaian.objects.filter(pk=penilaian_a.pk).update(status=Penilaian.Status.DIREVIU)
    tugaskan(penilaian_a, cast.pengguna["evaluator_a"])
    html = (
        masuk_sebagai("evaluator_a")
        .get(f"/penilaian/{penilaian_a.pk}/reviu/kanwil/lke/1/")
        .content.decode()
    )
    assert f'data-src="{_url(penilaian_a, pdf_versi)}"' in html
    assert f' src="{_url(penilaian_a, pdf_versi)}"' not in html  # not fetched until opened
    assert _url(penilaian_a, xlsx_versi) not in html
    assert _url(penilaian_a, xlsx_versi, "unduh") in html
    assert "js/pratinjau.js" in html
