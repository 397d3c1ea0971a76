"""Reads of the internal survey, for a date window [mulai, selesai] the caller gives
(an assessment period's survey window, or a calendar year on the survey pages): a
response counts by its day. Staff counts are those recorded for the window's last
year (or the latest earlier year). Respondents and answers are read from the day
aggregates kept with every staff response (survei.internal.rekap), never the raw rows:
a fixed number of queries, and rows read, whatever the number of responses.

Everything returned obeys the anonymity rule of `survei.internal.hitung`: perception
and item means only where 5 or more staff answered, categories below 5 merged. A set
of units (a Kanwil) combines only units that have 5 or more respondents each, and
shows no perception per category (a Kanwil's category figure minus its units' would
isolate a small unit's few people).
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from fractions import Fraction

from django.db.models import Sum
from django.utils.crypto import salted_hmac

from survei.internal.hitung import (
    MINIMUM_TAMPIL,
    SERATUS,
    Jumlah,
    Kelompok,
    kelompok_tampil,
    persen_persepsi,
)
from survei.models import (
    AreaButir,
    JumlahPegawai,
    KodeInternal,
    Kuesioner,
    KuesionerVersi,
    ProfilPegawai,
    RekapButirInternal,
    RekapResponsInternal,
)
from survei.selectors import versi_terbit
from survei.services import _normal_kode

KATEGORI = tuple(ProfilPegawai.Kategori.values)
AREA = tuple(AreaButir.values)


def jendela_tahun(tahun: int) -> tuple[datetime.date, datetime.date]:
    """A calendar year as a survey window (the survey pages, which have no period). A
    year no date can hold (a hostile URL's 10**30) becomes the nearest one: no data."""
    tahun = min(max(int(tahun), datetime.MINYEAR), datetime.MAXYEAR)
    return datetime.date(tahun, 1, 1), datetime.date(tahun, 12, 31)


def versi_internal() -> KuesionerVersi | None:
    """The version the staff form uses: the latest published one."""
    return versi_terbit(Kuesioner.Jenis.INTERNAL)


def sidik_kode(kode: str) -> str:
    """The only form in which a staff code is stored: an HMAC under the site's secret,
    so the table alone cannot be matched against printed slips."""
    return salted_hmac("survei.kode_internal", _normal_kode(kode), algorithm="sha256").hexdigest()


def kode_internal_sah(*, satker, kode: str) -> bool:
    """Whether `kode` is an unused code of this unit (the form checks it on its first
    page; the response's transaction uses it up)."""
    kode = _normal_kode(kode or "")[:20]
    if not kode:
        return False
    return KodeInternal.objects.filter(satker=satker, sidik=sidik_kode(kode)).exists()


def kode_internal_tersisa(*, satker) -> int:
    """Codes printed or shown and not used yet."""
    return KodeInternal.objects.filter(satker=satker).count()


def pegawai_per_kategori(*, satker_ids, tahun: int) -> dict[int, dict[str, int]]:
    """Staff per category of each unit for `tahun`, or for the latest earlier year the
    unit recorded; units that never recorded any are absent. One query."""
    terakhir: dict[int, int] = {}
    baris = defaultdict(dict)
    for satker_id, th, kategori, jumlah in (
        JumlahPegawai.objects.filter(satker_id__in=list(satker_ids), tahun__lte=tahun)
        .order_by("-tahun")
        .values_list("satker_id", "tahun", "kategori", "jumlah")
    ):
        terakhir.setdefault(satker_id, th)
        if th == terakhir[satker_id]:
            baris[satker_id][kategori] = jumlah
    return dict(baris)


def total_pegawai(*, satker, tahun: int) -> int | None:
    """All the unit's staff for `tahun` (see `pegawai_per_kategori`); None if never
    recorded."""
    satker_id = getattr(satker, "pk", satker)
    per = pegawai_per_kategori(satker_ids=[satker_id], tahun=tahun).get(satker_id)
    return None if per is None else sum(per.values())


@dataclass
class _Bahan:
    """One unit's raw figures in the window, before the anonymity rule."""

    responden: dict[str, int] = field(default_factory=dict)  # category -> n
    pegawai: dict[str, int] = field(default_factory=dict)  # category -> staff
    # category -> area -> [Jumlah] (one per version)
    jumlah: dict[str, dict[str, list[Jumlah]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(list))
    )

    @property
    def total(self) -> int:
        return sum(self.responden.values())


@dataclass(frozen=True)
class RingkasanInternal:
    """What may be shown of one unit's (or one set of units') staff survey."""

    responden: int
    pegawai: int  # all staff recorded (0 when none)
    kelompok: list[Kelompok]  # categories, small ones merged
    persen_area: dict[str, Fraction | None]  # area -> perception %; empty below 5
    unit_dihitung: int = 1  # units whose answers are in persen_area

    @property
    def cukup(self) -> bool:
        return self.responden >= MINIMUM_TAMPIL and bool(self.persen_area)

    @property
    def tingkat_respons(self) -> Fraction | None:
        return None if self.pegawai <= 0 else Fraction(self.responden) * SERATUS / self.pegawai


def _bahan(satker_ids, mulai, selesai) -> dict[int, _Bahan]:
    """Three queries: staff counts, respondents per category, answer sums per
    category, version and area."""
    satker_ids = list(satker_ids)
    bahan = {pk: _Bahan() for pk in satker_ids}
    for pk, per in pegawai_per_kategori(satker_ids=satker_ids, tahun=selesai.year).items():
        bahan[pk].pegawai = per
    jendela = {"tanggal__gte": mulai, "tanggal__lte": selesai}
    # The day aggregates kept with every staff response (survei.internal.rekap).
    for r in (
        RekapResponsInternal.objects.filter(satker_id__in=satker_ids, **jendela)
        .values("satker_id", "kategori")
        .annotate(n=Sum("responden"))
        .order_by()
    ):
        bahan[r["satker_id"]].responden[r["kategori"]] = int(r["n"])
    for r in (
        RekapButirInternal.objects.filter(satker_id__in=satker_ids, **jendela)
        .exclude(butir__area="")
        .values(
            "satker_id",
            "kategori",
            "versi__skala_maks",
            "versi__konversi",
            "butir__area",
        )
        .annotate(s=Sum("jumlah"), n=Sum("banyak"))
        .order_by()
    ):
        jumlah = bahan[r["satker_id"]].jumlah
        jumlah[r["kategori"]][r["butir__area"]].append(
            Jumlah(
                jumlah=int(r["s"]),
                banyak=int(r["n"]),
                skala_maks=r["versi__skala_maks"],
                konversi=r["versi__konversi"],
            )
        )
    return bahan


def _persen_area(daftar: list[_Bahan]) -> dict[str, Fraction | None]:
    return {
        area: persen_persepsi(
            j for b in daftar for per_area in b.jumlah.values() for j in per_area.get(area, [])
        )
        for area in AREA
    }


def _ringkas(b: _Bahan) -> RingkasanInternal:
    cukup = b.total >= MINIMUM_TAMPIL
    return RingkasanInternal(
        responden=b.total,
        pegawai=sum(b.pegawai.values()),
        kelompok=kelompok_tampil(
            responden=b.responden, pegawai=b.pegawai, urutan=KATEGORI, jumlah_area=b.jumlah
        ),
        persen_area=_persen_area([b]) if cukup else {},
    )


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


@dataclass(frozen=True)
class RerataButirInternal:
    versi: int
    kode: str
    area: str
    teks_id: str
    teks_en: str
    sumber: str
    skala_maks: int
    jumlah: int  # answers
    rerata: Fraction  # mean answer on the version's scale
    persen: Fraction | None  # the same as a perception percentage


def satker_cukup(*, satker_ids, mulai: datetime.date, selesai: datetime.date) -> list[int]:
    """The units with 5 or more staff respondents in the window (one query)."""
    return [
        r["satker_id"]
        for r in RekapResponsInternal.objects.filter(
            satker_id__in=list(satker_ids), tanggal__gte=mulai, tanggal__lte=selesai
        )
        .values("satker_id")
        .annotate(n=Sum("responden"))
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
        RekapButirInternal.objects.filter(
            satker_id__in=cukup, tanggal__gte=mulai, tanggal__lte=selesai
        )
        .values(
            "versi__nomor",
            "versi__skala_maks",
            "versi__konversi",
            "butir__kode",
            "butir__urutan",
            "butir__area",
            "butir__teks_id",
            "butir__teks_en",
            "butir__sumber",
        )
        .annotate(s=Sum("jumlah"), n=Sum("banyak"))
        .order_by("versi__nomor", "butir__urutan")
    ):
        skala = r["versi__skala_maks"]
        s, n = int(r["s"]), int(r["n"])
        hasil.append(
            RerataButirInternal(
                versi=r["versi__nomor"],
                kode=r["butir__kode"],
                area=r["butir__area"],
                teks_id=r["butir__teks_id"],
                teks_en=r["butir__teks_en"],
                sumber=r["butir__sumber"],
                skala_maks=skala,
                jumlah=n,
                rerata=Fraction(s, n),
                persen=persen_persepsi([Jumlah(s, n, skala, r["versi__konversi"])]),
            )
        )
    return hasil
