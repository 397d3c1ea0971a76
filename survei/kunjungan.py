"""A respondent's visit to the public survey: what it keeps between pages, in the session.

The form posts one page at a time and the server answers each post with a redirect
(post/redirect/get), so the browser's Back button and reload never resend a form. What
a page needs after the redirect lives here, in the visit's session, only while the
visit lasts:

- the draft of each form being filled (the answers so far, the server-issued token,
  the furthest page reached, the messages to show), dropped once the response is
  stored or the form restarts;
- the profile (demographics) given in the first survey of the visit, so a respondent
  who fills SPKP, SPAK and SKM one after the other is asked it once. Each response
  still stores its own copy of the profile; nothing in a response refers to the
  session or to another response.

A kiosk is one visit per respondent: its home page forgets everything (`lupakan`), so
the next person is asked their own profile. An anonymous visitor's session ends when
the browser closes.
"""

from survei.forms import PROFIL

_KUNCI = "survei_kunjungan"


def _kunci(satker, kiosk: bool) -> str:
    return f"{satker.kode}:{'kiosk' if kiosk else 'publik'}"


def _semua(request) -> dict:
    return request.session.get(_KUNCI, {})


def _baca(request, satker, kiosk: bool) -> dict:
    return _semua(request).get(_kunci(satker, kiosk), {})


def _tulis(request, satker, kiosk: bool, isi: dict) -> None:
    semua = dict(_semua(request))
    semua[_kunci(satker, kiosk)] = isi
    request.session[_KUNCI] = semua
    if not request.user.is_authenticated:
        request.session.set_expiry(0)  # ends with the browser: kept for this visit only


def draf(request, satker, jenis: str, *, kiosk: bool) -> dict | None:
    """The draft of this form in this visit: {"data": {field: [values]}, "sampai": the
    furthest page reached, "galat": messages to show or None, "pesan": a notice}."""
    return _baca(request, satker, kiosk).get("draf", {}).get(jenis)


def draf_simpan(request, satker, jenis: str, isi: dict, *, kiosk: bool) -> None:
    kunjungan = dict(_baca(request, satker, kiosk))
    kunjungan["draf"] = {**kunjungan.get("draf", {}), jenis: isi}
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
    semua = _semua(request)
    if _kunci(satker, kiosk) in semua:
        request.session[_KUNCI] = {k: v for k, v in semua.items() if k != _kunci(satker, kiosk)}
