"""Every button a page shows answers for the user who sees it.

For every page of the URL × role table (tests/akses.py) a role may open, every link and
form on it that leads into the portal's own URLs is followed as that user: a link with
GET, a form with its own method, fields and CSRF token (each POST inside a transaction
that is rolled back, so one button does not change what the next one finds). A button
shown to a user must never answer 403, 404 or 405, nor send them to the login page:
hiding a button is not the protection, but showing one that is forbidden is a bug.

The main navigation bar and the footer are on every page; they are walked once per role
from the home page instead of on every page."""

from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.db import transaction
from django.urls import Resolver404, resolve

from tests.akses import OK
from tests.conftest import ROLES
from tests.test_akses_url import DIKECUALIKAN_NAMA, DIKECUALIKAN_NAMESPACE, KASUS

DITOLAK = (403, 404, 405)


class _Tombol(HTMLParser):
    """Links (`<a href>`) and forms (method, action, fields) of one page; what sits in
    the main navigation bar or the footer is kept apart (`tata_letak`)."""

    def __init__(self):
        super().__init__()
        self.tautan: list[str] = []
        self.formulir: list[tuple[str, str, dict]] = []
        self.tata_letak: list = []
        self._kedalaman_letak = 0
        self._form = None
        self._textarea = None
        self._select = None
        self._bisa_kirim = False  # the open form has a submit button the user can press
        self._fieldset_mati = 0

    def _tujuan(self):
        return self.tata_letak if self._kedalaman_letak else None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if (
            (tag == "nav" and "navbar" in (a.get("class") or ""))
            or tag == "footer"
            or tag == "nav"
            and self._kedalaman_letak
        ):
            self._kedalaman_letak += 1
        if tag == "a" and a.get("href"):
            (self._tujuan() if self._kedalaman_letak else self.tautan).append(a["href"])
        elif tag == "form":
            self._form = ((a.get("method") or "get").lower(), a.get("action") or "", {})
            self._bisa_kirim = False
        elif tag == "fieldset" and (self._fieldset_mati or "disabled" in a):
            self._fieldset_mati += 1
        if (
            self._form is not None
            and tag in ("input", "button")
            and (a.get("type") or ("submit" if tag == "button" else "text")) in ("submit", "image")
            and "disabled" not in a
            and not self._fieldset_mati
        ):
            self._bisa_kirim = True
        if self._form is not None and tag in ("input", "button") and a.get("name"):
            jenis = (a.get("type") or "text").lower()
            if jenis in ("checkbox", "radio") and "checked" not in a:
                return
            if jenis in ("submit", "file") or "disabled" in a:
                return
            self._form[2].setdefault(a["name"], a.get("value") or "")
        elif self._form is not None and tag == "textarea" and a.get("name"):
            self._textarea = a["name"]
            self._form[2].setdefault(a["name"], "")
        elif self._form is not None and tag == "select" and a.get("name"):
            self._select = a["name"]
        elif self._select and tag == "option" and "selected" in a:
            self._form[2][self._select] = a.get("value", "")

    def handle_data(self, data):
        if self._textarea and self._form is not None:
            self._form[2][self._textarea] += data

    def handle_endtag(self, tag):
        if tag in ("nav", "footer") and self._kedalaman_letak:
            self._kedalaman_letak -= 1
        elif tag == "fieldset" and self._fieldset_mati:
            self._fieldset_mati -= 1
        elif tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None
        elif tag == "form" and self._form is not None:
            if self._bisa_kirim:  # a form nobody can submit is not a button
                (self.tata_letak if self._kedalaman_letak else self.formulir).append(self._form)
            self._form = None


def _milik_portal(url: str, halaman: str) -> str | None:
    """The path of `url` when it is one of the portal's own access-checked URLs."""
    bagian = urlsplit(url)
    if bagian.scheme or bagian.netloc or url.startswith("#"):
        return None
    path = bagian.path or urlsplit(halaman).path
    if not path.startswith("/") or path.startswith((settings.STATIC_URL, settings.MEDIA_URL)):
        return None
    try:
        cocok = resolve(path)
    except Resolver404:
        return f"{path}?{bagian.query}" if bagian.query else path  # shown but broken
    if cocok.url_name in DIKECUALIKAN_NAMA or set(cocok.namespaces) & DIKECUALIKAN_NAMESPACE:
        return None
    return f"{path}?{bagian.query}" if bagian.query else path


def _ikuti(client, halaman: str, tautan, formulir) -> list[str]:
    """Follow every own link and form of a page; the ones that refuse, as text."""
    gagal = []
    for href in dict.fromkeys(tautan):
        url = _milik_portal(href, halaman)
        if url is None:
            continue
        r = client.get(url)
        if r.status_code in DITOLAK or r.get("Location", "").startswith("/masuk/"):
            gagal.append(f"GET {url} -> {r.status_code} {r.get('Location', '')}")
    for metode, action, data in formulir:
        url = _milik_portal(action, halaman)
        if url is None or (metode == "get" and not action):
            continue
        with transaction.atomic():
            r = getattr(client, "post" if metode == "post" else "get")(url, data)
            transaction.set_rollback(True)
        if r.status_code in DITOLAK or r.get("Location", "").startswith("/masuk/"):
            gagal.append(f"{metode.upper()} {url} -> {r.status_code} {r.get('Location', '')}")
    return gagal


def _halaman(client, url: str):
    r = client.get(url)
    if r.status_code != 200 or not r.get("Content-Type", "").startswith("text/html"):
        return None
    pengurai = _Tombol()
    pengurai.feed(r.content.decode())
    return pengurai


# (page, role) for every page a role may open
HALAMAN = [
    pytest.param(k, role, id=f"{k}-{role}")
    for k in KASUS
    if k.metode == "get"
    for role in ROLES
    if k.harapan[role] == OK
]


@pytest.mark.parametrize(("kasus", "role"), HALAMAN)
def test_every_button_a_page_shows_answers_for_that_user(kasus, role, cast, masuk_sebagai):
    client = masuk_sebagai(role)
    url = kasus.url(cast)
    halaman = _halaman(client, url)
    if halaman is None:
        pytest.skip("not an HTML page (a download or a redirect)")
    assert _ikuti(client, url, halaman.tautan, halaman.formulir) == []


@pytest.mark.parametrize("role", [r for r in ROLES if r != "anon"])
def test_every_link_of_the_navigation_bar_and_footer_answers_for_that_user(
    role, cast, masuk_sebagai
):
    client = masuk_sebagai(role)
    halaman = _halaman(client, "/")
    if halaman is None:  # the home page sends this role elsewhere
        tujuan = client.get("/")["Location"]
        halaman = _halaman(client, tujuan)
    tautan = [x for x in halaman.tata_letak if isinstance(x, str)]
    formulir = [x for x in halaman.tata_letak if isinstance(x, tuple)]
    assert _ikuti(client, "/", tautan, formulir) == []
