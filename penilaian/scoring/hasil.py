"""What the engine returns: frozen results from the question up to the predicate.

Their own module so that `hitung` (which builds them and then asks `predikat`) and
`predikat` (which reads a `HasilLke` and writes `Kriteria`) both depend on it and not on
each other.
"""

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from fractions import Fraction


@dataclass(frozen=True)
class HasilSubArea:
    kode: str
    area: str
    aspek: str
    bobot: Fraction
    rata_rata: Fraction  # mean of all its question values, unanswered = 0
    nilai: Fraction  # rata_rata × bobot
    terjawab: int
    jumlah: int


@dataclass(frozen=True)
class HasilArea:
    no: int | None
    kode: str
    nama: str
    bobot: Fraction
    pemenuhan: Fraction
    reform: Fraction
    nilai: Fraction
    persen_bobot: Fraction  # nilai / bobot × 100


@dataclass(frozen=True)
class Kriteria:
    """One row of Tabel 6 for one unit: current value, required value and gap."""

    kode: str  # total, pengungkit, area_1..area_6, bersih_akuntabel, ipak, ... predikat_wbk
    label: str  # Indonesian, marked for translation (translate with gettext at display)
    nilai: Fraction | str | None  # exact; for predikat_wbk the previous predicate
    syarat: Fraction | str
    # What is missing when failing, else 0; None for predikat_wbk. Exact (syarat − nilai)
    # when thresholds compare exact values, syarat − bulat(nilai) when they compare
    # 2-decimal values.
    celah: Fraction | None
    memenuhi: bool

    def __iter__(self) -> Iterator[object]:
        # Unpacks as the documented tuple (kode, label, nilai, syarat, celah, memenuhi).
        return iter((self.kode, self.label, self.nilai, self.syarat, self.celah, self.memenuhi))


@dataclass(frozen=True)
class HasilPredikat:
    predikat: str
    memenuhi: bool
    kriteria: tuple[Kriteria, ...]

    @property
    def gagal(self) -> list[str]:
        return [k.kode for k in self.kriteria if not k.memenuhi]


@dataclass(frozen=True)
class HasilLke:
    total: Fraction
    pengungkit: Fraction
    hasil: Fraction
    pemenuhan: Fraction
    reform: Fraction
    bersih_akuntabel: Fraction
    ipak: Fraction
    capaian_kinerja: Fraction
    pelayanan_prima: Fraction
    area: Mapping[int | None, HasilArea]  # 1..6 (m.Area.no, always set for pengungkit)
    kelompok_hasil: Mapping[str, HasilArea]  # "B.I", "B.II"
    subarea: Mapping[str, HasilSubArea]
    nilai_pertanyaan: Mapping[str, Fraction | None]  # 0..1, None when unanswered
    nilai_hasil: Mapping[str, Fraction]  # points of each hasil item: B.I.a, B.I.b, B.II.a
    predikat: Mapping[str, HasilPredikat]  # "WBK", "WBBM"
    jawaban: Mapping[str, object]  # the answers in normal form
