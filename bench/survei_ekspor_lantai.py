"""The survey data export beside its bare floor, in the same process, on a dataset built by
bench/bangun.py (use `--kanwil 1` so one Kanwil holds every unit):

- portal: `laporan.survei_data.survei_buat`, the whole workbook a Kanwil downloads
  (responses with labels, item means, indices, suggestions, formatting);
- floor: the same responses and their item scores, read the way the export reads them
  (responses streamed in chunks, each chunk's scores in one query), written as plain
  values to one openpyxl write-only sheet: the least a file holding those rows can cost.

Prints median and worst times over `--ulang` runs and the ratio portal / floor (the goal
of issue 14: at most 1.5).

    DATABASE_URL=sqlite:////tmp/zi-rekap-bench.sqlite3 \\
        .venv/bin/python bench/survei_ekspor_lantai.py
"""

import argparse
import os
import statistics
import tempfile
import time

from _siap import siapkan

siapkan()

from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from openpyxl import Workbook  # noqa: E402

from laporan.survei_data import UKURAN_POTONGAN, cakupan_kanwil, survei_buat  # noqa: E402
from satker.models import Satker  # noqa: E402
from survei.models import Respons, Skor  # noqa: E402


def lantai(tujuan: str, satker_ids: list[int], tahun: int) -> int:
    """Every response of the units and year with its item scores, one plain row each."""
    buku = Workbook(write_only=True)
    lembar = buku.create_sheet("Respons")
    respons = (
        Respons.objects.filter(satker_id__in=satker_ids, tahun=tahun)
        .order_by("satker_id", "tanggal", "pk")
        .values_list("pk", "satker_id", "tanggal", "versi_id")
        .iterator(chunk_size=UKURAN_POTONGAN)
    )
    jumlah = 0
    potong: list = []

    def tulis(potong: list) -> None:
        skor: dict[int, list] = {}
        for respons_id, nilai in (
            Skor.objects.filter(respons_id__in=[r[0] for r in potong])
            .values_list("respons_id", "nilai")
            .order_by("respons_id", "butir_id")
        ):
            skor.setdefault(respons_id, []).append(nilai)
        for pk, satker_id, tanggal, versi_id in potong:
            lembar.append([satker_id, tanggal, versi_id, *skor.get(pk, ())])

    for r in respons:
        potong.append(r)
        if len(potong) == UKURAN_POTONGAN:
            tulis(potong)
            jumlah += len(potong)
            potong = []
    if potong:
        tulis(potong)
        jumlah += len(potong)
    buku.save(tujuan)
    return jumlah


def median_dan_terburuk(fungsi, ulang: int) -> tuple[float, float, object]:
    waktu, hasil = [], None
    for _ in range(ulang):
        mulai = time.perf_counter()
        hasil = fungsi()
        waktu.append(time.perf_counter() - mulai)
    return statistics.median(waktu), max(waktu), hasil


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ulang", type=int, default=3)
    args = parser.parse_args()
    print(f"database: {connection.vendor}")
    baris = (
        Respons.objects.values("satker__induk_id", "tahun")
        .annotate(n=Count("id"))
        .order_by("-n")
        .first()
    )
    kanwil = Satker.objects.get(pk=baris["satker__induk_id"])
    tahun = baris["tahun"]
    cakupan = cakupan_kanwil(kanwil, tahun, satker_ids=None)
    ids = [s[0] for s in cakupan.satker]
    folder = tempfile.mkdtemp(prefix="zi-survei-lantai-")
    portal_berkas = os.path.join(folder, "portal.xlsx")
    lantai_berkas = os.path.join(folder, "lantai.xlsx")

    lantai(lantai_berkas, ids, tahun)  # warm-up: caches and the first connection
    p_med, p_max, p_n = median_dan_terburuk(lambda: survei_buat(portal_berkas, cakupan), args.ulang)
    l_med, l_max, l_n = median_dan_terburuk(lambda: lantai(lantai_berkas, ids, tahun), args.ulang)
    print(f"{kanwil.kode} {tahun}: {len(ids)} units")
    print(
        f"portal: {p_n} responses, median {p_med:.2f} s, worst {p_max:.2f} s, "
        f"{os.path.getsize(portal_berkas) / 2**20:.1f} MiB"
    )
    print(
        f"floor:  {l_n} responses, median {l_med:.2f} s, worst {l_max:.2f} s, "
        f"{os.path.getsize(lantai_berkas) / 2**20:.1f} MiB"
    )
    print(f"ratio portal / floor: {p_med / l_med:.2f}x (goal: at most 1.5x)")


if __name__ == "__main__":
    main()
