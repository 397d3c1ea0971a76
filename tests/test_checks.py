"""The system checks of zi_portal/checks.py: each says what is wrong with the settings
Django ends up with, and is registered so that `manage.py check` runs it."""

from unittest import mock

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.test import override_settings

from zi_portal import checks

LOCMEM = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
SQLITE = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
POSTGRES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "zi"}}


def _id(pesan) -> list[str]:
    return [p.id for p in pesan]


def test_the_test_settings_pass_every_check():
    assert checks.cek_mode_penyimpanan() == []
    assert checks.cek_cache_bersama() == []
    assert checks.cek_sqlite_produksi() == []
    assert checks.cek_angka_positif() == []
    assert checks.cek_pembatas_unggahan() == []
    assert checks.cek_email_produksi() == []


@pytest.mark.parametrize("mode", ["lokal", "s3"])
def test_a_known_storage_mode_passes(mode):
    with override_settings(ZI_PENYIMPANAN=mode):
        assert checks.cek_mode_penyimpanan() == []


def test_an_unknown_storage_mode_is_an_error():
    with override_settings(ZI_PENYIMPANAN="ftp"):
        pesan = checks.cek_mode_penyimpanan()
    assert _id(pesan) == ["zi_portal.E001"]
    assert "'ftp'" in pesan[0].msg


@pytest.mark.parametrize(
    "env",
    [
        {"WEB_CONCURRENCY": "3"},
        {"GUNICORN_CMD_ARGS": "--bind 127.0.0.1:8001 --workers 3"},
        {"GUNICORN_CMD_ARGS": "-w 2"},
        {"GUNICORN_CMD_ARGS": "--workers=4"},
    ],
)
def test_a_per_process_cache_with_several_web_workers_is_an_error(env):
    with override_settings(CACHES=LOCMEM, DEBUG=True), mock.patch.dict("os.environ", env):
        pesan = checks.cek_cache_bersama()
    assert _id(pesan) == ["zi_portal.E002"]


def test_a_per_process_cache_in_production_is_a_warning_even_with_one_worker():
    with (
        override_settings(CACHES=LOCMEM, DEBUG=False),
        mock.patch.dict("os.environ", {"WEB_CONCURRENCY": "1"}),
    ):
        assert _id(checks.cek_cache_bersama()) == ["zi_portal.W002"]


def test_a_per_process_cache_for_one_development_process_passes():
    with (
        override_settings(CACHES=LOCMEM, DEBUG=True),
        mock.patch.dict("os.environ", {"WEB_CONCURRENCY": "1", "GUNICORN_CMD_ARGS": ""}),
    ):
        assert checks.cek_cache_bersama() == []


def test_a_shared_cache_passes_with_many_workers():
    redis = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache"}}
    with (
        override_settings(CACHES=redis, DEBUG=False),
        mock.patch.dict("os.environ", {"WEB_CONCURRENCY": "8"}),
    ):
        assert checks.cek_cache_bersama() == []


def test_the_worker_count_is_read_from_gunicorn_arguments_before_web_concurrency():
    assert checks.banyak_pekerja_web({"GUNICORN_CMD_ARGS": "-w 3", "WEB_CONCURRENCY": "1"}) == 3
    assert checks.banyak_pekerja_web({"WEB_CONCURRENCY": "5"}) == 5
    assert checks.banyak_pekerja_web({}) is None


# The check reads settings.DATABASES only; no connection is opened with the override.
sekadar_dibaca = pytest.mark.filterwarnings("ignore:Overriding setting DATABASES")


@sekadar_dibaca
def test_sqlite_with_debug_off_is_an_error_unless_explicitly_allowed():
    with override_settings(DATABASES=SQLITE, DEBUG=False):
        with mock.patch.dict("os.environ", {"IZINKAN_SQLITE": ""}):
            assert _id(checks.cek_sqlite_produksi()) == ["zi_portal.E003"]
        with mock.patch.dict("os.environ", {"IZINKAN_SQLITE": "1"}):
            assert checks.cek_sqlite_produksi() == []


@sekadar_dibaca
def test_sqlite_in_development_and_postgresql_in_production_pass():
    with mock.patch.dict("os.environ", {"IZINKAN_SQLITE": ""}):
        with override_settings(DATABASES=SQLITE, DEBUG=True):
            assert checks.cek_sqlite_produksi() == []
        with override_settings(DATABASES=POSTGRES, DEBUG=False):
            assert checks.cek_sqlite_produksi() == []


@pytest.mark.parametrize("nama", checks.ANGKA_POSITIF)
@pytest.mark.parametrize("nilai", [0, -1, "20", None])
def test_a_limit_that_is_not_a_positive_whole_number_is_an_error(nama, nilai):
    with override_settings(**{nama: nilai}):
        pesan = checks.cek_angka_positif()
    assert _id(pesan) == ["zi_portal.E004"]
    assert nama in pesan[0].msg


def test_the_proxy_count_may_be_zero_but_not_negative():
    with override_settings(SURVEI_JUMLAH_PROKSI=0):
        assert checks.cek_angka_positif() == []
    with override_settings(SURVEI_JUMLAH_PROKSI=-1):
        assert _id(checks.cek_angka_positif()) == ["zi_portal.E005"]


def test_the_upload_size_limit_must_be_the_first_upload_handler():
    tanpa = ["django.core.files.uploadhandler.MemoryFileUploadHandler"]
    with override_settings(FILE_UPLOAD_HANDLERS=tanpa):
        assert _id(checks.cek_pembatas_unggahan()) == ["zi_portal.E006"]
    with override_settings(FILE_UPLOAD_HANDLERS=[]):
        assert _id(checks.cek_pembatas_unggahan()) == ["zi_portal.E006"]


def test_console_mail_in_production_is_a_warning():
    konsol = "django.core.mail.backends.console.EmailBackend"
    with override_settings(EMAIL_BACKEND=konsol, DEBUG=False):
        assert _id(checks.cek_email_produksi()) == ["zi_portal.W007"]
    with override_settings(EMAIL_BACKEND=konsol, DEBUG=True):
        assert checks.cek_email_produksi() == []


def test_manage_py_check_runs_them():
    with override_settings(ZI_PENYIMPANAN="ftp"), pytest.raises(SystemCheckError) as galat:
        call_command("check")
    assert "zi_portal.E001" in str(galat.value)


def test_check_deploy_runs_the_deployment_only_ones():
    konsol = "django.core.mail.backends.console.EmailBackend"
    with (
        override_settings(EMAIL_BACKEND=konsol, DEBUG=False),
        pytest.raises(SystemCheckError) as galat,
    ):
        call_command("check", "--deploy", "--fail-level", "WARNING")
    assert "zi_portal.W007" in str(galat.value)
