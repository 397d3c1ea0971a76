"""The worksheet pages: who may fill, read-only states, JSON autosave, query count."""

from penilaian.models import Jawaban, Lapisan, Penilaian
from penilaian.services.jawaban import PESAN_TERKUNCI
from tests.penilaian.bantu import jawab_semua, penilaian_a, tugaskan

S = Penilaian.Status


def test_the_worksheet_shows_questions_options_and_the_evidence_count(cast, masuk_sebagai):
    penilaian = penilaian_a(cast)
    response = masuk_sebagai("operator_a").get(f"/penilaian/{penilaian.pk}/lke/1/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="q-A.I.1.i.a"' in html
    assert "Tim Kerja" in html or "tim kerja" in html.lower()
    assert "0 bukti" in html
    assert 'name="nilai"' in html and "disabled" not in html.split('id="q-A.I.1.i.a"')[1][:2000]


def test_a_saved_answer_redirects_back_to_its_question_without_javascript(cast, masuk_sebagai):
    penilaian = penilaian_a(cast)
    response = masuk_sebagai("operator_a").post(
        f"/penilaian/{penilaian.pk}/jawaban/A.I.1.i.a/", {"nilai": "Ya", "narasi": "Ada SK"}
    )
    assert response.status_code == 302
    assert response["Location"] == f"/penilaian/{penilaian.pk}/lke/1/#q-A.I.1.i.a"
    assert Jawaban.objects.get().nilai == "Ya"


def test_autosave_answers_in_json_with_the_server_computed_percentage(cast, masuk_sebagai):
    penilaian = penilaian_a(cast)
    response = masuk_sebagai("kepala_a").post(
        f"/penilaian/{penilaian.pk}/jawaban/A.II.1.i.a/",
        {"m_agen_perubahan": "8", "m_perubahan_dibuat": "2"},
        HTTP_ACCEPT="application/json",
    )
    data = response.json()
    # In the Indonesian interface the numbers the script puts on the page use a comma.
    assert data["ok"] and data["persen"] == "25,00" and data["terjawab"] == 1
    assert data["total"] == "0,25"


def test_a_bad_answer_gets_a_clear_message_and_saves_nothing(cast, masuk_sebagai):
    penilaian = penilaian_a(cast)
    client = masuk_sebagai("operator_a")
    response = client.post(
        f"/penilaian/{penilaian.pk}/jawaban/A.II.1.i.a/",
        {"m_agen_perubahan": "2", "m_perubahan_dibuat": "-1"},
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 400
    assert "tidak boleh negatif" in response.json()["pesan"]
    assert not Jawaban.objects.exists()


def test_after_submission_the_units_answers_are_read_only(cast, masuk_sebagai):
    penilaian = penilaian_a(cast, S.DIAJUKAN)
    client = masuk_sebagai("operator_a")
    html = client.get(f"/penilaian/{penilaian.pk}/lke/1/").content.decode()
    assert "hanya dapat dibaca" in html
    response = client.post(
        f"/penilaian/{penilaian.pk}/jawaban/A.I.1.i.a/",
        {"nilai": "Ya"},
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 400 and response.json()["pesan"] == str(PESAN_TERKUNCI)


def test_another_units_operator_gets_404_and_read_only_roles_get_403(cast, masuk_sebagai):
    penilaian = penilaian_a(cast)
    url = f"/penilaian/{penilaian.pk}/jawaban/A.I.1.i.a/"
    assert masuk_sebagai("operator_b").post(url, {"nilai": "Ya"}).status_code == 404
    assert masuk_sebagai("auditor_x").post(url, {"nilai": "Ya"}).status_code == 403
    assert masuk_sebagai("admin_x").post(url, {"nilai": "Ya"}).status_code == 403


def test_an_evaluator_cannot_change_the_units_answers(cast, masuk_sebagai):
    penilaian = penilaian_a(cast)
    tugaskan(penilaian, cast.pengguna["evaluator_a"])
    response = masuk_sebagai("evaluator_a").post(
        f"/penilaian/{penilaian.pk}/jawaban/A.I.1.i.a/", {"nilai": "Ya"}
    )
    assert response.status_code == 403
    assert not Jawaban.objects.exists()


def test_the_unit_cannot_change_an_evaluators_answers(cast, masuk_sebagai):
    penilaian = penilaian_a(cast, S.DIREVIU)
    tugaskan(penilaian, cast.pengguna["evaluator_a"])
    for role in ("kepala_a", "operator_a"):
        response = masuk_sebagai(role).post(
            f"/penilaian/{penilaian.pk}/reviu/kanwil/jawaban/A.I.1.i.a/", {"nilai": "Ya"}
        )
        assert response.status_code == 403
    assert not Jawaban.objects.filter(lapisan=Lapisan.KANWIL).exists()


def test_the_worksheet_page_takes_the_same_number_of_queries_however_full(
    cast, masuk_sebagai, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from penilaian.models import Komentar, Pertanyaan

    penilaian = penilaian_a(cast)
    client = masuk_sebagai("operator_a")
    url = f"/penilaian/{penilaian.pk}/lke/3/"
    client.get(url)  # warm the instrument cache
    with CaptureQueriesContext(connection) as kosong:
        client.get(url)
    jawab_semua(penilaian, cast.pengguna["operator_a"])
    jawab_semua(penilaian, cast.pengguna["evaluator_a"], Lapisan.KANWIL)
    for p in Pertanyaan.objects.filter(versi=penilaian.periode.versi)[:30]:
        Komentar.objects.create(
            penilaian=penilaian, pertanyaan=p, penulis=cast.pengguna["operator_a"], teks="x"
        )
    with CaptureQueriesContext(connection) as penuh:
        response = client.get(url)
    assert response.status_code == 200
    assert len(penuh) == len(kosong)
    with django_assert_max_num_queries(20):
        client.get(url)


def test_the_worksheet_reads_in_english(cast, masuk_sebagai, settings):
    penilaian = penilaian_a(cast)
    client = masuk_sebagai("operator_a")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    html = client.get(f"/penilaian/{penilaian.pk}/lke/1/").content.decode()
    assert "Explanation (narrative)" in html and "Saving…" in html
    response = client.post(
        f"/penilaian/{penilaian.pk}/jawaban/A.I.1.i.a/",
        {"nilai": "Ya"},
        HTTP_ACCEPT="application/json",
    )
    assert response.json()["pesan"] == "Saved"


def test_the_hasil_page_says_which_survey_value_counts_and_where_it_came_from(cast, masuk_sebagai):
    from decimal import Decimal

    from survei.models import IndeksEksternal

    penilaian = penilaian_a(cast)
    IndeksEksternal.objects.create(
        satker=cast.satker_a, tahun=2026, jenis="ipak", nilai=Decimal("3.61"), sumber="BPS"
    )
    client = masuk_sebagai("operator_a")
    client.post(f"/penilaian/{penilaian.pk}/jawaban/B.II.a/", {"nilai": "3.2"})
    html = client.get(f"/penilaian/{penilaian.pk}/lke/B.I/").content.decode()
    bagian = html.split('data-testid="sumber-B.I.a"')[1][:300]
    assert "3,61" in bagian and "BPS" in bagian
    html = client.get(f"/penilaian/{penilaian.pk}/lke/B.II/").content.decode()
    assert "3,20" in html.split('data-testid="sumber-B.II.a"')[1][:300]
