"""The portal as a deployment sees it: health check, production checks, demo data."""

import os
import re
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from satker.models import Pengguna, RiwayatPredikat, Satker

ROOT = Path(__file__).resolve().parent.parent


# Settings a production start reads; the test process sets some of them for itself.
DARI_LINGKUNGAN = {
    "DEBUG",
    "SECRET_KEY",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
    "DATABASE_URL",
    "IZINKAN_SQLITE",
    "REDIS_URL",
    "ZI_PENYIMPANAN",
}
PRODUKSI = {
    "SECRET_KEY": "k" * 20 + "-production-secret-with-enough-entropy-9f8e7d6c5b4a",
    "ALLOWED_HOSTS": "zi.contoh.go.id",
    "DATABASE_URL": "postgres://zi@db.invalid:5432/zi_portal",
}


def _manage(*args, **env):
    base = {k: v for k, v in os.environ.items() if k not in DARI_LINGKUNGAN}
    base["DJANGO_SETTINGS_MODULE"] = "zi_portal.settings"
    base.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=base, capture_output=True, text=True
    )


def test_production_settings_pass_check_deploy_without_warnings():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", **PRODUKSI)
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_refuses_to_start_on_sqlite():
    tanpa_basis_data = {k: v for k, v in PRODUKSI.items() if k != "DATABASE_URL"}
    result = _manage("check", **tanpa_basis_data)
    assert result.returncode == 1
    assert "Production needs PostgreSQL" in result.stderr
    result = _manage("check", DATABASE_URL="sqlite:////tmp/zi.sqlite3", **tanpa_basis_data)
    assert "Production needs PostgreSQL" in result.stderr
    # The documented way around it, for the SQLite test run only.
    assert _manage("check", IZINKAN_SQLITE="1", **tanpa_basis_data).returncode == 0


def _pengaturan(nama: str, **env) -> str:
    result = _manage(
        "shell", "-c", f"from django.conf import settings; print(settings.{nama})", **env
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_redis_url_moves_the_limit_store_to_redis_and_the_default_is_the_database():
    assert "DatabaseCache" in _pengaturan("CACHES", **PRODUKSI)
    redis = _pengaturan("CACHES", REDIS_URL="redis://cache.internal:6379/1", **PRODUKSI)
    assert "RedisCache" in redis and "redis://cache.internal:6379/1" in redis


def test_s3_file_storage_is_chosen_by_setting_and_needs_a_bucket():
    assert "FileSystemStorage" in _pengaturan("STORAGES", **PRODUKSI)
    s3 = {"ZI_PENYIMPANAN": "s3", "S3_ENDPOINT_URL": "http://minio.internal:9000"}
    tanpa_bucket = _manage("check", **s3, **PRODUKSI)
    assert tanpa_bucket.returncode == 1 and "needs S3_BUCKET" in tanpa_bucket.stderr
    storages = _pengaturan("STORAGES", S3_BUCKET="zi-berkas", **s3, **PRODUKSI)
    assert "storages.backends.s3.S3Storage" in storages and "'default_acl': None" in storages
    check = _manage("check", "--deploy", "--fail-level", "WARNING", S3_BUCKET="b", **s3, **PRODUKSI)
    assert check.returncode == 0, check.stderr
    salah = _manage("check", ZI_PENYIMPANAN="nfs", **PRODUKSI)
    assert "must be 'lokal' or 's3'" in salah.stderr


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
