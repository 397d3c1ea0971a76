"""The client's address, read the same proxy-aware way everywhere it is used (the
survey rate limit, the login lockout)."""

import ipaddress

from django.conf import settings


def _alamat_sah(teks: str) -> str | None:
    try:
        return str(ipaddress.ip_address(teks.strip()))
    except ValueError:
        return None


def alamat_klien(request) -> str:
    """Behind N trusted proxies (SURVEI_JUMLAH_PROKSI) the Nth address from the right of
    X-Forwarded-For, the one the outermost trusted proxy saw; a client cannot spoof it
    by sending its own header, since proxies append. Always a valid IP address (what a
    database column of addresses accepts), falling back to REMOTE_ADDR, then 0.0.0.0."""
    jumlah = settings.SURVEI_JUMLAH_PROKSI
    if jumlah > 0:
        diteruskan = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        diteruskan = [a for a in diteruskan if a]
        if len(diteruskan) >= jumlah:
            alamat = _alamat_sah(diteruskan[-jumlah])
            if alamat:
                return alamat
    return _alamat_sah(request.META.get("REMOTE_ADDR", "")) or "0.0.0.0"  # noqa: S104
