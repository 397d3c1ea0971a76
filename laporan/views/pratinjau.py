"""The preview of an uploaded LKE workbook and its confirmation (one form)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from laporan.access.impor import unggahan_untuk_diimpor
from laporan.forms import PemetaanLapisanForm
from laporan.impor_pratinjau import pratinjau_impor, pratinjau_untuk


@login_required
def lke_impor_pratinjau(request, pk, token):
    penilaian, lapisan, unggahan = unggahan_untuk_diimpor(request.user, pk, token)
    pratinjau = pratinjau_untuk(penilaian=penilaian, unggahan=unggahan, lapisan=lapisan)
    form = PemetaanLapisanForm(request.POST or None, pratinjau=pratinjau)
    galat = []
    if request.method == "POST" and form.is_valid():
        try:
            diubah = pratinjau_impor(
                penilaian=penilaian,
                pratinjau=pratinjau,
                oleh=request.user,
                pemetaan=form.pemetaan(),
            )
        except ValidationError as exc:
            galat = exc.messages
        else:
            pesan = _("LKE diimpor: %(n)s jawaban diubah.") % {"n": sum(diubah.values())}
            messages.success(request, pesan)
            return redirect("penilaian:detail", pk=penilaian.pk)
    konteks = {"penilaian": penilaian, "pratinjau": pratinjau, "form": form, "galat": galat}
    return render(request, "laporan/lke_pratinjau.html", konteks, status=400 if galat else 200)
