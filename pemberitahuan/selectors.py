"""Reads of one person's notices."""

from django.db.models import QuerySet

from pemberitahuan.models import Jenis, Pemberitahuan, PreferensiSurel


def pemberitahuan_untuk_pengguna(*, user) -> QuerySet[Pemberitahuan]:
    return Pemberitahuan.objects.filter(penerima=user)


def jumlah_belum_dibaca(*, user) -> int:
    return Pemberitahuan.objects.filter(penerima=user, dibaca_pada__isnull=True).count()


def preferensi_surel(*, user) -> list[tuple[str, str, bool]]:
    """Every kind as (value, label, e-mail on?) — on unless the person switched it off."""
    mati = set(
        PreferensiSurel.objects.filter(pengguna=user, surel=False).values_list("jenis", flat=True)
    )
    return [(nilai, label, nilai not in mati) for nilai, label in Jenis.choices]
