"""Running the real queue worker inside a test."""

from io import StringIO
from unittest import mock

from django.core.management import call_command


def jalankan_pekerja(*, jadwal: bool = False) -> str:
    """Runs `manage.py jalankan_antrean --batch`: the real worker loop claims and runs
    every task that is due, then stops. One thing differs from production: between tasks
    the worker recycles its database connection (close_old_connections), which would end
    the test's own transaction, so that call is a no-op here as in Django's test client.
    Scheduled housekeeping is left out unless `jadwal` (its own tests ask for it)."""
    keluar = StringIO()
    argumen = ["--batch", "--verbosity", "2"] + ([] if jadwal else ["--tanpa-jadwal"])
    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        call_command("jalankan_antrean", *argumen, stdout=keluar)
    return keluar.getvalue()
