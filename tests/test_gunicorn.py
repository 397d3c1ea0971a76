"""The production server sends no `Server` header (gunicorn.conf.py)."""

import os
import socket
import subprocess
import sys
import time
from http.client import HTTPConnection
from pathlib import Path

import pytest

AKAR = Path(__file__).resolve().parents[1]


def _port_bebas() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def gunicorn():
    port = _port_bebas()
    env = {**os.environ, "DEBUG": "1", "DATABASE_URL": "sqlite:///:memory:"}
    proses = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "zi_portal.wsgi", "--bind", f"127.0.0.1:{port}"],
        cwd=AKAR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _i in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        yield port
    finally:
        proses.terminate()
        proses.wait(timeout=10)


def test_gunicorn_answers_without_a_server_header(gunicorn):
    koneksi = HTTPConnection("127.0.0.1", gunicorn, timeout=10)
    koneksi.request("GET", "/favicon.ico")
    jawaban = koneksi.getresponse()
    koneksi.close()
    assert jawaban.status == 302  # Django answered
    assert jawaban.getheader("Location", "").endswith("favicon.svg")
    assert jawaban.getheader("Server") is None
