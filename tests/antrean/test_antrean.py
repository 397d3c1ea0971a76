"""The queue as its users meet it: a task is queued with the change that needs it, the
real worker runs it, a failure is retried with a delay, a schedule runs once per slot,
and a task whose worker died is taken up again."""

import datetime

import pytest
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from antrean.selectors import tugas_status, tugas_terlambat
from antrean.services import jadwal_pastikan, tugas_antrekan, tugas_pulihkan_macet
from antrean.tugas_dasar import DBTaskResult
from tests.antrean import tugas_uji
from tests.antrean.bantu import jalankan_pekerja

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _cache_kosong():
    cache.clear()


def _jeda_berlalu():
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())


def test_a_queued_task_waits_for_the_worker_which_runs_it_and_records_the_result():
    tugas_id = tugas_antrekan(tugas_uji.gandakan, 21)
    assert tugas_status(tugas_id=tugas_id).status == "READY"
    jalankan_pekerja()
    hasil = tugas_status(tugas_id=tugas_id)
    assert (hasil.status, hasil.return_value, hasil.attempts) == ("SUCCESSFUL", 42, 1)


def test_a_task_queued_in_a_transaction_that_rolls_back_never_exists():
    with pytest.raises(ValueError), transaction.atomic():
        tugas_antrekan(tugas_uji.gandakan, 1)
        raise ValueError("the change that needed the task failed")
    assert not DBTaskResult.objects.exists()


def test_an_unknown_task_id_has_no_status():
    assert tugas_status(tugas_id="bukan-uuid") is None
    assert tugas_status(tugas_id="6f1c2a7e-4b1d-4c55-9a43-0f5e2d7c8b10") is None


def test_a_failing_task_is_retried_later_with_a_growing_delay_until_it_succeeds():
    tugas_id = tugas_antrekan(tugas_uji.rapuh, kunci="uji:rapuh", gagal_sebanyak=2)
    jalankan_pekerja()
    pertama = DBTaskResult.objects.get(pk=tugas_id)
    assert pertama.status == "READY" and "percobaan 1 gagal" in pertama.traceback
    tunda_1 = pertama.run_after - timezone.now()
    assert datetime.timedelta(seconds=5) < tunda_1 <= datetime.timedelta(seconds=10)
    jalankan_pekerja()  # not due yet: nothing runs
    assert cache.get("uji:rapuh") == 1
    _jeda_berlalu()
    jalankan_pekerja()
    kedua = DBTaskResult.objects.get(pk=tugas_id)
    assert kedua.status == "READY"
    assert kedua.run_after - timezone.now() > datetime.timedelta(seconds=15)  # 2 × jeda
    _jeda_berlalu()
    jalankan_pekerja()
    hasil = tugas_status(tugas_id=tugas_id)
    assert (hasil.status, hasil.return_value, hasil.attempts) == ("SUCCESSFUL", 3, 3)


def test_a_task_that_fails_every_attempt_ends_failed_with_its_error():
    tugas_id = tugas_antrekan(tugas_uji.rapuh, kunci="uji:selalu", gagal_sebanyak=99)
    for _ in range(5):
        jalankan_pekerja()
        _jeda_berlalu()
    hasil = tugas_status(tugas_id=tugas_id)
    assert (hasil.status, hasil.attempts) == ("FAILED", 3)
    assert hasil.errors[0].exception_class is ConnectionError
    assert cache.get("uji:selalu") == 3


def test_a_task_that_says_its_failure_is_final_is_not_retried():
    tugas_id = tugas_antrekan(tugas_uji.masukan_buruk)
    jalankan_pekerja()
    _jeda_berlalu()
    jalankan_pekerja()
    hasil = tugas_status(tugas_id=tugas_id)
    assert (hasil.status, hasil.attempts) == ("FAILED", 1)


def test_a_schedule_queues_one_run_per_slot_however_often_workers_start():
    assert jadwal_pastikan() >= 1
    assert jadwal_pastikan() == 0  # a second worker starting adds nothing
    denyut = DBTaskResult.objects.filter(task_path="tests.antrean.tugas_uji.denyut")
    assert denyut.count() == 1
    jalankan_pekerja(jadwal=True)
    assert cache.get("uji:denyut") == 1
    # The run queued the next slot, five minutes on, and nothing else.
    berikut = denyut.get(status="READY")
    assert timezone.now() < berikut.run_after <= timezone.now() + datetime.timedelta(minutes=5)
    jalankan_pekerja(jadwal=True)
    assert cache.get("uji:denyut") == 1 and denyut.count() == 2


def test_a_task_left_running_by_a_dead_worker_is_taken_up_again():
    tugas_id = tugas_antrekan(tugas_uji.tidur, 0)
    lama = timezone.now() - datetime.timedelta(minutes=6)
    DBTaskResult.objects.filter(pk=tugas_id).update(
        status="RUNNING", started_at=lama, worker_ids=["pekerja-yang-mati"]
    )
    segar = tugas_antrekan(tugas_uji.tidur, 0)
    DBTaskResult.objects.filter(pk=segar).update(
        status="RUNNING", started_at=timezone.now(), worker_ids=["pekerja-hidup"]
    )
    assert tugas_pulihkan_macet() == 1  # the one still within its time limit is left alone
    jalankan_pekerja()
    hasil = tugas_status(tugas_id=tugas_id)
    assert (hasil.status, hasil.return_value, hasil.attempts) == ("SUCCESSFUL", "bangun", 2)
    assert DBTaskResult.objects.get(pk=segar).status == "RUNNING"


def test_a_lost_task_with_no_attempts_left_is_failed_not_lost_silently():
    tugas_id = tugas_antrekan(tugas_uji.tidur, 0)
    DBTaskResult.objects.filter(pk=tugas_id).update(
        status="RUNNING",
        started_at=timezone.now() - datetime.timedelta(hours=1),
        worker_ids=["a", "b"],
    )
    assert tugas_pulihkan_macet() == 1
    hasil = DBTaskResult.objects.get(pk=tugas_id)
    assert hasil.status == "FAILED" and hasil.exception_class_path.endswith("TugasMacet")


def test_due_tasks_that_wait_too_long_are_counted_for_the_health_check():
    tugas_antrekan(tugas_uji.gandakan, 1)
    batas = datetime.timedelta(minutes=15)
    assert tugas_terlambat(batas=batas) == 0
    nanti = timezone.now() + datetime.timedelta(minutes=16)
    assert tugas_terlambat(batas=batas, saat=nanti) == 1
    jalankan_pekerja()
    assert tugas_terlambat(batas=batas, saat=nanti) == 0
