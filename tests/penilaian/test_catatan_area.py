"""Per-area catatan and rekomendasi an evaluator layer writes for its report: while the
layer is open, by its own evaluator, kept in the audit trail, frozen once finished."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from penilaian.models import Area, CatatanArea, Evaluasi, JejakAudit, Lapisan, Penilaian
from penilaian.services.catatan import (
    PESAN_BUKAN_LAPISAN_EVALUATOR,
    PESAN_CATATAN_TERKUNCI,
    catatan_area_simpan,
)
from tests.penilaian.bantu import penilaian_a, tugaskan

S = Penilaian.Status


def _url(penilaian, lapisan="kanwil", area="1"):
    return f"/penilaian/{penilaian.pk}/reviu/{lapisan}/catatan/{area}/"


def test_the_evaluator_writes_an_areas_notes_and_sees_them_on_the_review_page(cast, masuk_sebagai):
    penilaian = penilaian_a(cast, S.DIREVIU)
    tugaskan(penilaian, cast.pengguna["evaluator_a"])
    client = masuk_sebagai("evaluator_a")
    response = client.post(
        _url(penilaian),
        {"catatan": "SK Tim ZI belum ditetapkan.", "rekomendasi": "Tetapkan SK Tim ZI 2026."},
    )
    assert response.status_code == 302 and response["Location"].endswith("#catatan-area")
    catatan = CatatanArea.objects.get(penilaian=penilaian, lapisan=Lapisan.KANWIL)
    assert catatan.area.kode == "1" and catatan.diubah_oleh == cast.pengguna["evaluator_a"]
    html = client.get(f"/penilaian/{penilaian.pk}/reviu/kanwil/lke/1/").content.decode()
    assert "SK Tim ZI belum ditetapkan." in html and "Tetapkan SK Tim ZI 2026." in html
    jejak = JejakAudit.objects.get(objek="catatan_area")
    assert jejak.lapisan == Lapisan.KANWIL and jejak.kode_pertanyaan == "1"
    assert jejak.baru == {
        "catatan": "SK Tim ZI belum ditetapkan.",
        "rekomendasi": "Tetapkan SK Tim ZI 2026.",
    }


def test_a_finished_layers_notes_do_not_change(cast, masuk_sebagai):
    penilaian = penilaian_a(cast, S.DIREVIU)
    tugaskan(penilaian, cast.pengguna["evaluator_a"])
    client = masuk_sebagai("evaluator_a")
    client.post(_url(penilaian), {"catatan": "Asli", "rekomendasi": ""})
    Evaluasi.objects.create(
        penilaian=penilaian, lapisan=Lapisan.KANWIL, selesai_pada=timezone.now()
    )
    response = client.post(_url(penilaian), {"catatan": "Diubah", "rekomendasi": ""}, follow=True)
    assert str(PESAN_CATATAN_TERKUNCI) in response.content.decode()
    assert CatatanArea.objects.get().catatan == "Asli"
    # The page shows them, read-only.
    html = client.get(f"/penilaian/{penilaian.pk}/reviu/kanwil/lke/1/").content.decode()
    assert 'name="catatan" id="catatan-area-teks" disabled' in html


def test_notes_wait_for_the_review_to_start(cast):
    penilaian = penilaian_a(cast, S.DIAJUKAN)
    area = Area.objects.get(versi=penilaian.periode.versi, kode="2")
    with pytest.raises(ValidationError) as exc:
        catatan_area_simpan(
            penilaian=penilaian,
            lapisan=Lapisan.KANWIL,
            area=area,
            catatan="x",
            rekomendasi="y",
            oleh=cast.pengguna["evaluator_a"],
        )
    assert exc.value.messages == [str(PESAN_CATATAN_TERKUNCI)]
    with pytest.raises(ValidationError) as exc:
        catatan_area_simpan(
            penilaian=penilaian,
            lapisan=Lapisan.MANDIRI,
            area=area,
            catatan="x",
            rekomendasi="y",
            oleh=cast.pengguna["kepala_a"],
        )
    assert exc.value.messages == [str(PESAN_BUKAN_LAPISAN_EVALUATOR)]
    assert not CatatanArea.objects.exists()


def test_too_long_a_note_is_refused_in_indonesian(cast, masuk_sebagai):
    penilaian = penilaian_a(cast, S.DIREVIU)
    tugaskan(penilaian, cast.pengguna["evaluator_a"])
    response = masuk_sebagai("evaluator_a").post(
        _url(penilaian), {"catatan": "x" * 4001, "rekomendasi": ""}, follow=True
    )
    assert "Paling banyak 4000 karakter." in response.content.decode()
    assert not CatatanArea.objects.exists()


def test_the_tpi_evaluator_reads_the_kanwil_layers_notes_beside_its_own(cast, masuk_sebagai):
    penilaian = penilaian_a(cast, S.DIREVIU)
    tugaskan(penilaian, cast.pengguna["evaluator_a"])
    tugaskan(penilaian, cast.pengguna["evaluator_a"], lapisan=Lapisan.TPI)
    client = masuk_sebagai("evaluator_a")
    client.post(_url(penilaian), {"catatan": "Catatan Kanwil", "rekomendasi": "Saran Kanwil"})
    html = client.get(f"/penilaian/{penilaian.pk}/reviu/tpi/lke/1/").content.decode()
    assert 'data-testid="catatan-lain"' in html and "Saran Kanwil" in html
    assert 'id="catatan-area-teks">Catatan Kanwil<' not in html  # not the TPI's own text


def test_an_unknown_area_is_not_found(cast, masuk_sebagai):
    penilaian = penilaian_a(cast, S.DIREVIU)
    tugaskan(penilaian, cast.pengguna["evaluator_a"])
    assert masuk_sebagai("evaluator_a").post(_url(penilaian, area="9"), {}).status_code == 404
