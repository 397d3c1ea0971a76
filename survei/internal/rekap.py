"""Staff survey aggregates kept with every staff response, and rebuilt or checked from
the raw ones: the internal survey's counterpart of `survei.rekap`, the same way.

A staff response adds itself to its day's rows (`RekapResponsInternal`: respondents of
its category; `RekapButirInternal`: the sum and number of the category's answers per
item) in the transaction that stores it, in four queries whatever came before. Every
figure the internal survey's pages show is a sum of these rows over a window of days,
per unit and category, so the pages never read the raw responses; the anonymity rule
is applied by the readers (survei.internal.selectors) exactly as before.

`rekap_internal_periksa` compares the stored rows with the raw responses,
`rekap_internal_bangun_ulang` replaces them (manage.py rekap_survei); both read the raw
tables and are for repair, never for a page.
"""

from collections.abc import Iterable

from django.db import transaction
from django.db.models import Count, Sum

from survei.models import RekapButirInternal, RekapResponsInternal, ResponsInternal, SkorInternal
from survei.rekap import rekap_selisih, tambah_baris, tambah_per_butir

KUNCI_RESPONS = ("satker_id", "versi_id", "tanggal", "kategori")
KUNCI_BUTIR = ("satker_id", "versi_id", "butir_id", "tanggal", "kategori")


def rekap_internal_tambah(*, respons: ResponsInternal, nilai: dict[int, int]) -> None:
    """Adds one stored staff response (`nilai`: item id -> answer) to its day's
    aggregates. Four queries, inside the transaction that stores the response."""
    kunci = {
        "satker_id": respons.satker_id,
        "versi_id": respons.versi_id,
        "tanggal": respons.tanggal,
        "kategori": respons.kategori,
    }
    tambah_baris(RekapResponsInternal, kunci, responden=1)
    tambah_per_butir(RekapButirInternal, kunci, nilai)


# ---- Rebuilding and checking from the raw responses -------------------------------------


def _filter(satker_ids, awalan: str = "") -> dict:
    return {} if satker_ids is None else {f"{awalan}satker_id__in": list(satker_ids)}


def rekap_internal_mentah(*, satker_ids: Iterable[int] | None = None) -> tuple[dict, dict]:
    """What the aggregates must hold, from the raw responses: ({respons key: (responden,)},
    {butir key: (jumlah, banyak)}), keys as KUNCI_*."""
    responden = {
        tuple(r[:4]): (r[4],)
        for r in ResponsInternal.objects.filter(**_filter(satker_ids))
        .values_list(*KUNCI_RESPONS)
        .annotate(n=Count("id"))
        .order_by()
    }
    per_butir = {
        tuple(r[:5]): (r[5], r[6])
        for r in SkorInternal.objects.filter(**_filter(satker_ids, "respons__"))
        .values_list(
            "respons__satker_id",
            "respons__versi_id",
            "butir_id",
            "respons__tanggal",
            "respons__kategori",
        )
        .annotate(s=Sum("nilai"), n=Count("id"))
        .order_by()
    }
    return responden, per_butir


def rekap_internal_tersimpan(*, satker_ids: Iterable[int] | None = None) -> tuple[dict, dict]:
    """The stored aggregates in the shape of `rekap_internal_mentah`."""
    responden = {
        tuple(r[:4]): (r[4],)
        for r in RekapResponsInternal.objects.filter(**_filter(satker_ids)).values_list(
            *KUNCI_RESPONS, "responden"
        )
    }
    per_butir = {
        tuple(r[:5]): (r[5], r[6])
        for r in RekapButirInternal.objects.filter(**_filter(satker_ids)).values_list(
            *KUNCI_BUTIR, "jumlah", "banyak"
        )
    }
    return responden, per_butir


def rekap_internal_periksa(*, satker_ids: Iterable[int] | None = None) -> list[str]:
    """Every difference between the stored staff aggregates and the raw responses, as
    lines `respons-internal satker versi tanggal kategori: stored -> raw` (or
    `butir-internal satker versi butir ...`); empty when they agree."""
    satker_ids = None if satker_ids is None else list(satker_ids)
    mentah = rekap_internal_mentah(satker_ids=satker_ids)
    tersimpan = rekap_internal_tersimpan(satker_ids=satker_ids)
    selisih = []
    for nama, harus, ada in zip(
        ("respons-internal", "butir-internal"), mentah, tersimpan, strict=True
    ):
        selisih += rekap_selisih(nama, harus, ada)
    return selisih


@transaction.atomic
def rekap_internal_bangun_ulang(*, satker_ids: Iterable[int] | None = None) -> int:
    """Replaces the staff aggregates of `satker_ids` (all units when None) with what the
    raw responses say; returns the number of rows written. For repair, and for writers
    that change raw rows directly (the demo re-dates its responses)."""
    satker_ids = None if satker_ids is None else list(satker_ids)
    responden, per_butir = rekap_internal_mentah(satker_ids=satker_ids)
    RekapResponsInternal.objects.filter(**_filter(satker_ids)).delete()
    RekapButirInternal.objects.filter(**_filter(satker_ids)).delete()
    RekapResponsInternal.objects.bulk_create(
        (
            RekapResponsInternal(**dict(zip(KUNCI_RESPONS, k, strict=True)), responden=n)
            for k, (n,) in responden.items()
        ),
        batch_size=2000,
    )
    RekapButirInternal.objects.bulk_create(
        (
            RekapButirInternal(**dict(zip(KUNCI_BUTIR, k, strict=True)), jumlah=s, banyak=n)
            for k, (s, n) in per_butir.items()
        ),
        batch_size=2000,
    )
    return len(responden) + len(per_butir)
