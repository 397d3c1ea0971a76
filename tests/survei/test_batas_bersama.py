"""The survey rate limit lives in the store every process shares (the database cache by
default, Redis with REDIS_URL) and holds under concurrent submissions from one address:
never more stored than SURVEI_BATAS_PER_JAM, whichever process takes them."""

import socket
import threading
import uuid

import pytest
from django.core.cache import cache, caches
from django.core.cache.backends.db import DatabaseCache
from django.db import connection
from django.test import RequestFactory, override_settings

from survei import perlindungan
from survei.models import Respons
from survei.services import kode_buat
from tests.survei.conftest import langkah_langkah

URL = "/s/satker-a/spak/"
SPAK = {f"A{i}": "5" for i in range(1, 6)}
BATAS = 5


def _permintaan(alamat="203.0.113.7"):
    return RequestFactory().post(URL, REMOTE_ADDR=alamat)


def test_the_default_limit_store_is_the_shared_database_cache():
    assert isinstance(caches["default"], DatabaseCache)


@pytest.mark.django_db
def test_slots_run_out_at_the_limit_and_a_returned_slot_can_be_taken_again(settings):
    settings.SURVEI_BATAS_PER_JAM = 3
    diambil = [_permintaan() for _ in range(3)]
    assert all(perlindungan.jatah_ambil(r) for r in diambil)
    assert not perlindungan.jatah_ambil(_permintaan())
    assert perlindungan.jatah_ambil(_permintaan("198.51.100.1"))  # another client
    perlindungan.jatah_kembalikan(diambil[1])
    assert perlindungan.jatah_ambil(_permintaan())
    assert not perlindungan.jatah_ambil(_permintaan())


def test_only_stored_responses_use_up_the_limit(client, cast, cepat):
    cepat.SURVEI_BATAS_PER_JAM = 2
    kode = kode_buat(satker=cast.satker_a, jumlah=1)[0].kode
    r, data = langkah_langkah(client, URL, SPAK, extra={"kode": kode})
    assert r.status_code == 302
    assert client.post(URL, data).status_code == 302  # a double tap: stored once
    r, _ = langkah_langkah(client, URL, SPAK, extra={"kode": kode}, ketat=False)  # used code
    assert "Kode tidak dikenal" in r.content.decode() and Respons.objects.count() == 1
    r, _ = langkah_langkah(client, URL, SPAK)
    assert r.status_code == 302
    r, _ = langkah_langkah(client, URL, SPAK, ketat=False)
    assert r.status_code == 429
    assert Respons.objects.count() == 2


def _serbu(jumlah: int) -> list[bool]:
    """`jumlah` threads, each on its own database connection (as separate processes
    would be), take a slot for the same address at the same moment."""
    mulai = threading.Barrier(jumlah)
    hasil = []

    def satu():
        try:
            mulai.wait()
            hasil.append(perlindungan.jatah_ambil(_permintaan()))
        finally:
            connection.close()

    benang = [threading.Thread(target=satu) for _ in range(jumlah)]
    for b in benang:
        b.start()
    for b in benang:
        b.join()
    return hasil


@pytest.mark.django_db(transaction=True)
def test_concurrent_submissions_on_separate_connections_never_pass_the_limit(settings):
    if connection.vendor != "postgresql":
        pytest.skip("needs concurrent connections (PostgreSQL)")
    settings.SURVEI_BATAS_PER_JAM = BATAS
    cache.clear()
    hasil = _serbu(4 * BATAS)
    assert hasil.count(True) == BATAS


def _redis_ada() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


REDIS = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/0",
        "KEY_PREFIX": f"zi-uji-{uuid.uuid4().hex[:8]}",
    }
}


@pytest.mark.skipif(not _redis_ada(), reason="Redis is not running on 127.0.0.1:6379")
def test_with_redis_the_limit_holds_under_concurrency_too(settings):
    settings.SURVEI_BATAS_PER_JAM = BATAS
    with override_settings(CACHES=REDIS):
        try:
            assert caches["default"].__class__.__name__ == "RedisCache"
            hasil = _serbu(4 * BATAS)
            assert hasil.count(True) == BATAS
            assert not perlindungan.jatah_ambil(_permintaan())
        finally:
            caches["default"].clear()
