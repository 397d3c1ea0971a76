"""System checks for the settings (`manage.py check`, run by every management command
and by `check --deploy`).

Some settings are refused while `settings.py` reads the environment (PengaturanTidakValid).
These checks say the same of the settings as Django finally holds them, whatever module
or override produced them, and cover what a single value cannot show: a cache that each
process keeps for itself while several processes serve, SQLite in production, a limit
that is zero or negative.
"""

import os
import shlex

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register
from django.db import DEFAULT_DB_ALIAS

MODE_PENYIMPANAN = ("lokal", "s3")

# Caches held in one process's memory (or not held at all): with several processes each
# counts the survey rate limit on its own, so the limit multiplies by the process count.
CACHE_PER_PROSES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)

# Settings read as positive whole numbers (hours, seconds, megabytes, counts).
ANGKA_POSITIF = (
    "ZI_UPLOAD_MAX_MB",
    "SURVEI_WAKTU_MIN_DETIK",
    "SURVEI_BATAS_PER_JAM",
    "SURVEI_TOKEN_JAM",
    "SURVEI_KIOS_JAM",
    "ANTREAN_BATAS_TUNGGU_MENIT",
)

# The upload handler that stops storing an evidence file once it passes ZI_UPLOAD_MAX_MB;
# matched by class name so that the check does not import the app that defines it.
PEMBATAS_UNGGAHAN = "BatasUkuranUnggahan"


@register(Tags.compatibility)
def cek_mode_penyimpanan(app_configs=None, **kwargs) -> list:
    mode = getattr(settings, "ZI_PENYIMPANAN", "lokal")
    if mode in MODE_PENYIMPANAN:
        return []
    return [
        Error(
            f"ZI_PENYIMPANAN is {mode!r}; evidence and export files can only be stored "
            "'lokal' or 's3'.",
            hint="Set ZI_PENYIMPANAN=lokal (MEDIA_ROOT) or ZI_PENYIMPANAN=s3 with S3_BUCKET.",
            id="zi_portal.E001",
        )
    ]


def banyak_pekerja_web(env: os._Environ | dict | None = None) -> int | None:
    """The number of gunicorn workers this environment asks for (WEB_CONCURRENCY, or -w /
    --workers in GUNICORN_CMD_ARGS), or None when it does not say."""
    env = os.environ if env is None else env
    argumen = shlex.split(env.get("GUNICORN_CMD_ARGS", ""))
    for i, arg in enumerate(argumen):
        nilai = None
        if arg in ("-w", "--workers") and i + 1 < len(argumen):
            nilai = argumen[i + 1]
        elif arg.startswith("--workers="):
            nilai = arg.split("=", 1)[1]
        if nilai is not None and nilai.isdigit():
            return int(nilai)
    konkurensi = env.get("WEB_CONCURRENCY", "").strip()
    return int(konkurensi) if konkurensi.isdigit() else None


@register(Tags.caches)
def cek_cache_bersama(app_configs=None, **kwargs) -> list:
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    if backend not in CACHE_PER_PROSES:
        return []
    pekerja = banyak_pekerja_web()
    if pekerja is not None and pekerja > 1:
        return [
            Error(
                f"The cache ({backend}) lives in each process, and {pekerja} web workers "
                "are configured: the survey rate limit would count per worker.",
                hint="Remove CACHES from the settings (the database cache is shared) or set "
                "REDIS_URL.",
                id="zi_portal.E002",
            )
        ]
    if settings.DEBUG:
        return []
    return [
        Warning(
            f"The cache ({backend}) lives in each process: the queue worker, a second web "
            "worker or a second server would each keep their own survey rate limit.",
            hint="Use the default database cache or set REDIS_URL.",
            id="zi_portal.W002",
        )
    ]


@register(Tags.database)
def cek_sqlite_produksi(app_configs=None, databases=None, **kwargs) -> list:
    engine = settings.DATABASES.get(DEFAULT_DB_ALIAS, {}).get("ENGINE", "")
    if settings.DEBUG or not engine.endswith("sqlite3"):
        return []
    # The SQLite test run says so explicitly (settings_test.py), as settings.py allows.
    if os.environ.get("IZINKAN_SQLITE", "").strip().lower() in ("1", "true", "yes", "on"):
        return []
    return [
        Error(
            "SQLite with DEBUG off: production needs PostgreSQL (several processes and "
            "servers share the database, the queue and the limit store).",
            hint="Set DATABASE_URL=postgres://..., or DEBUG=1 for development.",
            id="zi_portal.E003",
        )
    ]


@register()
def cek_angka_positif(app_configs=None, **kwargs) -> list:
    galat = []
    for nama in ANGKA_POSITIF:
        nilai = getattr(settings, nama, None)
        if not isinstance(nilai, int) or isinstance(nilai, bool) or nilai <= 0:
            galat.append(
                Error(
                    f"{nama} is {nilai!r}; it must be a whole number above 0.",
                    id="zi_portal.E004",
                )
            )
    proksi = getattr(settings, "SURVEI_JUMLAH_PROKSI", 0)
    if not isinstance(proksi, int) or isinstance(proksi, bool) or proksi < 0:
        galat.append(
            Error(
                f"SURVEI_JUMLAH_PROKSI is {proksi!r}; it must be 0 or the number of proxies "
                "in front of the portal.",
                id="zi_portal.E005",
            )
        )
    return galat


@register()
def cek_pembatas_unggahan(app_configs=None, **kwargs) -> list:
    handlers = list(settings.FILE_UPLOAD_HANDLERS)
    if handlers and handlers[0].rsplit(".", 1)[-1] == PEMBATAS_UNGGAHAN:
        return []
    return [
        Error(
            "FILE_UPLOAD_HANDLERS does not start with the evidence size limit "
            f"({PEMBATAS_UNGGAHAN}): an oversized upload would be stored whole before "
            "it is refused.",
            hint="Keep the handler list of zi_portal/settings.py, the limit first.",
            id="zi_portal.E006",
        )
    ]


@register(Tags.security, deploy=True)
def cek_email_produksi(app_configs=None, **kwargs) -> list:
    backend = settings.EMAIL_BACKEND
    if settings.DEBUG or not backend.endswith(("console.EmailBackend", "dummy.EmailBackend")):
        return []
    return [
        Warning(
            f"EMAIL_BACKEND is {backend} with DEBUG off: password-reset and notification "
            "mail would never leave the server.",
            hint="Leave EMAIL_BACKEND unset (SMTP) and set EMAIL_HOST.",
            id="zi_portal.W007",
        )
    ]
