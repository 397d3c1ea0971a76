from survei.models import Respons
from tests.survei.conftest import langkah_langkah

SKM = {f"U{i}": "4" for i in range(1, 10)}
URL = "/s/satker-a/kiosk/skm/"


def test_unit_staff_open_the_kiosk(cast, masuk_sebagai):
    r = masuk_sebagai("operator_a").get("/s/satker-a/kiosk/")
    assert r.status_code == 200
    assert "/s/satker-a/kiosk/skm/" in r.content.decode()


def test_evaluators_may_not_run_a_kiosk_and_other_units_do_not_see_it(cast, masuk_sebagai):
    assert masuk_sebagai("evaluator_a").get("/s/satker-a/kiosk/").status_code == 403
    assert masuk_sebagai("operator_b").get("/s/satker-a/kiosk/").status_code == 404


def test_after_a_response_the_kiosk_thanks_and_resets(cast, masuk_sebagai, cepat):
    client = masuk_sebagai("operator_a")
    r, _ = langkah_langkah(client, URL, SKM)
    assert r.status_code == 302 and r["Location"] == "/s/satker-a/kiosk/terima-kasih/"
    terima = client.get(r["Location"]).content.decode()
    assert 'http-equiv="refresh"' in terima and "url=/s/satker-a/kiosk/" in terima
    assert Respons.objects.get().cara == Respons.Cara.KIOSK
    # The next respondent starts on an empty form with a fresh token.
    baru = client.get(URL)
    html = baru.content.decode()
    assert "checked" not in html
    assert "no-store" in baru["Cache-Control"]


def test_staff_assisted_responses_are_marked(cast, masuk_sebagai, cepat):
    client = masuk_sebagai("kepala_a")
    r, _ = langkah_langkah(client, URL, SKM, extra={"dibantu": "on"})
    assert r.status_code == 302
    assert Respons.objects.get().cara == Respons.Cara.DIBANTU


def test_the_kiosk_is_not_rate_limited(cast, masuk_sebagai, cepat):
    cepat.SURVEI_BATAS_PER_JAM = 1
    client = masuk_sebagai("operator_a")
    for _ in range(3):
        r, _ = langkah_langkah(client, URL, SKM)
        assert r.status_code == 302
    assert Respons.objects.count() == 3
