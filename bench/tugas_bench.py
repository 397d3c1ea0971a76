"""A task for bench/antrean_beban.py: notes each run in the shared cache (an atomic
`add`), so the bench can tell a task that ran twice from one that ran once."""

import datetime
import time

from django.core.cache import cache

from antrean.services import tugas


@tugas(percobaan=3, batas_waktu=datetime.timedelta(seconds=5))
def catat(nomor: int, kerja_detik: float) -> int:
    time.sleep(kerja_detik)
    if not cache.add(f"bench-antrean:{nomor}", 1, timeout=None):
        cache.add(f"bench-antrean-ganda:{nomor}", 1, timeout=None)
    return nomor
