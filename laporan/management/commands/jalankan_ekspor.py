"""Runs queued exports and cleans old ones: for cron when LAPORAN_EKSPOR_LATAR=perintah
(e.g. `* * * * * manage.py jalankan_ekspor`), and safe to run beside the web threads."""

from django.core.management.base import BaseCommand

from laporan.pekerjaan import pekerjaan_bersihkan, pekerjaan_jalankan_antrean
from laporan.unggahan_lke import unggahan_bersihkan


class Command(BaseCommand):
    help = "Menjalankan ekspor yang menunggu dan menghapus berkas ekspor lama."

    def add_arguments(self, parser):
        parser.add_argument("--tanpa-bersih", action="store_true")

    def handle(self, *args, tanpa_bersih=False, **options):
        n = pekerjaan_jalankan_antrean()
        self.stdout.write(f"ekspor dijalankan: {n}")
        if not tanpa_bersih:
            self.stdout.write(f"ekspor lama dihapus: {pekerjaan_bersihkan()}")
            # LKE uploads waiting for their preview expire too (also on every upload).
            self.stdout.write(f"unggahan LKE kedaluwarsa dihapus: {unggahan_bersihkan()}")
