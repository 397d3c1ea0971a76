"""Portal pages of a unit's internal (staff) survey: results, staff counts, the sheet
of code slips. The survey pages have no assessment period, so they read a calendar
year as the survey window."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from survei.access import satker_survei_untuk, satker_survei_untuk_dikelola
from survei.internal import services
from survei.internal.forms import JumlahPegawaiForm, KodeInternalForm
from survei.internal.hasil import konteks_internal
from survei.internal.selectors import (
    kode_internal_tersisa,
    pegawai_per_kategori,
    total_pegawai,
)
from survei.internal.slip import lembar_kode_pdf
from survei.views.unit import _tahun
from zi_portal.formulir import tempel_kesalahan


@login_required
def hasil(request, kode):
    satker, hak = satker_survei_untuk(request.user, kode)
    tahun = _tahun(request)
    konteks = {
        "satker": satker,
        "tahun": tahun,
        "hak": hak,
        **konteks_internal(satker=satker, tahun=tahun),
    }
    return render(request, "survei/internal/hasil.html", konteks)


@login_required
def pegawai(request, kode):
    satker = satker_survei_untuk_dikelola(request.user, kode)
    tahun = _tahun(request)
    awal = {
        "tahun": tahun,
        **pegawai_per_kategori(satker_ids=[satker.pk], tahun=tahun).get(satker.pk, {}),
    }
    form = JumlahPegawaiForm(request.POST or None, initial=awal)
    if request.method == "POST" and form.is_valid():
        try:
            services.jumlah_pegawai_simpan(
                satker=satker, tahun=form.cleaned_data["tahun"], jumlah=form.jumlah()
            )
        except ValidationError as exc:
            tempel_kesalahan(form, exc)
        else:
            messages.success(request, _("Jumlah pegawai disimpan."))
            url = reverse("survei:internal", args=[satker.kode])
            return redirect(f"{url}?tahun={form.cleaned_data['tahun']}")
    return render(request, "survei/internal/pegawai.html", {"satker": satker, "form": form})


@login_required
def kode(request, kode):
    """GET: how many codes are out and the form; POST: makes the codes and answers with
    the PDF sheet itself (the only copy of the codes), or re-renders with the error."""
    satker = satker_survei_untuk_dikelola(request.user, kode)
    tersisa = kode_internal_tersisa(satker=satker)
    pegawai = total_pegawai(satker=satker, tahun=timezone.localdate().year) or 0
    awal = {"jumlah": max(min(pegawai - tersisa, 500), 1)}
    form = KodeInternalForm(request.POST or None, initial=awal)
    if request.method == "POST" and form.is_valid():
        try:
            baru = services.kode_internal_buat(satker=satker, jumlah=form.cleaned_data["jumlah"])
        except ValidationError as exc:
            tempel_kesalahan(form, exc)
        else:
            url = request.build_absolute_uri(reverse("survei:pegawai", args=[satker.kode]))
            pdf = lembar_kode_pdf(satker=satker, url=url, kode=baru)
            response = HttpResponse(pdf, content_type="application/pdf")
            nama = f"kode-survei-pegawai-{satker.kode}.pdf"
            response["Content-Disposition"] = f'attachment; filename="{nama}"'
            return response
    konteks = {"satker": satker, "form": form, "tersisa": tersisa, "pegawai": pegawai}
    return render(request, "survei/internal/kode.html", konteks)


@login_required
@require_POST
def kode_batal(request, kode):
    satker = satker_survei_untuk_dikelola(request.user, kode)
    jumlah = services.kode_internal_batalkan(satker=satker)
    messages.success(request, _("%(n)s kode yang belum dipakai dibatalkan.") % {"n": jumlah})
    return redirect("survei:internal_kode", kode=satker.kode)
