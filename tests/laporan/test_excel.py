"""The Excel writer: user text never becomes a formula; numbers stay numbers."""

import datetime
import zipfile
from decimal import Decimal
from fractions import Fraction

import pytest
from openpyxl import Workbook, load_workbook

from laporan.excel import Rumus, baris_tulis, buku_streaming, sel_tulis, tulis_baris


@pytest.mark.parametrize(
    "teks", ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\r=1", "biasa"]
)
@pytest.mark.parametrize("streaming", [True, False])
def test_text_a_user_typed_comes_back_as_the_same_text(tmp_path, teks, streaming):
    berkas = tmp_path / "a.xlsx"
    if streaming:
        wb = buku_streaming()
        ws = wb.create_sheet("Data")
        ws.append(baris_tulis(ws, [teks]))
    else:
        wb = Workbook()
        ws = wb.active
        ws.title = "Data"
        tulis_baris(ws, 1, [teks])
    wb.save(berkas)
    sel = load_workbook(berkas)["Data"]["A1"]
    # Exactly, even a bare carriage return: openpyxl uses lxml (python-docx's dependency),
    # which keeps it (the standard library's XML reads it back as a line feed).
    assert (sel.value, sel.data_type) == (teks, "s")


def test_decimals_are_numbers_with_two_decimals_and_formulas_are_formulas(tmp_path):
    wb = Workbook()
    ws = wb.active
    tulis_baris(ws, 1, [Decimal("78.525"), Decimal("3"), Rumus("=A1+B1")])
    wb.save(tmp_path / "b.xlsx")
    baris = load_workbook(tmp_path / "b.xlsx").active[1]
    assert baris[0].value == 78.525 and baris[0].number_format == "0.00"
    assert baris[1].value == 3 and baris[1].data_type == "n"
    assert (baris[2].value, baris[2].data_type) == ("=A1+B1", "f")


def test_a_formula_must_be_meant():
    with pytest.raises(ValueError):
        Rumus("SUM(A1)")


def _xml_lembar(berkas) -> bytes:
    with zipfile.ZipFile(berkas) as z:
        return z.read("xl/worksheets/sheet1.xml")


def test_a_streamed_row_writes_the_same_xml_as_one_cell_per_value(tmp_path):
    # baris_tulis hands ints, None and safe text to openpyxl as plain values (the fast
    # path); the file must be byte for byte what a cell per value gives.
    nilai = [
        7, 0, None, "", "biasa", " spasi ", "#N/A", "=1+1", "+62", "-", "@x", "\tx", True,
        Decimal("78.525"), Decimal("3"), Fraction(1, 3), 2.5, datetime.date(2026, 11, 29),
        datetime.datetime(2026, 11, 29, 8, 30), Rumus("=A1+B1"),
    ]  # fmt: skip
    berkas = {}
    for nama, buat in (
        ("cepat", lambda ws: baris_tulis(ws, nilai)),
        ("sel", lambda ws: [sel_tulis(ws, v) for v in nilai]),
    ):
        wb = buku_streaming()
        ws = wb.create_sheet("Data")
        ws.append(buat(ws))
        ws.append(baris_tulis(ws, nilai, tebal=True))
        berkas[nama] = tmp_path / f"{nama}.xlsx"
        wb.save(berkas[nama])
    assert _xml_lembar(berkas["cepat"]) == _xml_lembar(berkas["sel"])
    ws = load_workbook(berkas["cepat"])["Data"]
    assert [c.value for c in ws[1]][:5] == [7, 0, None, None, "biasa"]
    assert all(c.font.b for c in ws[2])


@pytest.mark.parametrize("teks", ["#N/A", "#DIV/0!", "#REF!"])
def test_text_that_reads_as_an_excel_error_stays_the_text_typed(tmp_path, teks):
    # A suggestion typed as "#N/A" is what the respondent wrote, not an error value.
    wb = buku_streaming()
    ws = wb.create_sheet("Data")
    ws.append(baris_tulis(ws, [teks, "biasa"]))
    wb.save(tmp_path / "e.xlsx")
    sel = load_workbook(tmp_path / "e.xlsx")["Data"]["A1"]
    assert (sel.value, sel.data_type) == (teks, "s")
