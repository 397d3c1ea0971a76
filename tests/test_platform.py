"""The portal as a deployment sees it: health check, production checks, demo data."""

import os
import re
import subprocess
import sys
from io import StringIO
from pathlib import Path
from unittest import mock

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import DatabaseError

from satker.models import Pengguna, RiwayatPredikat, Satker

ROOT = Path(__file__).resolve().parent.parent


def test_healthz_says_ok_when_the_database_answers(client, db):
    response = client.get("/healthz")
    assert (response.status_code, response.content) == (200, b"ok")


def test_healthz_is_503_when_the_database_does_not_answer(client, db):
    with mock.patch("satker.views.umum.connection.cursor", side_effect=DatabaseError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503


def _manage(*args, **env):
    base = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DEBUG", "SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE")
    }
    base["DJANGO_SETTINGS_MODULE"] = "zi_portal.settings"
    base.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=base, capture_output=True, text=True
    )


def test_production_settings_pass_check_deploy_without_warnings():
    result = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY="k" * 20 + "-production-secret-with-enough-entropy-9f8e7d6c5b4a",
        ALLOWED_HOSTS="zi.contoh.go.id",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_it_refuses_to_start_without_secret_key_when_debug_is_off():
    result = _manage("check")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_developer_commands_run_on_a_fresh_checkout_without_a_secret_key():
    result = _manage("makemigrations", "--check", "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "No changes detected" in result.stdout
    # Serving and migrating still refuse.
    assert "SECRET_KEY is not set" in _manage("migrate", "--plan").stderr


@pytest.mark.django_db
def test_seed_demo_refuses_with_debug_off():
    with pytest.raises(CommandError, match="DEBUG mati"):
        call_command("seed_demo")


@pytest.mark.django_db
def test_seed_demo_builds_the_kepri_kanwil_and_is_idempotent():
    call_command("seed_demo", force=True, stdout=StringIO())
    call_command("seed_demo", force=True, stdout=StringIO())
    kepri = Satker.objects.get(kode="kanwil-kepri")
    assert kepri.anak.count() == 21
    assert set(
        RiwayatPredikat.objects.filter(predikat="WBK", tahun=2019).values_list(
            "satker__kode", flat=True
        )
    ) == {"rutan-tpi", "kanim-batam"}
    admin = Pengguna.objects.get(username="admin.kepri")
    assert admin.check_password("zi-demo-2026")
    assert Pengguna.objects.filter(username="admin.kepri").count() == 1


def test_every_model_change_has_its_migration(db):
    # Fails when a model was changed without `makemigrations` (CI would ship a schema
    # that production's `migrate` never creates).
    call_command("makemigrations", "--check", "--dry-run", stdout=StringIO())


def test_a_missing_or_garbled_setting_is_said_in_one_line_not_a_traceback():
    for env in ({}, {"DEBUG": "maybe"}):
        result = _manage("check", **env)
        assert result.returncode == 1
        assert "Traceback" not in result.stderr
        assert result.stderr.startswith("ZI Portal: ") and result.stderr.count("\n") == 1


@pytest.mark.django_db
def test_every_page_carries_a_content_security_policy(client):
    from zi_portal.keamanan import header_kebijakan

    for url in ("/masuk/", "/healthz", "/halaman-tidak-ada/"):
        kebijakan = client.get(url)["Content-Security-Policy"]
        assert kebijakan == header_kebijakan()
    assert "script-src 'self';" in header_kebijakan()
    assert "style-src 'self';" in header_kebijakan()
    assert "unsafe-inline" not in header_kebijakan()
    assert "frame-ancestors 'none'" in header_kebijakan()


def test_no_template_carries_an_inline_style():
    """The CSP refuses inline styles, so one in a template would be a broken page."""
    from pathlib import Path

    akar = Path(__file__).resolve().parents[1]
    templat = [p for p in akar.glob("**/templates/**/*.html") if ".venv" not in p.parts]
    assert len(templat) > 50
    bergaya = [
        str(p.relative_to(akar))
        for p in templat
        if re.search(r"\sstyle\s*=|<style", p.read_text(encoding="utf-8"), re.IGNORECASE)
    ]
    assert bergaya == []


def test_the_favicon_is_found_where_browsers_look_for_it(client):
    r = client.get("/favicon.ico")
    assert r.status_code == 302 and r["Location"].endswith("favicon.svg")
