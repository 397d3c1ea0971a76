"""Checks the survey day aggregates (the public surveys' and the staff survey's) against
the raw responses, or rebuilds them."""

from django.core.management.base import BaseCommand, CommandError

from survei.internal.rekap import rekap_internal_bangun_ulang, rekap_internal_periksa
from survei.rekap import rekap_bangun_ulang, rekap_periksa


class Command(BaseCommand):
    help = (
        "Periksa rekap harian survei (publik dan internal pegawai) terhadap respons mentah "
        "(--periksa) atau bangun ulang dari respons mentah (--perbaiki). Keluar dengan "
        "status 1 bila --periksa menemukan perbedaan."
    )

    def add_arguments(self, parser):
        aksi = parser.add_mutually_exclusive_group(required=True)
        aksi.add_argument("--periksa", action="store_true", help="Hanya laporkan perbedaan.")
        aksi.add_argument(
            "--perbaiki", action="store_true", help="Bangun ulang rekap dari respons mentah."
        )
        parser.add_argument(
            "--satker", type=int, action="append", help="Hanya satker dengan id ini (berulang)."
        )

    def handle(self, *args, periksa=False, perbaiki=False, satker=None, **options):
        selisih = rekap_periksa(satker_ids=satker) + rekap_internal_periksa(satker_ids=satker)
        for baris in selisih[:200]:
            self.stdout.write(baris)
        if perbaiki:
            n = rekap_bangun_ulang(satker_ids=satker)
            n += rekap_internal_bangun_ulang(satker_ids=satker)
            self.stdout.write(
                self.style.SUCCESS(
                    f"Rekap dibangun ulang: {n} baris; {len(selisih)} perbedaan diperbaiki."
                )
            )
            return
        if selisih:
            raise CommandError(f"{len(selisih)} perbedaan antara rekap dan respons mentah.")
        self.stdout.write(self.style.SUCCESS("Rekap survei sama dengan respons mentah."))
