"""The queue under restarts: two workers on one PostgreSQL database run `--tugas` tasks
(default 2,000, each `--kerja` seconds of work); halfway one worker is stopped the way a
deploy does (SIGTERM: it finishes its task, then exits) and started again, then the
other is killed outright (SIGKILL, its running task cut off) and started again after
the task's time limit. At the end every task must have succeeded (nothing lost); a task
run twice can only be the one the kill cut off (at-least-once).

    psql -h 127.0.0.1 -U postgres -c 'DROP DATABASE IF EXISTS zi_antrean' \\
        -c 'CREATE DATABASE zi_antrean'
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/zi_antrean \
        .venv/bin/python bench/antrean_beban.py
"""

import argparse
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time

from _siap import AKAR, siapkan

siapkan()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402

from antrean.services import tugas_antrekan  # noqa: E402
from antrean.tugas_dasar import DBTaskResult  # noqa: E402
from bench.tugas_bench import catat  # noqa: E402

LOG = os.path.join(tempfile.gettempdir(), "zi-antrean-beban.log")


def _pekerja(log) -> subprocess.Popen:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "zi_portal.settings_test"}
    perintah = [sys.executable, "manage.py", "jalankan_antrean", "--no-reload", "--interval", "0.2"]
    return subprocess.Popen(perintah, cwd=AKAR, env=env, stdout=log, stderr=log)  # noqa: S603


def _sisa() -> int:
    return DBTaskResult.objects.filter(
        task_path=catat.module_path, status__in=("READY", "RUNNING")
    ).count()


def _kunci(awalan: str) -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM zi_cache WHERE cache_key LIKE %s", [f"%:{awalan}:%"])
        return cursor.fetchone()[0]


def _siapkan(jumlah: int, kerja: float) -> None:
    call_command("migrate", verbosity=0)
    DBTaskResult.objects.all().delete()
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM zi_cache WHERE cache_key LIKE %s", ["%bench-antrean%"])
    with transaction.atomic():
        for nomor in range(jumlah):
            tugas_antrekan(catat, nomor, kerja)


def _bunuh_saat_bekerja(proses: subprocess.Popen) -> int:
    """SIGKILLs the worker while it runs a task; returns how many it left running."""
    milik = f"{socket.gethostname()}-{proses.pid}"[:64]
    berjalan = DBTaskResult.objects.filter(task_path=catat.module_path, status="RUNNING")
    for _ in range(1000):
        if any(w[-1] == milik for w in berjalan.values_list("worker_ids", flat=True)):
            break
        time.sleep(0.005)
    proses.send_signal(signal.SIGKILL)
    proses.wait(timeout=60)
    return sum(1 for w in berjalan.values_list("worker_ids", flat=True) if w[-1] == milik)


def _tunggu_selesai(batas: float) -> None:
    akhir = time.monotonic() + batas
    while _sisa() and time.monotonic() < akhir:
        time.sleep(0.5)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--tugas", type=int, default=2000)
    p.add_argument("--kerja", type=float, default=0.02)
    a = p.parse_args()
    if connection.vendor != "postgresql":
        raise SystemExit("run this on PostgreSQL (DATABASE_URL=postgres://...)")
    _siapkan(a.tugas, a.kerja)
    log = open(LOG, "w")  # noqa: SIM115 — open for the workers' whole life
    mulai = time.monotonic()
    pekerja = [_pekerja(log), _pekerja(log)]
    while _sisa() > a.tugas * 2 // 3:
        time.sleep(0.2)
    pekerja[0].send_signal(signal.SIGTERM)
    kode_keluar = pekerja[0].wait(timeout=60)
    pekerja[0] = _pekerja(log)
    print(f"worker 1 stopped by SIGTERM (exit {kode_keluar}) and started again")
    while _sisa() > a.tugas // 3:
        time.sleep(0.2)
    terputus = _bunuh_saat_bekerja(pekerja[1])
    time.sleep(6)  # past the task's time limit (5 s): the new worker takes it back
    pekerja[1] = _pekerja(log)
    print(f"worker 2 killed (SIGKILL) with {terputus} task(s) running; started again after 6 s")
    _tunggu_selesai(600)
    lama = time.monotonic() - mulai
    for w in pekerja:
        w.send_signal(signal.SIGTERM)
        w.wait(timeout=60)
    log.close()
    _lapor(a, lama)


def _lapor(a, lama: float) -> None:
    hasil = DBTaskResult.objects.filter(task_path=catat.module_path)
    berhasil = hasil.filter(status="SUCCESSFUL").count()
    sekali, ganda = _kunci("bench-antrean"), _kunci("bench-antrean-ganda")
    diulang = sum(1 for w in hasil.values_list("worker_ids", flat=True) if len(w) > 1)
    print(f"database: {connection.vendor}; 2 workers; {a.tugas} tasks of {a.kerja * 1000:.0f} ms")
    print(f"finished in {lama:.1f} s ({a.tugas / lama:.0f} tasks/s including the restarts)")
    print(f"successful {berhasil}/{a.tugas}; ran at least once {sekali}; ran twice {ganda}")
    print(f"tasks with more than one attempt: {diulang}")
    print(f"worker log: {LOG}")
    ok = berhasil == sekali == a.tugas and ganda <= 1
    print("RESULT:", "nothing lost" if ok else "FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
