"""Settings for ZI Portal, read from the environment (see README for each variable)."""

from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from zi_portal.env import PengaturanTidakValid, env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DEBUG", default=False)

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise PengaturanTidakValid(
            "SECRET_KEY is not set. Set SECRET_KEY in the environment, or DEBUG=1 for development."
        )
    SECRET_KEY = "django-insecure-development-only-key-never-used-in-production"  # noqa: S105

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "crispy_forms",
    "crispy_bootstrap5",
    "axes",
    "django_tasks",
    "django_tasks_db",
    # The project itself, for its system checks (zi_portal/checks.py).
    "zi_portal.apps.ZiPortalConfig",
    "antrean",
    "satker",
    "penilaian",
    "survei",
    "laporan",
    "dasbor",
    "usulan",
    "pemberitahuan",
    "demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "zi_portal.keamanan.KebijakanKeamananKontenMiddleware",
    "zi_portal.middleware.TolakNulMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "zi_portal.middleware.BahasaMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "zi_portal.middleware.PribadiMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, so that it sees the outcome of authentication (django-axes docs).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "zi_portal.urls"
WSGI_APPLICATION = "zi_portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "zi_portal.navigasi.navigasi",
                "pemberitahuan.context_processors.belum_dibaca",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
        # A kept connection is checked before a request uses it, so a database restart
        # costs a reconnect, not a 500 for the first request on each stale connection.
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # SQLite serves one machine: never production, where several processes and servers
    # share the database, the queue and the limit store. The test settings (and nothing
    # else) run DEBUG=0 on SQLite through the explicit IZINKAN_SQLITE=1.
    if not DEBUG and not env_bool("IZINKAN_SQLITE", default=False):
        raise PengaturanTidakValid(
            "DATABASE_URL is not set (or is SQLite) with DEBUG off. Production needs "
            "PostgreSQL: set DATABASE_URL=postgres://..., or DEBUG=1 for development."
        )
    # `make run` has the web process and the queue worker on one file: WAL lets the
    # pages read while the worker writes, and a writer waits instead of failing.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"timeout": 20, "init_command": "PRAGMA journal_mode=WAL;"}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "satker.Pengguna"
AUTHENTICATION_BACKENDS = [
    # Lockout check first, then the username-or-e-mail login.
    "axes.backends.AxesStandaloneBackend",
    "satker.auth.UsernameAtauEmailBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
# Each role starts at its own next work ("Tugas saya").
LOGIN_REDIRECT_URL = "dasbor:tugas"
LOGOUT_REDIRECT_URL = "login"

# django-axes: lock an account from one address after repeated failures. Not by
# address alone: a whole office often shares one public address. The account is the
# resolved one (case, spaces, e-mail all count as the person), the address is read
# behind SURVEI_JUMLAH_PROKSI proxies like the survey rate limit (satker/auth.py).
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_CALLABLE = "satker.auth.nama_akun_axes"
AXES_CLIENT_IP_CALLABLE = "zi_portal.klien.alamat_klien"
AXES_LOCKOUT_CALLABLE = "satker.auth.respons_terkunci"
AXES_USERNAME_FORM_FIELD = "username"
AXES_VERBOSE = False

LANGUAGE_CODE = "id"
LANGUAGES = [("id", _("Bahasa Indonesia")), ("en", _("English"))]
# The project-wide catalog; each app keeps its own in <app>/locale (found automatically).
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env_str("STATIC_ROOT") or BASE_DIR / "staticfiles")
STORAGES = {
    # Evidence and export files are private: every read goes through the storage API and
    # is streamed by a permission-checked view, so MEDIA_URL is deliberately not routed.
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
MEDIA_ROOT = Path(env_str("MEDIA_ROOT") or BASE_DIR / "media")
MEDIA_URL = "/media-tidak-publik/"

# Where files live: "lokal" (MEDIA_ROOT, one server or a shared mount) or "s3" (MinIO
# or any S3-compatible store, shared by every server). Objects are private (no ACL,
# bucket policy decides); the portal streams them to whoever may read them.
ZI_PENYIMPANAN = env_str("ZI_PENYIMPANAN", "lokal")
if ZI_PENYIMPANAN == "s3":
    from botocore.config import Config as _KonfigurasiS3

    if not env_str("S3_BUCKET"):
        raise PengaturanTidakValid("ZI_PENYIMPANAN=s3 needs S3_BUCKET (and S3_ENDPOINT_URL etc.).")
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env_str("S3_BUCKET"),
            "endpoint_url": env_str("S3_ENDPOINT_URL") or None,
            "access_key": env_str("S3_ACCESS_KEY") or None,
            "secret_key": env_str("S3_SECRET_KEY") or None,
            "region_name": env_str("S3_REGION", "us-east-1"),
            "location": env_str("S3_PREFIX", ""),
            "addressing_style": env_str("S3_ADDRESSING_STYLE", "path"),
            "signature_version": "s3v4",
            "default_acl": None,
            "file_overwrite": False,
            "querystring_auth": True,
            "querystring_expire": 60,
            # A file being read is copied to a temporary file past 5 MB, never held whole
            # in memory (django-storages' default of 0 would keep it all in memory).
            "max_memory_size": 5 * 1024 * 1024,
            # A store that does not answer fails a request (and /healthz) within seconds.
            "client_config": _KonfigurasiS3(
                connect_timeout=5, read_timeout=60, retries={"mode": "standard", "max_attempts": 3}
            ),
        },
    }
elif ZI_PENYIMPANAN != "lokal":
    raise PengaturanTidakValid(f"ZI_PENYIMPANAN must be 'lokal' or 's3'; got {ZI_PENYIMPANAN!r}")

# Largest evidence file accepted, in megabytes.
ZI_UPLOAD_MAX_MB = env_int("ZI_UPLOAD_MAX_MB", 20)
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# Stops storing an upload once it passes ZI_UPLOAD_MAX_MB (penilaian.services.unggahan).
FILE_UPLOAD_HANDLERS = [
    "penilaian.services.unggahan.BatasUkuranUnggahan",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "ZI Portal <noreply@localhost>")
# The portal's address, for links in notification e-mail (e.g. https://zi.example.go.id).
PORTAL_URL = env_str("PORTAL_URL", "")

# The cache is the limit store every process and server shares (the survey rate limit):
# the database by default (table created by `migrate`, antrean.0001), Redis when REDIS_URL
# is set. Never a per-process memory cache: with N workers each would count on its own.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "zi",
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "zi_cache",
            # Culling would drop live counters; housekeeping deletes expired rows instead.
            "OPTIONS": {"MAX_ENTRIES": 1_000_000},
        }
    }

# The queue for slow work (antrean/): tasks stored in the database, run by
# `manage.py jalankan_antrean` (started by `make run`; its own service in production).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
# /healthz reports the queue as failing when a due task has waited longer than this.
ANTREAN_BATAS_TUNGGU_MENIT = env_int("ANTREAN_BATAS_TUNGGU_MENIT", 15)

# Secure by default: with DEBUG off every cookie is HTTPS-only and HSTS is on,
# so `manage.py check --deploy` is clean. A proxy that terminates TLS must send
# X-Forwarded-Proto.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = 8 * 60 * 60
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # django-axes logs every login at INFO; failures and lockouts are WARNING.
    "loggers": {"axes": {"level": "WARNING"}},
}

# Public surveys: shortest plausible fill time, and responses accepted per client
# (address) per hour on the public form. The kiosk is not rate limited.
SURVEI_WAKTU_MIN_DETIK = env_int("SURVEI_WAKTU_MIN_DETIK", 15)
SURVEI_BATAS_PER_JAM = env_int("SURVEI_BATAS_PER_JAM", 20)
# Hours a survey form stays valid after the server issued it (its signed token).
SURVEI_TOKEN_JAM = env_int("SURVEI_TOKEN_JAM", 4)
# Reverse proxies in front of the portal that append X-Forwarded-For (1 behind nginx);
# without it every respondent would share the proxy's address in the rate limit.
SURVEI_JUMLAH_PROKSI = env_int("SURVEI_JUMLAH_PROKSI", 0)
# Hours a tablet locked as a unit's kiosk keeps its pass before staff must open it again.
SURVEI_KIOS_JAM = env_int("SURVEI_KIOS_JAM", 12)
