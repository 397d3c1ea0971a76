"""The one place that writes Excel cells. Every report is a generator of rows; this
module turns values into cells so that the rules hold everywhere:

- text a user typed is always text: a value starting with = + - @ (or a tab or carriage
  return) would otherwise be read as a formula by Excel or LibreOffice (CSV/formula
  injection), so it is written as a string cell;
- a formula is only ever written on purpose, through `Rumus`;
- decimals are written as numbers with a 2-decimal format, never as rounded strings;
  an exact ratio (a Fraction) as the exact decimal when it has one, else as the nearest
  binary number (a spreadsheet holds nothing closer).
"""

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill

AWALAN_RUMUS = ("=", "+", "-", "@", "\t", "\r")
FORMAT_2_DESIMAL = "0.00"
FORMAT_PERSEN = "0.00%"
HURUF_TEBAL = Font(bold=True)
ISI_JUDUL = PatternFill("solid", fgColor="DDE7F0")
BUNGKUS = Alignment(wrap_text=True, vertical="top")


@dataclass(frozen=True)
class Rumus:
    """A formula the report means to write (e.g. "=SUM(F5:F9)")."""

    teks: str
    format: str | None = FORMAT_2_DESIMAL

    def __post_init__(self):
        if not self.teks.startswith("="):
            raise ValueError("Rumus harus diawali '='")


def teks_aman(nilai: str) -> bool:
    """Whether a string would be taken for a formula if written as it is."""
    return isinstance(nilai, str) and nilai.startswith(AWALAN_RUMUS)


def isi_sel(sel, nilai, *, format: str | None = None) -> None:
    """Put `nilai` into an openpyxl cell (normal or write-only) by the rules above."""
    if isinstance(nilai, Rumus):
        sel.value = nilai.teks
        if nilai.format:
            sel.number_format = nilai.format
        return
    if isinstance(nilai, Fraction):
        nilai = _desimal(nilai)
    if isinstance(nilai, float):
        sel.value = nilai
        sel.number_format = format or FORMAT_2_DESIMAL
        return
    if isinstance(nilai, Decimal):
        sel.value = float(nilai) if nilai == nilai.to_integral_value() else nilai
        sel.number_format = format or FORMAT_2_DESIMAL
        return
    if nilai == "":
        nilai = None
    sel.value = nilai
    if isinstance(nilai, str) and teks_aman(nilai):
        sel.data_type = "s"  # stays text: Excel shows it, never evaluates it
    if format:
        sel.number_format = format


def _desimal(nilai: Fraction) -> Decimal | float:
    """The exact Decimal of a Fraction whose denominator has only the factors 2 and 5,
    else the nearest float."""
    penyebut = nilai.denominator
    for p in (2, 5):
        while penyebut % p == 0:
            penyebut //= p
    if penyebut != 1:
        return float(nilai)
    tempat = 0
    while (nilai * 10**tempat).denominator != 1:
        tempat += 1
    return Decimal(int(nilai * 10**tempat)).scaleb(-tempat)


def sel_tulis(ws, nilai, *, format: str | None = None, tebal: bool = False) -> WriteOnlyCell:
    """A write-only cell for streaming sheets (`Workbook(write_only=True)`)."""
    sel = WriteOnlyCell(ws, value=None)
    isi_sel(sel, nilai, format=format)
    if tebal:
        sel.font = HURUF_TEBAL
    return sel


def baris_tulis(ws, nilai: Iterable, *, tebal: bool = False) -> list:
    return [sel_tulis(ws, v, tebal=tebal) for v in nilai]


def buku_streaming() -> Workbook:
    """A workbook that writes rows as they come and keeps little in memory."""
    return Workbook(write_only=True)


def tulis_baris(ws, baris: int, nilai: Iterable, *, tebal: bool = False) -> None:
    """Write one row of a normal (random-access) sheet, starting at column A."""
    for kolom, v in enumerate(nilai, start=1):
        sel = ws.cell(row=baris, column=kolom)
        isi_sel(sel, v)
        if tebal:
            sel.font = HURUF_TEBAL
            sel.fill = ISI_JUDUL
