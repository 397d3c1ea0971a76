"""The deployment recipe in deploy/ (README, "Produksi") stays true: its environment
passes `check --deploy`, its units start commands that exist, and nginx and the portal
agree on the one trusted proxy."""

import re
from pathlib import Path

from django.core.management import get_commands

from tests.test_platform import ROOT, _manage

DEPLOY = ROOT / "deploy"


def _env_contoh() -> dict[str, str]:
    baris = (DEPLOY / "zi-portal.env.contoh").read_text().splitlines()
    return dict(b.split("=", 1) for b in baris if b.strip() and not b.startswith("#"))


def _exec_start(unit: Path) -> str:
    teks = unit.read_text().replace("\\\n", " ")
    return re.search(r"^ExecStart=(.+)$", teks, re.M).group(1)


def test_the_example_environment_passes_check_deploy_with_shared_services():
    env = _env_contoh()
    assert env["DATABASE_URL"].startswith("postgres://")
    assert env["ZI_PENYIMPANAN"] == "s3" and env["REDIS_URL"].startswith("redis://")
    result = _manage("check", "--deploy", "--fail-level", "WARNING", **env)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_units_read_the_environment_file_and_start_what_exists():
    units = sorted((DEPLOY / "systemd").glob("*.service"))
    assert [u.name for u in units] == ["zi-antrean.service", "zi-portal@.service"]
    for unit in units:
        assert "EnvironmentFile=/etc/zi-portal/zi-portal.env" in unit.read_text()
    web = _exec_start(DEPLOY / "systemd" / "zi-portal@.service")
    assert "gunicorn zi_portal.wsgi" in web and "${ZI_ALAMAT_DENGAR}:%i" in web
    pekerja = _exec_start(DEPLOY / "systemd" / "zi-antrean.service").split()
    perintah = pekerja[pekerja.index("manage.py") + 1]
    assert perintah in get_commands()
    bantuan = _manage(perintah, "--help", **_env_contoh())
    for opsi in pekerja[pekerja.index("manage.py") + 2 :]:
        assert opsi in bantuan.stdout


def test_nginx_and_the_portal_agree_on_one_trusted_proxy_and_serve_no_files():
    conf = (DEPLOY / "nginx" / "zi-portal.conf").read_text()
    assert "X-Forwarded-For $proxy_add_x_forwarded_for" in conf
    assert "X-Forwarded-Proto $scheme" in conf
    assert _env_contoh()["SURVEI_JUMLAH_PROKSI"] == "1"
    assert "location /media" not in conf and "alias " not in conf
    assert len(re.findall(r"^\s*server \S+:\d+", conf, re.M)) == 2  # two app servers
