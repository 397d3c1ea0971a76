"""Questionnaire versions, for national administrators."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from survei import services
from survei.access import versi_untuk_dikelola, wajib_admin_kuesioner
from survei.forms import ButirFormSet, VersiForm
from survei.models import Kuesioner
from survei.selectors import butir_versi, kuesioner_dengan_versi, versi_terkunci
from zi_portal.formulir import tempel_kesalahan


@login_required
def daftar(request):
    wajib_admin_kuesioner(request.user)
    return render(request, "survei/kuesioner.html", {"daftar": kuesioner_dengan_versi()})


@login_required
def versi(request, pk):
    item = versi_untuk_dikelola(request.user, pk)
    konteks = {"versi": item, "butir": butir_versi(item), "terkunci": versi_terkunci(item)}
    return render(request, "survei/versi.html", konteks)


@login_required
@require_POST
def versi_baru(request, jenis):
    wajib_admin_kuesioner(request.user)
    kuesioner = get_object_or_404(Kuesioner, jenis=jenis)
    baru = services.versi_buat(kuesioner=kuesioner, oleh=request.user)
    messages.success(request, _("Draf versi %(n)s dibuat dari versi terakhir.") % {"n": baru.nomor})
    return redirect("survei:versi_ubah", pk=baru.pk)


@login_required
def versi_ubah(request, pk):
    item = versi_untuk_dikelola(request.user, pk)
    kolom = ("skala_maks", "konversi", "bobot_skm", "asal", "catatan")
    form = VersiForm(request.POST or None, initial={f: getattr(item, f) for f in kolom})
    butir = [
        {f: getattr(b, f) for f in ("kode", "teks_id", "teks_en", "area", "sumber")}
        for b in butir_versi(item)
    ]
    formset = ButirFormSet(request.POST or None, initial=butir, prefix="butir")
    if request.method == "POST" and form.is_valid() and formset.is_valid():
        daftar_butir = [
            tuple(f.cleaned_data[k] for k in ("kode", "teks_id", "teks_en", "area", "sumber"))
            for f in formset.forms
            if f.cleaned_data and not f.cleaned_data.get("DELETE")
        ]
        try:
            services.versi_ubah(versi=item, butir=daftar_butir, **form.cleaned_data)
        except ValidationError as exc:
            tempel_kesalahan(form, exc)
        else:
            messages.success(request, _("Versi disimpan."))
            return redirect("survei:versi", pk=item.pk)
    konteks = {"versi": item, "form": form, "formset": formset, "terkunci": versi_terkunci(item)}
    return render(request, "survei/versi_ubah.html", konteks)


@login_required
@require_POST
def versi_terbitkan(request, pk):
    item = versi_untuk_dikelola(request.user, pk)
    try:
        services.versi_terbitkan(versi=item, oleh=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request, _("Versi %(n)s terbit; formulir publik memakainya.") % {"n": item.nomor}
        )
    return redirect("survei:versi", pk=item.pk)
