"""The one way to define, enqueue, retry and schedule slow work.

Define a task in `<app>/tugas.py` (found at start-up)::

    from antrean.services import tugas

    @tugas(percobaan=5, jeda=timedelta(minutes=1))
    def surel_kirim(*, ke: str) -> None: ...

Enqueue it with `tugas_antrekan(surel_kirim, ke=...)` inside the transaction that made
the work necessary. The task is a row in the portal's own database, so it exists exactly
when that transaction commits and no worker can see it before: the work starts after
commit, without `on_commit`'s window in which a crash between the commit and the enqueue
loses it. Arguments must be JSON (ids, not objects); the task reads fresh rows.

- Status: `antrean.selectors.tugas_status`; the admin lists every task with its error.
- Retry: a task that raises runs again, up to `percobaan` attempts in all, waiting `jeda`,
  then twice as long each time. `TugasGagal` ends it at once (bad input will not get
  better by waiting). A task must therefore be safe to run again.
- Schedule: `@tugas(jadwal=timedelta(hours=1))` runs every hour: one run per slot of the
  clock, however many workers there are (the run's id is derived from the slot).
- Lost work: a task left running past `batas_waktu` by a worker that was killed is queued
  again (`tugas_pulihkan_macet`, on worker start and every few minutes).
"""

import datetime
import logging
import uuid
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.module_loading import import_string

from antrean.tugas_dasar import DBTaskResult, Task, TaskContext, TaskResultStatus, task

log = logging.getLogger(__name__)

_RUANG_NAMA_JADWAL = uuid.UUID("6f1c2a7e-4b1d-4c55-9a43-0f5e2d7c8b10")


class TugasGagal(Exception):
    """Raised by a task for a failure another attempt cannot fix: it is not retried."""


class TugasMacet(Exception):
    """Recorded on a task whose worker disappeared while running it."""


@dataclass(frozen=True)
class Kebijakan:
    percobaan: int = 3
    jeda: datetime.timedelta = datetime.timedelta(seconds=30)
    batas_waktu: datetime.timedelta = datetime.timedelta(hours=1)
    jadwal: datetime.timedelta | None = None


KEBIJAKAN: dict[str, Kebijakan] = {}


def tugas(
    *,
    percobaan: int = 3,
    jeda: datetime.timedelta = datetime.timedelta(seconds=30),
    batas_waktu: datetime.timedelta = datetime.timedelta(hours=1),
    jadwal: datetime.timedelta | None = None,
    konteks: bool = False,
    prioritas: int = 0,
):
    """Declares a module-level function as a queue task with its retry and schedule
    policy. With `konteks=True` the function's first argument is `context`
    (`context.attempt` is the attempt number, see `percobaan_terakhir`)."""
    if percobaan < 1:
        raise ValueError("percobaan must be at least 1")

    def bungkus(fungsi) -> Task:
        # django-stubs types takes_context by its literal value; here it is a parameter.
        hasil = task(priority=prioritas, takes_context=konteks)(fungsi)  # type: ignore[call-overload]
        KEBIJAKAN[hasil.module_path] = Kebijakan(percobaan, jeda, batas_waktu, jadwal)
        return hasil

    return bungkus


def kebijakan_untuk(task_path: str) -> Kebijakan:
    return KEBIJAKAN.get(task_path, Kebijakan())


def tugas_antrekan(tugas_: Task, /, *args, **kwargs) -> str:
    """Queues one run of `tugas_` in the current transaction; returns the task's id."""
    return tugas_.enqueue(*args, **kwargs).id


def percobaan_terakhir(context: TaskContext) -> bool:
    """True on the attempt after which a failure is final."""
    kebijakan = kebijakan_untuk(context.task_result.task.module_path)
    return context.attempt >= kebijakan.percobaan


# --- Retry and schedule, after each run --------------------------------------------------


def _boleh_diulang(hasil, kebijakan: Kebijakan) -> bool:
    if hasil.attempts >= kebijakan.percobaan:
        return False
    try:
        kelas = hasil.errors[-1].exception_class
    except (IndexError, ImportError):
        return True
    return not issubclass(kelas, TugasGagal)


def setelah_tugas_selesai(sender, task_result, **kwargs) -> None:
    """Receiver of `task_finished`: queues the next attempt of a failed task, or the next
    scheduled run. Never raises: the worker would record the receiver's error as the
    task's own."""
    try:
        kebijakan = kebijakan_untuk(task_result.task.module_path)
        if task_result.status == TaskResultStatus.FAILED and _boleh_diulang(task_result, kebijakan):
            _ulangi(task_result, kebijakan)
        elif kebijakan.jadwal:
            _jadwalkan(task_result.task, kebijakan.jadwal, timezone.now() + kebijakan.jadwal)
    except Exception:
        log.exception("antrean: tugas %s tidak dapat dijadwalkan ulang", task_result.id)


def _ulangi(hasil, kebijakan: Kebijakan) -> None:
    tunda = kebijakan.jeda * 2 ** (hasil.attempts - 1)
    DBTaskResult.objects.filter(pk=hasil.id, status=TaskResultStatus.FAILED).update(
        status=TaskResultStatus.READY, run_after=timezone.now() + tunda, finished_at=None
    )
    log.warning(
        "antrean: %s gagal pada percobaan %s dari %s; dicoba lagi dalam %s",
        hasil.task.name,
        hasil.attempts,
        kebijakan.percobaan,
        tunda,
    )


def _slot(jadwal: datetime.timedelta, saat: datetime.datetime) -> datetime.datetime:
    detik = max(int(jadwal.total_seconds()), 1)
    awal = int(saat.timestamp()) // detik * detik
    return datetime.datetime.fromtimestamp(awal, tz=datetime.UTC)


def _jadwalkan(tugas_: Task, jadwal: datetime.timedelta, saat: datetime.datetime) -> bool:
    """Queues the run of the slot that contains `saat`, unless it exists: the id comes
    from the task and the slot, so two workers can never queue the same run twice."""
    slot = _slot(jadwal, saat)
    kunci = uuid.uuid5(_RUANG_NAMA_JADWAL, f"{tugas_.module_path}@{slot.isoformat()}")
    try:
        with transaction.atomic():
            DBTaskResult.objects.create(
                id=kunci,
                args_kwargs={"args": [], "kwargs": {}},
                priority=tugas_.priority,
                task_path=tugas_.module_path,
                queue_name=tugas_.queue_name,
                run_after=slot,
                backend_name=tugas_.backend,
            )
    except IntegrityError:
        return False
    return True


def jadwal_pastikan(*, saat: datetime.datetime | None = None) -> int:
    """Makes sure every scheduled task has its run for the current slot (a worker calls
    this when it starts); returns how many runs were added."""
    saat = saat or timezone.now()
    return sum(
        _jadwalkan(import_string(path), kebijakan.jadwal, saat)
        for path, kebijakan in KEBIJAKAN.items()
        if kebijakan.jadwal
    )


def tugas_pulihkan_macet(*, saat: datetime.datetime | None = None) -> int:
    """Tasks left running by a worker that disappeared (power cut, out of memory, kill
    -9): one running past its time limit is queued again, or failed when it has used
    its attempts. Returns how many were taken back."""
    saat = saat or timezone.now()
    n = 0
    for hasil in DBTaskResult.objects.running():
        kebijakan = kebijakan_untuk(hasil.task_path)
        if hasil.started_at and hasil.started_at > saat - kebijakan.batas_waktu:
            continue
        masih = DBTaskResult.objects.filter(pk=hasil.pk, status=TaskResultStatus.RUNNING)
        if len(hasil.worker_ids) < kebijakan.percobaan:
            n += masih.update(status=TaskResultStatus.READY, run_after=saat)
        else:
            n += masih.update(
                status=TaskResultStatus.FAILED,
                finished_at=saat,
                exception_class_path=f"{TugasMacet.__module__}.{TugasMacet.__qualname__}",
                traceback="Pekerja berhenti saat menjalankan tugas ini.",
            )
        log.warning("antrean: tugas %s (%s) macet, diambil kembali", hasil.pk, hasil.task_path)
    return n
