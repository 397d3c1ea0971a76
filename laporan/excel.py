"""The one place that writes Excel cells. Every report is a generator of rows; this
module turns values into cells so that the rules hold everywhere:

- text a user typed is always text: a value starting with = + - @ (or a tab or carriage
  return) would otherwise be read as a formula by Excel or LibreOffice (CSV/formula
  injection), so it is written as a string cell;
- a formula is only ever written on purpose, through `Rumus`;
- decimals are written as numbers with a 2-decimal format, never as rounded strings;
  an exact ratio (a Fraction) as the exact decimal when it has one, else as the nearest
  binary number (a spreadsheet holds nothing closer);
- dates and times are written as dates (a date format, local time), never as text.

List sheets (recaps, survey data) get a frozen, filterable header row and column widths
from `lembar_daftar` / `saring`.
"""

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from django.utils import timezone
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

AWALAN_RUMUS = ("=", "+", "-", "@", "\t", "\r")
FORMAT_2_DESIMAL = "0.00"
FORMAT_PERSEN = "0.00%"
FORMAT_TANGGAL = "dd/mm/yyyy"
FORMAT_WAKTU = "dd/mm/yyyy hh:mm"
LEBAR_MIN, LEBAR_MAKS = 8, 60
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
    """Whether a string would be taken for a formula (or an error value such as #N/A)
    if written as it is."""
    return isinstance(nilai, str) and (nilai.startswith(AWALAN_RUMUS) or nilai in ERROR_CODES)


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
    if isinstance(nilai, datetime.datetime):
        if timezone.is_aware(nilai):
            nilai = timezone.make_naive(nilai)  # Excel has no time zones: local time
        sel.value = nilai
        sel.number_format = format or FORMAT_WAKTU
        return
    if isinstance(nilai, datetime.date):
        sel.value = nilai
        sel.number_format = format or FORMAT_TANGGAL
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


def _nilai_atau_sel(ws, nilai):
    """`nilai` itself when openpyxl, given the plain value, writes exactly the cell
    `sel_tulis` would (an int, None, a string that cannot be read as a formula; "" is
    None as in `isi_sel`), else `sel_tulis`'s cell. Building a cell per value and
    handing it to a write-only sheet costs about as much again as writing it: the sheet
    first tries the cell as a value and formats an error message before taking it."""
    jenis = type(nilai)
    if jenis is int or nilai is None:
        return nilai
    if jenis is str and not teks_aman(nilai):
        return nilai or None
    return sel_tulis(ws, nilai)


def baris_tulis(ws, nilai: Iterable, *, tebal: bool = False) -> list:
    """One row for `ws.append` of a write-only sheet: plain values where they need no
    cell of their own, cells for dates, decimals, text that looks like a formula, and
    every value of a bold row."""
    if tebal:
        return [sel_tulis(ws, v, tebal=True) for v in nilai]
    return [_nilai_atau_sel(ws, v) for v in nilai]


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


def lembar_daftar(
    ws, judul: list[str], *, lebar: Mapping[int, int] | None = None, beku: str = "A2"
) -> None:
    """The header row of a list sheet (streaming or not): bold, frozen, and every column
    as wide as its header (within limits) unless `lebar` {column number: width} says.
    Widths must be set before the first row of a streaming sheet, so this comes first."""
    lebar = lebar or {}
    for nomor, teks in enumerate(judul, start=1):
        ukuran = lebar.get(nomor, len(str(teks or "")) + 3)
        ws.column_dimensions[get_column_letter(nomor)].width = max(
            LEBAR_MIN, min(LEBAR_MAKS, ukuran)
        )
    ws.freeze_panes = beku
    if isinstance(ws, Worksheet):
        tulis_baris(ws, 1, judul, tebal=True)
    else:
        ws.append(baris_tulis(ws, judul, tebal=True))


def saring(ws, *, kolom: int, baris: int, awal: int = 1) -> None:
    """An autofilter over a table whose header is row `awal` and last row `baris`
    (on a streaming sheet it is written when the sheet is closed, so set it last)."""
    if kolom:
        ws.auto_filter.ref = f"A{awal}:{get_column_letter(kolom)}{max(baris, awal)}"


def lebar_menurut(judul: list[str], lebar: Mapping[str, int]) -> dict[int, int]:
    """{column number: width} of the columns whose header is in `lebar` (names, long
    texts: where the header's own length is a poor guide)."""
    return {i: lebar[j] for i, j in enumerate(judul, start=1) if j in lebar}


def cetak_lanskap(ws, *, area: str | None = None, judul_baris: str | None = None) -> None:
    """A4 landscape, as wide as one page, as long as it takes."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if judul_baris:
        ws.print_title_rows = judul_baris
    if area:
        ws.print_area = area
