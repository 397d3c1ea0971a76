"""Browsing the LKE instrument (administrators) and changing a version's settings."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from penilaian.access import instrumen_untuk, instrumen_untuk_diatur, instrumen_untuk_dibaca
from penilaian.forms.instrumen import PengaturanInstrumenForm
from penilaian.selectors import instrumen as selectors
from penilaian.services.instrumen import instrumen_atur
from satker.access import wajib_admin
from zi_portal.formulir import tempel_kesalahan


@login_required
def instrumen_daftar(request):
    wajib_admin(request.user)
    return render(
        request, "penilaian/instrumen_daftar.html", {"daftar": selectors.versi_instrumen_daftar()}
    )


@login_required
def instrumen_detail(request, kode):
    versi, hak = instrumen_untuk(request.user, kode)
    konteks = selectors.instrumen_rincian(versi)
    konteks["hak"] = hak
    return render(request, "penilaian/instrumen_detail.html", konteks)


@login_required
def pertanyaan_detail(request, kode, kode_pertanyaan):
    versi = instrumen_untuk_dibaca(request.user, kode)
    rincian = selectors.pertanyaan_rincian(versi, kode_pertanyaan)
    if rincian is None:
        raise Http404(_("Pertanyaan tidak ditemukan."))
    return render(request, "penilaian/pertanyaan_detail.html", rincian)


@login_required
def instrumen_pengaturan(request, kode):
    versi = instrumen_untuk_diatur(request.user, kode)
    form = PengaturanInstrumenForm(request.POST or None, instance=versi)
    if request.method == "POST" and form.is_valid():
        try:
            instrumen_atur(versi=versi, oleh=request.user, **form.cleaned_data)
        except ValidationError as exc:
            tempel_kesalahan(form, exc)
        else:
            messages.success(request, _("Pengaturan instrumen disimpan."))
            return redirect("penilaian:instrumen_detail", kode=versi.kode)
    return render(
        request,
        "penilaian/instrumen_pengaturan.html",
        {"form": form, "versi": versi, "dipakai": selectors.versi_punya_jawaban(versi)},
    )
