"""Load on the public survey across two app servers: nothing acknowledged is lost, and
the per-client rate limit holds across both.

Starts two gunicorn servers (each `--workers`, default 2) on one PostgreSQL database,
then for `--detik` seconds (default 60) `--klien` threads (default 12) fill the SPAK
form as phones do: GET the form from one server, POST the complete answers to the
other. Most threads come from their own address (X-Forwarded-For behind one trusted
proxy); `--nat` threads (default 4) share one office address and keep submitting
against both servers. Afterwards it counts, in the database:

- acknowledged (the POST answered with the thank-you redirect) == stored responses;
- the shared address got exactly SURVEI_BATAS_PER_JAM through, the rest were 429;
- no 5xx.

`--muat-ulang` gracefully reloads one server (SIGHUP) halfway through, as a deploy does.

    psql -h 127.0.0.1 -U postgres -c 'DROP DATABASE IF EXISTS zi_beban' \
        -c 'CREATE DATABASE zi_beban'
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/zi_beban .venv/bin/python bench/survei_beban.py

With REDIS_URL set (e.g. redis://127.0.0.1:6379/5) both servers keep the limit in Redis
instead of the database cache. The servers' own log goes to a file named at the end.
"""

import argparse
import http.client
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from urllib.parse import urlencode

from _siap import AKAR, siapkan

siapkan()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402

from survei.bawaan import pastikan_ada  # noqa: E402
from survei.models import Respons  # noqa: E402
from survei.selectors import versi_terbit  # noqa: E402
from tests.survei.conftest import PROFIL  # noqa: E402 — the respondent the tests use

BATAS = 20
ALAMAT_KANTOR = "198.51.100.7"


def _siapkan_data():
    call_command("migrate", verbosity=0)
    pastikan_ada()
    from satker.models import Instansi, Satker

    instansi, _ = Instansi.objects.get_or_create(kode="beban", defaults={"nama": "Beban"})
    kanwil, _ = Satker.objects.get_or_create(
        kode="kanwil-beban",
        defaults={"nama": "Kanwil Beban", "jenis": Satker.Jenis.KANWIL, "instansi": instansi},
    )
    Satker.objects.get_or_create(
        kode="rutan-beban",
        defaults={"nama": "Rutan Beban", "jenis": "rutan", "induk": kanwil, "instansi": instansi},
    )
    Respons.objects.filter(satker__kode="rutan-beban").delete()
    from django.core.cache import cache

    cache.clear()
    return [b.kode for b in versi_terbit("spak").butir.all()]


LOG = os.path.join(tempfile.gettempdir(), "zi-survei-beban.log")


def _mulai_server(port: int, pekerja: int, log) -> subprocess.Popen:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "zi_portal.settings_test",  # DEBUG=0, plain HTTP cookies
        "ALLOWED_HOSTS": "127.0.0.1",
        "SURVEI_WAKTU_MIN_DETIK": "0",
        "SURVEI_JUMLAH_PROKSI": "1",
        "SURVEI_BATAS_PER_JAM": str(BATAS),
        "DB_CONN_MAX_AGE": "60",
        "LOG_LEVEL": "ERROR",
    }
    perintah = [
        os.path.join(os.path.dirname(sys.executable), "gunicorn"),
        "zi_portal.wsgi",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(pekerja),
        "--log-level",
        "warning",
    ]
    return subprocess.Popen(perintah, cwd=AKAR, env=env, stdout=log, stderr=log)  # noqa: S603


def _tunggu(port: int) -> None:
    for _ in range(100):
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            c.request("GET", "/healthz")
            if c.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"server on port {port} did not start")


class Hasil:
    def __init__(self):
        self.kunci = threading.Lock()
        self.status = Counter()
        self.diterima = 0
        self.nat_diterima = 0
        self.nat_ditolak = 0
        self.waktu = []

    def catat(self, status: int, nat: bool, detik: float) -> None:
        with self.kunci:
            self.status[status] += 1
            self.waktu.append(detik)
            if status == 302:
                self.diterima += 1
                self.nat_diterima += nat
            elif status == 429 and nat:
                self.nat_ditolak += 1


def _satu_respons(port_get, port_post, alamat, butir) -> tuple[int, float]:
    url = "/s/rutan-beban/spak/"
    c = http.client.HTTPConnection("127.0.0.1", port_get, timeout=30)
    c.request("GET", url, headers={"X-Forwarded-For": alamat})
    r = c.getresponse()
    html = r.read().decode()
    kue = r.getheader("Set-Cookie", "")
    csrf = re.search(r"csrftoken=([^;]+)", kue).group(1)
    data = dict(re.findall(r'type="hidden" name="(token|mulai)" value="([^"]*)"', html))
    data |= PROFIL | {f"b_{k}": "5" for k in butir}
    data |= {"saran": "", "langkah": "2", "csrfmiddlewaretoken": csrf}
    c = http.client.HTTPConnection("127.0.0.1", port_post, timeout=30)
    awal = time.perf_counter()
    c.request(
        "POST",
        url,
        body=urlencode(data),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={csrf}",
            "X-Forwarded-For": alamat,
        },
    )
    r = c.getresponse()
    r.read()
    return r.status, time.perf_counter() - awal


def _klien(hasil, port, akhir, butir, nat: bool, nomor: int):
    acak = random.Random(nomor)
    while time.monotonic() < akhir:
        a, b = acak.sample(port, 2)
        alamat = ALAMAT_KANTOR if nat else f"10.{nomor}.{acak.randrange(256)}.{acak.randrange(256)}"
        try:
            status, detik = _satu_respons(a, b, alamat, butir)
        except (OSError, http.client.HTTPException, AttributeError):
            status, detik = 0, 0.0  # no answer: not acknowledged, so not counted as stored
        hasil.catat(status, nat, detik)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--detik", type=int, default=60)
    p.add_argument("--klien", type=int, default=12)
    p.add_argument("--nat", type=int, default=4)
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--muat-ulang", action="store_true")
    a = p.parse_args()
    if connection.vendor != "postgresql":
        raise SystemExit("run this on PostgreSQL (DATABASE_URL=postgres://...)")
    butir = _siapkan_data()
    connection.close()
    port = [18301, 18302]
    log = open(LOG, "w")  # noqa: SIM115 — open for the servers' whole life
    server = [_mulai_server(x, a.workers, log) for x in port]
    try:
        for x in port:
            _tunggu(x)
        hasil = Hasil()
        akhir = time.monotonic() + a.detik
        benang = [
            threading.Thread(target=_klien, args=(hasil, port, akhir, butir, i < a.nat, i))
            for i in range(a.klien + a.nat)
        ]
        mulai = time.monotonic()
        for b in benang:
            b.start()
        if a.muat_ulang:
            time.sleep(a.detik / 2)
            server[1].send_signal(signal.SIGHUP)
            print("reloaded server 2 (SIGHUP) halfway")
        for b in benang:
            b.join()
        lama = time.monotonic() - mulai
    finally:
        for s in server:
            s.terminate()
            s.wait(timeout=30)
        log.close()
    _lapor(hasil, lama, a)


def _lapor(hasil: Hasil, lama: float, a) -> None:
    tersimpan = Respons.objects.filter(satker__kode="rutan-beban").count()
    waktu = sorted(hasil.waktu)
    print(f"database: {connection.vendor}; 2 gunicorn servers x {a.workers} workers")
    print(f"{a.klien} clients on their own address + {a.nat} behind one office address")
    print(f"duration {lama:.1f} s; final POSTs {sum(hasil.status.values())}")
    print(f"status codes: {dict(sorted(hasil.status.items()))}")
    print(f"acknowledged (302): {hasil.diterima}; stored: {tersimpan}")
    print(f"throughput: {hasil.diterima / lama:.1f} stored responses/s")
    if waktu:
        p95 = waktu[int(len(waktu) * 0.95)]
        print(
            f"final POST: median {statistics.median(waktu) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms"
        )
    print(
        f"office address: {hasil.nat_diterima} accepted, {hasil.nat_ditolak} refused (429); "
        f"limit {BATAS} per hour"
    )
    lima_ratus = sum(n for s, n in hasil.status.items() if s >= 500 or s == 0)
    ok = tersimpan == hasil.diterima and hasil.nat_diterima == BATAS and not lima_ratus
    print(f"limit store: {settings.CACHES['default']['BACKEND'].rsplit('.', 1)[-1]}")
    print(f"server log: {LOG}")
    print("RESULT:", "nothing lost, limit held" if ok else "FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
