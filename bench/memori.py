"""Wall time, queries and peak memory of one export run, for the export benchmarks."""

import resource
import time
import tracemalloc

from django.db import connection
from django.test.utils import CaptureQueriesContext


def ru_maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def ukur(nama: str, jalankan) -> None:
    """Runs `jalankan()` twice: once plain (wall time, queries, process peak RSS), once
    under tracemalloc (peak of Python allocations; slower, so its time is not reported)."""
    rss_awal = ru_maxrss_mb()
    with CaptureQueriesContext(connection) as ctx:
        t = time.perf_counter()
        hasil = jalankan()
        detik = time.perf_counter() - t
    rss_akhir = ru_maxrss_mb()
    print(
        f"{nama}: {hasil}; wall {detik:.1f} s; {len(ctx.captured_queries)} queries; "
        f"ru_maxrss {rss_akhir:.0f} MiB (was {rss_awal:.0f} MiB before the run)",
        flush=True,
    )
    tracemalloc.start()
    jalankan()
    _now, puncak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{nama}: tracemalloc peak {puncak / 2**20:.1f} MiB (second run, traced)", flush=True)
