"""The instrument as plain frozen data: what the engine needs and nothing else.

Every number (option values, weights, thresholds) is an exact `Fraction`."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from fractions import Fraction

PEMENUHAN = "pemenuhan"
REFORM = "reform"
HASIL = "hasil"

YA_TIDAK = "Ya/Tidak"
ABC = "A/B/C"
ABCD = "A/B/C/D"
ABCDE = "A/B/C/D/E"
PERSEN = "%"
NILAI = "Nilai (0-4)"
JENIS_OPSI = {
    YA_TIDAK: ("Ya", "Tidak"),
    ABC: tuple("ABC"),
    ABCD: tuple("ABCD"),
    ABCDE: tuple("ABCDE"),
}
JENIS = (*JENIS_OPSI, PERSEN, NILAI)

# Zero-denominator rules of `%` questions (names as in the data file).
NOL = "zero"
PENUH = "full"
PENUH_JIKA_PEMBILANG_NOL = "full_if_numerator_le_zero"
ATURAN_PENYEBUT_NOL = (NOL, PENUH, PENUH_JIKA_PEMBILANG_NOL)

KUNCI_PERSEN = "persen"


@dataclass(frozen=True)
class Pengaturan:
    """Our reading of what the regulation leaves open (ZI-DOMAIN.md, last section)."""

    nilai_abcd: str = "desimal"  # "desimal": B 0.67, C 0.33 | "pecahan": 2/3, 1/3
    rumus_pengaduan: str = "selesai_per_wajib"  # name of a formula variant in the data
    minimum_area: str = "per_area"  # "per_area" | "per_bagian" (pemenuhan and reform each)
    # "tepat": a threshold is met by the exact value (evaluators' spreadsheets compare the
    # unrounded cell, so 59.95 % does not meet 60 %) | "dibulatkan": by its 2-decimal value.
    perbandingan_ambang: str = "tepat"


@dataclass(frozen=True)
class Opsi:
    label: str
    teks: str
    nilai: Fraction


@dataclass(frozen=True)
class Masukan:
    kunci: str
    label: str


@dataclass(frozen=True)
class Pertanyaan:
    kode: str
    teks: str
    jenis: str
    subarea: str  # code of its sub-area, e.g. "A.I.1.i" or "B.I.a"
    area: str  # code of its area: "1".."6", "B.I", "B.II"
    opsi: tuple[Opsi, ...] = ()
    masukan: tuple[Masukan, ...] = ()
    rumus: str = ""
    penyebut_nol: str = ""
    batasan: tuple[str, ...] = ()
    nilai_maks: Fraction | None = None
    urutan: int = 0

    def opsi_berlabel(self, label: str) -> Opsi | None:
        return next((o for o in self.opsi if o.label == label), None)

    @property
    def opsi_terbaik(self) -> Opsi | None:
        return max(self.opsi, key=lambda o: o.nilai, default=None)


@dataclass(frozen=True)
class SubArea:
    kode: str
    area: str
    aspek: str  # PEMENUHAN | REFORM | HASIL
    nama: str
    bobot: Fraction
    pertanyaan: tuple[str, ...]


@dataclass(frozen=True)
class Area:
    kode: str  # "1".."6" for pengungkit, "B.I" / "B.II" for hasil
    komponen: str  # "A" | "B"
    no: int | None
    nama: str
    bobot: Fraction
    bobot_pemenuhan: Fraction = Fraction(0)
    bobot_reform: Fraction = Fraction(0)


@dataclass(frozen=True)
class Ambang:
    """One column of Tabel 6."""

    predikat: str
    total: Fraction
    pengungkit: Fraction
    fraksi_area: Fraction
    bersih_akuntabel: Fraction
    ipak: Fraction
    capaian_kinerja: Fraction
    pelayanan_prima: Fraction
    syarat_predikat: str | None = None


@dataclass(frozen=True)
class Instrumen:
    kode: str
    judul: str
    area: tuple[Area, ...]  # the six pengungkit areas, in order
    kelompok_hasil: tuple[Area, ...]  # B.I (bersih dan akuntabel), B.II (pelayanan prima)
    subarea: tuple[SubArea, ...]
    pertanyaan: tuple[Pertanyaan, ...]
    ambang: Mapping[str, Ambang]  # "WBK" | "WBBM" -> Ambang
    sumber_kriteria: Mapping[str, str]  # bersih_akuntabel/ipak/... -> group or item code
    pengaturan: Pengaturan = field(default_factory=Pengaturan)
    _indeks: Mapping[str, Pertanyaan] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "_indeks", {p.kode: p for p in self.pertanyaan})

    def __hash__(self) -> int:
        return hash(self.kode)

    def cari(self, kode: str) -> Pertanyaan | None:
        return self._indeks.get(kode)
