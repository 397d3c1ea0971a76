from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from satker import services
from satker.access import pengguna_untuk_dikelola, wajib_admin
from satker.forms.kelola import PenggunaBaruForm, PenggunaUbahForm, PeranForm
from satker.selectors import pengguna_untuk_pengguna, peran_pengguna
from zi_portal.formulir import tempel_kesalahan


@login_required
def pengguna_daftar(request):
    wajib_admin(request.user)
    daftar = pengguna_untuk_pengguna(user=request.user).prefetch_related("peran__satker")
    cari = request.GET.get("q", "").strip()
    if cari:
        daftar = daftar.filter(
            Q(username__icontains=cari) | Q(first_name__icontains=cari) | Q(email__icontains=cari)
        )
    return render(request, "satker/pengguna_daftar.html", {"daftar": daftar, "cari": cari})


@login_required
def pengguna_baru(request):
    wajib_admin(request.user)
    form = PenggunaBaruForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        peran = {"jenis": data.pop("jenis_peran"), "satker": data.pop("satker")}
        try:
            pengguna = services.pengguna_buat(oleh=request.user, password=None, peran=peran, **data)
        except ValidationError as exc:
            tempel_kesalahan(form, exc)
        else:
            messages.success(
                request,
                _(
                    "Akun %(u)s dibuat. Minta pengguna memakai 'Lupa kata sandi' untuk mengatur "
                    "kata sandinya."
                )
                % {"u": pengguna.username},
            )
            return redirect("satker:pengguna_detail", pk=pengguna.pk)
    return render(request, "satker/form.html", {"form": form, "judul": _("Pengguna baru")})


@login_required
def pengguna_detail(request, pk):
    pengguna = pengguna_untuk_dikelola(request.user, pk)
    form = PenggunaUbahForm(request.POST or None, instance=pengguna)
    if request.method == "POST" and form.is_valid():
        try:
            services.pengguna_ubah(pengguna=pengguna, oleh=request.user, **form.cleaned_data)
        except ValidationError as exc:
            tempel_kesalahan(form, exc)
        else:
            messages.success(request, _("Perubahan disimpan."))
            return redirect("satker:pengguna_detail", pk=pengguna.pk)
    return render(
        request,
        "satker/pengguna_detail.html",
        {
            "pengguna": pengguna,
            "form": form,
            "peran": peran_pengguna(pengguna=pengguna),
            "peran_form": PeranForm(user=request.user),
        },
    )


@login_required
@require_POST
def pengguna_atur_aktif(request, pk, aktif):
    pengguna = pengguna_untuk_dikelola(request.user, pk)
    try:
        services.pengguna_atur_aktif(pengguna=pengguna, aktif=bool(aktif), oleh=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Akun diaktifkan.") if aktif else _("Akun dinonaktifkan."))
    return redirect("satker:pengguna_detail", pk=pengguna.pk)


@login_required
@require_POST
def peran_beri(request, pk):
    pengguna = pengguna_untuk_dikelola(request.user, pk)
    form = PeranForm(request.POST, user=request.user)
    if form.is_valid():
        try:
            services.peran_beri(pengguna=pengguna, oleh=request.user, **form.cleaned_data)
        except ValidationError as exc:
            tempel_kesalahan(form, exc)
    if form.errors:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
    else:
        messages.success(request, _("Peran diberikan."))
    return redirect("satker:pengguna_detail", pk=pengguna.pk)


@login_required
@require_POST
def peran_cabut(request, pk, peran_pk):
    pengguna = pengguna_untuk_dikelola(request.user, pk)
    peran = pengguna.peran.filter(pk=peran_pk).first()
    if peran is None:
        raise Http404(_("Peran tidak ditemukan."))
    services.peran_cabut(peran=peran, oleh=request.user)
    messages.success(request, _("Peran dicabut."))
    return redirect("satker:pengguna_detail", pk=pengguna.pk)
