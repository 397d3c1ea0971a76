"""`python manage.py hitung_lke ANSWERS.json`: score a worksheet from a file, print JSON.

Exits non-zero, printing no scores, on a malformed file, an unknown instrument, an
unknown question code or an answer the question cannot take.
"""

import sys

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from penilaian.models import InstrumenVersi
from penilaian.scoring import InstrumenTidakValid, JawabanTidakValid, hitung
from penilaian.scoring import instrumen_dari_berkas as dari_berkas
from penilaian.selectors.instrumen import instrumen_untuk_versi
from penilaian.services.lke_json import BerkasTidakValid, baca_jawaban, ringkasan, tulis_json
from penilaian.services.muat import BERKAS_BAWAAN
from penilaian.services.pesan import terjemahkan_berkode


class Command(BaseCommand):
    help = "Menghitung nilai LKE dari berkas jawaban JSON dan mencetak hasilnya sebagai JSON."

    def add_arguments(self, parser):
        parser.add_argument("berkas", help="Berkas jawaban JSON, atau - untuk stdin.")
        parser.add_argument(
            "--instrumen-dari",
            metavar="FILE",
            help="Baca instrumen dari berkas data ini, bukan dari basis data.",
        )
        parser.add_argument(
            "--rinci",
            action="store_true",
            help="Sertakan nilai, syarat dan celah tiap kriteria serta nilai sub-area.",
        )

    def _instrumen(self, kode: str, berkas: str | None):
        if berkas:
            instrumen = dari_berkas(berkas)
            if instrumen.kode != kode:
                raise CommandError(f"Berkas instrumen berisi {instrumen.kode}, bukan {kode}.")
            return instrumen
        try:
            return instrumen_untuk_versi(kode)
        except InstrumenVersi.DoesNotExist as exc:
            raise CommandError(
                f"Instrumen {kode} tidak dikenal; muat dulu dengan muat_instrumen."
            ) from exc
        except DatabaseError as exc:
            # A fresh clone without `migrate`: nobody can have changed the version's
            # settings yet, so the project's own data file is exactly what migrate loads.
            bawaan = dari_berkas(BERKAS_BAWAAN)
            if bawaan.kode != kode:
                raise CommandError(
                    "Basis data belum disiapkan (jalankan `python manage.py migrate`) "
                    f"dan instrumen {kode} bukan instrumen bawaan proyek; "
                    "beri --instrumen-dari FILE."
                ) from exc
            return bawaan

    def handle(self, *args, berkas, instrumen_dari, rinci, **options):
        try:
            if berkas == "-":
                teks = sys.stdin.read()
            else:
                with open(berkas, encoding="utf-8") as f:
                    teks = f.read()
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"Berkas {berkas} tidak dapat dibaca: {exc}") from exc
        try:
            data = baca_jawaban(teks)
            instrumen = self._instrumen(data["instrumen"], instrumen_dari)
            hasil = hitung(
                instrumen, data["jawaban"], predikat_sebelumnya=data["predikat_sebelumnya"]
            )
        except BerkasTidakValid as exc:
            raise CommandError(str(exc)) from exc
        except (JawabanTidakValid, InstrumenTidakValid) as exc:
            raise CommandError(terjemahkan_berkode(exc)) from exc
        self.stdout.write(tulis_json(ringkasan(hasil, rinci=rinci)))
