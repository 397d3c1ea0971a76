"""The queue worker: `manage.py jalankan_antrean`.

`make run` starts one beside the development server; in production each server may run
one or more as their own service (deploy/systemd/zi-antrean.service). Workers share the
queue through the database and never take the same task twice (a locked claim). On
SIGTERM a worker finishes the task it is running, then stops: a deploy loses nothing."""

import os
import socket
from argparse import BooleanOptionalAction

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV, run_with_reloader

from antrean.services import jadwal_pastikan, tugas_pulihkan_macet
from antrean.tugas_dasar import Worker


class Command(BaseCommand):
    help = "Menjalankan pekerja antrean tugas (ekspor, paket bukti, surel, pemeliharaan)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--batch", action="store_true", help="Jalankan semua tugas yang siap, lalu berhenti."
        )
        parser.add_argument("--interval", type=float, default=1.0, help="Detik jeda bila kosong.")
        parser.add_argument("--antrean", default="default", help="Nama antrean, dipisah koma.")
        parser.add_argument("--max-tugas", type=int, default=None)
        parser.add_argument(
            "--reload",
            action=BooleanOptionalAction,
            default=None,
            help="Muat ulang saat kode berubah (bawaan: bila DEBUG).",
        )
        parser.add_argument("--tanpa-jadwal", action="store_true", help="Jangan antrekan jadwal.")

    def handle(self, *args, batch, interval, antrean, max_tugas, reload, tanpa_jadwal, **opsi):
        reload = (settings.DEBUG if reload is None else reload) and not batch
        pekerja = Worker(
            queue_names=antrean.split(","),
            interval=interval,
            batch=batch,
            backend_name="default",
            startup_delay=not batch,
            max_tasks=max_tugas,
            worker_id=f"{socket.gethostname()}-{os.getpid()}"[:64],
            excluded_queue_names=[],
        )

        def jalankan():
            pulih = tugas_pulihkan_macet()
            dijadwalkan = 0 if tanpa_jadwal else jadwal_pastikan()
            if opsi["verbosity"] > 1 or pulih:
                self.stdout.write(f"antrean: {pulih} tugas macet diambil kembali")
            if opsi["verbosity"] > 1:
                self.stdout.write(f"antrean: {dijadwalkan} tugas terjadwal ditambahkan")
            pekerja.run()

        if reload:
            if os.environ.get(DJANGO_AUTORELOAD_ENV) == "true":
                pekerja.configure_signals()  # only the child that runs tasks
            run_with_reloader(jalankan)
            return
        if not batch:
            pekerja.configure_signals()  # SIGTERM: finish the running task, then stop
        jalankan()
