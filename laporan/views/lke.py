"""One unit's LKE workbook (download and import) and its evidence pack (queued)."""

import tempfile

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from laporan.forms import ImporLkeForm
from laporan.impor import lke_impor as lke_impor_layanan
from laporan.lembar_lke import lke_buku
from laporan.models import PekerjaanEkspor
from laporan.pekerjaan import pekerjaan_buat
from laporan.sumber import data_lke, nama_berkas
from penilaian.access import penilaian_untuk_dibaca, satker_sendiri
from penilaian.models import LAPISAN_EVALUATOR, Lapisan, PenugasanEvaluator
from satker.lingkup import lingkup_pengguna

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


def lapisan_boleh_impor(user, penilaian) -> list[str]:
    """Layers this user may write from a workbook: the unit's team its own layer, an
    assigned evaluator (or a superuser) the evaluator layers, never of their own unit."""
    lapisan = []
    if lingkup_pengguna(user).boleh_isi(penilaian.satker_id):
        lapisan.append(Lapisan.MANDIRI)
    if satker_sendiri(user, penilaian):
        return lapisan
    ditugaskan = set(
        PenugasanEvaluator.objects.filter(penilaian=penilaian, evaluator=user).values_list(
            "lapisan", flat=True
        )
    )
    lapisan += [lp for lp in LAPISAN_EVALUATOR if user.is_superuser or lp in ditugaskan]
    return lapisan


@login_required
def lke_impor(request, pk):
    penilaian = penilaian_untuk_dibaca(request.user, pk)
    lapisan = lapisan_boleh_impor(request.user, penilaian)
    if not lapisan:
        raise PermissionDenied(_("Anda tidak dapat mengisi lapisan mana pun dari penilaian ini."))
    form = ImporLkeForm(request.POST or None, request.FILES or None)
    galat = []
    if request.method == "POST" and form.is_valid():
        try:
            hasil = lke_impor_layanan(
                penilaian=penilaian,
                berkas=form.cleaned_data["berkas"],
                oleh=request.user,
                lapisan=lapisan,
            )
        except ValidationError as exc:
            galat = exc.messages
        else:
            jumlah = sum(hasil.diubah.values())
            messages.success(request, _("LKE diimpor: %(n)s jawaban diubah.") % {"n": jumlah})
            for lp in hasil.dilewati:
                messages.info(
                    request,
                    _("Jawaban lapisan %(lapisan)s di berkas tidak diimpor (bukan lapisan Anda).")
                    % {"lapisan": Lapisan(lp).label},
                )
            return redirect("penilaian:detail", pk=penilaian.pk)
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
