import time
from unittest import mock

import pytest

from survei.models import Respons, Skor
from survei.perlindungan import token_baru
from survei.services import kode_buat, layanan_tambah
from survei.views.publik import PESAN_KEDALUWARSA, PESAN_TERLALU_CEPAT
from tests.survei.conftest import PROFIL, langkah_langkah

SPAK = {f"A{i}": "5" for i in range(1, 6)}
URL = "/s/satker-a/spak/"


def test_the_stable_url_shows_the_unit_and_its_open_surveys(client, cast):
    r = client.get("/s/satker-a/")
    html = r.content.decode()
    assert r.status_code == 200
    assert "Rutan A" in html
    for jenis in ("spkp", "spak", "skm"):
        assert f"/s/satker-a/{jenis}/" in html


def test_an_unknown_or_inactive_unit_is_404(client, cast):
    assert client.get("/s/tidak-ada/").status_code == 404
    cast.satker_b.aktif = False
    cast.satker_b.save()
    assert client.get("/s/satker-b/spak/").status_code == 404
    assert client.get("/s/satker-a/xyz/").status_code == 404


def test_a_respondent_completes_a_survey_on_three_pages(client, cast, cepat):
    r, _ = langkah_langkah(client, URL, SPAK, saran="Ruang tunggu panas")
    assert r.status_code == 302 and r["Location"] == "/s/satker-a/terima-kasih/"
    respons = Respons.objects.get()
    assert respons.cara == Respons.Cara.PUBLIK and respons.saran == "Ruang tunggu panas"
    assert sorted(Skor.objects.values_list("nilai", flat=True)) == [5] * 5
    assert "Terima kasih" in client.get(r["Location"]).content.decode()


def test_each_page_shows_one_section_and_carries_the_earlier_answers(client, cast, cepat):
    html = client.get(URL).content.decode()
    assert 'name="usia"' in html and 'name="b_A1"' not in html
    assert "<legend>" in html and 'for="id_usia_0"' in html  # accessible labels


def test_form_pages_stay_small_for_slow_connections(client, cast):
    from django.contrib.staticfiles import finders

    html = client.get("/s/satker-a/skm/").content
    from pathlib import Path

    css = Path(finders.find("css/survei.css")).read_bytes()
    assert len(html) + len(css) < 200 * 1024
    assert b"<script" not in html  # works without JavaScript


def test_a_missing_answer_sends_back_to_its_page_with_a_message_and_stores_nothing(
    client, cast, cepat
):
    kurang = dict(SPAK)
    del kurang["A3"]
    r, _ = langkah_langkah(client, URL, kurang, ketat=False)
    assert r.status_code == 200
    assert 'name="b_A3"' in r.content.decode()
    assert "Mohon periksa isian berikut" in r.content.decode()
    assert Respons.objects.count() == 0


@pytest.mark.parametrize("nilai", ["7", "0", "abc", "5.5"])
def test_a_tampered_option_value_stores_nothing(client, cast, cepat, nilai):
    r, _ = langkah_langkah(client, URL, {**SPAK, "A2": nilai}, ketat=False)
    assert 'id="ringkasan-galat"' in r.content.decode()
    assert Respons.objects.count() == 0


def test_a_tampered_profile_value_stores_nothing(client, cast, cepat):
    r, _ = langkah_langkah(client, URL, SPAK, profil={**PROFIL, "usia": "99"}, ketat=False)
    assert 'id="ringkasan-galat"' in r.content.decode() and 'name="usia"' in r.content.decode()
    assert Respons.objects.count() == 0


def test_oversized_text_stores_nothing(client, cast, cepat):
    r, _ = langkah_langkah(client, URL, SPAK, saran="x" * 1001, ketat=False)
    assert "1000" in r.content.decode()
    assert 'id="ringkasan-galat"' in r.content.decode()
    assert Respons.objects.count() == 0


def test_the_honeypot_looks_successful_but_stores_nothing(client, cast, cepat):
    r, data = langkah_langkah(client, URL, SPAK)
    Respons.objects.all().delete()
    data.update({"situs": "http://spam.example", "token": token_baru()})
    r = client.post(URL, data)
    assert r.status_code == 302
    assert Respons.objects.count() == 0


def test_a_form_sent_faster_than_a_person_can_read_is_refused(client, cast, settings):
    settings.SURVEI_WAKTU_MIN_DETIK = 60
    r, _ = langkah_langkah(client, URL, SPAK, ketat=False)
    assert str(PESAN_TERLALU_CEPAT) in r.content.decode()
    assert Respons.objects.count() == 0


@pytest.mark.parametrize("token", ["baru-1", "x" * 5000, ""])
def test_an_invented_token_restarts_the_form_and_stores_nothing(client, cast, cepat, token):
    r, data = langkah_langkah(client, URL, SPAK)
    Respons.objects.all().delete()
    data.update({"token": token})
    r = client.post(URL, data)
    assert r.status_code == 302 and r["Location"] == URL + "?bagian=1"
    r = client.get(r["Location"])
    assert str(PESAN_KEDALUWARSA) in r.content.decode()
    assert Respons.objects.count() == 0


def test_an_aged_token_is_refused_and_fill_time_counts_from_its_issue(client, cast, settings):
    """The issue's attack: one old start value reused with invented tokens stored
    responses with a 0 s fill time. Now the token carries its issue time, expires
    after SURVEI_TOKEN_JAM hours, and a new one starts the clock again."""
    settings.SURVEI_WAKTU_MIN_DETIK = 30
    settings.SURVEI_TOKEN_JAM = 4
    _r, data = langkah_langkah(client, URL, SPAK, ketat=False)
    Respons.objects.all().delete()
    with mock.patch("time.time", return_value=time.time() - 5 * 3600):
        tua = token_baru()
    r = client.post(URL, {**data, "token": tua}, follow=True)
    assert str(PESAN_KEDALUWARSA) in r.content.decode()
    r = client.post(URL, {**data, "token": token_baru()}, follow=True)  # fresh: too fast
    assert str(PESAN_TERLALU_CEPAT) in r.content.decode()
    with mock.patch("time.time", return_value=time.time() - 60):
        wajar = token_baru()
    assert client.post(URL, {**data, "token": wajar}).status_code == 302
    assert client.post(URL, {**data, "token": wajar}).status_code == 302  # used: not again
    assert Respons.objects.count() == 1


def test_a_double_submission_is_stored_once(client, cast, cepat):
    r, data = langkah_langkah(client, URL, SPAK)
    again = client.post(URL, data)  # double tap, or back and send again
    assert r.status_code == again.status_code == 302
    assert Respons.objects.count() == 1


def test_the_rate_limit_per_client_stops_a_flood(client, cast, cepat):
    cepat.SURVEI_BATAS_PER_JAM = 2
    for _ in range(2):
        r, _ = langkah_langkah(client, URL, SPAK)
        assert r.status_code == 302
    r, _ = langkah_langkah(client, URL, SPAK, ketat=False)
    assert r.status_code == 429
    assert Respons.objects.count() == 2
    # Another address is not affected.
    r, _ = langkah_langkah(client, URL, SPAK, extra={}, ketat=False)
    other = client.post(URL, {}, REMOTE_ADDR="10.9.9.9")
    assert other.status_code == 302


def test_a_one_time_code_is_accepted_once_and_reuse_is_refused(client, cast, cepat):
    kode = kode_buat(satker=cast.satker_a, jumlah=1)[0].kode
    r, _ = langkah_langkah(client, URL, SPAK, extra={"kode": kode})
    assert r.status_code == 302
    r, _ = langkah_langkah(client, URL, SPAK, extra={"kode": kode}, ketat=False)
    assert "Kode tidak dikenal atau sudah dipakai" in r.content.decode()
    assert Respons.objects.count() == 1


def test_the_service_comes_from_the_units_list(client, cast, cepat):
    kunjungan = layanan_tambah(satker=cast.satker_a, nama="Kunjungan keluarga")
    html = client.get(URL).content.decode()
    assert "Kunjungan keluarga" in html
    r, _ = langkah_langkah(client, URL, SPAK, profil={**PROFIL, "layanan": str(kunjungan.pk)})
    assert r.status_code == 302
    assert Respons.objects.get().layanan == kunjungan


def test_english_by_the_language_link(client, cast):
    r = client.post("/i18n/setlang/", {"language": "en", "next": "/s/satker-a/spak/"})
    assert r.status_code == 302
    html = client.get(r["Location"]).content.decode()
    assert 'lang="en"' in html


def test_a_value_tampered_on_the_last_page_stores_nothing(client, cast, cepat):
    r, data = langkah_langkah(client, URL, SPAK)
    Respons.objects.all().delete()
    data.update({"b_A4": "9", "token": token_baru()})
    r = client.post(URL, data, follow=True)
    assert 'id="ringkasan-galat"' in r.content.decode()
    assert Respons.objects.count() == 0


def test_in_english_the_questions_and_options_are_english(client, cast, cepat):
    client.cookies["django_language"] = "en"
    html = client.get(URL).content.decode()
    assert "About you" in html and "Prefer not to say" in html
    import re

    data = dict(re.findall(r'type="hidden" name="(token)" value="([^"]*)"', html))
    halaman_2 = client.post(URL, {**data, **PROFIL, "langkah": 0}, follow=True).content.decode()
    assert "Staff serve everyone equally" in halaman_2
    assert "6 — Strongly agree" in halaman_2


def test_behind_a_trusted_proxy_the_limit_uses_the_forwarded_client_address(rf, settings):
    from survei.perlindungan import alamat_klien

    settings.SURVEI_JUMLAH_PROKSI = 1
    request = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.1.1.1, 203.0.113.9")
    assert alamat_klien(request) == "203.0.113.9"  # the spoofable left part is ignored
    settings.SURVEI_JUMLAH_PROKSI = 0
    assert alamat_klien(request) == "10.0.0.1"
