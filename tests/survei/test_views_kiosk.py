from datetime import timedelta

from django.test import Client
from django.utils import timezone

from survei import kios
from survei.models import Kios, Respons
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


def _kunci(client):
    """Staff lock the tablet from the kiosk page; returns the tablet's client."""
    r = client.post("/s/satker-a/kiosk/kunci/")
    assert r.status_code == 302 and r["Location"] == "/s/satker-a/kiosk/"
    return client, r.cookies[kios.NAMA_COOKIE]


def test_locking_a_tablet_signs_staff_out_and_leaves_only_a_kiosk_pass(cast, masuk_sebagai, cepat):
    tablet, cookie = _kunci(masuk_sebagai("operator_a"))
    # The pass is for the unit's kiosk pages only, out of reach of scripts.
    assert cookie["path"] == "/s/satker-a/kiosk/"
    assert cookie["httponly"] and cookie["samesite"] == "Strict"
    assert 0 < int(cookie["max-age"]) <= 12 * 3600
    # The staff login is gone from the tablet: the portal asks for it again.
    assert tablet.get("/penilaian/")["Location"].startswith("/masuk/")
    assert tablet.get("/survei/satker-a/")["Location"].startswith("/masuk/")
    # The kiosk itself goes on, without the lock button, and takes responses.
    html = tablet.get("/s/satker-a/kiosk/").content.decode()
    assert "/s/satker-a/kiosk/skm/" in html and "kunci-kios" not in html
    r, _ = langkah_langkah(tablet, URL, SKM)
    assert r["Location"] == "/s/satker-a/kiosk/terima-kasih/"
    assert tablet.get(r["Location"]).status_code == 200
    assert Respons.objects.get().cara == Respons.Cara.KIOSK
    dibuka = Kios.objects.get()
    assert (dibuka.satker, dibuka.dibuka_oleh) == (cast.satker_a, cast.pengguna["operator_a"])


def test_only_the_units_staff_may_lock_a_tablet(cast, masuk_sebagai):
    assert masuk_sebagai("evaluator_a").post("/s/satker-a/kiosk/kunci/").status_code == 403
    assert masuk_sebagai("operator_b").post("/s/satker-a/kiosk/kunci/").status_code == 404
    assert masuk_sebagai("operator_a").get("/s/satker-a/kiosk/kunci/").status_code == 405
    assert not Kios.objects.exists()


def _tablet(cookie) -> Client:
    """A device that holds only the kiosk pass (masuk_sebagai shares one client)."""
    tablet = Client()
    tablet.cookies[kios.NAMA_COOKIE] = cookie
    return tablet


def test_a_pass_opens_only_its_own_units_kiosk(cast, masuk_sebagai):
    _, cookie = _kunci(masuk_sebagai("kepala_a"))
    tablet = _tablet(cookie.value)
    assert tablet.get("/s/satker-a/kiosk/").status_code == 200
    r = tablet.get("/s/satker-b/kiosk/")
    assert r.status_code == 302 and r["Location"].startswith("/masuk/")


def test_a_forged_expired_or_closed_pass_asks_for_a_login(cast, masuk_sebagai):
    _, cookie = _kunci(masuk_sebagai("operator_a"))
    assert _tablet(cookie.value + "x").get("/s/satker-a/kiosk/")["Location"].startswith("/masuk/")
    tablet = _tablet(cookie.value)
    assert tablet.get("/s/satker-a/kiosk/").status_code == 200
    Kios.objects.update(berlaku_sampai=timezone.now() - timedelta(seconds=1))
    assert tablet.get("/s/satker-a/kiosk/")["Location"].startswith("/masuk/")
    Kios.objects.update(berlaku_sampai=timezone.now() + timedelta(hours=1))
    assert tablet.get("/s/satker-a/kiosk/skm/").status_code == 200
    kios.kios_tutup(kios=Kios.objects.get(), oleh=None)
    assert tablet.get("/s/satker-a/kiosk/skm/")["Location"].startswith("/masuk/")


def test_staff_see_open_kiosks_and_close_one_from_the_survey_page(cast, masuk_sebagai):
    _, cookie = _kunci(masuk_sebagai("operator_a"))
    tablet = _tablet(cookie.value)
    dibuka = Kios.objects.get()
    # Readers and other units may not close it.
    url = f"/survei/satker-a/kios/{dibuka.pk}/tutup/"
    assert masuk_sebagai("evaluator_a").post(url).status_code == 403
    assert masuk_sebagai("operator_b").post(url).status_code == 404
    kepala = masuk_sebagai("kepala_a")
    html = kepala.get("/survei/satker-a/").content.decode()
    assert "Kios aktif" in html and "Dibuka oleh" in html
    r = kepala.post(url, follow=True)
    assert "Kios ditutup. Tablet itu kini meminta masuk." in r.content.decode()
    dibuka.refresh_from_db()
    assert dibuka.ditutup_pada and dibuka.ditutup_oleh == cast.pengguna["kepala_a"]
    assert "Kios aktif" not in kepala.get("/survei/satker-a/").content.decode()
    assert tablet.get("/s/satker-a/kiosk/")["Location"].startswith("/masuk/")
    # Closing twice says so instead of failing.
    r = kepala.post(url, follow=True)
    assert "Kios ini sudah ditutup." in r.content.decode()
