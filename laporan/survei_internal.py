"""The internal (staff) survey's two sheets of the survey data workbook, with the
results pages' anonymity:

- "Survei internal": one row per staff response of a unit with 5 or more respondents
  in the window, giving only the unit, the response's staff group as the results page
  shows it (categories below 5 merged) and the answers. No date, no tenure band, no
  public-facing flag: in a small office those pick a person out of a group. Rows are in
  the order of their random keys, which is no order at all.
- "Rerata internal": item means over those units; per unit, staff, respondents,
  response rate and perception per area (perception left empty under 5 respondents);
  per unit and shown group, the same.

Perception and rates are exact values written at full precision (rounded only by
the cell's display format). Responses are streamed in chunks like the public ones.
"""

from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction

from django.utils.translation import gettext as _

from laporan.survei_data import UKURAN_POTONGAN, Cakupan, _potongan
from survei.internal.hasil import label_kelompok
from survei.internal.hitung import MINIMUM_TAMPIL
from survei.internal.selectors import (
    AREA,
    jendela_tahun,
    rerata_butir_internal,
    ringkasan_internal,
)
from survei.models import AreaButir, Butir, ResponsInternal, SkorInternal


def _d(x: Fraction | None) -> Decimal | None:
    return None if x is None else Decimal(x.numerator) / Decimal(x.denominator)


def _jendela(cakupan: Cakupan):
    return jendela_tahun(cakupan.tahun)


def _ringkasan(cakupan: Cakupan) -> dict:
    mulai, selesai = _jendela(cakupan)
    return ringkasan_internal(
        satker_ids=[s[0] for s in cakupan.satker], mulai=mulai, selesai=selesai
    )


def _kolom(versi_ids) -> list[tuple[int, str]]:
    """(item id, 'SZI v1 MP1') for every item of these versions, in order."""
    butir = Butir.objects.filter(versi_id__in=versi_ids).select_related("versi")
    butir = sorted(butir, key=lambda b: (b.versi.nomor, b.urutan))
    return [(b.pk, f"SZI v{b.versi.nomor} {b.kode}") for b in butir]


def _respons(ids, mulai, selesai):
    return ResponsInternal.objects.filter(
        satker_id__in=ids, tanggal__gte=mulai, tanggal__lte=selesai
    )


def baris_respons_internal(cakupan: Cakupan) -> Iterator[list]:
    """The header, then one row per response of the units that may be shown."""
    mulai, selesai = _jendela(cakupan)
    ringkasan = _ringkasan(cakupan)
    boleh = [pk for pk, r in ringkasan.items() if r.responden >= MINIMUM_TAMPIL]
    kelompok = {
        (pk, k): label_kelompok(g.anggota)
        for pk in boleh
        for g in ringkasan[pk].kelompok
        for k in g.anggota
    }
    respons = _respons(boleh, mulai, selesai)
    kolom = _kolom(set(respons.values_list("versi_id", flat=True).distinct()))
    letak = {butir_id: i for i, (butir_id, _j) in enumerate(kolom)}
    awal = [_("Satuan kerja")] if cakupan.per_kanwil else []
    yield [*awal, _("Kelompok pegawai"), *(j for _b, j in kolom)]
    nama = {s[0]: s[2] for s in cakupan.satker}
    baris = respons.order_by("satker_id", "pk").values_list("pk", "satker_id", "kategori")
    for potong in _potongan(baris.iterator(chunk_size=UKURAN_POTONGAN), UKURAN_POTONGAN):
        skor = defaultdict(list)
        for respons_id, butir_id, nilai in (
            SkorInternal.objects.filter(respons_id__in=[r[0] for r in potong])
            .values_list("respons_id", "butir_id", "nilai")
            .order_by()
        ):
            skor[respons_id].append((butir_id, nilai))
        for pk, satker_id, kategori in potong:
            nilai = [None] * len(kolom)
            for butir_id, n in skor[pk]:
                nilai[letak[butir_id]] = n
            yield [
                *([nama[satker_id]] if cakupan.per_kanwil else []),
                kelompok[(satker_id, kategori)],
                *nilai,
            ]


def _judul_area() -> list[str]:
    return [str(label) for label in dict(AreaButir.choices).values()]


def _baris_butir(cakupan: Cakupan) -> Iterator[list]:
    mulai, selesai = _jendela(cakupan)
    label_area = dict(AreaButir.choices)
    yield [
        _("Versi"),
        _("Kode"),
        _("Area"),
        _("Butir"),
        _("Sumber"),
        _("Skala maks"),
        _("Jumlah jawaban"),
        _("Rerata"),
        _("Persepsi (%)"),
    ]
    ids = [s[0] for s in cakupan.satker]
    for b in rerata_butir_internal(satker_ids=ids, mulai=mulai, selesai=selesai):
        yield [
            b.versi,
            b.kode,
            str(label_area.get(b.area, b.area)),
            b.teks_id,
            b.sumber,
            b.skala_maks,
            b.jumlah,
            _d(b.rerata),
            _d(b.persen),
        ]


def _baris_unit(cakupan: Cakupan) -> Iterator[list]:
    ringkasan = _ringkasan(cakupan)
    kepala = [_("Pegawai"), _("Responden"), _("Tingkat respons (%)"), *_judul_area()]
    yield [_("Kode"), _("Satuan kerja"), *kepala]
    for pk, kode, nama in cakupan.satker:
        r = ringkasan[pk]
        persen = [_d(r.persen_area.get(a)) for a in AREA]
        yield [kode, nama, r.pegawai, r.responden, _d(r.tingkat_respons), *persen]
    yield []
    yield [_("Kode"), _("Satuan kerja"), _("Kelompok pegawai"), *kepala]
    for pk, kode, nama in cakupan.satker:
        for g in ringkasan[pk].kelompok:
            persen = [_d(g.persen_area.get(a)) for a in AREA]
            label = label_kelompok(g.anggota)
            yield [kode, nama, label, g.pegawai, g.responden, _d(g.tingkat_respons), *persen]


def baris_rerata_internal(cakupan: Cakupan) -> Iterator[list]:
    """Item means, then per unit, then per unit and group; each block with a header."""
    yield from _baris_butir(cakupan)
    yield []
    yield from _baris_unit(cakupan)
    yield []
    yield [
        _(
            "Kategori pegawai dengan kurang dari %(n)s responden digabung; unit dengan kurang "
            "dari %(n)s responden tidak diberi persepsi, baris respons maupun rerata butir."
        )
        % {"n": MINIMUM_TAMPIL}
    ]
