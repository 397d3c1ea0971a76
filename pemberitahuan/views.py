"""The person's notices: the list, mark read (one or all), e-mail preferences."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pemberitahuan import selectors, services
from pemberitahuan.models import Jenis


@login_required
def daftar(request):
    halaman = Paginator(selectors.pemberitahuan_untuk_pengguna(user=request.user), 30)
    return render(
        request,
        "pemberitahuan/daftar.html",
        {"halaman": halaman.get_page(request.GET.get("halaman"))},
    )


@login_required
@require_POST
def baca(request, pk):
    """Marks the notice read and opens what it is about."""
    notice = get_object_or_404(selectors.pemberitahuan_untuk_pengguna(user=request.user), pk=pk)
    services.pemberitahuan_tandai_dibaca(pengguna=request.user, pk=notice.pk)
    aman = url_has_allowed_host_and_scheme(notice.tautan, allowed_hosts={request.get_host()})
    return redirect(notice.tautan if notice.tautan and aman else "pemberitahuan:daftar")


@login_required
@require_POST
def baca_semua(request):
    services.pemberitahuan_tandai_dibaca(pengguna=request.user)
    messages.success(request, _("Semua pemberitahuan ditandai sudah dibaca."))
    return redirect("pemberitahuan:daftar")


@login_required
def pengaturan(request):
    if request.method == "POST":
        pilihan = [j for j in request.POST.getlist("surel") if j in Jenis.values]
        services.preferensi_surel_simpan(pengguna=request.user, aktif=pilihan)
        messages.success(request, _("Pengaturan e-mail disimpan."))
        return redirect("pemberitahuan:pengaturan")
    return render(
        request,
        "pemberitahuan/pengaturan.html",
        {"preferensi": selectors.preferensi_surel(user=request.user)},
    )
