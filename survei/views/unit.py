"""Portal pages of a unit's survey: results, services, one-time codes, external
index values and the poster."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from satker.lingkup import lingkup_pengguna
from survei import kios, poster, services
from survei.access import (
    kios_untuk_dikelola,
    satker_survei_untuk_dibaca,
    satker_survei_untuk_dikelola,
)
from survei.forms import IndeksEksternalForm, KodeForm, LayananForm, PengaturanForm
from survei.hasil import konteks_hasil
from survei.models import IndeksEksternal, KodeSekali, Layanan, PengaturanSurvei
from survei.selectors import ringkasan_survei_satker, satker_survei_untuk_pengguna
from zi_portal.formulir import angka_parameter, tempel_kesalahan


def _tahun(request) -> int:
    return angka_parameter(
        request.GET, "tahun", bawaan=timezone.localdate().year, minimum=2000, maksimum=2100
    )


@login_required
def daftar(request):
    lingkup = lingkup_pengguna(request.user)
    if not lingkup.punya_peran:
        raise PermissionDenied(_("Akun Anda belum memiliki peran."))
    tahun = _tahun(request)
    satker = list(satker_survei_untuk_pengguna(user=request.user))
    ringkasan = ringkasan_survei_satker(satker_ids=[s.pk for s in satker], tahun=tahun)
    baris = [(s, ringkasan[s.pk]) for s in satker]
    return render(request, "survei/daftar.html", {"baris": baris, "tahun": tahun})


@login_required
def hasil(request, kode):
    satker = satker_survei_untuk_dibaca(request.user, kode)
    tahun = _tahun(request)
    lingkup = lingkup_pengguna(request.user)
    boleh_kelola = lingkup.boleh_isi(satker.pk) or lingkup.boleh_kelola(satker.pk)
    konteks = {
        "satker": satker,
        "tahun": tahun,
        "boleh_kelola": boleh_kelola,
        "kios_aktif": list(kios.kios_aktif(satker=satker)) if boleh_kelola else [],
        **konteks_hasil(satker=satker, tahun=tahun),
    }
    return render(request, "survei/hasil.html", konteks)


@login_required
def layanan(request, kode):
    satker = satker_survei_untuk_dikelola(request.user, kode)
    form = LayananForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.layanan_tambah(satker=satker, nama=form.cleaned_data["nama"])
        except ValidationError as exc:
            tempel_kesalahan(form, exc)
        else:
            messages.success(request, _("Layanan ditambahkan."))
            return redirect("survei:layanan", kode=satker.kode)
    daftar_layanan = Layanan.objects.filter(satker=satker).order_by("-aktif", "nama")
    konteks = {"satker": satker, "form": form, "daftar": daftar_layanan}
    return render(request, "survei/layanan.html", konteks)


@login_required
@require_POST
def layanan_aktif(request, kode, pk, aktif):
    satker = satker_survei_untuk_dikelola(request.user, kode)
    item = get_object_or_404(Layanan, pk=pk, satker=satker)
    services.layanan_atur_aktif(layanan=item, aktif=bool(aktif))
    return redirect("survei:layanan", kode=satker.kode)


@login_required
def kode_sekali(request, kode):
    satker = satker_survei_untuk_dikelola(request.user, kode)
    form = KodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            baru = services.kode_buat(satker=satker, jumlah=form.cleaned_data["jumlah"])
        except ValidationError as exc:
            tempel_kesalahan(form, exc)
        else:
            messages.success(request, _("%(n)s kode dibuat.") % {"n": len(baru)})
            return redirect("survei:kode", kode=satker.kode)
    pengaturan = PengaturanSurvei.objects.filter(satker=satker).first()
    belum_dipakai = KodeSekali.objects.filter(satker=satker)
    konteks = {
        "satker": satker,
        "form": form,
        "form_pengaturan": PengaturanForm(
            initial={"wajib_kode": bool(pengaturan and pengaturan.wajib_kode)}
        ),
        "belum_dipakai": belum_dipakai,
        # A used code is deleted (no trace of when): used = made - left.
        "jumlah_dipakai": max(
            (pengaturan.kode_dibuat if pengaturan else 0) - belum_dipakai.count(), 0
        ),
        "url_publik": request.build_absolute_uri(reverse("survei:publik", args=[satker.kode])),
    }
    return render(request, "survei/kode.html", konteks)


@login_required
@require_POST
def pengaturan(request, kode):
    satker = satker_survei_untuk_dikelola(request.user, kode)
    form = PengaturanForm(request.POST)
    form.is_valid()
    services.pengaturan_simpan(satker=satker, wajib_kode=form.cleaned_data.get("wajib_kode", False))
    messages.success(request, _("Pengaturan survei disimpan."))
    return redirect("survei:kode", kode=satker.kode)


@login_required
def eksternal(request, kode):
    satker = satker_survei_untuk_dikelola(request.user, kode)
    form = IndeksEksternalForm(request.POST or None, initial={"tahun": _tahun(request)})
    if request.method == "POST" and form.is_valid():
        try:
            services.indeks_eksternal_simpan(satker=satker, oleh=request.user, **form.cleaned_data)
        except ValidationError as exc:
            tempel_kesalahan(form, exc)
        else:
            messages.success(request, _("Nilai indeks eksternal disimpan; LKE memakainya."))
            return redirect("survei:hasil", kode=satker.kode)
    daftar_nilai = IndeksEksternal.objects.filter(satker=satker)
    konteks = {"satker": satker, "form": form, "daftar": daftar_nilai}
    return render(request, "survei/eksternal.html", konteks)


@login_required
@require_POST
def eksternal_hapus(request, kode, pk):
    satker = satker_survei_untuk_dikelola(request.user, kode)
    indeks = IndeksEksternal.objects.filter(pk=pk, satker=satker).first()
    if indeks is None:
        raise Http404(_("Nilai tidak ditemukan."))
    services.indeks_eksternal_hapus(indeks=indeks)
    messages.success(request, _("Nilai eksternal dihapus; LKE kembali memakai hasil survei."))
    return redirect("survei:eksternal", kode=satker.kode)


@login_required
@require_POST
def kios_tutup(request, kode, pk):
    dibuka = kios_untuk_dikelola(request.user, kode, pk)
    try:
        kios.kios_tutup(kios=dibuka, oleh=request.user)
    except ValidationError as exc:
        messages.error(request, exc.messages[0])
    else:
        messages.success(request, _("Kios ditutup. Tablet itu kini meminta masuk."))
    return redirect("survei:hasil", kode=dibuka.satker.kode)


@login_required
def poster_png(request, kode):
    satker = satker_survei_untuk_dibaca(request.user, kode)
    url = request.build_absolute_uri(reverse("survei:publik", args=[satker.kode]))
    response = HttpResponse(poster.poster_png(satker=satker, url=url), content_type="image/png")
    response["Content-Disposition"] = f'attachment; filename="poster-survei-{satker.kode}.png"'
    return response


@login_required
def poster_pdf(request, kode):
    satker = satker_survei_untuk_dibaca(request.user, kode)
    url = request.build_absolute_uri(reverse("survei:publik", args=[satker.kode]))
    isi = poster.poster_pdf(satker=satker, url=url)
    response = HttpResponse(isi, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="poster-survei-{satker.kode}.pdf"'
    return response
