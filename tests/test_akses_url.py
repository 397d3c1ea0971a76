"""Every URL × every role: allowed, 403, 404 or redirect to login."""

import importlib
import pkgutil

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

import tests
from tests.akses import DILARANG, LOGIN, OK, TIDAK_ADA
from tests.conftest import ROLES

# URL names outside the portal's own access rules (Django's, or public by design).
DIKECUALIKAN_NAMESPACE = {"admin"}
DIKECUALIKAN_NAMA = {
    "login",
    "logout",
    "password_change",
    "password_change_done",
    "password_reset",
    "password_reset_done",
    "password_reset_confirm",
    "password_reset_complete",
    "set_language",
}


def _semua_kasus():
    """KASUS from every `tests/<app>/akses*.py`, so parts of an app keep their own table."""
    kasus = []
    for paket in pkgutil.iter_modules(tests.__path__):
        if not paket.ispkg:
            continue
        lokasi = importlib.import_module(f"tests.{paket.name}").__path__
        for modul in pkgutil.iter_modules(lokasi):
            if modul.name.startswith("akses"):
                akses = importlib.import_module(f"tests.{paket.name}.{modul.name}")
                kasus.extend(akses.KASUS)
    return kasus


KASUS = _semua_kasus()


def _nama_url(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            if pattern.namespace in DIKECUALIKAN_NAMESPACE:
                continue
            ns = f"{prefix}{pattern.namespace}:" if pattern.namespace else prefix
            yield from _nama_url(pattern.url_patterns, ns)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield f"{prefix}{pattern.name}"


def test_every_named_url_has_a_row_in_the_access_table():
    tercatat = {k.nama for k in KASUS}
    semua = set(_nama_url(get_resolver().url_patterns)) - DIKECUALIKAN_NAMA
    assert sorted(semua - tercatat) == []


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("kasus", KASUS, ids=str)
def test_access(kasus, role, cast, masuk_sebagai):
    client = masuk_sebagai(role)
    url = kasus.url(cast)
    data = kasus.data(cast) if kasus.data else {}
    response = getattr(client, kasus.metode)(url, data)
    harapan = kasus.harapan[role]
    lokasi = response.get("Location", "")
    if harapan == LOGIN:
        assert response.status_code == 302 and lokasi.startswith("/masuk/"), lokasi
    elif harapan == OK:
        assert response.status_code in (200, 302), response.status_code
        assert not lokasi.startswith("/masuk/")
    else:
        assert harapan in (DILARANG, TIDAK_ADA)
        assert response.status_code == harapan
