"""The internal survey's readers as they were before the staff day aggregates: every
figure from the raw responses. Kept only as the reference the aggregate readers must
equal exactly (tests/survei/test_rekap_internal.py)."""

import datetime
from collections import defaultdict
from fractions import Fraction

from django.db.models import Count, Sum

from survei.internal.hitung import (
    MINIMUM_TAMPIL,
    Jumlah,
    Kelompok,
    kelompok_tampil,
    persen_persepsi,
)
from survei.internal.selectors import (
    KATEGORI,
    RerataButirInternal,
    RingkasanInternal,
    _Bahan,
    _persen_area,
    _ringkas,
    pegawai_per_kategori,
)
from survei.models import ResponsInternal, SkorInternal


def _bahan(satker_ids, mulai, selesai) -> dict[int, _Bahan]:
    """Three queries: staff counts, respondents per category, answer sums per
    category, version and area."""
    satker_ids = list(satker_ids)
    bahan = {pk: _Bahan() for pk in satker_ids}
    for pk, per in pegawai_per_kategori(satker_ids=satker_ids, tahun=selesai.year).items():
        bahan[pk].pegawai = per
    jendela = {"tanggal__gte": mulai, "tanggal__lte": selesai}
    for r in (
        ResponsInternal.objects.filter(satker_id__in=satker_ids, **jendela)
        .values("satker_id", "kategori")
        .annotate(n=Count("id"))
        .order_by()
    ):
        bahan[r["satker_id"]].responden[r["kategori"]] = r["n"]
    for r in (
        SkorInternal.objects.filter(
            respons__satker_id__in=satker_ids,
            respons__tanggal__gte=mulai,
            respons__tanggal__lte=selesai,
        )
        .exclude(butir__area="")
        .values(
            "respons__satker_id",
            "respons__kategori",
            "respons__versi__skala_maks",
            "respons__versi__konversi",
            "butir__area",
        )
        .annotate(s=Sum("nilai"), n=Count("id"))
        .order_by()
    ):
        jumlah = bahan[r["respons__satker_id"]].jumlah
        jumlah[r["respons__kategori"]][r["butir__area"]].append(
            Jumlah(
                jumlah=r["s"],
                banyak=r["n"],
                skala_maks=r["respons__versi__skala_maks"],
                konversi=r["respons__versi__konversi"],
            )
        )
    return bahan


def ringkasan_internal(
    *, satker_ids, mulai: datetime.date, selesai: datetime.date
) -> dict[int, RingkasanInternal]:
    """Per unit: respondents and staff, response rate per category (small ones merged),
    perception per area overall and per shown group. Every unit asked for is present.
    Three queries, whatever the number of units."""
    return {pk: _ringkas(b) for pk, b in _bahan(satker_ids, mulai, selesai).items()}


def ringkasan_internal_gabungan(
    *, satker_ids, mulai: datetime.date, selesai: datetime.date
) -> RingkasanInternal:
    """A set of units (a Kanwil) as one: respondents and staff per category over all of
    them (counts; small categories merged), perception per area over the units with 5
    or more respondents each, none per category."""
    semua = list(_bahan(satker_ids, mulai, selesai).values())
    responden, pegawai = defaultdict(int), defaultdict(int)
    for b in semua:
        for k, n in b.responden.items():
            responden[k] += n
        for k, n in b.pegawai.items():
            pegawai[k] += n
    dihitung = [b for b in semua if b.total >= MINIMUM_TAMPIL]
    kelompok = kelompok_tampil(
        responden=responden, pegawai=pegawai, urutan=KATEGORI, jumlah_area={}
    )
    return RingkasanInternal(
        responden=sum(responden.values()),
        pegawai=sum(pegawai.values()),
        kelompok=[Kelompok(k.anggota, k.responden, k.pegawai) for k in kelompok],
        persen_area=_persen_area(dihitung) if dihitung else {},
        unit_dihitung=len(dihitung),
    )


def satker_cukup(*, satker_ids, mulai: datetime.date, selesai: datetime.date) -> list[int]:
    """The units with 5 or more staff respondents in the window (one query)."""
    return [
        r["satker_id"]
        for r in ResponsInternal.objects.filter(
            satker_id__in=list(satker_ids), tanggal__gte=mulai, tanggal__lte=selesai
        )
        .values("satker_id")
        .annotate(n=Count("id"))
        .order_by()
        if r["n"] >= MINIMUM_TAMPIL
    ]


def rerata_butir_internal(
    *, satker_ids, mulai: datetime.date, selesai: datetime.date
) -> list[RerataButirInternal]:
    """Mean answer per item over the units that have 5 or more respondents in the
    window (fewer: their answers are not shown, nor mixed into a total that a unit's
    own figure could be subtracted from). Two queries."""
    cukup = satker_cukup(satker_ids=satker_ids, mulai=mulai, selesai=selesai)
    if not cukup:
        return []
    hasil = []
    for r in (
        SkorInternal.objects.filter(
            respons__satker_id__in=cukup,
            respons__tanggal__gte=mulai,
            respons__tanggal__lte=selesai,
        )
        .values(
            "respons__versi__nomor",
            "respons__versi__skala_maks",
            "respons__versi__konversi",
            "butir__kode",
            "butir__urutan",
            "butir__area",
            "butir__teks_id",
            "butir__teks_en",
            "butir__sumber",
        )
        .annotate(s=Sum("nilai"), n=Count("id"))
        .order_by("respons__versi__nomor", "butir__urutan")
    ):
        skala = r["respons__versi__skala_maks"]
        hasil.append(
            RerataButirInternal(
                versi=r["respons__versi__nomor"],
                kode=r["butir__kode"],
                area=r["butir__area"],
                teks_id=r["butir__teks_id"],
                teks_en=r["butir__teks_en"],
                sumber=r["butir__sumber"],
                skala_maks=skala,
                jumlah=r["n"],
                rerata=Fraction(r["s"], r["n"]),
                persen=persen_persepsi(
                    [Jumlah(r["s"], r["n"], skala, r["respons__versi__konversi"])]
                ),
            )
        )
    return hasil
