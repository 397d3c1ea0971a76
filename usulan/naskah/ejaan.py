"""How Indonesian official documents write dates, numbers and NIPs, whatever the
language of the person who generates them (the documents are always in Indonesian)."""

import datetime
from decimal import Decimal

from penilaian.scoring import bulat

BULAN = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def tanggal(d: datetime.date | None) -> str:
    """31 Mei 2026."""
    if d is None:
        return ""
    return f"{d.day} {BULAN[d.month - 1]} {d.year}"


def hari_tanggal(d: datetime.date) -> str:
    """Jumat, 29 Mei 2026."""
    return f"{HARI[d.weekday()]}, {tanggal(d)}"


def angka(nilai, tempat: int = 2) -> str:
    """An exact score rounded half-up (penilaian.scoring.bulat, the portal's one rounding)
    and written the Indonesian way: 78,12; 1.234,50."""
    if nilai is None or nilai == "":
        return "—"
    # bulat takes the number of places only where it needs more than two (issue 11).
    x: Decimal = bulat(nilai) if tempat == 2 else bulat(nilai, tempat)
    tanda = "-" if x < 0 else ""
    bulat_, _titik, pecahan = f"{abs(x):.{tempat}f}".partition(".")
    ribuan = f"{int(bulat_):,}".replace(",", ".")
    return f"{tanda}{ribuan},{pecahan}" if tempat else f"{tanda}{ribuan}"


def nip(isi: str) -> str:
    """An 18-digit NIP grouped as printed: 19700101 199003 1 001."""
    angka_ = "".join(isi.split())
    if len(angka_) != 18 or not angka_.isdigit():
        return isi
    return f"{angka_[:8]} {angka_[8:14]} {angka_[14]} {angka_[15:]}"
