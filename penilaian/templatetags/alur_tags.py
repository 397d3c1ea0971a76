"""Display helpers for answers and scores (presentation only; no score is computed here).

Every number shown is the exact value (a Fraction, a Decimal, or stored "p/q" text)
rounded half-up, by `penilaian.scoring.bulat` and nothing else."""

from django import template
from django.utils.formats import number_format

from penilaian.scoring import bulat, digit_banding

register = template.Library()

WARNA_STATUS = {
    "draf": "secondary",
    "diajukan": "primary",
    "direviu": "info",
    "dikembalikan": "warning",
    "diajukan_ulang": "primary",
    "final": "success",
}


@register.filter
def tampil_jawaban(nilai) -> str:
    """A stored raw answer as people read it."""
    if nilai is None or nilai == "":
        return "—"
    if isinstance(nilai, dict):
        return ", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in nilai.items())
    return str(nilai)


@register.filter
def dua_desimal(nilai) -> str:
    if nilai is None or nilai == "":
        return "—"
    return f"{bulat(nilai):.2f}"


@register.filter
def angka(nilai, tempat=2) -> str:
    """The exact value rounded half-up to `tempat` decimals, in the active language's
    number format ("59,95")."""
    if nilai is None or nilai == "":
        return "—"
    return number_format(bulat(nilai, int(tempat)), int(tempat))


def tampil_banding(nilai, syarat, memenuhi: bool, tempat: int = 2) -> str:
    """A value shown beside its threshold with enough decimals that a shortfall never
    reads as meeting it: "4,7963" against 4,80 (see scoring.digit_banding)."""
    if nilai is None or nilai == "":
        return "—"
    d = digit_banding(nilai, syarat, memenuhi=memenuhi, tempat=tempat)
    return number_format(bulat(nilai, d), d)


@register.filter
def warna_status(status: str) -> str:
    return WARNA_STATUS.get(status, "secondary")


@register.filter
def ambil(kamus, kunci):
    return kamus.get(kunci) if kamus else None


@register.filter
def ambil_indeks(daftar, i):
    try:
        return daftar[int(i)]
    except (IndexError, TypeError, ValueError):
        return None
