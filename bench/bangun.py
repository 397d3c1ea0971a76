"""Builds a national-scale dataset in a separate database: N units (default 1,000) in
34 Kanwil, each with a 2026 assessment answering the full LKE, a finished KANWIL layer
for every third unit, evidence records, survey responses and a 2025 assessment for
every fourth unit; then every snapshot through the scoring service (or the engine).

    DATABASE_URL=sqlite:////tmp/zi-bench.sqlite3 .venv/bin/python bench/bangun.py --unit 1000
"""

import argparse
import datetime
import random
import time

from _siap import siapkan

siapkan()

from django.core.management import call_command  # noqa: E402
from django.db import transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

from bench.skor import perbarui_semua  # noqa: E402
from penilaian.models import (  # noqa: E402
    Bukti,
    Evaluasi,
    InstrumenVersi,
    Jawaban,
    Lapisan,
    Penilaian,
    Periode,
    TautanBukti,
)
from penilaian.scoring import jawaban_terbaik  # noqa: E402
from penilaian.selectors.instrumen import instrumen_untuk_versi  # noqa: E402
from penilaian.selectors.tenggat import jadwal_bawaan  # noqa: E402
from satker.models import Instansi, Pengguna, Peran, Satker  # noqa: E402

JENIS = ["lapas", "rutan", "kanim", "bapas", "rupbasan", "lpka", "rudenim"]
STATUS = ["draf", "draf", "diajukan", "direviu", "dikembalikan", "final"]


def _jawaban(instrumen, rng: random.Random) -> dict:
    """A realistic spread: each unit has its own level; each question best or blank."""
    tingkat = rng.uniform(0.55, 1.0)
    jawaban = {}
    for p in instrumen.pertanyaan:
        if p.kode in ("B.I.a", "B.II.a"):
            jawaban[p.kode] = str(round(rng.uniform(3.0, 4.0), 2))
        elif rng.random() < tingkat:
            j = jawaban_terbaik(p)
            jawaban[p.kode] = {k: str(v) for k, v in j.items()} if isinstance(j, dict) else str(j)
    return jawaban


def _jawaban_baris(penilaian, lapisan, jawaban, pertanyaan, oleh):
    return [
        Jawaban(
            penilaian=penilaian,
            pertanyaan_id=pertanyaan[k],
            lapisan=lapisan,
            nilai=v,
            diubah_oleh=oleh,
        )
        for k, v in jawaban.items()
    ]


def _survei(satker_ids, rng, responden: int) -> int:
    """`responden` responses per unit to SPKP and to SPAK (bulk, bypassing the form's
    anti-abuse checks, which are not what is measured)."""
    try:
        from survei.models import Kuesioner, Respons, Skor
        from survei.selectors import versi_terbit
    except ImportError:
        return 0
    hari_ini = timezone.localdate()
    jumlah = 0
    for jenis in (Kuesioner.Jenis.SPKP, Kuesioner.Jenis.SPAK):
        versi = versi_terbit(jenis)
        butir = list(versi.butir.all())
        for awal in range(0, len(satker_ids), 50):
            respons = Respons.objects.bulk_create(
                Respons(
                    satker_id=s,
                    versi=versi,
                    tahun=hari_ini.year,
                    tanggal=hari_ini,
                    cara="publik",
                    usia="26-35",
                    jenis_kelamin="p",
                    pendidikan="sma",
                    pekerjaan="swasta",
                    jenis_responden="keluarga",
                )
                for s in satker_ids[awal : awal + 50]
                for _ in range(responden)
            )
            Skor.objects.bulk_create(
                Skor(respons=r, butir=b, nilai=rng.choice((4, 5, 5, 6, 6, 6)))
                for r in respons
                for b in butir
            )
            jumlah += len(respons)
    # Written directly, so the day aggregates the form keeps are built once here.
    from survei.rekap import rekap_bangun_ulang

    rekap_bangun_ulang(satker_ids=satker_ids)
    return jumlah


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--unit", type=int, default=1000)
    parser.add_argument("--kanwil", type=int, default=34)
    parser.add_argument("--bukti", type=int, default=60, help="questions with evidence per unit")
    parser.add_argument("--responden", type=int, default=30)
    args = parser.parse_args()
    rng = random.Random(2026)
    mulai = time.perf_counter()
    call_command("migrate", verbosity=0)
    if Penilaian.objects.exists():
        raise SystemExit("The database already has assessments; use a fresh one.")
    versi = InstrumenVersi.objects.get(kode="permenpan-rb-90-2021")
    instrumen = instrumen_untuk_versi(versi)
    pertanyaan = dict(versi.pertanyaan.values_list("kode", "pk"))
    kode_pertanyaan = list(pertanyaan)
    with transaction.atomic():
        instansi, _ = Instansi.objects.get_or_create(
            kode="kemenkumham", defaults={"nama": "Kementerian"}
        )
        admin = Pengguna.objects.create_superuser("bench", "bench@contoh.go.id", "bench-bench-123")
        kanwil = Satker.objects.bulk_create(
            Satker(
                kode=f"kanwil-{i:02d}", nama=f"Kanwil {i:02d}", jenis="kanwil", instansi=instansi
            )
            for i in range(args.kanwil)
        )
        for k in kanwil:
            kepala = Pengguna.objects.create_user(f"admin-{k.kode}", f"admin-{k.kode}@contoh.go.id")
            Peran.objects.create(pengguna=kepala, jenis="admin_kanwil", satker=k)
        unit = Satker.objects.bulk_create(
            Satker(
                kode=f"unit-{i:04d}",
                nama=f"{JENIS[i % len(JENIS)].title()} {i:04d}",
                jenis=JENIS[i % len(JENIS)],
                instansi=instansi,
                induk=kanwil[i % len(kanwil)],
            )
            for i in range(args.unit)
        )
        periode = {}
        for tahun in (2025, 2026):
            for k in kanwil:
                periode[(k.pk, tahun)] = Periode.objects.create(
                    kanwil=k,
                    tahun=tahun,
                    versi=versi,
                    dibuat_oleh=admin,
                    batas_mandiri=datetime.date(tahun, 3, 31),
                    batas_reviu=datetime.date(tahun, 4, 30),
                    **jadwal_bawaan(tahun),
                )
        penilaian = Penilaian.objects.bulk_create(
            [
                Penilaian(periode=periode[(u.induk_id, 2026)], satker=u, status=rng.choice(STATUS))
                for u in unit
            ]
            + [
                Penilaian(periode=periode[(u.induk_id, 2025)], satker=u, status="final")
                for u in unit[::4]
            ]
        )
    print(f"units, periods and assessments: {time.perf_counter() - mulai:.1f} s")
    t = time.perf_counter()
    baris, lapisan_kanwil = [], []
    for i, p in enumerate(penilaian):
        baris += _jawaban_baris(p, Lapisan.MANDIRI, _jawaban(instrumen, rng), pertanyaan, admin)
        if i % 3 == 0 and p.periode.tahun == 2026:
            baris += _jawaban_baris(p, Lapisan.KANWIL, _jawaban(instrumen, rng), pertanyaan, admin)
            lapisan_kanwil.append(p)
        if len(baris) > 20000:
            Jawaban.objects.bulk_create(baris)
            baris = []
    Jawaban.objects.bulk_create(baris)
    Evaluasi.objects.bulk_create(
        Evaluasi(
            penilaian=p, lapisan=Lapisan.KANWIL, selesai_pada=timezone.now(), selesai_oleh=admin
        )
        for p in lapisan_kanwil
    )
    print(f"answers ({Jawaban.objects.count()} rows): {time.perf_counter() - t:.1f} s")
    t = time.perf_counter()
    for awal in range(0, len(penilaian), 100):
        potong = penilaian[awal : awal + 100]
        bukti = Bukti.objects.bulk_create(
            Bukti(
                jenis="tautan",
                judul=f"Bukti {p.pk}-{j}",
                url=f"https://contoh.go.id/{p.pk}/{j}",
                dibuat_oleh=admin,
            )
            for p in potong
            for j in range(args.bukti)
        )
        TautanBukti.objects.bulk_create(
            TautanBukti(
                penilaian=p,
                pertanyaan_id=pertanyaan[kode_pertanyaan[j]],
                bukti=bukti[n * args.bukti + j],
                ditautkan_oleh=admin,
            )
            for n, p in enumerate(potong)
            for j in range(args.bukti)
        )
    print(f"evidence ({TautanBukti.objects.count()} links): {time.perf_counter() - t:.1f} s")
    t = time.perf_counter()
    n = _survei([u.pk for u in unit], rng, args.responden)
    print(f"survey responses ({n}): {time.perf_counter() - t:.1f} s")
    t = time.perf_counter()
    jumlah, cara = perbarui_semua()
    print(f"snapshots ({jumlah}, {cara}): {time.perf_counter() - t:.1f} s")
    print(f"total build: {time.perf_counter() - mulai:.1f} s")


if __name__ == "__main__":
    main()
