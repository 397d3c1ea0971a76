"""Shared start of the bench scripts: Django on a SEPARATE database named by
DATABASE_URL (refuses to run on the development database)."""

import os
import sys
from pathlib import Path

AKAR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(AKAR))


def siapkan() -> None:
    url = os.environ.get("DATABASE_URL", "")
    if not url or "db.sqlite3" in url:
        sys.exit(
            "Set DATABASE_URL to a separate database, e.g.\n"
            "  DATABASE_URL=sqlite:////tmp/zi-bench.sqlite3  or\n"
            "  DATABASE_URL=postgres://postgres@127.0.0.1:5432/zi_bench"
        )
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "zi_portal.settings_test")
    os.environ.setdefault("DB_CONN_MAX_AGE", "0")
    import django

    django.setup()
