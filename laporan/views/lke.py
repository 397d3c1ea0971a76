"""One unit's LKE workbook (download and import) and its evidence pack (queued)."""

import tempfile

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from laporan.access.impor import penilaian_untuk_diimpor
from laporan.forms import ImporLkeForm
from laporan.impor_pratinjau import pratinjau_siapkan
from laporan.lembar_lampiran3 import lampiran3_buku
from laporan.lembar_lke import lke_buku
from laporan.models import PekerjaanEkspor
from laporan.pekerjaan import pekerjaan_buat
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


def _kirim_buku(buku, nama: str) -> FileResponse:
    berkas = tempfile.TemporaryFile()  # noqa: SIM115 (FileResponse closes it)
    buku.save(berkas)
    return kirim_berkas(berkas, nama, XLSX)


@login_required
def lke_unduh(request, pk):
    """The LKE in the layout of Lampiran III (what evaluators and auditors know)."""
    penilaian = penilaian_untuk_dibaca(request.user, pk)
    data = data_lke(penilaian=penilaian, basis_url=request.build_absolute_uri("/"))
    return _kirim_buku(lampiran3_buku(data), nama_berkas(penilaian, "lke", "xlsx"))


@login_required
def lke_unduh_portal(request, pk):
    """The LKE in the portal's own layout (one row per question code, hidden keys)."""
    penilaian = penilaian_untuk_dibaca(request.user, pk)
    data = data_lke(penilaian=penilaian, basis_url=request.build_absolute_uri("/"))
    return _kirim_buku(lke_buku(data), nama_berkas(penilaian, "lke-portal", "xlsx"))


@login_required
def lke_impor(request, pk):
    """Upload: the file is checked, kept privately and read; then the preview."""
    penilaian, lapisan = penilaian_untuk_diimpor(request.user, pk)
    form = ImporLkeForm(request.POST or None, request.FILES or None)
    galat = []
    if request.method == "POST" and form.is_valid():
        try:
            unggahan = pratinjau_siapkan(
                penilaian=penilaian, oleh=request.user, berkas=form.cleaned_data["berkas"]
            )
        except ValidationError as exc:
            galat = exc.messages
        else:
            return redirect("laporan:lke_impor_pratinjau", pk=penilaian.pk, token=unggahan.token)
    konteks = {"penilaian": penilaian, "form": form, "galat": galat, "lapisan": lapisan}
    return render(request, "laporan/lke_impor.html", konteks, status=400 if galat else 200)


@login_required
@require_POST
def paket_bukti_buat(request, pk):
    """The evidence pack can hold hundreds of megabytes: it is built on the queue and
    followed on the export's status page, never inside the request."""
    penilaian = penilaian_untuk_dibaca(request.user, pk)
    pekerjaan = pekerjaan_buat(
        oleh=request.user,
        jenis=PekerjaanEkspor.Jenis.BUKTI,
        judul=_("Paket data dukung %(satker)s %(tahun)s")
        % {"satker": penilaian.satker.nama, "tahun": penilaian.periode.tahun},
        parameter={"penilaian": penilaian.pk, "basis_url": request.build_absolute_uri("/")},
        nama_berkas=nama_berkas(penilaian, "bukti", "zip"),
    )
    return redirect("laporan:pekerjaan", pk=pekerjaan.pk)
