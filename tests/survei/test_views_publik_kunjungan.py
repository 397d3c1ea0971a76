"""The public form as a visit: every post answers a redirect (post/redirect/get), Back and
"Kembali" keep what was typed, the profile is asked once per visit and stored on each
response, a kiosk forgets it for the next respondent, and nothing of the visit is kept
on the server or with a response."""

import re

from django.contrib.sessions.models import Session
from django.core import signing

from survei import kunjungan
from survei.models import Respons
from tests.survei.conftest import PROFIL, langkah_langkah

SPAK = {f"A{i}": "5" for i in range(1, 6)}
SKM = {f"U{i}": "3" for i in range(1, 10)}
URL = "/s/satker-a/spak/"


def _token(html: str) -> str:
    return re.search(r'type="hidden" name="token" value="([^"]*)"', html).group(1)


def _dipilih(html: str, nama: str, nilai: str) -> bool:
    return re.search(rf'name="{nama}" value="{re.escape(nilai)}"[^>]*checked', html) is not None


def _isi_visit(client) -> dict:
    return signing.loads(client.cookies[kunjungan.NAMA_COOKIE].value, salt="survei.kunjungan")


def test_each_post_answers_a_redirect_and_the_page_comes_by_get(client, cast, cepat):
    token = _token(client.get(URL).content.decode())
    r = client.post(URL, {"token": token, "langkah": 0, **PROFIL})
    assert r.status_code == 302 and r["Location"] == URL + "?bagian=2"
    halaman = client.get(r["Location"])
    assert halaman.status_code == 200 and 'name="b_A1"' in halaman.content.decode()
    r = client.post(
        r["Location"], {"token": token, "langkah": 1, **{f"b_{k}": v for k, v in SPAK.items()}}
    )
    assert r.status_code == 302 and r["Location"] == URL + "?bagian=3"
    assert 'name="saran"' in client.get(r["Location"]).content.decode()
    r = client.post(r["Location"], {"token": token, "langkah": 2, "saran": "Cepat"})
    assert r.status_code == 302 and r["Location"] == "/s/satker-a/terima-kasih/"
    assert Respons.objects.get().saran == "Cepat"


def test_a_page_with_a_problem_is_shown_by_get_with_its_message(client, cast, cepat):
    token = _token(client.get(URL).content.decode())
    r = client.post(URL, {"token": token, "langkah": 0, **PROFIL, "usia": ""})
    assert r.status_code == 302 and r["Location"] == URL + "?bagian=1"
    html = client.get(r["Location"]).content.decode()
    assert 'id="ringkasan-galat"' in html and _dipilih(html, "pendidikan", "sma")
    assert Respons.objects.count() == 0


def test_the_back_button_shows_the_earlier_page_with_its_answers(client, cast, cepat):
    token = _token(client.get(URL).content.decode())
    client.post(URL, {"token": token, "langkah": 0, **PROFIL})
    # The browser's Back button is a GET of the earlier page: no form is resent.
    kembali = client.get(URL + "?bagian=1")
    html = kembali.content.decode()
    assert kembali.status_code == 200 and "no-store" in kembali["Cache-Control"]
    assert _dipilih(html, "usia", "26-35") and _dipilih(html, "jenis_kelamin", "p")


def test_kembali_keeps_what_was_typed_on_the_page_it_leaves(client, cast, cepat):
    token = _token(client.get(URL).content.decode())
    client.post(URL, {"token": token, "langkah": 0, **PROFIL})
    html = client.get(URL + "?bagian=2").content.decode()
    assert 'formaction="/s/satker-a/spak/kembali/"' in html and ">Kembali<" in html
    # Half the page answered, then "Kembali": nothing is checked, the answers are kept.
    r = client.post("/s/satker-a/spak/kembali/", {"token": token, "langkah": 1, "b_A1": "2"})
    assert r.status_code == 302 and r["Location"] == URL + "?bagian=1"
    assert _dipilih(client.get(r["Location"]).content.decode(), "usia", "26-35")
    assert _dipilih(client.get(URL + "?bagian=2").content.decode(), "b_A1", "2")
    assert Respons.objects.count() == 0


def test_a_page_not_reached_yet_sends_back_to_the_furthest_one(client, cast, cepat):
    client.get(URL)
    r = client.get(URL + "?bagian=3")
    assert r.status_code == 302 and r["Location"] == URL + "?bagian=1"


def test_the_profile_is_asked_once_across_two_surveys_and_stored_on_both(client, cast, cepat):
    r, _ = langkah_langkah(client, URL, SPAK)
    assert r.status_code == 302
    terima = client.get(r["Location"]).content.decode()
    assert 'href="/s/satker-a/skm/"' in terima and 'href="/s/satker-a/spak/"' not in terima
    html = client.get("/s/satker-a/skm/").content.decode()
    assert 'type="radio" name="usia"' not in html and 'name="b_U1"' in html
    token = _token(html)
    assert "Bagian 1 dari 2" in html
    # The respondent answers only the questions; the profile comes from the visit.
    r = client.post(
        "/s/satker-a/skm/", {"token": token, "langkah": 0, **{f"b_{k}": v for k, v in SKM.items()}}
    )
    assert r.status_code == 302 and r["Location"] == "/s/satker-a/skm/?bagian=2"
    r = client.post(r["Location"], {"token": token, "langkah": 1, "saran": ""})
    assert r.status_code == 302 and r["Location"] == "/s/satker-a/terima-kasih/"
    profil = list(Respons.objects.values_list("usia", "jenis_kelamin", "pendidikan", "pekerjaan"))
    assert len(profil) == 2 and set(profil) == {("26-35", "p", "sma", "swasta")}
    assert {r.versi.kuesioner.jenis for r in Respons.objects.all()} == {"spak", "skm"}


def test_each_survey_of_the_visit_gets_its_own_one_time_token(client, cast, cepat):
    r, data = langkah_langkah(client, URL, SPAK)
    assert r.status_code == 302
    html = client.get("/s/satker-a/skm/").content.decode()
    assert _token(html) != data["token"]
    # The first survey's last page sent again (Back, then resend by hand): stored once.
    assert client.post(URL, data).status_code == 302
    assert Respons.objects.count() == 1


def test_a_kiosk_forgets_the_profile_for_the_next_respondent(cast, masuk_sebagai, cepat):
    client = masuk_sebagai("operator_a")
    r, _ = langkah_langkah(client, "/s/satker-a/kiosk/skm/", SKM)
    assert r["Location"] == "/s/satker-a/kiosk/terima-kasih/"
    terima = client.get(r["Location"]).content.decode()
    assert 'href="/s/satker-a/kiosk/spak/"' in terima  # the same respondent may go on
    html = client.get("/s/satker-a/kiosk/spak/").content.decode()
    assert 'type="radio" name="usia"' not in html
    # "Responden berikutnya" (or the page's own refresh) leads to the kiosk's home.
    client.get("/s/satker-a/kiosk/")
    html = client.get("/s/satker-a/kiosk/spak/").content.decode()
    assert 'type="radio" name="usia"' in html and "checked" not in html


def test_nothing_of_the_visit_is_kept_on_the_server_or_with_a_response(client, cast, cepat):
    langkah_langkah(client, URL, SPAK, saran="rahasia-saran")
    assert Session.objects.count() == 0
    visit = _isi_visit(client)["publik"]
    # Only the profile and which surveys were filled stay, on the respondent's device.
    assert set(visit) <= {"profil", "draf", "selesai"} and visit["draf"] == {}
    assert "rahasia-saran" not in repr(visit)
    respons = Respons.objects.values().get()
    nilai_cookie = client.cookies[kunjungan.NAMA_COOKIE].value
    assert all(nilai_cookie not in str(v) for v in respons.values())
    assert not any("sesi" in k or "session" in k or "kunjungan" in k for k in respons)
    cookie = client.cookies[kunjungan.NAMA_COOKIE]
    assert cookie["path"] == "/s/satker-a/" and cookie["httponly"] and not cookie["max-age"]


def test_back_after_sending_shows_a_new_form_and_says_the_answers_arrived(client, cast, cepat):
    r, data = langkah_langkah(client, URL, SPAK)
    kembali = client.get(URL + "?bagian=3")  # the browser's Back from the thanks
    assert kembali.status_code == 302 and kembali["Location"] == URL + "?bagian=1"
    html = client.get(kembali["Location"]).content.decode()
    assert "sudah kami terima" in html and _token(html) != data["token"]
    assert Respons.objects.count() == 1


def test_the_visit_cookie_stays_small_enough_for_every_browser():
    """Browsers drop a cookie over 4 KB without a word: other forms' drafts and then
    long suggestions give way, never the form being filled."""
    import random

    acak = random.Random(16)
    saran = lambda: "".join(chr(acak.randint(0x4E00, 0x9FFF)) for _ in range(1000))  # noqa: E731
    draf = {
        j: {"data": {"token": ["t" * 90], "saran": [saran()]}, "diingat": False, "sampai": 2}
        for j in ("spkp", "spak", "skm")
    }
    nilai = kunjungan._nilai_cookie({"publik": {"draf": draf}})
    isi = signing.loads(nilai, salt="survei.kunjungan")
    assert len(nilai) <= 3800
    assert list(isi["publik"]["draf"]) == ["skm"]  # the last one saved is kept
