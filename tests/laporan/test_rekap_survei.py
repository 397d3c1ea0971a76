"""Survey data workbook: anonymous raw responses, the results page's means and indices,
suggestions as text, bounded queries."""

import io
from decimal import Decimal
from fractions import Fraction

from django.db import connection
from django.db.models import Count, Sum
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from openpyxl import load_workbook

from laporan import survei_data
from laporan.survei_data import cakupan_kanwil, cakupan_satker, survei_buat
from survei.hasil import hasil_survei
from survei.indeks import nrr
from survei.models import Respons, Skor
from survei.selectors import ringkasan_survei_satker
from survei.services import layanan_tambah
from tests.survei.conftest import isi

TAHUN = timezone.localdate().year


def _buku(cakupan):
    berkas = io.BytesIO()
    n = survei_buat(berkas, cakupan)
    berkas.seek(0)
    return n, load_workbook(berkas)


def test_the_raw_sheet_has_one_anonymous_row_per_response(cast):
    layanan = layanan_tambah(satker=cast.satker_a, nama="Kunjungan")
    isi(cast.satker_a, "spkp", 6, layanan=layanan.pk, saran="Bagus")
    isi(cast.satker_a, "spak", 3, layanan=layanan.pk)
    n, buku = _buku(cakupan_satker(cast.satker_a, TAHUN))
    assert n == 2
    assert buku.sheetnames[:3] == ["Respons", "Rerata & indeks", "Saran"]
    ws = buku["Respons"]
    judul = [c.value for c in ws[1]]
    assert judul[:9] == [
        "Tanggal",
        "Kuesioner",
        "Cara",
        "Usia",
        "Jenis kelamin",
        "Pendidikan",
        "Pekerjaan",
        "Jenis responden",
        "Layanan",
    ]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 2
    spkp = next(r for r in rows if r[1].startswith("SPKP"))
    assert spkp[8] == "Kunjungan" and spkp[3] == "26-35 tahun"
    nilai_spkp = [v for j, v in zip(judul, spkp, strict=True) if j.startswith("SPKP")]
    assert nilai_spkp and set(nilai_spkp) == {6}
    # Nothing identifying: no suggestion text, no id or token among the raw columns.
    semua = {str(v) for r in rows for v in r}
    assert "Bagus" not in semua
    assert not any(j.lower() in ("id", "token", "saran") for j in judul)


def test_item_means_and_indices_equal_the_results_page(cast):
    isi(cast.satker_a, "spkp", 6)
    isi(cast.satker_a, "spkp", 3)
    isi(cast.satker_a, "spak", 5)
    _n, buku = _buku(cakupan_satker(cast.satker_a, TAHUN))
    ws = buku["Rerata & indeks"]
    rows = list(ws.iter_rows(values_only=True))
    halaman = hasil_survei(satker=cast.satker_a, tahun=TAHUN)
    rerata = {(r[0], r[2]): r[6] for r in rows[1:] if r and r[0] in ("SPKP", "SPAK")}
    for b in halaman["butir"]["spkp"]:
        assert Decimal(str(rerata[("SPKP", b.kode)])) == b.rerata
    ringkasan = ringkasan_survei_satker(satker_ids=[cast.satker_a.pk], tahun=TAHUN)[
        cast.satker_a.pk
    ]
    indeks = next(r for r in rows if r and r[0] == cast.satker_a.kode)
    assert indeks[2] == 2 and indeks[3] == 1
    assert abs(Fraction(str(indeks[5])) - ringkasan.ipkp_survei) < Fraction(1, 10**9)
    assert abs(Fraction(str(indeks[6])) - ringkasan.ipak_survei) < Fraction(1, 10**9)


def test_item_means_from_the_day_aggregates_equal_the_means_of_the_raw_answers(cast):
    # The sheet reads RekapButir; the raw answers must give the very same rows.
    isi(cast.satker_a, "spkp", 6)
    isi(cast.satker_a, "spkp", 1)
    isi(cast.satker_b, "spkp", 4)
    isi(cast.satker_b, "spak", 2)
    cakupan = cakupan_kanwil(cast.kanwil_x, TAHUN, satker_ids=None)
    mentah = (
        Skor.objects.filter(respons__satker_id__in=[s[0] for s in cakupan.satker])
        .filter(respons__tahun=TAHUN)
        .values("respons__versi__kuesioner__jenis", "respons__versi__nomor", "butir__kode")
        .annotate(s=Sum("nilai"), n=Count("id"))
    )
    harapan = {
        (
            r["respons__versi__kuesioner__jenis"].upper(),
            r["respons__versi__nomor"],
            r["butir__kode"],
        ): (
            r["n"],
            nrr(r["s"], r["n"]),
        )
        for r in mentah
    }
    baris = survei_data.rerata_butir(cakupan)
    assert {(b[0], b[1], b[2]): (b[5], b[6]) for b in baris} == harapan
    assert len(baris) == len(harapan) and {b[0] for b in baris} == {"SPKP", "SPAK"}


def test_a_formula_typed_as_a_suggestion_comes_back_as_text(cast):
    for teks in ('=HYPERLINK("http://x","y")', "+1+1", "-2", "@SUM(A1)", "\t=1"):
        isi(cast.satker_a, "spkp", 4, saran=teks)
    _n, buku = _buku(cakupan_satker(cast.satker_a, TAHUN))
    ws = buku["Saran"]
    sel = [r[-1] for r in ws.iter_rows(min_row=2)]
    tersimpan = Respons.objects.filter(satker=cast.satker_a).values_list("saran", flat=True)
    assert sorted(c.value for c in sel) == sorted(tersimpan)
    assert '=HYPERLINK("http://x","y")' in tersimpan
    assert all(c.data_type == "s" for c in sel)


def test_a_kanwil_export_lists_each_units_responses_and_indices(cast):
    isi(cast.satker_a, "spkp", 6)
    isi(cast.satker_b, "spkp", 2)
    isi(cast.satker_c, "spkp", 2)
    n, buku = _buku(cakupan_kanwil(cast.kanwil_x, TAHUN, satker_ids=None))
    assert n == 2
    unit = {r[0] for r in buku["Respons"].iter_rows(min_row=2, values_only=True)}
    assert unit == {cast.satker_a.nama, cast.satker_b.nama}
    kode = [r[0] for r in buku["Rerata & indeks"].iter_rows(values_only=True) if r]
    assert cast.satker_a.kode in kode and cast.satker_c.kode not in kode


def _jumlah_query(cakupan) -> int:
    with CaptureQueriesContext(connection) as ctx:
        _buku(cakupan)
    return len(ctx.captured_queries)


def test_the_query_count_grows_only_per_chunk_of_responses(cast, monkeypatch):
    monkeypatch.setattr(survei_data, "UKURAN_POTONGAN", 10)
    for _ in range(3):
        isi(cast.satker_a, "spkp", 5)
    sedikit = _jumlah_query(cakupan_satker(cast.satker_a, TAHUN))
    for _ in range(6):
        isi(cast.satker_a, "spkp", 5)
    # 9 responses: still one chunk of 10, so the same number of queries.
    assert _jumlah_query(cakupan_satker(cast.satker_a, TAHUN)) == sedikit


def test_the_workbook_speaks_english_for_an_english_user(cast):
    from django.utils import translation

    isi(cast.satker_a, "spkp", 5, saran="Cepat")
    with translation.override("en"):
        _n, buku = _buku(cakupan_satker(cast.satker_a, TAHUN))
    assert buku.sheetnames == [
        "Responses",
        "Means & indices",
        "Suggestions",
        "Staff survey",
        "Staff survey means",
    ]
    assert buku["Responses"]["A1"].value == "Date"


def test_every_sheet_has_a_frozen_filterable_header_widths_dates_and_two_decimals(cast):
    isi(cast.satker_a, "spkp", 5, saran="Cepat")
    isi(cast.satker_a, "spkp", 4)
    _n, buku = _buku(cakupan_satker(cast.satker_a, TAHUN))
    for nama, baris in (("Respons", 3), ("Rerata & indeks", None), ("Saran", 2)):
        ws = buku[nama]
        assert ws.freeze_panes == "A2", nama
        awal, akhir = ws.auto_filter.ref.split(":")
        kolom = len([c for c in ws[1] if c.value])
        assert awal == "A1" and akhir[0] == ws.cell(row=1, column=kolom).column_letter
        if baris:
            assert akhir.endswith(str(baris)), (nama, ws.auto_filter.ref)
        assert ws.column_dimensions["A"].width >= 8, nama
    respons = buku["Respons"]
    tanggal = respons["A2"]
    assert tanggal.is_date and tanggal.number_format == "dd/mm/yyyy"
    assert respons.column_dimensions["I"].width >= 20  # "Layanan": wider than its header
    rerata = buku["Rerata & indeks"]
    sel_rerata = [r[6] for r in rerata.iter_rows(min_row=2, max_row=5) if r[6].value is not None]
    assert sel_rerata and all(c.number_format == "0.00" for c in sel_rerata)
    assert buku["Saran"]["A2"].is_date
