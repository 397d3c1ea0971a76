"""/healthz: 200 when every shared part answers, 503 naming the part that does not."""

import datetime
from unittest import mock

from django.core.files.storage import default_storage
from django.db import DatabaseError
from django.utils import timezone

from antrean.tugas_dasar import DBTaskResult
from tests.antrean import tugas_uji
from tests.antrean.bantu import jalankan_pekerja

SEMUA_OK = b"database: ok\nqueue: ok\nstorage: ok\ncache: ok\n"


def test_it_is_ok_when_database_queue_storage_and_cache_answer(client, db):
    response = client.get("/healthz")
    assert (response.status_code, response.content) == (200, SEMUA_OK)
    assert response["Content-Type"].startswith("text/plain")
    assert default_storage.listdir("kesehatan")[1] == []  # the probe file is gone


def test_it_is_503_naming_the_database_when_the_database_does_not_answer(client, db):
    with mock.patch("zi_portal.kesehatan.connection.cursor", side_effect=DatabaseError("x")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert b"database: FAIL\n" in response.content and b"storage: ok" in response.content


def test_it_is_503_when_due_tasks_wait_because_no_worker_runs(client, db):
    tugas_uji.gandakan.enqueue(1)
    DBTaskResult.objects.update(enqueued_at=timezone.now() - datetime.timedelta(minutes=20))
    response = client.get("/healthz")
    assert response.status_code == 503
    assert b"queue: FAIL 1 task(s) waiting over 15 min: is a worker running?" in response.content
    jalankan_pekerja()
    assert client.get("/healthz").status_code == 200


def test_it_is_503_naming_the_storage_when_files_cannot_be_written(client, db):
    with mock.patch.object(default_storage, "save", side_effect=PermissionError("ro")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert b"storage: FAIL\n" in response.content and b"queue: ok" in response.content


def test_it_is_503_naming_the_cache_when_the_limit_store_is_down(client, db):
    with mock.patch("zi_portal.kesehatan.cache.set", side_effect=ConnectionError("redis")):
        response = client.get("/healthz")
    assert response.status_code == 503 and b"cache: FAIL\n" in response.content
