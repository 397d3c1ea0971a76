"""Pieces other pages show of the proposal and the documents, so those apps link here
without importing it: the dashboard's proposal card, an assessment's documents."""

from django import template
from django.utils import timezone

from usulan.models import Usulan
from usulan.selectors import batas_usulan, calon_usulan, dokumen_penilaian

register = template.Library()


@register.inclusion_tag("usulan/_kartu.html")
def kartu_usulan(periode):
    """The proposal deadline and status of a period (one query)."""
    usulan = Usulan.objects.filter(periode=periode).only("status", "tanggal_kirim").first()
    batas = batas_usulan(periode)
    sisa = (batas - timezone.localdate()).days
    return {
        "periode": periode,
        "usulan": usulan,
        "batas": batas,
        "sisa_hari": sisa,
        "lewat_hari": -sisa,
        "jumlah_unit": usulan.unit.count() if usulan else 0,
    }


@register.inclusion_tag("usulan/_dokumen_penilaian.html")
def dokumen_unit(penilaian):
    """The report and Berita Acara of each finished evaluator layer (one query)."""
    return {"dokumen": dokumen_penilaian(penilaian=penilaian)}


@register.inclusion_tag("usulan/_siap.html")
def siap_usulan(periode):
    """How many units of the period may be proposed now, for "Tugas saya" (the
    candidates' selector: a constant number of queries)."""
    calon = calon_usulan(periode=periode)
    return {"periode": periode, "siap": [c for c in calon if c.layak]}
