"""A respondent's visit to the public survey: what it keeps between pages.

The form posts one page at a time and the server answers each post with a redirect
(post/redirect/get), so the browser's Back button and reload never resend a form. What
a page needs after the redirect is kept for the visit only, in a signed cookie on the
respondent's own device (never on the server: no session row, nothing in the
database), limited to the unit's survey address and gone when the browser closes:

- the draft of each form being filled (the answers so far, the server-issued token,
  the furthest page reached, the messages to show), dropped once the response is
  stored or the form restarts;
- the profile (demographics) given in the first survey of the visit, so a respondent
  who fills SPKP, SPAK and SKM one after the other is asked it once. Each response
  still stores its own copy of the profile; nothing in a response refers to the visit
  or to another response.

A kiosk is one visit per respondent: its home page forgets everything (`lupakan`), so
the next person is asked their own profile. Views read and change the visit through
the functions below; `@kunjungan_disimpan` writes it back on their response.
"""

from functools import wraps

from django.conf import settings
from django.core import signing

from survei.forms import PROFIL

NAMA_COOKIE = "zi_survei"
_SALT = "survei.kunjungan"
# Browsers drop a cookie over 4096 bytes without a word; stay well below.
_BATAS_BYTE = 3800


def _semua(request) -> dict:
    if not hasattr(request, "_kunjungan"):
        try:
            isi = signing.loads(request.COOKIES.get(NAMA_COOKIE, ""), salt=_SALT)
        except signing.BadSignature:
            isi = {}
        request._kunjungan = isi if isinstance(isi, dict) else {}
        request._kunjungan_berubah = False
    return request._kunjungan


def _baca(request, satker, kiosk: bool) -> dict:
    isi = _semua(request).get("kiosk" if kiosk else "publik")
    return isi if isinstance(isi, dict) else {}


def _tulis(request, satker, kiosk: bool, isi: dict) -> None:
    _semua(request)["kiosk" if kiosk else "publik"] = isi
    request._kunjungan_berubah = True


def _nilai_cookie(isi: dict) -> str:
    """The signed cookie value, made to fit: other forms' drafts go first, then the
    long suggestion of the current one (it still travels in the page's hidden fields)."""
    nilai = signing.dumps(isi, salt=_SALT, compress=True)
    for bagian in isi.values():
        draf = bagian.get("draf", {}) if isinstance(bagian, dict) else {}
        while len(nilai) > _BATAS_BYTE and len(draf) > 1:
            draf.pop(next(iter(draf)))
            nilai = signing.dumps(isi, salt=_SALT, compress=True)
        for d in draf.values():
            if len(nilai) > _BATAS_BYTE:
                d["data"].pop("saran", None)
                nilai = signing.dumps(isi, salt=_SALT, compress=True)
    return nilai


def kunjungan_disimpan(view):
    """Writes the visit back as a cookie when the view changed it."""

    @wraps(view)
    def bungkus(request, kode, *args, **kwargs):
        response = view(request, kode, *args, **kwargs)
        if getattr(request, "_kunjungan_berubah", False):
            response.set_cookie(
                NAMA_COOKIE,
                _nilai_cookie(request._kunjungan),
                path=f"/s/{kode}/",
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response

    return bungkus


def draf(request, satker, jenis: str, *, kiosk: bool) -> dict | None:
    """The draft of this form in this visit: {"data": {field: [values]}, "sampai": the
    furthest page reached, "galat": messages to show or None, "pesan": a notice}."""
    return _baca(request, satker, kiosk).get("draf", {}).get(jenis)


def draf_simpan(request, satker, jenis: str, isi: dict, *, kiosk: bool) -> None:
    kunjungan = dict(_baca(request, satker, kiosk))
    lain = {k: v for k, v in kunjungan.get("draf", {}).items() if k != jenis}
    kunjungan["draf"] = {**lain, jenis: isi}  # last: the first kept if space runs out
    _tulis(request, satker, kiosk, kunjungan)


def draf_hapus(request, satker, jenis: str, *, kiosk: bool) -> None:
    kunjungan = dict(_baca(request, satker, kiosk))
    sisa = {k: v for k, v in kunjungan.get("draf", {}).items() if k != jenis}
    _tulis(request, satker, kiosk, {**kunjungan, "draf": sisa})


def profil(request, satker, *, kiosk: bool) -> dict:
    """The profile answers given earlier in this visit ({} when none): {field: [values]}."""
    return _baca(request, satker, kiosk).get("profil", {})


def selesai(request, satker, jenis: str, data: dict, *, kiosk: bool) -> None:
    """A response of `jenis` was stored: its draft goes, its profile is remembered for
    the other surveys of this visit, and the survey is marked as filled."""
    kunjungan = dict(_baca(request, satker, kiosk))
    kunjungan["profil"] = {n: data[n] for n in PROFIL if data.get(n)}
    kunjungan["draf"] = {k: v for k, v in kunjungan.get("draf", {}).items() if k != jenis}
    kunjungan["selesai"] = sorted({*kunjungan.get("selesai", []), jenis})
    _tulis(request, satker, kiosk, kunjungan)


def sudah_diisi(request, satker, *, kiosk: bool) -> list[str]:
    return _baca(request, satker, kiosk).get("selesai", [])


def lupakan(request, satker, *, kiosk: bool) -> None:
    """Forgets this visit (the kiosk's next respondent)."""
    if _baca(request, satker, kiosk):
        _tulis(request, satker, kiosk, {})
