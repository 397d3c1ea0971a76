"""Times the survey data workbook (laporan.survei_data) of the Kanwil with the most
responses in the dataset built by bench/bangun.py (e.g. `--unit 1000 --kanwil 1
--responden 50`: 100,000 responses in one Kanwil):

    DATABASE_URL=sqlite:////tmp/zi-rekap-bench.sqlite3 .venv/bin/python bench/survei_ekspor.py
"""

import os
import tempfile

from _siap import siapkan

siapkan()

from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402

from bench.memori import ukur  # noqa: E402
from laporan.survei_data import cakupan_kanwil, survei_buat  # noqa: E402
from satker.models import Satker  # noqa: E402
from survei.models import Respons  # noqa: E402


def main():
    print(f"database: {connection.vendor}")
    baris = (
        Respons.objects.values("satker__induk_id", "tahun")
        .annotate(n=Count("id"))
        .order_by("-n")
        .first()
    )
    kanwil = Satker.objects.get(pk=baris["satker__induk_id"])
    cakupan = cakupan_kanwil(kanwil, baris["tahun"], satker_ids=None)
    tujuan = os.path.join(tempfile.mkdtemp(prefix="zi-survei-"), "survei.xlsx")

    def jalankan():
        return f"{survei_buat(tujuan, cakupan)} responses"

    ukur(f"survey export {kanwil.kode} {baris['tahun']} ({len(cakupan.satker)} units)", jalankan)
    print(f"file {os.path.getsize(tujuan) / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
