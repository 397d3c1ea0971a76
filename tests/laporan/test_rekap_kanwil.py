"""Kanwil recap workbook: the dashboard's numbers, sub-area sheets, constant queries."""

import io
from fractions import Fraction

from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from dasbor.selectors.periode import baris_periode
from laporan.rekap import periode_rekap, rekap_buat
from penilaian.models import Periode, SkorSnapshot
from penilaian.scoring import pecahan
from tests.dasbor.test_selectors import _kanwil_dengan_unit


def _buku(user, daftar_periode):
    berkas = io.BytesIO()
    n = rekap_buat(berkas, user=user, daftar_periode=daftar_periode)
    berkas.seek(0)
    return n, load_workbook(berkas)


def _kolom(ws, judul):
    return [c.value for c in ws[1]].index(judul)


def test_the_recap_has_one_row_per_unit_with_the_dashboards_numbers(cast):
    admin = cast.pengguna["superuser"]
    kanwil = _kanwil_dengan_unit(4, admin)
    periode = Periode.objects.get(kanwil=kanwil, tahun=2026)
    n, buku = _buku(admin, [periode])
    assert n == 4
    ws = buku["Rekap"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 4
    baris = {b.satker.kode: b for b in baris_periode(user=admin, periode=periode)}
    for row in rows:
        b = baris[row[_kolom(ws, "Kode")]]
        assert row[_kolom(ws, "Satuan kerja")] == b.satker.nama
        assert row[_kolom(ws, "Status predikat")] == b.label_predikat
        assert row[_kolom(ws, "Kriteria belum terpenuhi")] == ("; ".join(b.gagal) or None)
        assert abs(Fraction(str(row[_kolom(ws, "Total resmi")])) - b.resmi.total) < Fraction(
            1, 10**9
        )
        assert row[_kolom(ws, "Total mandiri")] is not None
    assert any("Area 1" in str(c.value) for c in ws[1])


def test_each_area_sheet_has_the_official_layers_sub_area_scores(cast):
    admin = cast.pengguna["superuser"]
    kanwil = _kanwil_dengan_unit(2, admin)
    periode = Periode.objects.get(kanwil=kanwil, tahun=2026)
    _n, buku = _buku(admin, [periode])
    assert buku.sheetnames == ["Rekap", *(f"Area {i}" for i in range(1, 7)), "Hasil"]
    ws = buku["Area 1"]
    judul = [c.value for c in ws[1]]
    assert judul[:3] == ["Kanwil", "Kode", "Satuan kerja"]
    assert judul[3].startswith("A.I.1")
    baris = {b.satker.kode: b for b in baris_periode(user=admin, periode=periode)}
    for row in ws.iter_rows(min_row=2, values_only=True):
        b = baris[row[1]]
        snap = SkorSnapshot.objects.get(penilaian=b.penilaian, lapisan=b.resmi.lapisan)
        kode = judul[3].split(" ")[0]
        assert abs(Fraction(str(row[3])) - pecahan(snap.subarea[kode]["nilai"])) < 1e-9
        # The sheet's total of the area's sub-areas is the area's score.
        assert abs(Fraction(str(row[-1])) - b.resmi.area["1"]) < 1e-9


def _jumlah_query(user, periode) -> int:
    with CaptureQueriesContext(connection) as ctx:
        _buku(user, [periode])
    return len(ctx.captured_queries)


def test_the_recap_query_count_does_not_grow_with_units(cast):
    admin = cast.pengguna["superuser"]
    kecil = Periode.objects.get(kanwil=_kanwil_dengan_unit(3, admin), tahun=2026)
    besar = Periode.objects.get(kanwil=_kanwil_dengan_unit(30, admin), tahun=2026)
    jumlah_kecil = _jumlah_query(admin, kecil)
    assert _jumlah_query(admin, besar) == jumlah_kecil


def test_a_kanwil_admin_gets_only_the_periods_of_their_kanwil(cast):
    admin = cast.pengguna["superuser"]
    _kanwil_dengan_unit(1, admin)
    from tests.factories import PeriodeFactory

    PeriodeFactory(kanwil=cast.kanwil_x)
    PeriodeFactory(kanwil=cast.kanwil_y)
    assert [p.kanwil for p in periode_rekap(user=cast.pengguna["admin_x"], tahun=2026)] == [
        cast.kanwil_x
    ]
    assert len(periode_rekap(user=admin, tahun=2026)) == 3
    assert periode_rekap(user=cast.pengguna["admin_y"], tahun=2026, kanwil_kode=["kanwil-x"]) == []


def test_the_recap_sheets_have_a_frozen_filterable_header_and_two_decimal_numbers(cast):
    admin = cast.pengguna["superuser"]
    kanwil = _kanwil_dengan_unit(3, admin)
    periode = Periode.objects.get(kanwil=kanwil, tahun=2026)
    _n, buku = _buku(admin, [periode])
    for ws in buku.worksheets:
        assert ws.freeze_panes == "D2", ws.title
        akhir = ws.cell(row=1, column=ws.max_column).coordinate.rstrip("1")
        assert ws.auto_filter.ref == f"A1:{akhir}4", ws.title
    ws = buku["Rekap"]
    assert ws.column_dimensions["C"].width >= 30  # the unit's name
    total = ws.cell(row=2, column=_kolom(ws, "Total resmi") + 1)
    assert isinstance(total.value, float | int) and total.number_format == "0.00"
