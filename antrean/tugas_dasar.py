"""The task framework the queue is built on, imported in this one place.

django-tasks is the backport of Django 6.0's `django.tasks`; on Django 6 these names
come from `django.tasks` and `django_tasks_db` keeps working. Nothing else in the
project imports either package directly."""

from django_tasks import TaskContext, TaskResult, TaskResultStatus, task, task_backends
from django_tasks.base import Task
from django_tasks.signals import task_finished
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult, get_date_max

__all__ = [
    "DBTaskResult",
    "Task",
    "TaskContext",
    "TaskResult",
    "TaskResultStatus",
    "Worker",
    "get_date_max",
    "task",
    "task_backends",
    "task_finished",
]
