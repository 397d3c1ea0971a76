"""The public survey pages at /s/<unit code>/ and the kiosk at /s/<unit code>/kiosk/.

The form is one questionnaire shown one section per page, without JavaScript:
each page posts everything answered so far (earlier sections travel as hidden
fields), so nothing is kept on the server or in a session between pages.
"""

from functools import wraps

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from survei import kios, perlindungan, services
from survei.access import satker_publik, satker_survei_untuk_dikelola, versi_publik
from survei.forms import FormSurvei
from survei.models import Respons
from survei.selectors import layanan_satker, versi_terbit_semua
from zi_portal.formulir import tempel_kesalahan

PESAN_KEDALUWARSA = gettext_lazy("Formulir ini kedaluwarsa. Mohon isi kembali dari awal.")
PESAN_TERLALU_CEPAT = gettext_lazy(
    "Formulir dikirim terlalu cepat. Mohon periksa jawaban Anda lalu kirim lagi."
)


@never_cache
def beranda(request, kode):
    satker = satker_publik(kode)
    konteks = {"satker": satker, "daftar": versi_terbit_semua(), "kiosk": False}
    return render(request, "survei/publik/beranda.html", konteks)


@never_cache
def isi(request, kode, jenis):
    satker = satker_publik(kode)
    return _formulir(request, satker, versi_publik(jenis), kiosk=False)


def terima_kasih(request, kode):
    satker = satker_publik(kode)
    return render(request, "survei/publik/terima_kasih.html", {"satker": satker, "kiosk": False})


def _kios(view):
    """Kiosk pages answer a tablet holding the unit's kiosk pass, or the unit's staff
    logged in (to lock a tablet, or to help a respondent on their own device)."""

    @wraps(view)
    def bungkus(request, kode, *args, **kwargs):
        if not request.user.is_authenticated and kios.NAMA_COOKIE not in request.COOKIES:
            return redirect_to_login(request.get_full_path())
        satker = satker_publik(kode)
        if kios.izin_kios_berlaku(request, satker):
            return view(request, satker, *args, dengan_pass=True, **kwargs)
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        satker = satker_survei_untuk_dikelola(request.user, kode)
        return view(request, satker, *args, dengan_pass=False, **kwargs)

    return never_cache(bungkus)


@_kios
def kiosk(request, satker, *, dengan_pass: bool):
    konteks = {
        "satker": satker,
        "daftar": versi_terbit_semua(),
        "kiosk": True,
        "boleh_kunci": not dengan_pass,
        "jam_kios": settings.SURVEI_KIOS_JAM,
    }
    return render(request, "survei/publik/beranda.html", konteks)


@_kios
def kiosk_isi(request, satker, jenis, *, dengan_pass: bool):
    return _formulir(request, satker, versi_publik(jenis), kiosk=True)


@_kios
def kiosk_terima_kasih(request, satker, *, dengan_pass: bool):
    return render(request, "survei/publik/terima_kasih.html", {"satker": satker, "kiosk": True})


@login_required
@require_POST
def kiosk_kunci(request, kode):
    """Locks this device as the unit's kiosk: the staff member is signed out here and
    the device keeps only a kiosk pass, so a respondent cannot reach the portal."""
    satker = satker_survei_untuk_dikelola(request.user, kode)
    dibuka = kios.kios_buka(satker=satker, oleh=request.user)
    logout(request)
    response = redirect("survei:kiosk", kode=satker.kode)
    kios.pasang_izin_kios(response, dibuka)
    return response


def _formulir(request, satker, versi, *, kiosk: bool):
    layanan = list(layanan_satker(satker=satker))
    if request.method != "POST":
        form = FormSurvei(
            initial=perlindungan.awal_form(), versi=versi, layanan=layanan, kiosk=kiosk
        )
        return _tampil(request, satker, form, 0, galat=False)
    form = FormSurvei(request.POST, versi=versi, layanan=layanan, kiosk=kiosk)
    form.full_clean()
    if "token" in form.errors or perlindungan.baca_token(request.POST.get("token")) is None:
        form = FormSurvei(
            initial=perlindungan.awal_form(), versi=versi, layanan=layanan, kiosk=kiosk
        )
        return _tampil(request, satker, form, 0, galat=False, pesan=PESAN_KEDALUWARSA)
    langkah = _langkah(request.POST.get("langkah"))
    halaman = form.langkah_field()
    for i in range(langkah + 1):
        if any(n in form.errors for n in halaman[i] + ["token"]):
            return _tampil(request, satker, form, i)
    if langkah < len(halaman) - 1:
        return _tampil(request, satker, form, langkah + 1, galat=False)
    return _kirim(request, satker, versi, form, kiosk=kiosk)


def _kirim(request, satker, versi, form, *, kiosk: bool):
    akhir = "survei:kiosk_terima_kasih" if kiosk else "survei:terima_kasih"
    if form.cleaned_data.get("situs"):
        return redirect(akhir, kode=satker.kode)  # a bot: look successful, store nothing
    if perlindungan.terlalu_cepat(form.cleaned_data["token"]):
        form.add_error(None, PESAN_TERLALU_CEPAT)
        return _tampil(request, satker, form, len(form.langkah_field()) - 1)
    if not kiosk and not perlindungan.jatah_ambil(request):
        return render(request, "survei/publik/batas.html", {"satker": satker}, status=429)
    cara = Respons.Cara.PUBLIK
    if kiosk:
        cara = Respons.Cara.DIBANTU if form.cleaned_data.get("dibantu") else Respons.Cara.KIOSK
    try:
        baru = services.respons_simpan(
            satker=satker,
            versi=versi,
            profil=form.profil(),
            jawaban=form.jawaban(),
            saran=form.cleaned_data["saran"],
            cara=cara,
            token=form.cleaned_data["token"],
            kode=form.cleaned_data.get("kode", ""),
        )
    except ValidationError as exc:
        perlindungan.jatah_kembalikan(request)
        tempel_kesalahan(form, exc)
        halaman = form.langkah_field()
        pertama = next((i for i, h in enumerate(halaman) if any(n in form.errors for n in h)), 0)
        return _tampil(request, satker, form, pertama)
    if not baru:
        perlindungan.jatah_kembalikan(request)
    return redirect(akhir, kode=satker.kode)


def _langkah(nilai) -> int:
    try:
        return min(max(int(nilai), 0), 2)
    except (TypeError, ValueError):
        return 0


def _tampil(request, satker, form, langkah: int, *, galat: bool = True, pesan: str = ""):
    halaman = form.langkah_field()
    tampil = [form[n] for n in halaman[langkah]]
    sebelumnya = [n for i, h in enumerate(halaman) if i != langkah for n in h]
    bawa = [(n, v) for n in sebelumnya for v in request.POST.getlist(n)]
    bawa += [("token", form["token"].value())]
    konteks = {
        "satker": satker,
        "form": form,
        "versi": form.versi,
        "tampil": tampil,
        "bawa": bawa,
        "langkah": langkah,
        "jumlah_langkah": len(halaman),
        "terakhir": langkah == len(halaman) - 1,
        "galat": galat,
        "pesan": pesan,
        "kiosk": "dibantu" in form.fields,
        "judul_langkah": [_("Tentang Anda"), _("Penilaian"), _("Saran")][langkah],
    }
    status = 400 if galat and form.errors else 200
    return render(request, "survei/publik/formulir.html", konteks, status=status)
