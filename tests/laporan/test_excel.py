"""The Excel writer: user text never becomes a formula; numbers stay numbers."""

from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook

from laporan.excel import Rumus, baris_tulis, buku_streaming, tulis_baris


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
