import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from penilaian.models import InstrumenVersi
from penilaian.selectors import instrumen as selectors
from penilaian.services import instrumen as layanan
from penilaian.services.instrumen import PESAN_VERSI_SUDAH_DIPAKAI

KODE = "permenpan-rb-90-2021"
DETAIL = f"/instrumen/{KODE}/"
PENGATURAN = f"/instrumen/{KODE}/pengaturan/"


def _isi(**ubah):
    data = {
        "nilai_abcd": "desimal",
        "rumus_pengaduan": "selesai_per_wajib",
        "minimum_area": "per_area",
        "aktif": "on",
    }
    return {**data, **ubah}


def test_the_list_shows_the_shipped_version(masuk_sebagai):
    response = masuk_sebagai("admin_x").get("/instrumen/")
    assert KODE in response.content.decode()


def test_the_instrument_page_shows_every_question_area_weight_and_threshold(masuk_sebagai):
    halaman = masuk_sebagai("admin_x").get(DETAIL).content.decode()
    for kode in ("A.I.1.i.a", "A.II.6.ii.a", "B.I.a", "B.I.b", "B.II.a"):
        assert f"/pertanyaan/{kode}/" in halaman
    assert halaman.count("/pertanyaan/") == 113
    assert "Manajemen Perubahan" in halaman and "Penguatan Pengawasan" in halaman
    assert "≥ 75,00" in halaman and "≥ 85,00" in halaman and "≥ 60 %" in halaman


def test_the_instrument_page_shows_each_setting_with_its_note(masuk_sebagai):
    halaman = masuk_sebagai("admin_x").get(DETAIL).content.decode()
    assert "Dua desimal: B = 0,67, C = 0,33" in halaman
    assert "Selesai ÷ yang harus ditindaklanjuti" in halaman
    assert "Per area (pemenuhan + reform)" in halaman
    assert "Excel resmi dan dua aplikasi publik" in halaman
    assert "Penyebut nol pada pertanyaan %<" in halaman


def test_only_a_national_administrator_is_offered_the_settings(masuk_sebagai):
    assert PENGATURAN not in masuk_sebagai("admin_x").get(DETAIL).content.decode()
    assert PENGATURAN in masuk_sebagai("superuser").get(DETAIL).content.decode()


def test_the_instrument_page_needs_few_queries_once_the_instrument_is_cached(masuk_sebagai):
    client = masuk_sebagai("admin_x")
    client.get(DETAIL)
    with CaptureQueriesContext(connection) as kueri:
        assert client.get(DETAIL).status_code == 200
    assert len(kueri) <= 8


def test_a_percent_question_shows_inputs_formula_and_zero_denominator_rule(masuk_sebagai):
    halaman = masuk_sebagai("admin_x").get(f"{DETAIL}pertanyaan/A.II.5.iii.a/").content.decode()
    assert "sudah_lapor_lhkpn" in halaman
    assert "min(1, sudah_lapor_lhkpn / (wajib_lhkpn_kepala" in halaman
    assert "Penyebut 0 → nilai 1" in halaman
    assert "1 poin" in halaman  # sub-area weight 2 over two questions


def test_an_option_question_shows_each_option_with_its_value(masuk_sebagai):
    halaman = masuk_sebagai("admin_x").get(f"{DETAIL}pertanyaan/A.I.1.iii.a/").content.decode()
    assert "0,67" in halaman and "0,33" in halaman  # Indonesian decimal comma


@pytest.mark.parametrize("url", [f"{DETAIL}pertanyaan/Z.9.z/", "/instrumen/tidak-ada/"])
def test_an_unknown_question_or_version_is_404(masuk_sebagai, url):
    assert masuk_sebagai("superuser").get(url).status_code == 404


def test_a_national_administrator_changes_a_setting_and_scores_follow(masuk_sebagai):
    client = masuk_sebagai("superuser")
    response = client.post(PENGATURAN, _isi(nilai_abcd="pecahan"))
    assert response.status_code == 302
    assert InstrumenVersi.objects.get(kode=KODE).nilai_abcd == "pecahan"
    assert selectors.instrumen_untuk_versi(KODE).pengaturan.nilai_abcd == "pecahan"
    halaman = client.get(f"{DETAIL}pertanyaan/A.I.1.iii.a/").content.decode()
    assert "0,6667" in halaman
    assert "bukan bawaan" in client.get(DETAIL).content.decode()


def test_a_version_with_answers_keeps_its_settings(masuk_sebagai, monkeypatch):
    monkeypatch.setattr(layanan, "versi_punya_jawaban", lambda versi: True)
    response = masuk_sebagai("superuser").post(PENGATURAN, _isi(minimum_area="per_bagian"))
    assert response.status_code == 200
    assert str(PESAN_VERSI_SUDAH_DIPAKAI) in response.content.decode()
    assert InstrumenVersi.objects.get(kode=KODE).minimum_area == "per_area"


def test_a_version_with_answers_may_still_be_deactivated(masuk_sebagai, monkeypatch):
    monkeypatch.setattr(layanan, "versi_punya_jawaban", lambda versi: True)
    data = _isi()
    del data["aktif"]
    assert masuk_sebagai("superuser").post(PENGATURAN, data).status_code == 302
    assert InstrumenVersi.objects.get(kode=KODE).aktif is False


def test_the_menu_offers_the_instrument_to_administrators_only(masuk_sebagai):
    assert "/instrumen/" in masuk_sebagai("admin_x").get("/").content.decode()
    assert "/instrumen/" not in masuk_sebagai("operator_a").get("/").content.decode()


def test_the_pages_speak_english_when_chosen(masuk_sebagai, settings):
    client = masuk_sebagai("admin_x")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    halaman = client.get(DETAIL).content.decode()
    assert "Predicate requirements (Table 6)" in halaman
    assert "Two decimals: B = 0.67, C = 0.33 (official Excel)" in halaman
    assert "113 questions" in halaman
    assert "Zero denominators in % questions" in halaman
    assert "≥ 75.00" in halaman
    soal = client.get(f"{DETAIL}pertanyaan/A.II.5.iii.a/").content.decode()
    assert "Denominator 0 → value 1" in soal


def test_the_english_catalog_translates_every_message_of_the_app():
    import pathlib

    po = pathlib.Path(__file__).resolve().parents[2] / "penilaian/locale/en/LC_MESSAGES/django.po"
    teks = po.read_text(encoding="utf-8").split("\n\n", 1)[1]
    assert 'msgstr ""\n\n' not in teks + "\n"
