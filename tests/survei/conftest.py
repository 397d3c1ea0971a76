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
    """Walk the three pages of a survey form like a browser; returns the last response.

    `jawaban` maps item code to value. Hidden fields are carried over exactly as the
    pages send them.
    """
    import re

    halaman = client.get(url)
    assert halaman.status_code == 200
    html = halaman.content.decode()
    tersembunyi = dict(re.findall(r'type="hidden" name="(token)" value="([^"]*)"', html))
    data = {**tersembunyi, **(profil or PROFIL), **(extra or {})}
    data["langkah"] = 0
    r = client.post(url, data)
    if not ketat and r.status_code != 200:
        return r, data
    assert r.status_code == 200, r.content.decode()[:3000]
    data.update({f"b_{k}": v for k, v in jawaban.items()})
    data["langkah"] = 1
    r = client.post(url, data)
    if not ketat and r.status_code != 200:
        return r, data
    assert r.status_code == 200, r.content.decode()[:3000]
    data.update({"saran": saran, "langkah": 2})
    return client.post(url, data), data
