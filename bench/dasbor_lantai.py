"""The Kanwil overview beside its bare floor, in the same process, on the dataset built by
bench/bangun.py (use `--kanwil 1` so one Kanwil holds every unit):

- portal: GET /dasbor/<kanwil>/<year>/ as the Kanwil administrator (the test client:
  middleware, access, selectors, template): the first page (50 units by name; the cards
  count all 1,000, so every unit's totals, verdicts, evidence and lateness are read and
  filtered and sorted), a middle page sorted by official total, and a filter;
- floor: the same units' snapshot rows (own layer) in ONE query and a plain template table of the
  same ten columns (no access checks, no survey figures, no prerequisites): the least a
  page that shows these rows can cost.

Prints median and worst times over `--ulang` runs after a warm-up, the queries and the
ratio portal / floor (the goal of issue 14: at most 3).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/zi_bench .venv/bin/python bench/dasbor_lantai.py
"""

import argparse
import statistics
import time

from _siap import siapkan

siapkan()

from django.db import connection  # noqa: E402
from django.template import engines  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from penilaian.models import Penilaian, Periode, SkorSnapshot  # noqa: E402
from satker.models import Pengguna  # noqa: E402

LANTAI = """<!doctype html><html><body><table>
<thead><tr><th>Unit</th><th>Predikat</th><th>Tahap</th><th>Mandiri</th>
<th>Evaluator</th><th>Pengungkit / Hasil</th><th>Area 1-6</th><th>IPAK / IPKP</th>
<th>Responden</th><th>Bukti</th></tr></thead>
<tbody>{% for r in baris %}<tr>
<th><a href="/dasbor/{{ r.kode }}/">{{ r.nama }}</a><br><small>{{ r.kode }}</small></th>
<td>{{ r.predikat }}</td><td>{{ r.status }}</td><td>{{ r.total }}</td>
<td>{{ r.lapisan }}</td><td>{{ r.pengungkit }}<br>{{ r.hasil }}</td>
<td>{% for a in r.area %}<span>{{ a }}</span>{% endfor %}</td>
<td>{{ r.ipak }} / {{ r.ipkp }}</td><td>{{ r.responden }}</td><td>{{ r.terjawab }}</td>
</tr>{% endfor %}
</tbody></table></body></html>"""


def lantai(periode) -> str:
    """One query of the period's snapshot rows, one plain table."""
    baris = []
    for r in (
        SkorSnapshot.objects.filter(penilaian__periode=periode, lapisan="mandiri")
        .values(
            "penilaian__satker__nama",
            "penilaian__satker__kode",
            "penilaian__status",
            "lapisan",
            "total",
            "pengungkit",
            "hasil",
            "area",
            "hasil_rinci",
            "sumber_hasil",
            "memenuhi_wbk",
            "terjawab",
        )
        .order_by("penilaian__satker__nama")
    ):
        rinci = r["hasil_rinci"] or {}
        baris.append(
            {
                "nama": r["penilaian__satker__nama"],
                "kode": r["penilaian__satker__kode"],
                "status": r["penilaian__status"],
                "predikat": "WBK" if r["memenuhi_wbk"] else "-",
                "lapisan": r["lapisan"],
                "total": f"{r['total']:.2f}",
                "pengungkit": f"{r['pengungkit']:.2f}",
                "hasil": f"{r['hasil']:.2f}",
                "area": [
                    f"{k}: {(v or {}).get('persen', '')}" for k, v in (r["area"] or {}).items()
                ],
                "ipak": rinci.get("ipak", ""),
                "ipkp": rinci.get("pelayanan_prima", ""),
                "responden": (r["sumber_hasil"] or {}).get("B.I.a", {}).get("responden", ""),
                "terjawab": r["terjawab"],
            }
        )
    return engines["django"].from_string(LANTAI).render({"baris": baris})


def _ukur(fungsi, ulang: int) -> tuple[float, float, int, int]:
    fungsi()
    waktu = []
    for _ in range(ulang):
        with CaptureQueriesContext(connection) as ctx:
            t = time.perf_counter()
            isi = fungsi()
            waktu.append((time.perf_counter() - t) * 1000)
    return statistics.median(waktu), max(waktu), len(ctx.captured_queries), len(isi)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ulang", type=int, default=5)
    args = parser.parse_args()
    periode = (
        Periode.objects.filter(tahun=2026).select_related("kanwil").order_by("kanwil__kode").first()
    )
    n_unit = Penilaian.objects.filter(periode=periode).count()
    admin = Client()
    admin.force_login(Pengguna.objects.get(username=f"admin-{periode.kanwil.kode}"))
    url = f"/dasbor/{periode.kanwil.kode}/2026/"

    def portal(**get):
        def buka() -> bytes:
            r = admin.get(url, get)
            assert r.status_code == 200, r.status_code
            return r.content

        return buka

    print(f"database: {connection.vendor}; Kanwil {periode.kanwil.kode}: {n_unit} units")
    print(f"{'':34} {'median ms':>10} {'max ms':>8} {'queries':>8} {'KB':>6}")
    hasil = {}
    for nama, fungsi in (
        ("floor (all units, one table)", lambda: lantai(periode)),
        ("portal, first page", portal()),
        ("portal, page 10 by total", portal(urut="total", halaman=10)),
        ("portal, filter 'belum'", portal(predikat="belum")),
    ):
        median, maks, query, ukuran = _ukur(fungsi, args.ulang)
        hasil[nama] = median
        print(f"{nama:34} {median:10.1f} {maks:8.1f} {query:8d} {ukuran / 1024:6.0f}")
    lantai_ms = hasil.pop("floor (all units, one table)")
    for nama, median in hasil.items():
        print(f"ratio {nama} / floor: {median / lantai_ms:.2f}x")


if __name__ == "__main__":
    main()
