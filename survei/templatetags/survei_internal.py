"""Display of the internal survey's exact values: rounded here, for the eye only."""

from django import template
from django.utils.formats import number_format

from inti.angka import bulat

register = template.Library()


@register.filter
def persen(nilai) -> str:
    """A percentage as a whole number with its sign ('58 %'); '—' when there is none."""
    hasil = bulat(nilai, 0)
    return "—" if hasil is None else f"{number_format(hasil, 0)} %"


@register.filter
def poin(nilai) -> str:
    """A difference in percentage points, signed ('+32', '−5'); '—' when unknown."""
    hasil = bulat(nilai, 0)
    if hasil is None:
        return "—"
    return f"+{hasil}" if hasil > 0 else str(hasil).replace("-", "−")


@register.filter
def rerata(nilai) -> str:
    """A mean answer to two decimals."""
    hasil = bulat(nilai, 2)
    return "—" if hasil is None else number_format(hasil, 2)


@register.filter
def baris_kelompok(kelompok) -> list:
    """Groups (survei.internal.hitung.Kelompok) as labelled rows for a table."""
    from survei.internal.hasil import baris_kelompok as baris

    return baris(kelompok)
