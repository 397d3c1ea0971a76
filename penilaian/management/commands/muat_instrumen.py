"""`python manage.py muat_instrumen FILE`: load an LKE instrument version, idempotently."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from penilaian.services.instrumen import DIBUAT, DIPERBARUI, instrumen_muat_berkas
from penilaian.services.muat import BERKAS_BAWAAN


class Command(BaseCommand):
    help = "Memuat satu versi instrumen LKE dari berkas JSON (aman diulang)."

    def add_arguments(self, parser):
        parser.add_argument(
            "berkas",
            nargs="?",
            default=str(BERKAS_BAWAAN),
            help="Berkas JSON instrumen (bawaan: LKE Permenpan RB 90/2021 milik proyek).",
        )

    def handle(self, *args, berkas, **options):
        try:
            hasil = instrumen_muat_berkas(path=berkas)
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from exc
        pesan = {
            DIBUAT: "Versi %s dimuat: %d pertanyaan.",
            DIPERBARUI: "Versi %s diperbarui: %d pertanyaan.",
        }.get(
            hasil.status, "Versi %s sudah sama dengan berkas (%d pertanyaan); tidak ada perubahan."
        )
        self.stdout.write(pesan % (hasil.versi.kode, hasil.versi.pertanyaan.count()))
