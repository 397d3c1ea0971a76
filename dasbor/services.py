"""The dashboard's only write: the proposal prerequisites checklist of a unit."""

from django.db import transaction

from dasbor.models import PrasyaratUsulan

KOLOM_PRASYARAT = (
    "temuan_ditindaklanjuti",
    "nilai_sakip",
    "catatan",
)


@transaction.atomic
def prasyarat_simpan(*, satker, tahun: int, oleh, **data) -> PrasyaratUsulan:
    """Creates or updates the checklist of (satker, tahun). Callers check who may
    edit (the unit's team or its Kanwil) through dasbor.access."""
    obj = PrasyaratUsulan.objects.select_for_update().filter(
        satker=satker, tahun=tahun
    ).first() or PrasyaratUsulan(satker=satker, tahun=tahun)
    for kolom in KOLOM_PRASYARAT:
        if kolom in data:
            setattr(obj, kolom, data[kolom])
    obj.diubah_oleh = oleh
    obj.full_clean()
    obj.save()
    return obj
