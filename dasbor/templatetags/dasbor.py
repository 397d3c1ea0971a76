"""Display helpers: numbers are rounded half up only here, for the eye, from the exact
value (penilaian.scoring.bulat)."""

from django import template
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from dasbor.status import digit_persen
from penilaian.models import Lapisan
from penilaian.scoring import bulat

register = template.Library()

LAPISAN_PENDEK = {Lapisan.MANDIRI: _("Mandiri"), Lapisan.KANWIL: _("Kanwil"), Lapisan.TPI: _("TPI")}


@register.filter
def dua(nilai) -> str:
    """Two decimals, half up, in the active language's format."""
    if nilai in (None, ""):
        return "—"
    return number_format(bulat(nilai), 2)


@register.filter
def desimal(nilai, tempat=2) -> str:
    """The exact value rounded half-up to `tempat` decimals, in the active language's
    format (criteria tables show as many as a shortfall needs: "4,7963")."""
    if nilai in (None, ""):
        return "—"
    return number_format(bulat(nilai, int(tempat)), int(tempat))


@register.filter
def persen_area(persen) -> str:
    """An area's share of its weight, whole unless that would read as reaching 60 % or
    75 % when it does not ("59,95", never "60")."""
    if persen in (None, ""):
        return "—"
    d = digit_persen(persen)
    return number_format(bulat(persen, d), d)


@register.filter
def bulat0(nilai) -> str:
    """A whole number (for percentages in badges and bar widths)."""
    if nilai in (None, ""):
        return ""
    return str(bulat(nilai, 0))


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


@register.filter
def tautan_unit(t):
    """The unit's links (dasbor.selectors.tugas.Tautan), drawn by the same function as the
    Kanwil overview's rows so the two never differ."""
    from dasbor.tampilan import tautan_unit as gambar  # tampilan uses this module's filters

    return gambar(t)
