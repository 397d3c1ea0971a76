"""The counts of a `%` question on the worksheet: the server names a bad count as the
worksheet labels it, in the user's language, with or without JavaScript, and saves
nothing; the page gives the script the same wording for a count it cannot read."""

import pytest

from penilaian.models import Jawaban
from tests.penilaian.bantu import penilaian_a

KODE = "A.II.3.iii.a"
BENAR = {
    "m_pelanggaran_tahun_lalu": "3",
    "m_pelanggaran_tahun_ini": "2",
    "m_pelanggaran_disanksi": "1",
}


def _url(penilaian):
    return f"/penilaian/{penilaian.pk}/jawaban/{KODE}/"


@pytest.mark.parametrize(
    ("ini", "pesan"),
    [
        ("abc", "Jumlah pelanggaran tahun ini harus berupa angka."),
        ("", "Jumlah pelanggaran tahun ini belum diisi."),
        ("-1", "Jumlah pelanggaran tahun ini tidak boleh negatif."),
    ],
)
def test_autosave_names_the_bad_count_by_its_label(cast, masuk_sebagai, ini, pesan):
    penilaian = penilaian_a(cast)
    response = masuk_sebagai("operator_a").post(
        _url(penilaian), {**BENAR, "m_pelanggaran_tahun_ini": ini}, HTTP_ACCEPT="application/json"
    )
    assert response.status_code == 400
    assert response.json() == {"ok": False, "pesan": pesan}
    assert not Jawaban.objects.exists()


def test_without_javascript_the_worksheet_comes_back_with_the_message(cast, masuk_sebagai):
    penilaian = penilaian_a(cast)
    response = masuk_sebagai("operator_a").post(
        _url(penilaian), {**BENAR, "m_pelanggaran_tahun_ini": "dua"}, follow=True
    )
    html = response.content.decode()
    assert f"{KODE}: Jumlah pelanggaran tahun ini harus berupa angka." in html
    assert "harus berupa angka, bukan" not in html
    assert not Jawaban.objects.exists()


def test_the_message_is_english_for_an_english_user(cast, masuk_sebagai):
    penilaian = penilaian_a(cast)
    client = masuk_sebagai("operator_a")
    client.cookies["django_language"] = "en"
    response = client.post(
        _url(penilaian), {**BENAR, "m_pelanggaran_tahun_ini": "x"}, HTTP_ACCEPT="application/json"
    )
    assert response.json()["pesan"] == "Jumlah pelanggaran tahun ini must be a number."


def test_the_page_gives_each_count_its_own_message_for_the_script(cast, masuk_sebagai):
    penilaian = penilaian_a(cast)
    html = masuk_sebagai("operator_a").get(f"/penilaian/{penilaian.pk}/lke/3/").content.decode()
    assert 'data-pesan-angka="Jumlah pelanggaran tahun ini harus berupa angka."' in html
    assert "<script>" not in html  # the behaviour lives in static/js/lembar.js (CSP)
