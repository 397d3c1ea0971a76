"""Download of one unit's LKE workbook (and, in lke_impor, its import)."""

import tempfile

from django.contrib.auth.decorators import login_required
from django.http import FileResponse

from laporan.lke import lke_buku
from laporan.sumber import data_lke, nama_berkas
from penilaian.access import penilaian_untuk_dibaca

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def kirim_berkas(berkas, nama: str, tipe: str) -> FileResponse:
    """An open temporary file as a private attachment, streamed in chunks."""
    berkas.seek(0)
    response = FileResponse(berkas, as_attachment=True, filename=nama, content_type=tipe)
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
def lke_unduh(request, pk):
    penilaian = penilaian_untuk_dibaca(request.user, pk)
    buku = lke_buku(data_lke(penilaian=penilaian, basis_url=request.build_absolute_uri("/")))
    berkas = tempfile.TemporaryFile()  # noqa: SIM115 (FileResponse closes it)
    buku.save(berkas)
    return kirim_berkas(berkas, nama_berkas(penilaian, "lke", "xlsx"), XLSX)
