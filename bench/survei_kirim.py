"""The survey form's final POST (store the response) of a unit with few or many earlier
responses, on the dataset built by bench/bangun.py.

Two units of the dataset are given `--sedikit` (default 100) and `--banyak` (default
10,000) SPAK responses in all (extra ones written directly, then their day aggregates
rebuilt), both with an assessment whose survey window holds today, so a response also
marks the score refresh. Then, alternating between the two units, `--ulang` respondents
walk the three pages of the form through the test client (own address each, no minimum
fill time) and only the final POST is timed. Prints median and p90 per unit, the
queries of the final POST, and the difference (goal of issue 14: under 20 %); then the
time of the queued refresh of each unit's open layers' scores.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/zi_bench .venv/bin/python bench/survei_kirim.py
"""

import argparse
import datetime
import re
import statistics
import time

from _siap import siapkan

siapkan()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from penilaian.models import Penilaian  # noqa: E402
from penilaian.services.skor import skor_perbarui_lapisan_terbuka  # noqa: E402
from survei.models import Respons, Skor  # noqa: E402
from survei.rekap import rekap_bangun_ulang  # noqa: E402
from survei.selectors import versi_terbit  # noqa: E402

PROFIL = {
    "usia": "26-35",
    "jenis_kelamin": "p",
    "pendidikan": "sma",
    "pekerjaan": "swasta",
    "jenis_responden": "keluarga",
}


def _isi_sampai(satker, jumlah: int) -> int:
    """Writes SPAK responses directly until the unit has `jumlah` in all (spread over the
    year's days so far), then rebuilds its aggregates; returns the count."""
    versi = versi_terbit("spak")
    butir = list(versi.butir.all())
    ada = Respons.objects.filter(satker=satker, versi=versi).count()
    hari_ini = timezone.localdate()
    awal = datetime.date(hari_ini.year, 1, 1)
    hari = (hari_ini - awal).days + 1
    for mulai in range(ada, jumlah, 1000):
        baru = Respons.objects.bulk_create(
            Respons(
                satker=satker,
                versi=versi,
                tahun=hari_ini.year,
                tanggal=awal + datetime.timedelta(days=i % hari),
                cara="publik",
                **PROFIL,
            )
            for i in range(mulai, min(mulai + 1000, jumlah))
        )
        Skor.objects.bulk_create(
            Skor(respons=r, butir=b, nilai=4 + (r.pk + b.pk) % 3) for r in baru for b in butir
        )
    rekap_bangun_ulang(satker_ids=[satker.pk])
    return Respons.objects.filter(satker=satker, versi=versi).count()


def _kirim(satker, nomor: int) -> tuple[float, int]:
    """One respondent through the form; (ms, queries) of the final POST."""
    client = Client(REMOTE_ADDR=f"10.{nomor // 65536 % 256}.{nomor // 256 % 256}.{nomor % 256}")
    url = f"/s/{satker.kode}/spak/"
    html = client.get(url).content.decode()
    data = {**dict(re.findall(r'type="hidden" name="(token)" value="([^"]*)"', html)), **PROFIL}
    data["langkah"] = 0
    assert client.post(url, data).status_code == 200
    data.update({f"b_A{i}": 5 for i in range(1, 6)}, langkah=1)
    assert client.post(url, data).status_code == 200
    data.update(saran="", langkah=2)
    with CaptureQueriesContext(connection) as ctx:
        t = time.perf_counter()
        r = client.post(url, data)
        ms = (time.perf_counter() - t) * 1000
    assert r.status_code == 302, r.status_code
    return ms, len(ctx.captured_queries)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sedikit", type=int, default=100)
    parser.add_argument("--banyak", type=int, default=10_000)
    parser.add_argument("--ulang", type=int, default=40)
    args = parser.parse_args()
    settings.SURVEI_WAKTU_MIN_DETIK = 0
    hari_ini = timezone.localdate()
    penilaian = list(
        Penilaian.objects.filter(periode__tahun=hari_ini.year)
        .select_related("satker", "periode")
        .order_by("satker__kode")[:2]
    )
    for p in penilaian:  # the window holds today, so each response marks a refresh
        p.periode.__class__.objects.filter(pk=p.periode_id).update(survei_selesai=hari_ini)
    unit = {
        "sedikit": (penilaian[0].satker, _isi_sampai(penilaian[0].satker, args.sedikit)),
        "banyak": (penilaian[1].satker, _isi_sampai(penilaian[1].satker, args.banyak)),
    }
    print(f"database: {connection.vendor}")
    waktu = {k: [] for k in unit}
    query = {}
    for i in range(args.ulang + 1):
        for nama, (satker, _n) in unit.items():
            ms, q = _kirim(satker, i * 2 + (nama == "banyak"))
            if i:  # the first of each is a warm-up
                waktu[nama].append(ms)
                query[nama] = q
    print(f"{'unit':10} {'earlier responses':>18} {'median ms':>10} {'p90 ms':>8} {'queries':>8}")
    for nama, (_satker, n) in unit.items():
        p90 = statistics.quantiles(waktu[nama], n=10)[-1]
        med = statistics.median(waktu[nama])
        print(f"{nama:10} {n:18,d} {med:10.1f} {p90:8.1f} {query[nama]:8d}")
    beda = statistics.median(waktu["banyak"]) / statistics.median(waktu["sedikit"]) - 1
    print(f"difference of the medians: {beda * 100:+.1f} %")
    # The coalesced refresh the responses queued (penilaian.tugas.skor_segarkan): what
    # the worker does once per burst, from the aggregates.
    for nama, p in zip(unit, penilaian, strict=True):
        ms = []
        for _ in range(5):
            t = time.perf_counter()
            skor_perbarui_lapisan_terbuka(penilaian=p)
            ms.append((time.perf_counter() - t) * 1000)
        print(f"refresh of open layers, {nama}: median {statistics.median(ms):.1f} ms")


if __name__ == "__main__":
    main()
