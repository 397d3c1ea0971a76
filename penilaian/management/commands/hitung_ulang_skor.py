"""Recomputes every stored score snapshot with the engine and reports what differed."""

from django.core.management.base import BaseCommand

from penilaian.services.skor import skor_hitung_ulang_semua


class Command(BaseCommand):
    help = "Hitung ulang semua skor tersimpan (SkorSnapshot) dan laporkan perbedaannya."

    def add_arguments(self, parser):
        parser.add_argument(
            "--periksa-saja",
            action="store_true",
            help="Hanya laporkan perbedaan; jangan simpan hasil hitung ulang.",
        )

    def handle(self, *args, periksa_saja: bool = False, **options):
        selisih = skor_hitung_ulang_semua(simpan=not periksa_saja)
        for s in selisih:
            self.stdout.write(str(s))
        penilaian = len({(s.penilaian_id, s.lapisan) for s in selisih})
        ringkas = f"{len(selisih)} perbedaan pada {penilaian} skor lapisan"
        if not selisih:
            self.stdout.write(self.style.SUCCESS("Semua skor tersimpan sama dengan hitung ulang."))
        elif periksa_saja:
            self.stdout.write(self.style.WARNING(ringkas + " (tidak disimpan)."))
        else:
            self.stdout.write(self.style.WARNING(ringkas + "; sudah diperbarui."))
