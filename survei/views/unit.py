"""Portal pages of a unit's survey: results, services, one-time codes, external
index values and the poster."""

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from satker.access import pengguna_berperan
from survei import kios, poster, services
from survei.access import (
    eksternal_untuk_dikelola,
    kios_untuk_dikelola,
    lingkup_eksternal,
    satker_survei_untuk,
    satker_survei_untuk_dibaca,
    satker_survei_untuk_dikelola,
    wajib_lingkup_eksternal,
)
from survei.forms import IndeksEksternalForm, KodeForm, LayananForm, PengaturanForm
from survei.hasil import konteks_hasil
from survei.models import IndeksEksternal, KodeSekali, Layanan, PengaturanSurvei
from survei.selectors import jendela_tahun, ringkasan_survei_satker, satker_survei_untuk_pengguna
from zi_portal.formulir import angka_parameter, tempel_kesalahan

PESAN_EKSTERNAL_DISIMPAN = {
    IndeksEksternal.Lingkup.UNIT: gettext_lazy(
        "Nilai indeks eksternal disimpan untuk penilaian mandiri unit ini."
    ),
    IndeksEksternal.Lingkup.KANWIL: gettext_lazy(
        "Nilai indeks eksternal disimpan; lapisan evaluator yang belum final memakainya."
    ),
}


def _tahun(request) -> int:
    return angka_parameter(
        request.GET, "tahun", bawaan=timezone.localdate().year, minimum=2000, maksimum=2100
    )


def _jendela(request) -> tuple[int, datetime.date, datetime.date]:
    """(tahun, mulai, selesai): the survey window asked for (?mulai=&selesai=, as an
    assessment period links its own window), else the calendar year ?tahun. The year
    names the external values shown (they are kept per year)."""
    try:
        mulai = datetime.date.fromisoformat(request.GET.get("mulai", ""))
        selesai = datetime.date.fromisoformat(request.GET.get("selesai", ""))
    except ValueError:
        mulai = selesai = None
    if mulai is None or selesai < mulai:
        tahun = _tahun(request)
        return (tahun, *jendela_tahun(tahun))
    tahun = _tahun(request) if request.GET.get("tahun") else selesai.year
    return tahun, mulai, selesai


@login_required
def daftar(request):
    pengguna_berperan(request.user)
    tahun = _tahun(request)
    satker = list(satker_survei_untuk_pengguna(user=request.user))
    ringkasan = ringkasan_survei_satker(satker_ids=[s.pk for s in satker], tahun=tahun)
    baris = [(s, ringkasan[s.pk]) for s in satker]
    return render(request, "survei/daftar.html", {"baris": baris, "tahun": tahun})


@login_required
def hasil(request, kode):
    satker, hak = satker_survei_untuk(request.user, kode)
    tahun, mulai, selesai = _jendela(request)
    konteks = {
        "satker": satker,
        "tahun": tahun,
        "mulai": mulai,
        "selesai": selesai,
        "hak": hak,
        "kios_aktif": list(kios.kios_aktif(satker=satker)) if hak.kelola else [],
        **konteks_hasil(satker=satker, tahun=tahun, mulai=mulai, selesai=selesai),
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
    lingkup = lingkup_eksternal(request.user, satker)
    form = IndeksEksternalForm(
        request.POST or None, initial={"tahun": _tahun(request), "lingkup": lingkup}
    )
    if request.method == "POST":
        wajib_lingkup_eksternal(request.user, satker, request.POST.get("lingkup") or lingkup)
    if request.method == "POST" and form.is_valid():
        data = {**form.cleaned_data, "lingkup": lingkup}
        try:
            services.indeks_eksternal_simpan(satker=satker, oleh=request.user, **data)
        except ValidationError as exc:
            tempel_kesalahan(form, exc)
        else:
            messages.success(request, PESAN_EKSTERNAL_DISIMPAN[lingkup])
            return redirect("survei:hasil", kode=satker.kode)
    konteks = {
        "satker": satker,
        "form": form,
        "lingkup": lingkup,
        "lingkup_label": IndeksEksternal.Lingkup(lingkup).label,
        "daftar": IndeksEksternal.objects.filter(satker=satker).select_related("dicatat_oleh"),
    }
    return render(request, "survei/eksternal.html", konteks)


@login_required
@require_POST
def eksternal_hapus(request, kode, pk):
    indeks = eksternal_untuk_dikelola(request.user, kode, pk)
    services.indeks_eksternal_hapus(indeks=indeks, oleh=request.user)
    messages.success(request, _("Nilai eksternal dihapus."))
    return redirect("survei:eksternal", kode=kode)


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
