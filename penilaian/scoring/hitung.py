"""From answers to scores: question → sub-area → pemenuhan/reform → area → pengungkit;
hasil from the IPAK index, capaian kinerja and the IPKP index; total.

Everything is an exact `Fraction` from the answer values to the total; `bulat` rounds
half-up to 2 decimals and is used only to show, export or print a value (and to compare
with a threshold when the version's setting says `dibulatkan`).
"""

from collections.abc import Mapping
from dataclasses import dataclass, replace
from fractions import Fraction

from penilaian.scoring import model as m
from penilaian.scoring.angka import NOL, SERATUS
from penilaian.scoring.jawaban import nilai_dari_normal, periksa_jawaban
from penilaian.scoring.pesan import JawabanTidakValid, gettext_noop

PREDIKAT = ("WBK", "WBBM")
PESAN_PREDIKAT_TIDAK_DIKENAL = gettext_noop(
    "Predikat sebelumnya %(predikat)s tidak dikenal; pilih WBK, WBBM atau kosong."
)


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

    def __iter__(self):
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
    area: Mapping[int, HasilArea]  # 1..6
    kelompok_hasil: Mapping[str, HasilArea]  # "B.I", "B.II"
    subarea: Mapping[str, HasilSubArea]
    nilai_pertanyaan: Mapping[str, Fraction | None]  # 0..1, None when unanswered
    nilai_hasil: Mapping[str, Fraction]  # points of each hasil item: B.I.a, B.I.b, B.II.a
    predikat: Mapping[str, HasilPredikat]  # "WBK", "WBBM"
    jawaban: Mapping[str, object]  # the answers in normal form


def _periksa_predikat(predikat_sebelumnya: str | None) -> str | None:
    if predikat_sebelumnya in (None, ""):
        return None
    if predikat_sebelumnya not in PREDIKAT:
        raise JawabanTidakValid(PESAN_PREDIKAT_TIDAK_DIKENAL, predikat=predikat_sebelumnya)
    return predikat_sebelumnya


def normalkan(instrumen: m.Instrumen, jawaban: Mapping[str, object]) -> dict[str, object]:
    """Every answer checked and in normal form (unanswered ones left out)."""
    normal = {}
    for kode, nilai in jawaban.items():
        hasil = periksa_jawaban(instrumen, kode, nilai)
        if hasil is not None:
            normal[kode] = hasil
    return normal


def _subarea(s: m.SubArea, nilai: Mapping[str, Fraction | None]) -> HasilSubArea:
    angka = [nilai[k] for k in s.pertanyaan]
    jumlah = sum((a for a in angka if a is not None), NOL)
    n = len(angka)
    return HasilSubArea(
        kode=s.kode,
        area=s.area,
        aspek=s.aspek,
        bobot=s.bobot,
        rata_rata=jumlah / n,
        # Multiply before dividing: n values of 1 give exactly the weight.
        nilai=jumlah * s.bobot / n,
        terjawab=sum(a is not None for a in angka),
        jumlah=n,
    )


def _area(a: m.Area, subarea: Mapping[str, HasilSubArea]) -> HasilArea:
    bagian = {m.PEMENUHAN: NOL, m.REFORM: NOL, m.HASIL: NOL}
    for s in subarea.values():
        if s.area == a.kode:
            bagian[s.aspek] += s.nilai
    nilai = sum(bagian.values(), NOL)
    return HasilArea(
        no=a.no,
        kode=a.kode,
        nama=a.nama,
        bobot=a.bobot,
        pemenuhan=bagian[m.PEMENUHAN],
        reform=bagian[m.REFORM],
        nilai=nilai,
        persen_bobot=nilai * SERATUS / a.bobot,
    )


def _nilai_hasil(instrumen: m.Instrumen, nilai, subarea, kelompok) -> dict[str, Fraction]:
    """Points of each hasil item: its value × its sub-area's weight ÷ questions there."""
    return {
        p.kode: (nilai[p.kode] or NOL) * subarea[p.subarea].bobot / subarea[p.subarea].jumlah
        for p in instrumen.pertanyaan
        if p.area in kelompok
    }


def _skor(instrumen: m.Instrumen, normal: Mapping[str, object]) -> HasilLke:
    """Every figure except the predicates, from answers in normal form."""
    nilai = {p.kode: nilai_dari_normal(p, normal.get(p.kode)) for p in instrumen.pertanyaan}
    subarea = {s.kode: _subarea(s, nilai) for s in instrumen.subarea}
    area = {a.no: _area(a, subarea) for a in instrumen.area}
    kelompok = {a.kode: _area(a, subarea) for a in instrumen.kelompok_hasil}
    nilai_hasil = _nilai_hasil(instrumen, nilai, subarea, kelompok)
    pengungkit = sum((a.nilai for a in area.values()), NOL)
    hasil = sum((a.nilai for a in kelompok.values()), NOL)

    def baca(nama: str) -> Fraction:
        # A Tabel 6 criterion reads a hasil group (B.I), an item (B.I.a) or a sub-area.
        kode = instrumen.sumber_kriteria[nama]
        if kode in kelompok:
            return kelompok[kode].nilai
        return nilai_hasil[kode] if kode in nilai_hasil else subarea[kode].nilai

    return HasilLke(
        total=pengungkit + hasil,
        pengungkit=pengungkit,
        hasil=hasil,
        pemenuhan=sum((a.pemenuhan for a in area.values()), NOL),
        reform=sum((a.reform for a in area.values()), NOL),
        bersih_akuntabel=baca("bersih_akuntabel"),
        ipak=baca("ipak"),
        capaian_kinerja=baca("capaian_kinerja"),
        pelayanan_prima=baca("pelayanan_prima"),
        area=area,
        kelompok_hasil=kelompok,
        subarea=subarea,
        nilai_pertanyaan=nilai,
        nilai_hasil=nilai_hasil,
        predikat={},
        jawaban=dict(normal),
    )


def hitung(
    instrumen: m.Instrumen,
    jawaban: Mapping[str, object],
    *,
    predikat_sebelumnya: str | None = None,
) -> HasilLke:
    """Scores a set of answers (code → raw answer; missing codes are unanswered).
    Raises JawabanTidakValid on the first invalid answer: nothing is scored silently."""
    from penilaian.scoring.predikat import nilai_predikat

    predikat_sebelumnya = _periksa_predikat(predikat_sebelumnya)
    hasil = _skor(instrumen, normalkan(instrumen, jawaban))
    predikat = {
        nama: nilai_predikat(instrumen, hasil, nama, predikat_sebelumnya) for nama in PREDIKAT
    }
    return replace(hasil, predikat=predikat)
