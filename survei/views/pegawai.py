"""The staff form of the internal survey at /s/<unit code>/pegawai/ (the QR code on
every code slip leads here) and the kiosk page that shows one code per person.

Like the public form: no JavaScript, no session, one page per section with earlier
answers carried as hidden fields, a server-issued single-use token. The code is typed
from the slip, never put in the link: a code in a URL would sit in every proxy's
access log beside an address and a time. A wrong code costs one of the address's
hourly survey submissions (SURVEI_BATAS_PER_JAM), so codes cannot be guessed at speed;
a right one costs nothing, because a whole office may answer behind one address.
"""

import segno
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from survei import perlindungan
from survei.access import satker_publik
from survei.internal import services
from survei.internal.forms import FormPegawai
from survei.internal.selectors import kode_internal_sah, versi_internal
from survei.views.publik import PESAN_KEDALUWARSA, PESAN_TERLALU_CEPAT, _kios
from zi_portal.formulir import tempel_kesalahan

# A code shown on a kiosk disappears after this long, so the next person in line does
# not find the previous one's code on the screen.
DETIK_TAMPIL_KODE = 90


def _versi():
    versi = versi_internal()
    if versi is None:
        raise Http404(_("Kuesioner tidak ditemukan."))
    return versi


@never_cache
def isi(request, kode):
    satker = satker_publik(kode)
    versi = _versi()
    if request.method != "POST":
        form = FormPegawai(initial=perlindungan.awal_form(), versi=versi)
        return _tampil(request, satker, form, 0, galat=False)
    form = FormPegawai(request.POST, versi=versi)
    form.full_clean()
    if "token" in form.errors or perlindungan.baca_token(request.POST.get("token")) is None:
        form = FormPegawai(initial=perlindungan.awal_form(), versi=versi)
        return _tampil(request, satker, form, 0, galat=False, pesan=PESAN_KEDALUWARSA)
    halaman = form.halaman()
    langkah = _langkah(request.POST.get("langkah"), len(halaman))
    for i in range(langkah + 1):
        if any(n in form.errors for n in halaman[i][1]):
            return _tampil(request, satker, form, i)
    if langkah == 0 and not kode_internal_sah(satker=satker, kode=form.cleaned_data["kode"]):
        return _kode_ditolak(request, satker, form)
    if langkah < len(halaman) - 1:
        return _tampil(request, satker, form, langkah + 1, galat=False)
    return _kirim(request, satker, versi, form)


def terima_kasih(request, kode):
    satker = satker_publik(kode)
    # Opened from a kiosk tablet ("?kios=1" on the form): lead back to the next code.
    kiosk = request.GET.get("kios") == "1"
    konteks = {"satker": satker, "staf": True, "dari_kios": kiosk}
    return render(request, "survei/pegawai/terima_kasih.html", konteks)


@_kios  # the public kiosk's own pass check: one locked tablet serves both
def kiosk(request, satker, *, dengan_pass: bool):
    """A locked counter tablet (or staff on their own login) hands out one code per
    person: each tap on the button makes one code and shows it with the form's QR code,
    for the staff member to answer on their own phone or on the tablet."""
    url = request.build_absolute_uri(reverse("survei:pegawai", args=[satker.kode]))
    konteks = {"satker": satker, "kiosk": True, "staf": True, "url": url, "kode": ""}
    if request.method == "POST":
        try:
            konteks["kode"] = services.kode_internal_buat(satker=satker, jumlah=1)[0]
        except ValidationError as exc:
            konteks["galat"] = exc.messages
        else:
            konteks["qr"] = segno.make(url, error="m").svg_data_uri(scale=6, border=2)
            konteks["detik"] = DETIK_TAMPIL_KODE
    return render(request, "survei/pegawai/kiosk.html", konteks)


def _kode_ditolak(request, satker, form):
    if not perlindungan.jatah_ambil(request):
        return render(request, "survei/publik/batas.html", {"satker": satker}, status=429)
    form.add_error("kode", services.PESAN_KODE_TIDAK_VALID)
    return _tampil(request, satker, form, 0)


def _kirim(request, satker, versi, form):
    url = reverse("survei:pegawai_terima_kasih", args=[satker.kode])
    akhir = redirect(f"{url}?kios=1" if request.GET.get("kios") == "1" else url)
    if form.cleaned_data.get("situs"):
        return akhir  # a bot: look successful, store nothing
    if perlindungan.terlalu_cepat(form.cleaned_data["token"]):
        form.add_error(None, PESAN_TERLALU_CEPAT)
        return _tampil(request, satker, form, len(form.halaman()) - 1)
    try:
        services.respons_internal_simpan(
            satker=satker,
            versi=versi,
            profil=form.profil(),
            jawaban=form.jawaban(),
            token=form.cleaned_data["token"],
            kode=form.cleaned_data["kode"],
        )
    except ValidationError as exc:
        tempel_kesalahan(form, exc)
        if "kode" in form.errors:
            return _kode_ditolak(request, satker, form)
        pertama = next(
            (i for i, (_j, h) in enumerate(form.halaman()) if any(n in form.errors for n in h)),
            0,
        )
        return _tampil(request, satker, form, pertama)
    return akhir


def _langkah(nilai, jumlah: int) -> int:
    try:
        return min(max(int(nilai), 0), jumlah - 1)
    except (TypeError, ValueError):
        return 0


def _tampil(request, satker, form, langkah: int, *, galat: bool = True, pesan: str = ""):
    halaman = form.halaman()
    judul, nama = halaman[langkah]
    sebelumnya = [n for i, (_j, h) in enumerate(halaman) if i != langkah for n in h]
    bawa = [(n, v) for n in sebelumnya for v in request.POST.getlist(n)]
    bawa += [("token", form["token"].value())]
    konteks = {
        "satker": satker,
        "form": form,
        "versi": form.versi,
        "tampil": [form[n] for n in nama],
        "bawa": bawa,
        "langkah": langkah,
        "jumlah_langkah": len(halaman),
        "terakhir": langkah == len(halaman) - 1,
        "judul_langkah": judul,
        "galat": galat,
        "pesan": pesan,
        "staf": True,
    }
    status = 400 if galat and form.errors else 200
    return render(request, "survei/pegawai/formulir.html", konteks, status=status)
