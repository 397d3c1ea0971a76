from django import template
from django.utils.translation import get_language

from inti.angka import bulat

register = template.Library()


@register.filter
def dua_desimal(nilai):
    """Display rounding only (half-up, two decimals); '—' when there is no value."""
    if nilai in (None, ""):
        return "—"
    return bulat(nilai, 2)


@register.filter
def persen_target(n, target):
    try:
        return min(100, round(100 * int(n) / int(target)))
    except (TypeError, ValueError, ZeroDivisionError):
        return 0


@register.filter
def teks_bahasa(obj):
    """Indonesian or English text of an item-like object with teks_id / teks_en."""
    en = (get_language() or "id").startswith("en")
    return obj.teks_en if en else obj.teks_id


@register.filter
def ambil(kamus, kunci):
    try:
        return kamus.get(kunci)
    except AttributeError:
        return None
