import pytest

from survei.models import Respons
from survei.perlindungan import token_baru
from survei.selectors import versi_terbit
from survei.services import respons_simpan

PROFIL = {
    "usia": "26-35",
    "jenis_kelamin": "p",
    "pendidikan": "sma",
    "pekerjaan": "swasta",
    "jenis_responden": "keluarga",
}


def isi(satker, jenis, nilai, *, layanan=None, cara=Respons.Cara.PUBLIK, saran="", **profil):
    """Store one response answering every item of `jenis` with `nilai` (int or list)."""
    versi = versi_terbit(jenis)
    butir = list(versi.butir.all())
    daftar = nilai if isinstance(nilai, list) else [nilai] * len(butir)
    return respons_simpan(
        satker=satker,
        versi=versi,
        profil={**PROFIL, "layanan": layanan, **profil},
        jawaban={b.kode: v for b, v in zip(butir, daftar, strict=True)},
        saran=saran,
        cara=cara,
        token=token_baru(),
    )


@pytest.fixture
def isi_respons():
    return isi


@pytest.fixture(autouse=True)
def _cache_bersih(request):
    """The rate limit lives in the shared cache (a database table unless REDIS_URL);
    start every test that can reach the database with an empty one."""
    from django.core.cache import cache

    pakai_db = {"db", "transactional_db"} & set(request.fixturenames)
    if not (pakai_db or request.node.get_closest_marker("django_db")):
        yield
        return
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def cepat(settings):
    """Tests answer instantly; lift the minimum fill time."""
    settings.SURVEI_WAKTU_MIN_DETIK = 0
    return settings


def langkah_langkah(client, url, jawaban, *, profil=None, saran="", extra=None, ketat=True):
    """Walk the pages of a survey form like a browser: each post answers a redirect
    (post/redirect/get) and the test follows it. Returns (response, data): the last
    post's redirect (to the thanks) or, when a page sends the respondent back with a
    message, that page as shown (with ketat=True that fails the test).

    `jawaban` maps item code to value. Every post carries the whole form so far, as
    the pages do with their hidden fields. A form that no longer asks the profile (it
    was given earlier in the visit) has two pages instead of three.
    """
    import re

    halaman = client.get(url)
    assert halaman.status_code == 200
    html = halaman.content.decode()
    tanya_profil = 'type="radio" name="usia"' in html
    token = dict(re.findall(r'type="hidden" name="(token)" value="([^"]*)"', html))
    data = {**token, **(profil or PROFIL), **(extra or {})}
    isi = [{f"b_{k}": v for k, v in jawaban.items()}, {"saran": saran}]
    if tanya_profil:
        isi.insert(0, {})
    for langkah, tambahan in enumerate(isi):
        data.update({**tambahan, "langkah": langkah})
        r = client.post(url, data)
        terakhir = langkah == len(isi) - 1
        if r.status_code != 302:
            assert terakhir and not ketat, r.content.decode()[:3000]
            return r, data
        lanjut = r["Location"].endswith(f"?bagian={langkah + 2}")
        if (terakhir and "terima-kasih" in r["Location"]) or (not terakhir and lanjut):
            continue
        assert not ketat, f"sent back to {r['Location']}"
        return client.get(r["Location"]), data
    return r, data
