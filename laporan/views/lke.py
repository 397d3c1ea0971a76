"""Download of one unit's LKE workbook (and, in lke_impor, its import)."""

import tempfile

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from laporan.forms import ImporLkeForm
from laporan.impor import lke_impor as lke_impor_layanan
from laporan.lembar_lampiran3 import lampiran3_buku
from laporan.lembar_lke import lke_buku
from laporan.paket import paket_bukti_tulis
from laporan.sumber import data_lke, nama_berkas
from penilaian.access import penilaian_untuk_dibaca
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


def lapisan_boleh_impor(user, penilaian) -> list[str]:
    """Layers this user may write from a workbook: the unit's team its own layer, an
    assigned evaluator (or a superuser) the evaluator layers."""
    lapisan = []
    if lingkup_pengguna(user).boleh_isi(penilaian.satker_id):
        lapisan.append(Lapisan.MANDIRI)
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
def paket_bukti_unduh(request, pk):
    penilaian = penilaian_untuk_dibaca(request.user, pk)
    berkas = tempfile.TemporaryFile()  # noqa: SIM115 (FileResponse closes it)
    paket_bukti_tulis(berkas, penilaian=penilaian, basis_url=request.build_absolute_uri("/"))
    return kirim_berkas(berkas, nama_berkas(penilaian, "bukti", "zip"), "application/zip")
