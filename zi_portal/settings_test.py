"""Settings for the test suite: production settings with the few switches tests need."""

import atexit
import os
import shutil
import tempfile
from pathlib import Path

os.environ.setdefault("SECRET_KEY", "test-only-key-" + "x" * 50)
os.environ.setdefault("DEBUG", "0")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
# Production settings refuse SQLite with DEBUG off; the SQLite test run says so explicitly.
os.environ.setdefault("IZINKAN_SQLITE", "1")

from zi_portal.settings import *  # noqa: F403

# The test client and the browser tests speak plain HTTP on localhost.
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Uploaded files go to a throw-away directory, never the project's media/.
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="zi-media-uji-"))
atexit.register(shutil.rmtree, MEDIA_ROOT, ignore_errors=True)
