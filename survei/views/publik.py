"""The public survey pages at /s/<unit code>/ and the kiosk at /s/<unit code>/kiosk/.

The form is one questionnaire shown one section per page, without JavaScript. Every
post is answered with a redirect to the page to show next (post/redirect/get), so the
browser's Back button and reload never resend a form; "Kembali" posts what was typed
and goes one page back. Between pages the answers live in the visit's cookie
(survei.kunjungan; nothing on the server) and also travel as hidden fields, so a post
always carries the whole form; the profile given in one survey is not asked again in
the next one.
"""

from functools import wraps

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.datastructures import MultiValueDict
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from survei import kios, kunjungan, perlindungan, services
from survei.access import satker_publik, satker_survei_untuk_dikelola, versi_publik
from survei.forms import KENDALI, PROFIL, FormSurvei
from survei.models import Respons
from survei.selectors import layanan_satker, versi_terbit_semua

PESAN_KEDALUWARSA = gettext_lazy("Formulir ini kedaluwarsa. Mohon isi kembali dari awal.")
PESAN_SUDAH_TERKIRIM = gettext_lazy(
    "Jawaban Anda untuk survei ini sudah kami terima. Formulir di bawah ini formulir baru."
)
PESAN_TERLALU_CEPAT = gettext_lazy(
    "Formulir dikirim terlalu cepat. Mohon periksa jawaban Anda lalu kirim lagi."
)


@never_cache
def beranda(request, kode):
    satker = satker_publik(kode)
    konteks = {"satker": satker, "daftar": versi_terbit_semua(), "kiosk": False}
    return render(request, "survei/publik/beranda.html", konteks)


@never_cache
@kunjungan.kunjungan_disimpan
def isi(request, kode, jenis):
    satker = satker_publik(kode)
    return _formulir(request, satker, versi_publik(jenis), kiosk=False)


@require_POST
@kunjungan.kunjungan_disimpan
def kembali(request, kode, jenis):
    satker = satker_publik(kode)
    return _kembali(request, satker, versi_publik(jenis), kiosk=False)


@never_cache
def terima_kasih(request, kode):
    satker = satker_publik(kode)
    return _terima_kasih(request, satker, kiosk=False)


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


@kunjungan.kunjungan_disimpan
@_kios
def kiosk(request, satker, *, dengan_pass: bool):
    # The kiosk's home is where each respondent starts: forget the previous one.
    kunjungan.lupakan(request, satker, kiosk=True)
    konteks = {
        "satker": satker,
        "daftar": versi_terbit_semua(),
        "kiosk": True,
        "boleh_kunci": not dengan_pass,
        "jam_kios": settings.SURVEI_KIOS_JAM,
    }
    return render(request, "survei/publik/beranda.html", konteks)


@kunjungan.kunjungan_disimpan
@_kios
def kiosk_isi(request, satker, jenis, *, dengan_pass: bool):
    return _formulir(request, satker, versi_publik(jenis), kiosk=True)


@kunjungan.kunjungan_disimpan
@_kios
def kiosk_kembali(request, satker, jenis, *, dengan_pass: bool):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    return _kembali(request, satker, versi_publik(jenis), kiosk=True)


@_kios
def kiosk_terima_kasih(request, satker, *, dengan_pass: bool):
    return _terima_kasih(request, satker, kiosk=True)


def _terima_kasih(request, satker, *, kiosk: bool):
    """Thanks, and the surveys this visitor has not filled yet (the same respondent,
    so the profile is not asked again)."""
    diisi = kunjungan.sudah_diisi(request, satker, kiosk=kiosk)
    lainnya = [v for v in versi_terbit_semua() if v.kuesioner.jenis not in diisi]
    konteks = {"satker": satker, "kiosk": kiosk, "lainnya": lainnya}
    return render(request, "survei/publik/terima_kasih.html", konteks)


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
    if request.method == "POST":
        return _terima(request, satker, versi, kiosk=kiosk)
    return _halaman(request, satker, versi, kiosk=kiosk)


def _form(satker, versi, draf: dict, *, kiosk: bool) -> FormSurvei:
    return FormSurvei(
        MultiValueDict(draf["data"]),
        versi=versi,
        layanan=list(layanan_satker(satker=satker)),
        kiosk=kiosk,
        profil_diingat=draf["diingat"],
    )


def _draf_baru(request, satker, *, kiosk: bool, pesan: str = "") -> dict:
    """A new form: a fresh server-issued token, and the profile of this visit if any."""
    profil = kunjungan.profil(request, satker, kiosk=kiosk)
    data = {**profil, "token": [perlindungan.token_baru()]}
    return {"data": data, "diingat": bool(profil), "sampai": 0, "galat": None, "pesan": pesan}


def _url(satker, versi, langkah: int, *, kiosk: bool) -> str:
    nama = "survei:kiosk_isi" if kiosk else "survei:isi"
    return reverse(nama, args=[satker.kode, versi.kuesioner.jenis]) + f"?bagian={langkah + 1}"


def _ke(request, satker, versi, draf: dict, langkah: int, *, kiosk: bool, galat=None):
    """Keeps the draft and redirects to page `langkah` (with its messages when `galat`
    is not None: {field or "__all__": [messages]} the service added)."""
    draf["sampai"] = max(draf["sampai"], langkah)
    draf["galat"] = None if galat is None else {"langkah": langkah, "tambahan": galat}
    kunjungan.draf_simpan(request, satker, versi.kuesioner.jenis, draf, kiosk=kiosk)
    return redirect(_url(satker, versi, langkah, kiosk=kiosk))


def _halaman(request, satker, versi, *, kiosk: bool):
    """GET: the page asked for (?bagian=N), never past the furthest page reached."""
    jenis = versi.kuesioner.jenis
    draf = kunjungan.draf(request, satker, jenis, kiosk=kiosk)
    if draf is None:
        # Back after sending lands here: say the answers arrived, the form is a new one.
        sudah = jenis in kunjungan.sudah_diisi(request, satker, kiosk=kiosk)
        draf = _draf_baru(
            request, satker, kiosk=kiosk, pesan=str(PESAN_SUDAH_TERKIRIM) if sudah else ""
        )
    form = _form(satker, versi, draf, kiosk=kiosk)
    diminta = _langkah(request.GET.get("bagian"), geser=-1)
    langkah = min(diminta, draf["sampai"], len(form.langkah_field()) - 1)
    if "bagian" in request.GET and langkah != diminta:
        kunjungan.draf_simpan(request, satker, jenis, draf, kiosk=kiosk)
        return redirect(_url(satker, versi, langkah, kiosk=kiosk))
    galat = bool(draf["galat"]) and draf["galat"]["langkah"] == langkah
    if galat:
        for nama, pesan in draf["galat"]["tambahan"].items():
            form.add_error(nama if nama in form.fields else None, pesan)
    pesan, draf["pesan"] = draf["pesan"], ""
    kunjungan.draf_simpan(request, satker, jenis, draf, kiosk=kiosk)
    return _tampil(request, satker, form, langkah, galat=galat, pesan=pesan)


def _gabung(lama: dict, post, form: FormSurvei, halaman: list[str]) -> dict:
    """The draft's answers updated by a post: the fields of the posted page as posted
    (an unticked box or unchosen option is absent from a post), the form's other
    fields when sent (hidden). Nothing else is kept, and nothing long."""
    data = {k: list(v) for k, v in lama.items()}
    for nama in form.fields:
        if nama != "langkah" and (nama in halaman or nama in post):
            data[nama] = [v[:2000] for v in post.getlist(nama)[:5]]
    return data


def _terima(request, satker, versi, *, kiosk: bool):
    """POST of one page: checks it and every page before it, then redirects to the
    first page with a problem, to the next page, or (last page) stores the response."""
    jenis = versi.kuesioner.jenis
    draf = kunjungan.draf(request, satker, jenis, kiosk=kiosk) or _draf_baru(
        request, satker, kiosk=kiosk
    )
    langkah = _langkah(request.POST.get("langkah"))
    kosong = _form(satker, versi, draf, kiosk=kiosk)
    halaman = kosong.langkah_field()
    langkah = min(langkah, len(halaman) - 1)
    draf["data"] = _gabung(draf["data"], request.POST, kosong, halaman[langkah])
    form = _form(satker, versi, draf, kiosk=kiosk)
    form.full_clean()
    if "token" in form.errors or perlindungan.baca_token(form.data.get("token")) is None:
        baru = _draf_baru(request, satker, kiosk=kiosk, pesan=str(PESAN_KEDALUWARSA))
        return _ke(request, satker, versi, baru, 0, kiosk=kiosk)
    for i in range(langkah + 1):
        if any(n in form.errors for n in halaman[i]):
            return _ke(request, satker, versi, draf, i, kiosk=kiosk, galat={})
    if draf["diingat"] and any(n in form.errors for n in PROFIL):
        # The remembered profile no longer fits this form (a service was closed): ask it.
        draf["diingat"] = False
        return _ke(request, satker, versi, draf, 0, kiosk=kiosk, galat={})
    if langkah < len(halaman) - 1:
        return _ke(request, satker, versi, draf, langkah + 1, kiosk=kiosk)
    return _kirim(request, satker, versi, form, draf, kiosk=kiosk)


def _kembali(request, satker, versi, *, kiosk: bool):
    """ "Kembali": keeps what was typed on this page, unchecked, and shows the one before."""
    jenis = versi.kuesioner.jenis
    draf = kunjungan.draf(request, satker, jenis, kiosk=kiosk)
    if draf is None:
        return redirect(_url(satker, versi, 0, kiosk=kiosk))
    kosong = _form(satker, versi, draf, kiosk=kiosk)
    halaman = kosong.langkah_field()
    langkah = min(_langkah(request.POST.get("langkah")), len(halaman) - 1)
    draf["data"] = _gabung(draf["data"], request.POST, kosong, halaman[langkah])
    return _ke(request, satker, versi, draf, max(langkah - 1, 0), kiosk=kiosk)


def _kirim(request, satker, versi, form, draf: dict, *, kiosk: bool):
    jenis = versi.kuesioner.jenis
    akhir = "survei:kiosk_terima_kasih" if kiosk else "survei:terima_kasih"
    terakhir = len(form.langkah_field()) - 1
    if form.cleaned_data.get("situs"):
        kunjungan.draf_hapus(request, satker, jenis, kiosk=kiosk)
        return redirect(akhir, kode=satker.kode)  # a bot: look successful, store nothing
    if perlindungan.terlalu_cepat(form.cleaned_data["token"]):
        galat = {"__all__": [str(PESAN_TERLALU_CEPAT)]}
        return _ke(request, satker, versi, draf, terakhir, kiosk=kiosk, galat=galat)
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
        galat = exc.message_dict if hasattr(exc, "error_dict") else {"__all__": exc.messages}
        halaman = form.langkah_field()
        pertama = next((i for i, h in enumerate(halaman) if set(h) & set(galat)), terakhir)
        return _ke(request, satker, versi, draf, pertama, kiosk=kiosk, galat=galat)
    if not baru:
        perlindungan.jatah_kembalikan(request)
    kunjungan.selesai(request, satker, jenis, draf["data"], kiosk=kiosk)
    return redirect(akhir, kode=satker.kode)


def _langkah(nilai, *, geser: int = 0) -> int:
    try:
        return min(max(int(nilai) + geser, 0), 2)
    except (TypeError, ValueError, OverflowError):
        return 0


def _tampil(request, satker, form, langkah: int, *, galat: bool = True, pesan: str = ""):
    halaman = form.langkah_field()
    tampil = [form[n] for n in halaman[langkah]]
    # Everything not on this page travels as hidden fields, so a post is a whole form.
    bawa = [
        (n, v)
        for n in form.fields
        if n not in halaman[langkah] and n not in KENDALI
        for v in form.data.getlist(n)
    ]
    bawa += [("token", form.data.get("token"))]
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
        "judul_langkah": form.judul_langkah()[langkah],
        "url_kembali": _url_kembali(satker, form.versi, kiosk="dibantu" in form.fields)
        if langkah
        else "",
    }
    return render(request, "survei/publik/formulir.html", konteks)


def _url_kembali(satker, versi, *, kiosk: bool) -> str:
    nama = "survei:kiosk_kembali" if kiosk else "survei:kembali"
    return reverse(nama, args=[satker.kode, versi.kuesioner.jenis])
