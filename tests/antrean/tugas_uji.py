"""Tasks the queue's own tests enqueue (a worker imports them by path, like any task)."""

import datetime
import time

from django.core.cache import cache

from antrean.services import TugasGagal, tugas


@tugas(percobaan=1)
def gandakan(angka: int) -> int:
    return angka * 2


@tugas(percobaan=3, jeda=datetime.timedelta(seconds=10))
def rapuh(*, kunci: str, gagal_sebanyak: int) -> int:
    """Fails its first `gagal_sebanyak` runs, then succeeds; counts its runs in the cache."""
    kali = cache.get(kunci, 0) + 1
    cache.set(kunci, kali, timeout=None)
    if kali <= gagal_sebanyak:
        raise ConnectionError(f"percobaan {kali} gagal")
    return kali


@tugas(percobaan=3)
def masukan_buruk() -> None:
    raise TugasGagal("data tidak valid; mencoba lagi tidak menolong")


@tugas(jadwal=datetime.timedelta(minutes=5))
def denyut() -> None:
    cache.set("uji:denyut", cache.get("uji:denyut", 0) + 1, timeout=None)


@tugas(percobaan=2, batas_waktu=datetime.timedelta(minutes=5))
def tidur(detik: float) -> str:
    time.sleep(detik)
    return "bangun"
