"""The workbook's cells as plain data, and the one function every cell value is taken
through.

A workbook is opened twice in openpyxl's streaming mode (`laporan.impor.buka_buku`, the
import's bounded opener): once for the saved values and number formats, once to know
which cells are formulas. Each sheet becomes a grid of `Sel`, limited in rows, columns
and cells in total, so a hostile file cannot make the reader hold more than an LKE.
"""

import math
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy

BARIS_MAKS = 5000
KOLOM_MAKS = 60
LEMBAR_MAKS = 30
SEL_MAKS = 400_000

PESAN_RUMUS_TANPA_NILAI = gettext_lazy(
    "sel %(sel)s berisi rumus yang hasilnya tidak tersimpan di berkas; buka berkas di "
    "Excel atau LibreOffice, simpan, lalu unggah lagi."
)
PESAN_SEL_TIDAK_TERBACA = gettext_lazy("sel %(sel)s berisi nilai yang tidak dapat dibaca.")
PESAN_BARIS_LEBIH = gettext_lazy(
    "Lembar %(lembar)s berisi data sesudah baris %(maks)s (baris %(baris)s); portal hanya "
    "membaca %(maks)s baris. Hapus baris itu atau pisahkan berkasnya, lalu impor lagi."
)
PESAN_LEMBAR_LEBIH = gettext_lazy(
    "Buku kerja ini berisi %(jumlah)s lembar; portal membaca paling banyak %(maks)s. "
    "Hapus lembar yang bukan LKE, lalu impor lagi."
)
PESAN_TERLALU_BESAR = gettext_lazy(
    "Buku kerja ini terlalu besar untuk sebuah LKE (lebih dari %(maks)s sel berisi)."
)


@dataclass(frozen=True)
class Sel:
    nilai: object  # the saved value (the result, for a formula)
    format: str = "General"
    rumus: bool = False


class SelTidakTerbaca(ValueError):
    """A cell whose value cannot be taken; `pesan` says why, in the user's language."""

    def __init__(self, pesan: str):
        super().__init__(pesan)
        self.pesan = pesan


def nilai_sel(sel: Sel | None, alamat: str):
    """The value of one cell the import takes (None when empty). A formula whose result
    was never saved, or a number that is not finite, is refused here and nowhere else."""
    if sel is None:
        return None
    if sel.rumus and sel.nilai is None:
        raise SelTidakTerbaca(str(PESAN_RUMUS_TANPA_NILAI % {"sel": alamat}))
    if isinstance(sel.nilai, float) and not math.isfinite(sel.nilai):
        raise SelTidakTerbaca(str(PESAN_SEL_TIDAK_TERBACA % {"sel": alamat}))
    if isinstance(sel.nilai, str) and sel.nilai.startswith("#") and sel.rumus:
        raise SelTidakTerbaca(str(PESAN_SEL_TIDAK_TERBACA % {"sel": alamat}))  # #REF!, #N/A
    return sel.nilai


def teks_sel(sel: Sel | None) -> str:
    """A cell as text for finding headers, codes and questions (never an answer)."""
    if sel is None or sel.nilai is None:
        return ""
    return str(sel.nilai).strip()


@dataclass
class Lembar:
    nama: str
    sel: list[list[Sel | None]]  # rows from 1, columns from 1 (index 0 unused in both)

    def ambil(self, baris: int, kolom: int) -> Sel | None:
        if baris < len(self.sel) and kolom < len(self.sel[baris]):
            return self.sel[baris][kolom]
        return None

    @property
    def jumlah_baris(self) -> int:
        return len(self.sel) - 1


def _rumus(wb_rumus, nama: str) -> set[tuple[int, int]]:
    ws = wb_rumus[nama]
    letak = set()
    for r, baris in enumerate(ws.iter_rows(max_row=BARIS_MAKS, max_col=KOLOM_MAKS), start=1):
        for k, c in enumerate(baris, start=1):
            if getattr(c, "data_type", None) == "f":
                letak.add((r, k))
    return letak


def _tolak_baris_lebih(nama: str, baris, r: int) -> None:
    """Data past the last row read is an error, never silently dropped."""
    if any(getattr(c, "value", None) not in (None, "") for c in baris):
        pesan = PESAN_BARIS_LEBIH % {"lembar": nama, "maks": BARIS_MAKS, "baris": r}
        raise ValidationError(pesan, code="baris_lebih")


def muat_lembar(wb_nilai, wb_rumus) -> list[Lembar]:
    """Every worksheet (charts skipped) as a grid of cells."""
    hasil, jumlah = [], 0
    lembar = [ws for ws in wb_nilai.worksheets if hasattr(ws, "iter_rows")]
    if len(lembar) > LEMBAR_MAKS:  # never read only some of them without a word
        pesan = PESAN_LEMBAR_LEBIH % {"jumlah": len(lembar), "maks": LEMBAR_MAKS}
        raise ValidationError(pesan, code="lembar_lebih")
    for ws in lembar:
        rumus = _rumus(wb_rumus, ws.title)
        grid: list[list[Sel | None]] = [[]]
        for r, baris in enumerate(ws.iter_rows(max_col=KOLOM_MAKS), start=1):
            if r > BARIS_MAKS:
                _tolak_baris_lebih(ws.title, baris, r)
                continue
            isi: list[Sel | None] = [None]
            for k, c in enumerate(baris, start=1):
                nilai = getattr(c, "value", None)
                if nilai is None and (r, k) not in rumus:
                    isi.append(None)
                    continue
                jumlah += 1
                format_ = getattr(c, "number_format", None) or "General"
                isi.append(Sel(nilai, format_, (r, k) in rumus))
            while len(isi) > 1 and isi[-1] is None:
                isi.pop()
            grid.append(isi)
            if jumlah > SEL_MAKS:
                raise ValidationError(
                    PESAN_TERLALU_BESAR % {"maks": SEL_MAKS}, code="terlalu_besar"
                )
        while len(grid) > 1 and len(grid[-1]) <= 1:
            grid.pop()
        hasil.append(Lembar(ws.title, grid))
    return hasil
