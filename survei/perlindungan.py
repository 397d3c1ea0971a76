"""Against duplicates and spam without identifying anyone.

- A form token issued by the server with each new form: a random nonce and the issue
  time, signed. A token the server never issued fails its signature; one older than
  SURVEI_TOKEN_JAM hours is refused; the fill time is measured from its issue time, so
  a submission faster than a person can read the questions is refused
  (SURVEI_WAKTU_MIN_DETIK); and the survey service accepts each token once
  (`survei.services.respons_simpan`, which keeps only a keyed hash and the date).
- A rate limit per client kept only in the cache that every process shares (the
  database cache or Redis), under a keyed hash of the address and the hour: no
  address is stored, no response row refers to it, and the entries expire within the
  hour (housekeeping deletes expired rows of the database cache) (SURVEI_BATAS_PER_JAM).
- The honeypot field lives in the form itself.
"""

import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.utils.crypto import salted_hmac

from zi_portal.klien import alamat_klien

_SALT = "survei.token"


@dataclass(frozen=True)
class TokenForm:
    nonce: str
    terbit: float  # issue time, seconds since the epoch

    @property
    def sidik(self) -> str:
        """The keyed hash stored once the token is used: without SECRET_KEY nobody can
        tell which token (and so which form) a stored hash belongs to."""
        return salted_hmac("survei.token.dipakai", self.nonce, algorithm="sha256").hexdigest()


def token_baru() -> str:
    return signing.dumps({"n": secrets.token_urlsafe(18), "t": time.time()}, salt=_SALT)


def baca_token(token) -> TokenForm | None:
    """The token's nonce and issue time; None when the server did not issue it (bad
    signature) or it is older than SURVEI_TOKEN_JAM hours."""
    if not isinstance(token, str) or not token or len(token) > 200:
        return None
    try:
        isi = signing.loads(token, salt=_SALT, max_age=settings.SURVEI_TOKEN_JAM * 3600)
        return TokenForm(nonce=str(isi["n"]), terbit=float(isi["t"]))
    except (signing.BadSignature, TypeError, ValueError, KeyError):
        return None


def awal_form() -> dict:
    return {"token": token_baru(), "langkah": 0}


def detik_sejak(token) -> float | None:
    """Seconds since the form's token was issued; None when it is not a valid token."""
    baca = baca_token(token)
    return None if baca is None else time.time() - baca.terbit


def terlalu_cepat(token) -> bool:
    detik = detik_sejak(token)
    return detik is None or detik < settings.SURVEI_WAKTU_MIN_DETIK


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
