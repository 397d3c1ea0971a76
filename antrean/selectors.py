"""Reads of the queue: one task's status, and whether due work is waiting too long."""

import datetime

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone

from antrean.tugas_dasar import DBTaskResult, TaskResult, TaskResultStatus, get_date_max


def tugas_status(*, tugas_id: str) -> TaskResult | None:
    """The task's status, attempts, times and last error; None when there is no such task
    (never queued, or pruned after it finished)."""
    try:
        return DBTaskResult.objects.get(pk=tugas_id).task_result
    except (DBTaskResult.DoesNotExist, ValidationError):
        return None


def tugas_terlambat(*, batas: datetime.timedelta, saat: datetime.datetime | None = None) -> int:
    """How many tasks have been due for longer than `batas` without a worker taking
    them: more than zero means no worker is running, or the workers cannot keep up."""
    sejak = (saat or timezone.now()) - batas
    return DBTaskResult.objects.filter(
        Q(run_after=get_date_max(), enqueued_at__lt=sejak) | Q(run_after__lt=sejak),
        status=TaskResultStatus.READY,
    ).count()
