"""Pure maths of the internal survey: no database. Selectors aggregate rows into these
inputs (sums and counts per version, per category, per area) and these functions turn
them into what a page may show.

Anonymity rule: a staff category is shown apart only when at least `MINIMUM_TAMPIL`
(5) of its staff answered. Smaller categories are merged into one group, and when that
group is still below 5 it absorbs the smallest shown category, until every group shown
has 5 or more. The groups partition the respondents, so no difference of two shown
figures ever isolates fewer than 5 people. Below 5 respondents in all, nothing but the
count is shown.

Perception of an area, as a percentage comparable with an LKE area's share of its
weight: each answer converted by its version's rule (range: (answer - 1) / (max - 1);
linear: answer / max), averaged over every answer to the area's items, times 100.
Exact (Fraction); rounded only when shown.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from survei.indeks import Konversi

MINIMUM_TAMPIL = 5
SERATUS = Fraction(100)


@dataclass(frozen=True)
class Jumlah:
    """All answers of some respondents to the items of one area in one version."""

    jumlah: int  # sum of the answers
    banyak: int  # how many answers
    skala_maks: int
    konversi: str = Konversi.RENTANG


def persen_persepsi(agregat: Iterable[Jumlah]) -> Fraction | None:
    """Mean converted answer as a percentage (0-100); None when there is no answer.
    Across versions each answer counts once, converted by its own version's rule."""
    total, banyak = Fraction(0), 0
    for a in agregat:
        if a.banyak <= 0:
            continue
        if a.skala_maks < 2:
            raise ValueError("skala_maks must be at least 2")
        if a.konversi == Konversi.RENTANG:
            total += Fraction(a.jumlah - a.banyak, a.skala_maks - 1)
        elif a.konversi == Konversi.LINEAR:
            total += Fraction(a.jumlah, a.skala_maks)
        else:
            raise ValueError(f"unknown conversion {a.konversi!r}")
        banyak += a.banyak
    return None if banyak == 0 else total * SERATUS / banyak


def gabung_kecil(
    responden: Mapping[str, int], urutan: Sequence[str], *, minimum: int = MINIMUM_TAMPIL
) -> list[tuple[str, ...]]:
    """The categories in `urutan` partitioned into groups of at least `minimum`
    respondents: each category at or above it alone, the rest merged; a merged group
    still below it takes in the smallest single category (which has `minimum` or more,
    so once is enough). Categories named
    in `urutan` with no respondents join the merged group (their staff still count
    in its response rate). With fewer than `minimum` respondents in all, one group."""
    besar = [(k,) for k in urutan if responden.get(k, 0) >= minimum]
    kecil = tuple(k for k in urutan if responden.get(k, 0) < minimum)
    if not kecil:
        return besar

    def n(kelompok: tuple[str, ...]) -> int:
        return sum(responden.get(k, 0) for k in kelompok)

    if n(kecil) < minimum and besar:
        terkecil = min(besar, key=lambda g: (n(g), urutan.index(g[0])))
        besar.remove(terkecil)
        kecil = tuple(k for k in urutan if k in kecil or k in terkecil)
    return sorted([*besar, kecil], key=lambda g: urutan.index(g[0]))


@dataclass(frozen=True)
class Kelompok:
    """A group of staff categories as shown: who is in it, how many answered, how many
    staff it has, and its perception per area (None where it must not be shown)."""

    anggota: tuple[str, ...]
    responden: int
    pegawai: int
    persen_area: dict[str, Fraction | None] = field(default_factory=dict)

    @property
    def tingkat_respons(self) -> Fraction | None:
        """Respondents as a percentage of the staff count (above 100 shows a problem:
        a staff count too low, or codes given to people outside it)."""
        return None if self.pegawai <= 0 else Fraction(self.responden) * SERATUS / self.pegawai

    @property
    def digabung(self) -> bool:
        return len(self.anggota) > 1


def kelompok_tampil(
    *,
    responden: Mapping[str, int],
    pegawai: Mapping[str, int],
    urutan: Sequence[str],
    jumlah_area: Mapping[str, Mapping[str, list[Jumlah]]],
    minimum: int = MINIMUM_TAMPIL,
) -> list[Kelompok]:
    """The groups a page may show, with response rate and perception per area.
    `jumlah_area` maps category -> area -> [Jumlah]. Categories with neither staff nor
    respondents are left out; with fewer than `minimum` respondents in all, perception
    is withheld (None) and only the counts remain."""
    hadir = [k for k in urutan if responden.get(k, 0) > 0 or pegawai.get(k, 0) > 0]
    cukup = sum(responden.get(k, 0) for k in hadir) >= minimum
    hasil = []
    for anggota in gabung_kecil(responden, hadir, minimum=minimum) if hadir else []:
        area = {}
        if cukup:
            semua_area = {a for k in anggota for a in jumlah_area.get(k, {})}
            for a in semua_area:
                daftar = [j for k in anggota for j in jumlah_area.get(k, {}).get(a, [])]
                area[a] = persen_persepsi(daftar)
        hasil.append(
            Kelompok(
                anggota=anggota,
                responden=sum(responden.get(k, 0) for k in anggota),
                pegawai=sum(pegawai.get(k, 0) for k in anggota),
                persen_area=area,
            )
        )
    return hasil
