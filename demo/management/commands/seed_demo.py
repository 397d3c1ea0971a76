"""Loads the demo Kanwil, units, accounts, surveys, assessments and evidence of every app.
Idempotent: running it again updates the same rows."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

import dasbor.demo
import penilaian.demo
import penilaian.demo_bukti
import satker.demo
import survei.demo
import survei.internal.demo
from satker.demo import DEMO_PASSWORD, daftar_akun

# Each module has `muat(stdout)`; in dependency order (units first, the dashboard last).
# Imported by name so the import graph (import-linter) sees who knows whom.
DEMO_MODUL = [
    satker.demo,
    survei.demo,
    survei.internal.demo,
    penilaian.demo,
    penilaian.demo_bukti,
    dasbor.demo,
]


class Command(BaseCommand):
    help = "Muat data demo (Kanwil Kepulauan Riau, 21 satker, akun demo untuk setiap peran)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="Jalankan walau DEBUG mati (jangan di produksi)."
        )

    def handle(self, *args, force: bool = False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "seed_demo menolak berjalan dengan DEBUG mati: data dan kata sandi demo "
                "tidak boleh masuk ke server produksi. Pakai --force jika Anda yakin."
            )
        for modul in DEMO_MODUL:
            modul.muat(self.stdout)
        self.stdout.write(self.style.SUCCESS("Data demo siap. Akun demo:"))
        for username, nama in daftar_akun():
            self.stdout.write(f"  {username:<18} {nama}")
        self.stdout.write(f"Kata sandi semua akun demo: {DEMO_PASSWORD}")
