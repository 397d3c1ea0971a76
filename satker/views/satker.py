from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from satker import services
from satker.access import (
    kanwil_untuk_dikelola,
    pengguna_berperan,
    satker_untuk,
    satker_untuk_dikelola,
    wajib_admin,
)
from satker.forms.kelola import (
    ImporSatkerForm,
    KopSuratForm,
    PindahForm,
    PredikatForm,
    SatkerBaruForm,
    SatkerUbahForm,
    StatusZIForm,
)
from satker.impor import satker_impor
from satker.selectors import kop_surat_untuk, satker_untuk_pengguna
from zi_portal.formulir import tempel_kesalahan


@login_required
def satker_daftar(request):
    hak = pengguna_berperan(request.user)
    daftar = satker_untuk_pengguna(user=request.user, termasuk_nonaktif=hak.admin)
    cari = request.GET.get("q", "").strip()
    if cari:
        daftar = daftar.filter(Q(nama__icontains=cari) | Q(kode__icontains=cari))
    jenis = request.GET.get("jenis", "")
    if jenis:
        daftar = daftar.filter(jenis=jenis)
    return render(
        request,
        "satker/satker_daftar.html",
        {"daftar": daftar, "cari": cari, "jenis": jenis, "hak": hak},
    )


@login_required
def satker_detail(request, kode):
    satker, hak = satker_untuk(request.user, kode)
    return render(
        request,
        "satker/satker_detail.html",
        {
            "satker": satker,
            "hak": hak,
            "status_zi": satker.status_zi.all(),
            "riwayat_predikat": satker.riwayat_predikat.all(),
            "riwayat_induk": satker.riwayat_induk.select_related("induk"),
            "anak": satker.anak.filter(aktif=True) if satker.adalah_kanwil else None,
        },
    )


@login_required
def satker_baru(request):
    wajib_admin(request.user)
    form = SatkerBaruForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            satker = services.satker_buat(oleh=request.user, **form.cleaned_data)
        except ValidationError as exc:
            tempel_kesalahan(form, exc)
        else:
            messages.success(request, _("Satuan kerja %(nama)s dibuat.") % {"nama": satker.nama})
            return redirect("satker:detail", kode=satker.kode)
    return render(request, "satker/form.html", {"form": form, "judul": _("Satuan kerja baru")})


@login_required
def satker_ubah(request, kode):
    satker = satker_untuk_dikelola(request.user, kode)
    form = SatkerUbahForm(request.POST or None, instance=satker)
    if request.method == "POST" and form.is_valid():
        try:
            services.satker_ubah(satker=satker, oleh=request.user, **form.cleaned_data)
        except ValidationError as exc:
            tempel_kesalahan(form, exc)
        else:
            messages.success(request, _("Perubahan disimpan."))
            return redirect("satker:detail", kode=satker.kode)
    judul = _("Ubah %(nama)s") % {"nama": satker.nama}
    return render(request, "satker/form.html", {"form": form, "judul": judul, "satker": satker})


@login_required
@require_POST
def satker_nonaktifkan(request, kode):
    satker = satker_untuk_dikelola(request.user, kode)
    services.satker_atur_aktif(satker=satker, aktif=False, oleh=request.user)
    messages.success(request, _("%(nama)s dinonaktifkan.") % {"nama": satker.nama})
    return redirect("satker:detail", kode=satker.kode)


@login_required
@require_POST
def satker_aktifkan(request, kode):
    satker = satker_untuk_dikelola(request.user, kode)
    services.satker_atur_aktif(satker=satker, aktif=True, oleh=request.user)
    messages.success(request, _("%(nama)s diaktifkan kembali.") % {"nama": satker.nama})
    return redirect("satker:detail", kode=satker.kode)


@login_required
def satker_pindah(request, kode):
    satker = satker_untuk_dikelola(request.user, kode)
    form = PindahForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            services.satker_pindahkan(satker=satker, oleh=request.user, **form.cleaned_data)
        except ValidationError as exc:
            tempel_kesalahan(form, exc)
        else:
            messages.success(request, _("Satuan kerja dipindahkan; riwayatnya tetap tersimpan."))
            return redirect("satker:detail", kode=satker.kode)
    judul = _("Pindahkan %(nama)s ke Kanwil lain") % {"nama": satker.nama}
    return render(request, "satker/form.html", {"form": form, "judul": judul, "satker": satker})


@login_required
def status_zi_simpan(request, kode):
    satker = satker_untuk_dikelola(request.user, kode)
    form = StatusZIForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        tahun = data.pop("tahun")
        services.status_zi_simpan(satker=satker, tahun=tahun, oleh=request.user, **data)
        messages.success(request, _("Status ZI tahun %(tahun)s disimpan.") % {"tahun": tahun})
        return redirect("satker:detail", kode=satker.kode)
    judul = _("Status ZI %(nama)s") % {"nama": satker.nama}
    return render(request, "satker/form.html", {"form": form, "judul": judul, "satker": satker})


@login_required
def predikat_catat(request, kode):
    satker = satker_untuk_dikelola(request.user, kode)
    form = PredikatForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.predikat_catat(satker=satker, oleh=request.user, **form.cleaned_data)
        except ValidationError as exc:
            tempel_kesalahan(form, exc)
        else:
            messages.success(request, _("Predikat dicatat."))
            return redirect("satker:detail", kode=satker.kode)
    judul = _("Catat predikat %(nama)s") % {"nama": satker.nama}
    return render(request, "satker/form.html", {"form": form, "judul": judul, "satker": satker})


@login_required
def kop_surat(request, kode):
    kanwil = kanwil_untuk_dikelola(request.user, kode)
    form = KopSuratForm(request.POST or None, instance=kop_surat_untuk(kanwil=kanwil))
    if request.method == "POST" and form.is_valid():
        try:
            services.kop_surat_simpan(kanwil=kanwil, oleh=request.user, **form.cleaned_data)
        except ValidationError as exc:
            tempel_kesalahan(form, exc)
        else:
            messages.success(request, _("Kop surat disimpan."))
            return redirect("satker:detail", kode=kanwil.kode)
    judul = _("Kop surat %(nama)s") % {"nama": kanwil.nama}
    return render(request, "satker/form.html", {"form": form, "judul": judul, "satker": kanwil})


@login_required
def satker_impor_view(request):
    wajib_admin(request.user)
    form = ImporSatkerForm(request.POST or None, request.FILES or None)
    hasil = None
    if request.method == "POST" and form.is_valid():
        try:
            hasil = satker_impor(data=form.cleaned_data["berkas"].read(), oleh=request.user)
        except ValidationError as exc:
            tempel_kesalahan(form, exc)
        else:
            if hasil.berhasil:
                pesan = _("%(n)s satuan kerja diimpor.") % {"n": len(hasil.dibuat)}
                messages.success(request, pesan)
                return redirect("satker:daftar")
    return render(request, "satker/impor.html", {"form": form, "hasil": hasil})
