"""Housekeeping of what every process shares, on the queue's schedule."""

import datetime
from importlib import import_module

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.db import DatabaseCache
from django.db import connection
from django.utils import timezone

from antrean.services import tugas, tugas_pulihkan_macet
from antrean.tugas_dasar import DBTaskResult

UMUR_HASIL_TUGAS = datetime.timedelta(days=30)


@tugas(jadwal=datetime.timedelta(hours=1))
def sesi_bersihkan() -> None:
    """Deletes expired sessions, as `manage.py clearsessions` does."""
    import_module(settings.SESSION_ENGINE).SessionStore.clear_expired()


@tugas(jadwal=datetime.timedelta(hours=1))
def cache_bersihkan() -> int:
    """Deletes expired rows of the database cache (the survey limit counters), which the
    cache itself would only drop when it is full. Nothing to do on Redis."""
    cache = caches["default"]
    if not isinstance(cache, DatabaseCache):
        return 0
    tabel = connection.ops.quote_name(settings.CACHES["default"]["LOCATION"])
    with connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {tabel} WHERE expires < %s",  # noqa: S608 — the name is ours
            [connection.ops.adapt_datetimefield_value(timezone.now().replace(microsecond=0))],
        )
        return cursor.rowcount


@tugas(jadwal=datetime.timedelta(days=1))
def hasil_tugas_bersihkan() -> int:
    """Forgets finished tasks after a month (what an operator still looks at)."""
    batas = timezone.now() - UMUR_HASIL_TUGAS
    jumlah, _ = DBTaskResult.objects.finished().filter(finished_at__lt=batas).delete()
    return jumlah


@tugas(jadwal=datetime.timedelta(minutes=10))
def tugas_macet_pulihkan() -> int:
    return tugas_pulihkan_macet()
