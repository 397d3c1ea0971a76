"""The LKE workbook: official layout, live formulas that give the portal's numbers."""

from decimal import Decimal

import pytest
from openpyxl import load_workbook

from laporan.lembar_lke import (
    BARIS_KUNCI,
    LEMBAR_LKE,
    LEMBAR_RINGKASAN,
    SEL_INSTRUMEN,
    DataLapisan,
    DataLke,
    lke_buku,
)
from penilaian.scoring import bulat, hitung
from tests.laporan.bantu import (
    angka,
    baca_nilai,
    hitung_ulang,
    instrumen,
    jawaban_campuran,
    jawaban_terbaik_semua,
    perlu_libreoffice,
)

INJEKSI = '=HYPERLINK("http://jahat.example","klik")'


def _data(ins, mandiri, kanwil=None, tpi=None, predikat=None):
    return DataLke(
        instrumen=ins,
        lapisan=(
            DataLapisan("mandiri", "Penilaian mandiri", mandiri, {"A.I.1.i.a": INJEKSI}),
            DataLapisan("kanwil", "Kanwil", kanwil or {}, {"A.I.1.i.b": "+catatan"}),
            DataLapisan("tpi", "TPI", tpi or {}),
        ),
        satker="Rutan A",
        periode="2026",
        predikat_sebelumnya=predikat,
        bukti={"A.I.1.i.a": [("-SK tim.pdf", "http://portal/unduh/1")]},
    )


def _simpan(tmp_path, data, nama="lke.xlsx"):
    berkas = tmp_path / nama
    lke_buku(data).save(berkas)
    return berkas


def _baris_kode(ws):
    kunci = [c.value for c in ws[BARIS_KUNCI]]
    kol_tipe = kunci.index("tipe")
    return {
        ws.cell(row=r, column=1).value: r
        for r in range(BARIS_KUNCI + 1, ws.max_row + 1)
        if ws.cell(row=r, column=kol_tipe + 1).value == "pertanyaan"
    }


def test_the_workbook_has_the_summary_first_and_one_row_per_question(tmp_path):
    ins = instrumen()
    wb = load_workbook(_simpan(tmp_path, _data(ins, {})))
    assert wb.sheetnames == [LEMBAR_RINGKASAN, LEMBAR_LKE]
    ws = wb[LEMBAR_LKE]
    assert ws[SEL_INSTRUMEN].value == ins.kode
    assert set(_baris_kode(ws)) == {p.kode for p in ins.pertanyaan}
    assert ws.freeze_panes == "D7"
    assert ws.page_setup.orientation == "landscape"
    assert ws.print_title_rows == "$5:$6"


def test_scores_and_totals_are_formulas_over_the_answer_cells(tmp_path):
    ins = instrumen()
    ws = load_workbook(_simpan(tmp_path, _data(ins, jawaban_terbaik_semua(ins))))[LEMBAR_LKE]
    kunci = [c.value for c in ws[BARIS_KUNCI]]
    r = _baris_kode(ws)["A.I.1.i.a"]
    nilai = ws.cell(row=r, column=kunci.index("mandiri.nilai") + 1)
    assert nilai.data_type == "f" and "MATCH" in nilai.value
    assert ws.cell(row=r, column=kunci.index("mandiri.jawaban") + 1).value == "Ya"


def test_text_typed_by_users_stays_text(tmp_path):
    ins = instrumen()
    ws = load_workbook(_simpan(tmp_path, _data(ins, {"A.I.1.i.a": INJEKSI})))[LEMBAR_LKE]
    kunci = [c.value for c in ws[BARIS_KUNCI]]
    r = _baris_kode(ws)["A.I.1.i.a"]
    for kolom, teks in (
        ("mandiri.narasi", INJEKSI),
        ("mandiri.jawaban", INJEKSI),
        ("mandiri.bukti", "-SK tim.pdf"),
    ):
        sel = ws.cell(row=r, column=kunci.index(kolom) + 1)
        assert (sel.value, sel.data_type) == (teks, "s")


def _total_ringkasan(wb, ins):
    """{layer index: (total, pengungkit, memenuhi WBK, memenuhi WBBM)} from the summary."""
    ws = wb[LEMBAR_RINGKASAN]
    baris = {ws.cell(row=r, column=2).value: r for r in range(1, ws.max_row + 1)}
    kode = {ws.cell(row=r, column=1).value: r for r in range(1, ws.max_row + 1)}
    # Tabel 6 names its criteria in words below its own "Kriteria" header row.
    awal = baris["Kriteria"]
    label = {
        "total": "Nilai total",
        "pengungkit": "Komponen pengungkit",
        "area_1": "Area 1: Manajemen Perubahan",
        "ipak": "Indeks Persepsi Anti Korupsi (IPAK)",
        "pelayanan_prima": "Pelayanan publik yang prima",
    }
    kode |= {
        k: next(r for r in range(awal, ws.max_row + 1) if ws.cell(row=r, column=2).value == teks)
        for k, teks in label.items()
    }
    hasil = {}
    for i in range(3):
        kolom_nilai = 4 + i * 6 + 2
        kolom_kriteria = 5 + i * 3
        hasil[i] = {
            "total": ws.cell(row=kode["A+B"], column=kolom_nilai).value,
            "pengungkit": ws.cell(row=kode["A"], column=kolom_nilai).value,
            "kriteria": {
                k: (
                    ws.cell(row=kode[k], column=kolom_kriteria + 1).value,
                    ws.cell(row=kode[k], column=kolom_kriteria + 2).value,
                )
                for k in ("total", "pengungkit", "area_1", "ipak", "pelayanan_prima")
            },
            "wbk": ws.cell(row=baris["Memenuhi predikat"], column=kolom_kriteria + 1).value,
            "wbbm": ws.cell(row=baris["Memenuhi predikat"], column=kolom_kriteria + 2).value,
        }
    return hasil


def _status(ok):
    return "OK" if ok else "Belum memenuhi"


@perlu_libreoffice
@pytest.mark.libreoffice
def test_libreoffice_recalculates_the_portals_numbers_on_every_answer_set(tmp_path):
    ins = instrumen()
    set_jawaban = {
        "kosong": ({}, {}, {}),
        "terbaik": (jawaban_terbaik_semua(ins), {}, jawaban_terbaik_semua(ins)),
        "campuran": (jawaban_campuran(ins), jawaban_terbaik_semua(ins), {"B.I.b": "C"}),
    }
    berkas = {
        nama: _simpan(tmp_path, _data(ins, *lap, predikat="WBK"), f"{nama}.xlsx")
        for nama, lap in set_jawaban.items()
    }
    for nama, b in berkas.items():
        hasil_lo = _total_ringkasan(baca_nilai(hitung_ulang(b, tmp_path / "lo")), ins)
        for i, jawaban in enumerate(set_jawaban[nama]):
            portal = hitung(ins, jawaban, predikat_sebelumnya="WBK")
            lo = hasil_lo[i]
            assert bulat(angka(lo["total"])) == bulat(portal.total), (nama, i)
            assert bulat(angka(lo["pengungkit"])) == bulat(portal.pengungkit), (nama, i)
            assert lo["wbk"] == _status(portal.predikat["WBK"].memenuhi), (nama, i)
            assert lo["wbbm"] == _status(portal.predikat["WBBM"].memenuhi), (nama, i)
            for k, (wbk, wbbm) in lo["kriteria"].items():
                harap = {
                    p: next(x for x in portal.predikat[p].kriteria if x.kode == k).memenuhi
                    for p in ("WBK", "WBBM")
                }
                assert (wbk, wbbm) == (_status(harap["WBK"]), _status(harap["WBBM"])), (nama, i, k)


@perlu_libreoffice
@pytest.mark.libreoffice
def test_libreoffice_gives_every_question_value_and_sub_area_score_of_the_engine(tmp_path):
    ins = instrumen()
    jawaban = jawaban_campuran(ins)
    b = _simpan(tmp_path, _data(ins, jawaban))
    ws = baca_nilai(hitung_ulang(b, tmp_path / "lo"))[LEMBAR_LKE]
    kunci = [c.value for c in ws[BARIS_KUNCI]]
    kol_nilai = kunci.index("mandiri.nilai") + 1
    kol_skor = kunci.index("mandiri.skor") + 1
    portal = hitung(ins, jawaban)
    for kode, r in _baris_kode(ws).items():
        lo = ws.cell(row=r, column=kol_nilai).value
        harap = portal.nilai_pertanyaan[kode]
        if harap is None:
            assert lo in (None, ""), kode
        else:
            assert abs(angka(lo) - harap) < Decimal("1e-9"), kode
    semua = {ws.cell(row=r, column=1).value: r for r in range(BARIS_KUNCI + 1, ws.max_row + 1)}
    for s in ins.subarea:
        lo = ws.cell(row=semua[s.kode], column=kol_skor).value
        assert abs(angka(lo) - portal.subarea[s.kode].nilai) < Decimal("1e-9"), s.kode
    # User text is still text after LibreOffice saved the file.
    r = _baris_kode(ws)["A.I.1.i.a"]
    assert ws.cell(row=r, column=kunci.index("mandiri.narasi") + 1).value == INJEKSI


@perlu_libreoffice
@pytest.mark.libreoffice
def test_libreoffice_follows_the_versions_settings_fractions_per_part_minimum_and_formula(
    tmp_path,
):
    from penilaian.scoring import Pengaturan, instrumen_dari_berkas
    from penilaian.services.muat import BERKAS_BAWAAN

    ins = instrumen_dari_berkas(
        BERKAS_BAWAAN,
        Pengaturan(
            nilai_abcd="pecahan",
            rumus_pengaduan="selesai_per_ditangani",
            minimum_area="per_bagian",
        ),
    )
    campuran = jawaban_campuran(ins)
    campuran["A.II.5.ii.a"] = {
        "pengaduan_wajib_tl": 5,
        "pengaduan_diproses": 0,
        "pengaduan_selesai": 0,
    }
    lapisan = (campuran, jawaban_terbaik_semua(ins), {})
    b = _simpan(tmp_path, _data(ins, *lapisan))
    hasil_lo = _total_ringkasan(baca_nilai(hitung_ulang(b, tmp_path / "lo")), ins)
    for i, jawaban in enumerate(lapisan):
        portal = hitung(ins, jawaban)
        assert bulat(angka(hasil_lo[i]["total"])) == bulat(portal.total), i
        assert hasil_lo[i]["wbk"] == _status(portal.predikat["WBK"].memenuhi), i
        harap = next(k for k in portal.predikat["WBK"].kriteria if k.kode == "area_1").memenuhi
        assert hasil_lo[i]["kriteria"]["area_1"][0] == _status(harap), i


def test_option_answer_cells_offer_the_questions_options(tmp_path):
    ins = instrumen()
    ws = load_workbook(_simpan(tmp_path, _data(ins, {})))[LEMBAR_LKE]
    kunci = [c.value for c in ws[BARIS_KUNCI]]
    r = _baris_kode(ws)["A.I.1.i.b"]
    sel = f"{ws.cell(row=r, column=kunci.index('kanwil.jawaban') + 1).coordinate}"
    daftar = [dv.formula1 for dv in ws.data_validations.dataValidation if sel in dv.sqref]
    assert daftar == ['"A,B,C"']


def test_the_summary_names_its_criteria_in_words_under_a_no_column(tmp_path):
    ins = instrumen()
    ws = load_workbook(_simpan(tmp_path, _data(ins, {}, predikat="WBK")))[LEMBAR_RINGKASAN]
    teks = [[c.value for c in baris] for baris in ws.iter_rows()]
    kepala = next(b for b in teks if b[1] == "Kriteria")
    assert kepala[0] == "No"
    semua = {str(x) for b in teks for x in b if x is not None}
    assert not semua & {"bersih_akuntabel", "predikat_wbk", "pelayanan_prima", "Tidak", "Kode"}
