"""Against duplicates and spam without identifying anyone.

- A signed start time in the form: a submission faster than a person can read
  the questions is refused (SURVEI_WAKTU_MIN_DETIK).
- A rate limit per client kept only in the cache that every process shares (the
  database cache or Redis), under a keyed hash of the address and the hour: no
  address is stored, no response row refers to it, and the entries expire within the
  hour (housekeeping deletes expired rows of the database cache) (SURVEI_BATAS_PER_JAM).
- A random one-use token per rendered form (see TokenKirim) and the honeypot field
  live in the form itself.
"""

import hashlib
import hmac
import secrets
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache

_SALT = "survei.mulai"


def awal_form() -> dict:
    return {
        "token": secrets.token_urlsafe(24),
        "mulai": signing.dumps(time.time(), salt=_SALT),
        "langkah": 0,
    }


def detik_sejak(mulai: str) -> float | None:
    """Seconds since the form was first shown; None when the value was tampered with."""
    try:
        awal = float(signing.loads(mulai, salt=_SALT, max_age=24 * 3600))
    except (signing.BadSignature, TypeError, ValueError):
        return None
    return time.time() - awal


def terlalu_cepat(mulai: str) -> bool:
    detik = detik_sejak(mulai)
    return detik is None or detik < settings.SURVEI_WAKTU_MIN_DETIK


def alamat_klien(request) -> str:
    """The client's address for the rate limit only. Behind N trusted proxies
    (SURVEI_JUMLAH_PROKSI) it is the Nth address from the right of X-Forwarded-For,
    the one the outermost trusted proxy saw; a client cannot spoof it by sending
    its own header, since proxies append."""
    jumlah = settings.SURVEI_JUMLAH_PROKSI
    if jumlah > 0:
        diteruskan = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        diteruskan = [a for a in diteruskan if a]
        if len(diteruskan) >= jumlah:
            return diteruskan[-jumlah]
    return request.META.get("REMOTE_ADDR", "")


def _kunci(request) -> str:
    jam = int(time.time() // 3600)
    alamat = alamat_klien(request)
    digest = hmac.new(
        settings.SECRET_KEY.encode(), f"{alamat}|{jam}".encode(), hashlib.sha256
    ).hexdigest()
    return f"survei:batas:{digest[:32]}"


def jatah_ambil(request) -> bool:
    """Takes one of this client's SURVEI_BATAS_PER_JAM submissions for the current hour;
    False when none is left. Each slot is its own cache key taken with `add`, which is
    atomic in every shared cache (an INSERT on the database cache's primary key, SET NX
    on Redis), so any number of processes and servers can never let more through than
    the limit. The counter under the plain key is only a hint where to start looking."""
    kunci = _kunci(request)
    batas = settings.SURVEI_BATAS_PER_JAM
    for nomor in range(min(cache.get(kunci, 0), batas), batas):
        if cache.add(f"{kunci}:{nomor}", 1, timeout=3600):
            cache.set(kunci, nomor + 1, timeout=3600)
            request._jatah_survei = (kunci, nomor)
            return True
    return False


def jatah_kembalikan(request) -> None:
    """Gives back the slot this request took when it stored nothing (a refused answer, a
    double tap): only stored responses count against the limit."""
    diambil = getattr(request, "_jatah_survei", None)
    if diambil is None:
        return
    kunci, nomor = diambil
    cache.delete(f"{kunci}:{nomor}")
    cache.set(kunci, nomor, timeout=3600)
    request._jatah_survei = None
