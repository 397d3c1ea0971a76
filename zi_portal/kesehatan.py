"""What /healthz checks: every part the app servers share. Each check raises when its
part does not answer; the reason is logged, only the part's name is shown (the page is
public)."""

import logging
import uuid

from django.conf import settings
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection

log = logging.getLogger(__name__)


class Terlambat(Exception):
    pass


def _database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _antrean() -> None:
    import datetime

    from antrean.selectors import tugas_terlambat

    menit = settings.ANTREAN_BATAS_TUNGGU_MENIT
    jumlah = tugas_terlambat(batas=datetime.timedelta(minutes=menit))
    if jumlah:
        raise Terlambat(f"{jumlah} task(s) waiting over {menit} min: is a worker running?")


def _penyimpanan() -> None:
    """Writes, reads back and deletes a tiny file: the store takes evidence right now."""
    nama = default_storage.save(f"kesehatan/{uuid.uuid4().hex}", ContentFile(b"ok"))
    try:
        with default_storage.open(nama, "rb") as berkas:
            if berkas.read() != b"ok":
                raise OSError("the file store returned other bytes")
    finally:
        default_storage.delete(nama)


def _batas() -> None:
    kunci = f"kesehatan:{uuid.uuid4().hex}"
    cache.set(kunci, 1, timeout=30)
    try:
        if cache.get(kunci) != 1:
            raise OSError("the limit store lost a value")
    finally:
        cache.delete(kunci)


PEMERIKSAAN = (
    ("database", _database),
    ("queue", _antrean),
    ("storage", _penyimpanan),
    ("cache", _batas),
)


def periksa_kesehatan() -> list[tuple[str, str]]:
    """[(part, "ok" or what failed)] for every shared part, in a fixed order."""
    hasil = []
    for nama, periksa in PEMERIKSAAN:
        try:
            periksa()
        except Terlambat as exc:
            hasil.append((nama, f"FAIL {exc}"))
        except Exception:
            log.exception("healthz: %s", nama)
            hasil.append((nama, "FAIL"))
        else:
            hasil.append((nama, "ok"))
    return hasil
