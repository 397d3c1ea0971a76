"""The survey data export beside two floors, in the same process, on a dataset built by
bench/bangun.py (use `--kanwil 1` so one Kanwil holds every unit):

- portal: `laporan.survei_data.survei_buat`, the whole workbook a Kanwil downloads
  (responses with labels, item means, indices, suggestions, formatting);
- labelled floor (issue 14's): the same rows as the portal's "Respons" sheet (unit name,
  date, questionnaire, profile and service labels, each item's score under its column),
  read the way the export reads them, appended as plain values to one openpyxl
  write-only sheet and nothing else;
- bare floor: the same responses and their item scores by id (no labels, no columns):
  the least a file holding those responses can cost.

Prints median and worst times over `--ulang` rounds (the three take turns in each round)
and the ratios portal / labelled floor (the goal of issue 14: at most 1.5) and portal /
bare floor.

    DATABASE_URL=sqlite:////tmp/zi-ekspor.sqlite3 \\
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
from survei.models import Butir, KuesionerVersi, Layanan, Profil, Respons, Skor  # noqa: E402


def per_potongan(respons, tulis) -> int:
    """Hands `tulis` the responses a chunk of UKURAN_POTONGAN at a time (as the export
    does); returns how many there were."""
    jumlah = 0
    potong: list = []
    for r in respons:
        potong.append(r)
        if len(potong) == UKURAN_POTONGAN:
            tulis(potong)
            jumlah += len(potong)
            potong = []
    if potong:
        tulis(potong)
        jumlah += len(potong)
    return jumlah


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

    jumlah = per_potongan(respons, tulis)
    buku.save(tujuan)
    return jumlah


def _label(pilihan) -> dict:
    return {k: str(v) for k, v in pilihan.choices}


def _nama_versi(v: KuesionerVersi) -> str:
    return f"{v.kuesioner.get_jenis_display().split(' — ')[0]} v{v.nomor}"


def lantai_berlabel(tujuan: str, cakupan) -> int:
    """The portal's "Respons" rows (labels, scores under their item's column) as plain
    values on one write-only sheet: the issue's floor."""
    ids = [s[0] for s in cakupan.satker]
    nama_satker = {s[0]: s[2] for s in cakupan.satker}
    dasar = Respons.objects.filter(satker_id__in=ids, tahun=cakupan.tahun)
    versi_ids = set(dasar.order_by().values_list("versi_id", flat=True).distinct())
    versi = {
        v.pk: v for v in KuesionerVersi.objects.filter(pk__in=versi_ids).select_related("kuesioner")
    }
    butir = sorted(
        Butir.objects.filter(versi_id__in=versi_ids),
        key=lambda b: (versi[b.versi_id].kuesioner.urutan, versi[b.versi_id].nomor, b.urutan),
    )
    letak = {b.pk: i for i, b in enumerate(butir)}
    label_versi = {pk: _nama_versi(v) for pk, v in versi.items()}
    layanan = dict(Layanan.objects.filter(satker_id__in=ids).values_list("pk", "nama"))
    cara = _label(Respons.Cara)
    usia, kelamin = _label(Profil.Usia), _label(Profil.Kelamin)
    didik, kerja = _label(Profil.Pendidikan), _label(Profil.Pekerjaan)
    jenis = _label(Profil.JenisResponden)
    buku = Workbook(write_only=True)
    lembar = buku.create_sheet("Respons")
    lembar.append(
        ["Satuan kerja", "Tanggal", "Kuesioner", "Cara", "Usia", "Jenis kelamin", "Pendidikan"]
        + ["Pekerjaan", "Jenis responden", "Layanan"]
        + [f"{label_versi[b.versi_id]} {b.kode}" for b in butir]
    )
    respons = (
        dasar.order_by("satker_id", "tanggal", "pk")
        .values_list(
            "pk", "satker_id", "versi_id", "tanggal", "cara", "usia", "jenis_kelamin",
            "pendidikan", "pekerjaan", "jenis_responden", "layanan_id",
        )
        .iterator(chunk_size=UKURAN_POTONGAN)
    )  # fmt: skip

    def tulis(potong: list) -> None:
        skor: dict[int, list] = {}
        for respons_id, butir_id, nilai in (
            Skor.objects.filter(respons_id__in=[r[0] for r in potong])
            .values_list("respons_id", "butir_id", "nilai")
            .order_by()
        ):
            skor.setdefault(respons_id, []).append((butir_id, nilai))
        for pk, satker_id, versi_id, tanggal, c, u, k, d, p, j, lay in potong:
            nilai = [None] * len(butir)
            for butir_id, n in skor.get(pk, ()):
                nilai[letak[butir_id]] = n
            lembar.append(
                [nama_satker[satker_id], tanggal, label_versi[versi_id], cara.get(c, c)]
                + [usia.get(u, u), kelamin.get(k, k), didik.get(d, d), kerja.get(p, p)]
                + [jenis.get(j, j), layanan.get(lay)]
                + nilai
            )

    jumlah = per_potongan(respons, tulis)
    buku.save(tujuan)
    return jumlah


def bergiliran(fungsi: dict, ulang: int) -> dict[str, tuple[float, float, object]]:
    """{name: (median, worst, last result)} over `ulang` rounds, each round running every
    function once in turn: on a shared machine a slow minute then weighs on all of them
    alike, not on whichever ran during it."""
    waktu: dict[str, list[float]] = {nama: [] for nama in fungsi}
    hasil: dict[str, object] = {}
    for _ in range(ulang):
        for nama, f in fungsi.items():
            mulai = time.perf_counter()
            hasil[nama] = f()
            waktu[nama].append(time.perf_counter() - mulai)
    return {n: (statistics.median(w), max(w), hasil[n]) for n, w in waktu.items()}


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
    berlabel_berkas = os.path.join(folder, "lantai_berlabel.xlsx")
    lantai_berkas = os.path.join(folder, "lantai.xlsx")

    lantai(lantai_berkas, ids, tahun)  # warm-up: caches and the first connection
    hasil = bergiliran(
        {
            "portal": lambda: survei_buat(portal_berkas, cakupan),
            "berlabel": lambda: lantai_berlabel(berlabel_berkas, cakupan),
            "lantai": lambda: lantai(lantai_berkas, ids, tahun),
        },
        args.ulang,
    )
    (p_med, p_max, p_n), (b_med, b_max, b_n), (l_med, l_max, l_n) = hasil.values()
    print(f"{kanwil.kode} {tahun}: {len(ids)} units")
    for nama, n, med, terburuk, berkas in (
        ("portal:         ", p_n, p_med, p_max, portal_berkas),
        ("labelled floor: ", b_n, b_med, b_max, berlabel_berkas),
        ("bare floor:     ", l_n, l_med, l_max, lantai_berkas),
    ):
        print(
            f"{nama}{n} responses, median {med:.2f} s, worst {terburuk:.2f} s, "
            f"{os.path.getsize(berkas) / 2**20:.1f} MiB"
        )
    print(f"ratio portal / labelled floor: {p_med / b_med:.2f}x (issue 14's goal: at most 1.5x)")
    print(f"ratio portal / bare floor:     {p_med / l_med:.2f}x")


if __name__ == "__main__":
    main()
