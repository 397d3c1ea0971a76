"""Times the Kanwil recap workbook (laporan.rekap) for the biggest Kanwil of the dataset
built by bench/bangun.py, e.g. 1,000 units in one Kanwil:

    DATABASE_URL=sqlite:////tmp/zi-rekap-bench.sqlite3 .venv/bin/python bench/bangun.py \
        --unit 1000 --kanwil 1 --responden 50 --bukti 5
    DATABASE_URL=sqlite:////tmp/zi-rekap-bench.sqlite3 .venv/bin/python bench/rekap_kanwil.py
"""

import os
import tempfile

from _siap import siapkan

siapkan()

from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from openpyxl import load_workbook  # noqa: E402

from bench.memori import ukur  # noqa: E402
from laporan.rekap import rekap_buat  # noqa: E402
from penilaian.models import Periode  # noqa: E402
from satker.models import Pengguna  # noqa: E402


def main():
    print(f"database: {connection.vendor}")
    periode = (
        Periode.objects.filter(tahun=2026)
        .annotate(n=Count("penilaian"))
        .select_related("kanwil")
        .order_by("-n")
        .first()
    )
    user = Pengguna.objects.get(username="bench")
    tujuan = os.path.join(tempfile.mkdtemp(prefix="zi-rekap-"), "rekap.xlsx")

    def jalankan():
        return f"{rekap_buat(tujuan, user=user, daftar_periode=[periode])} unit rows"

    ukur(f"Kanwil recap {periode.kanwil.kode} {periode.tahun}", jalankan)
    buku = load_workbook(tujuan, read_only=True)
    print(
        f"file {os.path.getsize(tujuan) / 2**20:.1f} MiB, sheets {buku.sheetnames}, "
        f"recap rows {sum(1 for _ in buku['Rekap'].iter_rows(min_row=2))}"
    )


if __name__ == "__main__":
    main()
