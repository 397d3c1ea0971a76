"""A unit's self-assessment beside its own staff's perception, per change area.

The unit's side is its LKE area score as a share of the area's weight, from the
stored score snapshot of its own layer (penilaian mandiri). The staff's side is the
internal survey's perception of that area (`survei.internal.selectors`), read for the
period's survey window. The difference is evidence for evaluators: the regulation
gives a staff survey no weight, so nothing here enters a score.
"""

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from fractions import Fraction

from penilaian.models import Area, Lapisan, Penilaian, SkorSnapshot
from survei.internal.selectors import RingkasanInternal, ringkasan_internal

# A unit that claims this many percentage points more than its staff perceive is
# highlighted: a gap that size is beyond what the wording of two instruments explains.
CELAH_MENCOLOK = Fraction(15)
INTEGRITAS = "integritas"


def jendela_survei(periode) -> tuple[datetime.date, datetime.date]:
    """The days whose staff responses count for a period: its survey window, the same
    as the public surveys' (the only place the gap reads a window)."""
    return periode.survei_mulai, periode.survei_selesai


def persen_area_snapshot(area: Mapping) -> dict[str, Fraction]:
    """Area number -> share of the area's weight (%), from a snapshot's `area` JSON.
    The only reader of that share: "persen" is nilai x 100 / bobot, stored as a decimal
    string or as an exact "p/q"; Fraction reads both without rounding."""
    hasil = {}
    for no, nilai in (area or {}).items():
        persen = (nilai or {}).get("persen")
        if persen not in (None, ""):
            hasil[str(no)] = Fraction(str(persen))
    return hasil


def persen_area_mandiri(*, penilaian_ids: Iterable[int]) -> dict[int, dict[str, Fraction]]:
    """Each assessment's self-assessment share per area (absent: not scored). One query."""
    return {
        penilaian_id: persen_area_snapshot(area)
        for penilaian_id, area in SkorSnapshot.objects.filter(
            penilaian_id__in=list(penilaian_ids), lapisan=Lapisan.MANDIRI
        ).values_list("penilaian_id", "area")
    }


@dataclass(frozen=True)
class CelahArea:
    no: str
    nama: str
    mandiri: Fraction | None  # the unit's LKE share of the area's weight, %
    pegawai: Fraction | None  # the staff's perception, %

    @property
    def selisih(self) -> Fraction | None:
        """Percentage points the unit claims above its staff's perception."""
        if self.mandiri is None or self.pegawai is None:
            return None
        return self.mandiri - self.pegawai

    @property
    def mencolok(self) -> bool:
        return self.selisih is not None and self.selisih >= CELAH_MENCOLOK


@dataclass(frozen=True)
class Persepsi:
    """One assessment: the survey's figures and the gap per change area."""

    survei: RingkasanInternal
    area: list[CelahArea]
    integritas: Fraction | None  # staff perception of the integrity items, %

    @property
    def mencolok(self) -> list[CelahArea]:
        return [a for a in self.area if a.mencolok]

    def untuk_area(self, no) -> CelahArea | None:
        return next((a for a in self.area if a.no == str(no)), None)


def celah_area(
    *, mandiri: Mapping[str, Fraction], pegawai: Mapping, nama_area: Mapping[str, str]
) -> list[CelahArea]:
    """The gap per area, in the instrument's area order (pure)."""
    return [
        CelahArea(no=no, nama=nama, mandiri=mandiri.get(no), pegawai=pegawai.get(no))
        for no, nama in nama_area.items()
    ]


def _nama_area(versi_ids) -> dict[int, dict[str, str]]:
    nama = {}
    for versi_id, kode, teks in (
        Area.objects.filter(versi_id__in=set(versi_ids), no__isnull=False)
        .order_by("urutan", "pk")
        .values_list("versi_id", "kode", "nama")
    ):
        nama.setdefault(versi_id, {})[kode] = teks
    return nama


def persepsi_penilaian_banyak(*, daftar: list[Penilaian]) -> dict[int, Persepsi]:
    """The gap for many assessments of one period (a Kanwil's units): a fixed number of
    queries whatever their number."""
    if not daftar:
        return {}
    mulai, selesai = jendela_survei(daftar[0].periode)
    survei = ringkasan_internal(
        satker_ids={p.satker_id for p in daftar}, mulai=mulai, selesai=selesai
    )
    mandiri = persen_area_mandiri(penilaian_ids=[p.pk for p in daftar])
    nama = _nama_area(p.periode.versi_id for p in daftar)
    hasil = {}
    for p in daftar:
        ringkasan = survei[p.satker_id]
        hasil[p.pk] = Persepsi(
            survei=ringkasan,
            area=celah_area(
                mandiri=mandiri.get(p.pk, {}),
                pegawai=ringkasan.persen_area,
                nama_area=nama.get(p.periode.versi_id, {}),
            ),
            integritas=ringkasan.persen_area.get(INTEGRITAS),
        )
    return hasil


def persepsi_penilaian(*, penilaian: Penilaian) -> Persepsi:
    """The gap for one assessment (the unit's dashboard page, the review pages)."""
    return persepsi_penilaian_banyak(daftar=[penilaian])[penilaian.pk]
