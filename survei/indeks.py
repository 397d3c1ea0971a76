"""Survey index maths: pure functions over small frozen dataclasses, exact (Fraction).

No database here. A selector aggregates rows into these inputs (sums and counts
per questionnaire version and item) and these functions turn them into indices.

Rules (ZI-DOMAIN.md, "Surveys"):
- SPKP / SPAK: the mean answer on the version's scale, converted to 0-4 by the
  version's conversion setting (default linear: mean x 4 / scale max).
- SKM (Permenpan RB 14/2017): NRR per element = mean answer; IKM = sum NRR x weight
  (default exactly 1/9, or the printed 0.111); score = IKM x 25; grade A-D.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

from inti.angka import bulat

EMPAT = Fraction(4)


class Konversi:
    """How a mean on a 1..N scale becomes an index on 0-4 (a setting of the version)."""

    LINEAR = "linear"  # mean x 4 / N  (default; 1-4 scale unchanged)
    RENTANG = "rentang"  # (mean - 1) x 4 / (N - 1): scale minimum maps to 0

    SEMUA = (LINEAR, RENTANG)


class BobotSkm:
    """The SKM element weight: exactly 1/9 (default) or the printed 0.111."""

    SEPERSEMBILAN = "1/9"
    CETAK = "0.111"

    SEMUA = (SEPERSEMBILAN, CETAK)


# Permenpan RB 14/2017 intervals on the converted score (IKM x 25), lowest first.
BATAS_MUTU = (
    (Fraction("88.31"), "A"),
    (Fraction("76.61"), "B"),
    (Fraction("65.00"), "C"),
)
MUTU_TERENDAH = "D"


def konversi_0_4(rerata, *, skala_maks: int, konversi: str = Konversi.LINEAR) -> Fraction:
    """A mean answer on 1..skala_maks as an index on 0-4, exactly."""
    if skala_maks < 2:
        raise ValueError("skala_maks must be at least 2")
    rerata = Fraction(rerata)
    if konversi == Konversi.LINEAR:
        return rerata * EMPAT / skala_maks
    if konversi == Konversi.RENTANG:
        return (rerata - 1) * EMPAT / (skala_maks - 1)
    raise ValueError(f"unknown conversion {konversi!r}")


@dataclass(frozen=True)
class AgregatVersi:
    """All answers given to one questionnaire version in one unit and period.

    `jumlah` is the sum of the answers, `banyak` how many answers there were and
    `responden` how many responses. Every response answers every item of its
    version, so each response weighs the same within a version.
    """

    responden: int
    jumlah: int
    banyak: int
    skala_maks: int
    konversi: str = Konversi.LINEAR


def indeks_persepsi(agregat: Iterable[AgregatVersi]) -> Fraction | None:
    """SPKP/SPAK index on 0-4: each response's converted mean, averaged over responses.

    With one version this is simply the converted overall mean; across versions
    (a new scale mid-year) each version counts by its number of respondents.
    None when nobody has answered.
    """
    total_responden = 0
    total = Fraction(0)
    for ag in agregat:
        if ag.responden <= 0 or ag.banyak <= 0:
            continue
        rerata = Fraction(ag.jumlah, ag.banyak)
        nilai = konversi_0_4(rerata, skala_maks=ag.skala_maks, konversi=ag.konversi)
        total += nilai * ag.responden
        total_responden += ag.responden
    if total_responden == 0:
        return None
    return total / total_responden


def bobot_skm(pilihan: str = BobotSkm.SEPERSEMBILAN) -> Fraction:
    if pilihan == BobotSkm.SEPERSEMBILAN:
        return Fraction(1, 9)
    if pilihan == BobotSkm.CETAK:
        return Fraction("0.111")
    raise ValueError(f"unknown SKM weight {pilihan!r}")


@dataclass(frozen=True)
class HasilSkm:
    nrr: dict[str, Fraction]  # element code -> mean answer (1-4)
    ikm: Fraction  # sum NRR x weight, on 1-4
    nilai: Fraction  # IKM x 25, exact
    mutu: str  # A, B, C or D
    bobot: str  # which weight was used


def nrr(jumlah: int, banyak: int) -> Fraction | None:
    """Mean answer of one element (nilai rata-rata)."""
    if banyak <= 0:
        return None
    return Fraction(jumlah, banyak)


def mutu_skm(nilai) -> str:
    """Grade of a unit score. The regulation's intervals are written to two decimals
    (C 65.00-76.60, B 76.61-88.30, A 88.31-100), so the score is rounded half-up to
    two decimals first: a score shown as 88.31 is graded A."""
    dibulatkan = bulat(nilai)
    for batas, mutu in BATAS_MUTU:
        if dibulatkan >= batas:
            return mutu
    return MUTU_TERENDAH


def hitung_skm(
    per_unsur: dict[str, tuple[int, int]], *, bobot: str = BobotSkm.SEPERSEMBILAN
) -> HasilSkm | None:
    """SKM from (sum, count) per element code. None when no element has answers."""
    nilai_rata = {kode: nrr(j, b) for kode, (j, b) in per_unsur.items()}
    nilai_rata = {k: v for k, v in nilai_rata.items() if v is not None}
    if not nilai_rata:
        return None
    jumlah_nrr = sum(nilai_rata.values(), Fraction(0))
    ikm = jumlah_nrr * bobot_skm(bobot)
    nilai = ikm * 25
    return HasilSkm(nrr=nilai_rata, ikm=ikm, nilai=nilai, mutu=mutu_skm(nilai), bobot=bobot)
