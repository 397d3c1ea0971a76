"""Display helpers for answers and scores (presentation only; no score is computed here)."""

from decimal import Decimal

from django import template
from django.utils.formats import number_format

from penilaian.scoring import bulat

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
    """Two decimals, half up, in the active language's format ("3,92" in Indonesian),
    like every other number on the page."""
    if nilai is None or nilai == "":
        return "—"
    return number_format(bulat(Decimal(str(nilai))), 2)


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
