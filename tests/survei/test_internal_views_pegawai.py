"""The staff form at /s/<unit>/pegawai/ and the kiosk page that hands out codes."""

import re
from pathlib import Path

from django.contrib.staticfiles import finders
from django.utils import timezone

from survei.internal.selectors import kode_internal_sah
from survei.internal.services import PESAN_KODE_TIDAK_VALID, kode_internal_buat
from survei.models import KodeInternal, ResponsInternal, SkorInternal
from tests.survei.internal_bantu import isi_formulir, staf

TAHUN = timezone.localdate().year


def _kode(satker, n=1):
    staf(satker, TAHUN, asn=10, honorer=3)
    return kode_internal_buat(satker=satker, jumlah=n)


def test_a_staff_member_answers_with_the_code_from_their_slip(client, cast, cepat):
    kode = _kode(cast.satker_a)[0]
    r = isi_formulir(client, kode.lower(), "3")  # typed as it comes
    assert r["Location"] == "/s/satker-a/pegawai/terima-kasih/"
    respons = ResponsInternal.objects.get()
    assert (respons.kategori, respons.masa_kerja, respons.melayani_publik) == (
        "honorer",
        "2-5",
        True,
    )
    assert set(SkorInternal.objects.values_list("nilai", flat=True)) == {3}
    assert not KodeInternal.objects.exists()
    html = client.get(r["Location"]).content.decode()
    assert "Terima kasih" in html and "kode Anda sudah dihapus" in html


def test_a_used_code_is_refused_on_the_first_page(client, cast, cepat):
    kode = _kode(cast.satker_a)[0]
    isi_formulir(client, kode)
    r = isi_formulir(client, kode, ketat=False)
    assert r.status_code == 400
    html = r.content.decode()
    assert str(PESAN_KODE_TIDAK_VALID) in html and 'name="kode"' in html
    assert ResponsInternal.objects.count() == 1


def test_the_form_goes_one_change_area_per_page(client, cast, cepat):
    kode = _kode(cast.satker_a)[0]
    html = client.get("/s/satker-a/pegawai/").content.decode()
    assert "Bagian 1 dari 8" in html and 'name="kode"' in html and 'name="b_' not in html
    assert "Kelompok pegawai dengan kurang dari 5 responden" in html  # the promise, up front
    token = re.search(r'name="token" value="([^"]*)"', html).group(1)
    data = {"token": token, "kode": kode, "kategori": "asn", "masa_kerja": "lt2"}
    data.update({"melayani_publik": "tidak", "langkah": 0})
    html = client.post("/s/satker-a/pegawai/", data).content.decode()
    assert "Bagian 2 dari 8: 1. Manajemen Perubahan" in html
    assert 'name="b_MP1"' in html and 'name="b_TL1"' not in html
    assert f'name="kode" value="{kode}"' in html  # carried, not kept on the server


def test_a_missing_profile_answer_is_explained_and_stores_nothing(client, cast, cepat):
    kode = _kode(cast.satker_a)[0]
    r = isi_formulir(client, kode, profil={"kategori": "asn"}, ketat=False)
    assert r.status_code == 400 and "Mohon periksa isian berikut" in r.content.decode()
    assert not ResponsInternal.objects.exists() and kode_internal_sah(
        satker=cast.satker_a, kode=kode
    )


def test_a_tampered_answer_stores_nothing_and_keeps_the_code(client, cast, cepat):
    kode = _kode(cast.satker_a)[0]
    r = isi_formulir(client, kode, "7", ketat=False)
    assert r.status_code == 400
    assert not ResponsInternal.objects.exists()
    assert kode_internal_sah(satker=cast.satker_a, kode=kode)


def test_guessing_codes_is_limited_per_address(client, cast, cepat, settings):
    settings.SURVEI_BATAS_PER_JAM = 3
    _kode(cast.satker_a)
    for _ in range(3):
        assert isi_formulir(client, "ZZZZZZZZ", ketat=False).status_code == 400
    assert isi_formulir(client, "ZZZZZZZZ", ketat=False).status_code == 429


def test_a_whole_office_behind_one_address_can_answer(client, cast, cepat, settings):
    settings.SURVEI_BATAS_PER_JAM = 2
    for kode in _kode(cast.satker_a, 4):
        isi_formulir(client, kode)
    assert ResponsInternal.objects.count() == 4


def test_the_staff_form_is_light_and_needs_no_javascript(client, cast):
    html = client.get("/s/satker-a/pegawai/").content
    css = Path(finders.find("css/survei.css")).read_bytes()
    assert len(html) + len(css) < 200 * 1024
    assert b"<script" not in html


def test_the_kiosk_shows_one_new_code_per_tap(cast, masuk_sebagai, cepat):
    staf(cast.satker_a, TAHUN, asn=2)
    tablet = masuk_sebagai("operator_a")
    assert tablet.post("/s/satker-a/kiosk/kunci/").status_code == 302  # locked, logged out
    html = tablet.get("/s/satker-a/kiosk/").content.decode()
    assert "/s/satker-a/kiosk/pegawai/" in html
    kode = []
    for _ in range(2):
        html = tablet.post("/s/satker-a/kiosk/pegawai/").content.decode()
        kode.append(re.search(r'class="kode-besar">([A-Z0-9]{8})<', html).group(1))
        assert 'src="data:image/svg+xml' in html and "/s/satker-a/pegawai/" in html
    assert kode[0] != kode[1] and KodeInternal.objects.count() == 2
    # Never more unused codes than staff: the third tap is refused with a message.
    html = tablet.post("/s/satker-a/kiosk/pegawai/").content.decode()
    assert "tidak boleh melebihi jumlah pegawai" in html
    isi_formulir(tablet, kode[0])
    assert ResponsInternal.objects.count() == 1


def test_the_staff_form_is_404_for_an_unknown_unit(client, cast):
    assert client.get("/s/tidak-ada/pegawai/").status_code == 404


def test_answering_on_the_kiosk_tablet_leads_back_to_the_next_code(cast, masuk_sebagai, cepat):
    staf(cast.satker_a, TAHUN, asn=3)
    tablet = masuk_sebagai("operator_a")
    tablet.post("/s/satker-a/kiosk/kunci/")
    html = tablet.post("/s/satker-a/kiosk/pegawai/").content.decode()
    assert 'href="/s/satker-a/pegawai/?kios=1"' in html
    kode = re.search(r'class="kode-besar">([A-Z0-9]{8})<', html).group(1)
    r = isi_formulir(tablet, kode, url="/s/satker-a/pegawai/?kios=1")
    assert r["Location"] == "/s/satker-a/pegawai/terima-kasih/?kios=1"
    html = tablet.get(r["Location"]).content.decode()
    assert 'href="/s/satker-a/kiosk/pegawai/">Pegawai berikutnya' in html
