"""Display helpers: numbers are rounded half up only here, for the eye."""

from decimal import ROUND_HALF_UP, Decimal

from django import template
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from penilaian.models import Lapisan

register = template.Library()

LAPISAN_PENDEK = {Lapisan.MANDIRI: _("Mandiri"), Lapisan.KANWIL: _("Kanwil"), Lapisan.TPI: _("TPI")}


@register.filter
def dua(nilai) -> str:
    """Two decimals, half up, in the active language's format."""
    if nilai in (None, ""):
        return "—"
    return number_format(Decimal(nilai).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), 2)


@register.filter
def bulat0(nilai) -> str:
    """A whole number (for percentages in badges and bar widths)."""
    if nilai in (None, ""):
        return ""
    return str(Decimal(nilai).quantize(Decimal(1), rounding=ROUND_HALF_UP))


@register.filter
def nama_lapisan(kode: str) -> str:
    try:
        return str(Lapisan(kode).label)
    except ValueError:
        return kode


@register.filter
def get(kamus, kunci):
    """A dict value by a variable key."""
    return kamus.get(kunci, "") if kamus else ""


@register.filter
def index(daftar, i):
    try:
        return daftar[i]
    except (IndexError, TypeError):
        return None


@register.filter
def lapisan_pendek(kode: str) -> str:
    """'Kanwil', 'TPI' or 'Mandiri' for narrow table cells."""
    return str(LAPISAN_PENDEK.get(kode, kode))
