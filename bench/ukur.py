"""Times the dashboard on the dataset built by bench/bangun.py and prints figures:
the national overview (all units), a Kanwil overview, the unit page, and a full
recomputation of every snapshot compared with the stored ones.

    DATABASE_URL=sqlite:////tmp/zi-bench.sqlite3 .venv/bin/python bench/ukur.py
"""

import argparse
import statistics
import time

from _siap import siapkan

siapkan()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from bench.skor import hitung_ulang_semua  # noqa: E402
from penilaian.models import Jawaban, Penilaian, Periode, SkorSnapshot, TautanBukti  # noqa: E402
from satker.models import Pengguna, Satker  # noqa: E402


def _ukur(client, url: str, ulang: int) -> tuple[float, float, int, int]:
    """(median ms, max ms, queries, bytes) over `ulang` requests after one warm-up."""
    client.get(url)
    waktu = []
    for _ in range(ulang):
        with CaptureQueriesContext(connection) as ctx:
            t = time.perf_counter()
            response = client.get(url)
            waktu.append((time.perf_counter() - t) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(waktu), max(waktu), len(ctx.captured_queries), len(response.content)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ulang", type=int, default=5)
    parser.add_argument("--tanpa-hitung-ulang", action="store_true")
    args = parser.parse_args()
    print(f"database: {connection.vendor}")
    print(
        f"dataset: {Satker.objects.exclude(jenis='kanwil').count()} units, "
        f"{Penilaian.objects.count()} assessments, {Jawaban.objects.count()} answers, "
        f"{TautanBukti.objects.count()} evidence links, {SkorSnapshot.objects.count()} snapshots"
    )
    periode = (
        Periode.objects.filter(tahun=2026).select_related("kanwil").order_by("kanwil__kode").first()
    )
    unit = (
        Penilaian.objects.filter(periode=periode)
        .select_related("satker")
        .order_by("satker__kode")
        .first()
    )
    super_ = Client()
    super_.force_login(Pengguna.objects.get(username="bench"))
    admin = Client()
    admin.force_login(Pengguna.objects.get(username=f"admin-{periode.kanwil.kode}"))
    n_unit = Penilaian.objects.filter(periode=periode).count()
    halaman = [
        ("national overview (all Kanwil)", super_, "/dasbor/nasional/2026/"),
        (
            f"Kanwil overview ({n_unit} units, Kanwil admin)",
            admin,
            f"/dasbor/{periode.kanwil.kode}/2026/",
        ),
        (
            "Kanwil overview filtered (predikat=wbk)",
            admin,
            f"/dasbor/{periode.kanwil.kode}/2026/?predikat=wbk&urut=total",
        ),
        ("unit page", admin, f"/dasbor/{periode.kanwil.kode}/2026/{unit.satker.kode}/"),
    ]
    print(f"{'page':55} {'median ms':>10} {'max ms':>8} {'queries':>8} {'KB':>6}")
    for nama, client, url in halaman:
        median, maks, query, ukuran = _ukur(client, url, args.ulang)
        print(f"{nama:55} {median:10.1f} {maks:8.1f} {query:8d} {ukuran / 1024:6.0f}")
    if not args.tanpa_hitung_ulang:
        t = time.perf_counter()
        jumlah, beda, cara = hitung_ulang_semua()
        print(
            f"full recomputation via {cara}: {jumlah} snapshots in "
            f"{time.perf_counter() - t:.1f} s, {beda} differences"
        )


if __name__ == "__main__":
    main()
