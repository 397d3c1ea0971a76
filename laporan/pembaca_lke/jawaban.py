"""One answer column (a *source*: the unit's, a TPI's …) read into the engine's raw
answers, each checked by the engine, every refusal a row-by-row message, and every cell
the portal does not take listed with why.

- Options: `Ya`/`Tidak` (also `ya`, `Y`, `Tdk` …), `A`…`E` (also `a.`, `A. Jika …`).
- `%` questions: from their count rows whenever a count is filled; only when none is,
  a percentage typed on the question row, read as Excel stores it: a cell formatted as
  a percentage holds a fraction (100 % is 1.0), text "100%" or "100,00%" is 100, a bare
  number above 1 is already a percentage (75 → 75 %), one up to 1 a fraction (0.75 →
  75 %). A percentage that a formula computes is never taken: its counts are.
- `Nilai (0-4)` items (IPAK, IPKP) come from the portal's surveys: listed, not taken.
"""

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from django.utils.formats import number_format
from django.utils.translation import gettext_lazy
from openpyxl.utils import get_column_letter

from laporan.pembaca_lke.cocok import Pencocokan
from laporan.pembaca_lke.kepala import Tabel
from laporan.pembaca_lke.sel import SelTidakTerbaca, nilai_sel, teks_sel
from penilaian.scoring import JawabanTidakValid, bulat, pecahan, periksa_jawaban
from penilaian.scoring import model as m
from penilaian.selectors.hasil import KODE_SURVEI
from penilaian.services.pesan import terjemahkan

SERATUS = Decimal(100)
PESAN_BARIS = gettext_lazy("Baris %(baris)s (%(kode)s, %(sumber)s): %(pesan)s")
PESAN_BUKAN_ANGKA = gettext_lazy("%(nama)s harus berupa angka, bukan %(nilai)s.")
PESAN_ANGKA_DI_LUAR = gettext_lazy("%(nama)s: angka %(nilai)s di luar jangkauan yang dapat dibaca.")
# The same bounds as the portal-format import (laporan.impor): a count or an index never
# needs more than 15 digits or finer than 1e-20, and 1e308 must be an error, not a 500.
DIGIT_MAKS = 15
DESIMAL_MAKS = 20
PESAN_BUKAN_OPSI = gettext_lazy("jawaban harus salah satu opsi (%(pilihan)s), bukan %(nilai)s.")
ALASAN_SURVEI = gettext_lazy(
    "Nilai indeks survei (IPAK/IPKP) tidak diambil dari buku kerja: portal memakai data "
    "survei atau nilai eksternal yang dicatat dengan dokumen sumbernya."
)
ALASAN_PERSEN_RUMUS = gettext_lazy(
    "Persentase hasil rumus tidak diambil; isi jumlah pada baris-baris Jumlah di bawahnya."
)
ALASAN_PERSEN_BEDA = gettext_lazy(
    "Persentase %(ketik)s tidak dipakai: yang dipakai jumlah di baris Jumlah (%(hitung)s)."
)
YA = {"ya", "y", "yes", "ada", "sudah"}
TIDAK = {"tidak", "t", "tdk", "no", "tidak ada", "belum"}
_OPSI = re.compile(r"^\s*\(?([A-Ea-e])\s*(?:[.):]\s*|\s+|$)")


@dataclass(frozen=True)
class TakDiambil:
    lembar: str
    alamat: str  # "K45", or "kolom M" for a whole column
    isi: str
    alasan: str


@dataclass
class Sumber:
    """One answer column and what it holds, ready for a layer of the assessment."""

    id: str  # "<sheet>!<column letter>", stable for the same file
    lembar: str
    kolom: int
    kolom_catatan: int | None
    label: str
    tebakan: tuple[str, int] | None = None  # the layer its header suggests, how surely
    jawaban: dict = field(default_factory=dict)  # code -> raw answer (None: empty)
    catatan: dict = field(default_factory=dict)  # code -> text
    baris: dict = field(default_factory=dict)  # code -> row number
    galat: list = field(default_factory=list)  # row messages (the import refuses)
    tak_diambil: list = field(default_factory=list)

    @property
    def terisi(self) -> int:
        return sum(1 for v in self.jawaban.values() if v is not None)

    @property
    def huruf(self) -> str:
        return get_column_letter(self.kolom) if self.kolom > 0 else ""


def opsi_dari(nilai, p: m.Pertanyaan) -> str | None:
    """An option label out of what people type in an answer cell, None when empty."""
    if nilai is None or (isinstance(nilai, str) and not nilai.strip()):
        return None
    if isinstance(nilai, bool) and p.jenis == m.YA_TIDAK:  # a ticked checkbox
        return "Ya" if nilai else "Tidak"
    if not isinstance(nilai, str):
        raise ValueError(nilai)
    s = nilai.strip()
    if p.jenis == m.YA_TIDAK:
        kata = s.casefold().rstrip(".").split(",")[0].strip()
        if kata in YA or kata.startswith("ya "):
            return "Ya"
        if kata in TIDAK or kata.startswith("tidak "):
            return "Tidak"
        return s
    hasil = _OPSI.match(s)
    return hasil[1].upper() if hasil else s


def angka_dari(nilai) -> Decimal | None:
    """A number out of a cell: a number, or text such as "3", "3,00", "1.250"."""
    if nilai is None or (isinstance(nilai, str) and not nilai.strip()):
        return None
    if isinstance(nilai, bool):
        raise ValueError(nilai)
    if isinstance(nilai, int | float | Decimal):
        hasil = Decimal(repr(nilai)) if isinstance(nilai, float) else Decimal(nilai)
    else:
        s = str(nilai).strip().replace(" ", "")
        if re.fullmatch(r"\d{1,3}(\.\d{3})+", s):  # 1.250 written the Indonesian way
            s = s.replace(".", "")
        try:
            hasil = Decimal(s.replace(",", "."))
        except InvalidOperation as exc:
            raise ValueError(nilai) from exc
    if not hasil.is_finite():
        raise ValueError(nilai)
    if hasil and not -DESIMAL_MAKS <= hasil.adjusted() < DIGIT_MAKS:
        raise AngkaDiLuar(nilai)
    return hasil


class AngkaDiLuar(ValueError):
    """A number too large or too fine to be an answer (e.g. 1e308)."""


def persen_dari(nilai, format_: str) -> Decimal | None:
    """A typed percentage (0..100) as Excel stores it (see the module docstring)."""
    if isinstance(nilai, str) and nilai.strip().endswith("%"):
        return angka_dari(nilai.strip()[:-1])
    angka = angka_dari(nilai)
    if angka is None:
        return None
    if "%" in (format_ or "") or angka <= 1:
        return angka * SERATUS
    return angka


def _tampil(nilai) -> str:
    teks = str(nilai).strip()
    return teks if len(teks) <= 60 else teks[:57] + "…"


class PembacaSumber:
    """Reads one source column of one table."""

    def __init__(self, tabel: Tabel, cocok: Pencocokan, ins: m.Instrumen, sumber: Sumber):
        self.t, self.c, self.ins, self.s = tabel, cocok, ins, sumber

    def alamat(self, r: int, kolom: int | None = None) -> str:
        return f"{get_column_letter(kolom or self.s.kolom)}{r}"

    def ambil(self, r: int, kolom: int | None = None):
        """The value of a cell this source takes (SelTidakTerbaca when refused)."""
        return nilai_sel(self.t.lembar.ambil(r, kolom or self.s.kolom), self.alamat(r, kolom))

    def galat(self, r: int, kode: str, pesan) -> None:
        isi = {"baris": r, "kode": kode, "sumber": self.s.label, "pesan": pesan}
        self.s.galat.append(str(PESAN_BARIS % isi))

    def lewati(self, r: int, isi, alasan, kolom: int | None = None) -> None:
        self.s.tak_diambil.append(
            TakDiambil(self.t.lembar.nama, self.alamat(r, kolom), _tampil(isi), str(alasan))
        )

    def baca(self) -> Sumber:
        for kode, cocok in self.c.pertanyaan.items():
            try:
                self.pertanyaan(self.ins.cari(kode), cocok.baris)
            except SelTidakTerbaca as exc:
                self.galat(cocok.baris, kode, exc.pesan)
        return self.s

    def pertanyaan(self, p: m.Pertanyaan, r: int) -> None:
        if p.kode in KODE_SURVEI:
            isi = teks_sel(self.t.lembar.ambil(r, self.s.kolom))
            if isi:
                self.lewati(r, isi, ALASAN_SURVEI)
            return
        self.s.baris[p.kode] = r
        if self.s.kolom_catatan:
            catatan = self.ambil(r, self.s.kolom_catatan)
            if catatan not in (None, ""):
                self.s.catatan[p.kode] = str(catatan).strip()
        try:
            mentah = self.mentah(p, r)
        except ValueError as exc:
            self.galat(r, p.kode, str(exc.args[0]) if exc.args else "")
            return
        try:
            self.s.jawaban[p.kode] = periksa_jawaban(self.ins, p.kode, mentah)
        except JawabanTidakValid as exc:
            pesan = terjemahkan(exc)
            self.galat(r, p.kode, pesan.split(": ", 1)[1] if pesan.startswith(p.kode) else pesan)

    def mentah(self, p: m.Pertanyaan, r: int):
        """The raw answer (engine format) of a question row; ValueError says why not."""
        if p.jenis in m.JENIS_OPSI:
            nilai = self.ambil(r)
            try:
                return opsi_dari(nilai, p)
            except ValueError:
                pilihan = "/".join(o.label for o in p.opsi)
                raise ValueError(
                    str(PESAN_BUKAN_OPSI % {"pilihan": pilihan, "nilai": _tampil(nilai)})
                ) from None
        if p.jenis == m.PERSEN:
            return self.persen(p, r)
        return self.angka(p.kode, "nilai", self.ambil(r))

    def angka(self, kode: str, nama: str, nilai) -> Decimal | None:
        try:
            return angka_dari(nilai)
        except AngkaDiLuar:
            raise ValueError(
                str(PESAN_ANGKA_DI_LUAR % {"nama": nama, "nilai": repr(nilai)})
            ) from None
        except ValueError:
            raise ValueError(
                str(PESAN_BUKAN_ANGKA % {"nama": nama, "nilai": repr(nilai)})
            ) from None

    def persen(self, p: m.Pertanyaan, r: int):
        baris = self.c.jumlah.get(p.kode, {})
        hitungan = {}
        for mk in p.masukan:
            rm = baris.get(mk.kunci)
            hitungan[mk.kunci] = self.angka(p.kode, mk.label, self.ambil(rm)) if rm else None
        sel = self.t.lembar.ambil(r, self.s.kolom)
        if any(v is not None for v in hitungan.values()):
            self.persen_diketik(p, r, sel, hitungan)
            return hitungan
        if sel is None or sel.nilai in (None, ""):
            return None
        if sel.rumus:
            self.lewati(r, sel.nilai, ALASAN_PERSEN_RUMUS)
            return None
        nilai = persen_dari(self.ambil(r), sel.format)
        return None if nilai is None else {m.KUNCI_PERSEN: nilai}

    def persen_diketik(self, p: m.Pertanyaan, r: int, sel, hitungan: dict) -> None:
        """A percentage typed beside filled counts is not used; say so when it differs."""
        if sel is None or sel.rumus or sel.nilai in (None, ""):
            return
        from penilaian.scoring.jawaban import nilai_dari_normal

        try:
            ketik = persen_dari(sel.nilai, sel.format)
            normal = periksa_jawaban(self.ins, p.kode, hitungan)
        except (ValueError, JawabanTidakValid):
            return
        hitung = nilai_dari_normal(p, normal) * 100  # exact (a Fraction)
        if ketik is not None and abs(pecahan(ketik) - hitung) >= Fraction(1, 100):
            ketik, hitung = (f"{number_format(bulat(x), 2)} %" for x in (ketik, hitung))
            alasan = ALASAN_PERSEN_BEDA % {"ketik": ketik, "hitung": hitung}
            self.lewati(r, sel.nilai, alasan)
