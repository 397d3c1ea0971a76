"""Housekeeping on the queue's schedule: one worker start runs every job once, and each
removes only what has expired."""

import datetime

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.db import connection
from django.utils import timezone

from antrean.tugas_dasar import DBTaskResult
from survei.models import TokenKirim
from tests.antrean.bantu import jalankan_pekerja

pytestmark = pytest.mark.django_db

LAMA = timezone.now() - datetime.timedelta(days=2)


def _baris_cache() -> list[str]:
    """The test's own rows of the cache table, expired or not."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT cache_key FROM zi_cache WHERE cache_key LIKE %s", ["%uji:pel-%"])
        return sorted(baris[0].rsplit(":", 1)[-1] for baris in cursor.fetchall())


def test_expired_sessions_go_and_live_ones_stay():
    for umur in (-60, 3600):
        sesi = SessionStore()
        sesi.set_expiry(umur)
        sesi["x"] = 1
        sesi.create()
    Session.objects.filter(expire_date__lt=timezone.now()).update(expire_date=LAMA)
    jalankan_pekerja(jadwal=True)
    assert Session.objects.count() == 1
    assert Session.objects.get().expire_date > timezone.now()


def test_used_form_tokens_go_once_they_could_no_longer_be_sent_and_recent_ones_stay():
    hari_ini = timezone.localdate()
    TokenKirim.objects.create(sidik="lama", tanggal=hari_ini - datetime.timedelta(days=3))
    TokenKirim.objects.create(sidik="baru", tanggal=hari_ini)
    jalankan_pekerja(jadwal=True)
    assert list(TokenKirim.objects.values_list("sidik", flat=True)) == ["baru"]


def test_expired_rows_of_the_shared_cache_go_and_live_counters_stay():
    cache.set("uji:pel-kedaluwarsa", 1, timeout=-10)
    cache.set("uji:pel-hidup", 1, timeout=3600)
    assert _baris_cache() == ["pel-hidup", "pel-kedaluwarsa"]
    jalankan_pekerja(jadwal=True)
    assert _baris_cache() == ["pel-hidup"] and cache.get("uji:pel-hidup") == 1


def test_finished_tasks_are_forgotten_after_a_month():
    jalankan_pekerja(jadwal=True)
    selesai = DBTaskResult.objects.filter(status="SUCCESSFUL")
    jumlah = selesai.count()
    assert jumlah >= 6  # every scheduled job ran once
    selesai.update(finished_at=timezone.now() - datetime.timedelta(days=31))
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())
    jalankan_pekerja(jadwal=True)
    # The month-old runs are gone; this round's runs and next slots remain.
    assert (
        DBTaskResult.objects.filter(
            finished_at__lt=timezone.now() - datetime.timedelta(days=30)
        ).count()
        == 0
    )
