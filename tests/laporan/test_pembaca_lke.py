"""Reading LKE workbooks of the layouts offices use: the table found by content, every
row matched to its question (and how), every answer column read as the answers put in,
and what is not taken listed with why."""

import io
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from openpyxl import Workbook

from laporan.pembaca_lke.baca import PESAN_BUKAN_LKE, lke_kenali
from laporan.pembaca_lke.jawaban import ALASAN_PERSEN_BEDA, ALASAN_SURVEI, persen_dari
from laporan.pembaca_lke.teks import baca_kode, normal
from penilaian.scoring import model as m
from penilaian.scoring import periksa_jawaban
from penilaian.selectors.hasil import KODE_SURVEI
from tests.laporan import buku_lke
from tests.laporan.bantu import instrumen


def jawaban_uji(ins, geser=0) -> dict:
    """Every kind of answer: options cycling through their labels, counts (within the
    constraints, one with a zero), a typed percentage, the survey items, some blanks."""
    hasil = {}
    for i, p in enumerate(ins.pertanyaan):
        if (i + geser) % 9 == 4:
            continue
        if p.jenis in m.JENIS_OPSI:
            hasil[p.kode] = p.opsi[(i + geser) % len(p.opsi)].label
        elif p.jenis == m.PERSEN:
            hasil[p.kode] = {mk.kunci: (i + geser) % 4 + 1 for mk in p.masukan}
        else:
            hasil[p.kode] = "3.5"
    hasil["A.II.5.iii.a"] = {
        "wajib_lhkpn_kepala": 1,
        "wajib_lhkpn_pejabat": 2,
        "wajib_lhkpn_lainnya": 0,
        "sudah_lapor_lhkpn": 2,
    }
    hasil["A.II.4.i.a"] = {"persen": 100}  # typed as 100 %, no counts
    return hasil


def normal_jawaban(ins, jawaban, saring=None) -> dict:
    """The answers as the import should read them: the engine's normal form, without
    the survey items (never taken from a workbook) and blanks."""
    return {
        k: periksa_jawaban(ins, k, v)
        for k, v in jawaban.items()
        if k not in KODE_SURVEI and (saring is None or saring(ins.cari(k)))
    }


def terisi(sumber) -> dict:
    return {k: v for k, v in sumber.jawaban.items() if v is not None}


def _baca(wb, ins):
    data = io.BytesIO()
    wb.save(data)
    data.seek(0)
    return lke_kenali(data, instrumen=ins)


def test_codes_are_read_in_every_common_spelling():
    for teks in ("A.I.1.i.a", "A.I.1.i.a.", "a.i.1.i.a", "A-I-1-i-a", "A I 1 i a", "AI1ia"):
        assert baca_kode(teks).teks() == "A.I.1.i.a", teks
    assert baca_kode("A.II.5.iii.b").teks() == "A.II.5.iii.b"
    assert baca_kode("B.I.a").teks() == "B.I.a"
    assert baca_kode("A.I.1.i").pertanyaan == ""
    assert baca_kode("Jawaban") is None and baca_kode("1.") is None


def test_question_texts_compare_without_case_spacing_punctuation_or_known_typos():
    resmi = "Telah dilakukan monitoring dan dan evaluasi terhadap penempatan pegawai"
    assert normal(resmi) == normal(
        "TELAH DILAKUKAN MONITORING DAN EVALUASI terhadap  penempatan pegawai."
    )
    assert normal("pengaduan masyarakat dtindaklanjuti") == normal(
        "Pengaduan masyarakat ditindaklanjuti"
    )
    assert normal("Hasil assement telah") == normal("Hasil assessment telah")


def test_the_official_layout_is_read_by_its_nested_numbering():
    ins = instrumen()
    jawaban = jawaban_uji(ins)
    catatan = {"A.I.1.i.a": "SK Tim Kerja ZI", "A.II.5.iii.b": "=semua sudah lapor"}
    hasil = _baca(buku_lke.buku_resmi(ins, jawaban, catatan), ins)
    [tabel] = hasil.tabel
    assert (tabel.lembar, len(tabel.cocok), hasil.tak_ditemukan) == ("LKE ZI", 113, [])
    assert hasil.cara() == {"nomor": 113}
    [unit] = hasil.sumber
    assert unit.tebakan[0] == "mandiri" and unit.galat == []
    assert terisi(unit) == normal_jawaban(ins, jawaban)
    assert unit.catatan == catatan
    # LHKPN and LHKASN are i./ii. groups inside sub-area iii, worded differently: their
    # "- Persentase …" rows are still A.II.5.iii.a and .b, and the subtotal is listed.
    assert terisi(unit)["A.II.5.iii.a"]["sudah_lapor_lhkpn"] == 2
    alasan = [(t.alamat, t.alasan) for t in hasil.tak_diambil]
    assert sum("rincian" in a for _al, a in alasan) == 2
    diketik = sum(k in jawaban for k in KODE_SURVEI)  # IPAK / IPKP typed in the file
    assert diketik and sum(a == str(ALASAN_SURVEI) for _al, a in alasan) == diketik
    assert {al for al, a in alasan if al.startswith("kolom")} == {"kolom K", "kolom L"}


def test_an_itjen_workbook_gives_one_answer_column_per_layer():
    ins = instrumen()
    lapisan = {
        "unit": jawaban_uji(ins),
        "tpi_unit": jawaban_uji(ins, 2),
        "tpi_itjen": jawaban_uji(ins, 1),
    }
    catatan = {"tpi_itjen": {"A.I.1.i.b": "SK belum ditandatangani"}}
    hasil = _baca(buku_lke.buku_itjen(ins, lapisan, catatan), ins)
    assert [t.lembar for t in hasil.tabel] == ["Jawaban"]
    assert {nama for nama, _a in hasil.lembar_lain} == {"Unit", "TPI Unit", "TPI Itjen"}
    sumber = {s.label: s for s in hasil.sumber}
    assert list(sumber) == ["Jawaban Unit", "Jawaban TPI Unit", "Jawaban TPI Itjen"]
    assert [s.tebakan[0] for s in hasil.sumber] == ["mandiri", "kanwil", "tpi"]
    for label, nama in (
        ("Jawaban Unit", "unit"),
        ("Jawaban TPI Unit", "tpi_unit"),
        ("Jawaban TPI Itjen", "tpi_itjen"),
    ):
        assert terisi(sumber[label]) == normal_jawaban(ins, lapisan[nama]), label
    # "100.00%" as text (a Google Sheets export) is 100 %, not 1 %.
    assert terisi(sumber["Jawaban TPI Itjen"])["A.II.4.i.a"] == {"persen": Decimal(100)}
    assert sumber["Jawaban TPI Itjen"].catatan == catatan["tpi_itjen"]
    assert sumber["Jawaban Unit"].kolom_catatan == 12  # L: Catatan/Keterangan/Penjelasan


def test_without_codes_or_numbering_rows_are_matched_by_their_text():
    ins = instrumen()
    jawaban = jawaban_uji(ins)
    hasil = _baca(buku_lke.buku_teks(ins, jawaban), ins)
    assert hasil.cara() == {"teks": 113}
    [unit] = hasil.sumber
    assert terisi(unit) == normal_jawaban(ins, jawaban)
    # A cell formatted as a percentage holding 1.0 (what Excel stores for "100%").
    assert terisi(unit)["A.II.4.i.a"] == {"persen": Decimal(100)}


def test_a_code_column_in_another_spelling_and_two_evaluator_columns_under_a_header_row():
    ins = instrumen()
    opsi = lambda p: p.jenis in m.JENIS_OPSI  # noqa: E731
    lapisan = {
        "mandiri": jawaban_uji(ins),
        "kanwil": jawaban_uji(ins, 3),
        "tpi": jawaban_uji(ins, 5),
    }
    catatan = {"kanwil": {"A.I.1.ii.b": "Perlu bukti notulen"}}
    hasil = _baca(buku_lke.buku_dua_evaluator(ins, lapisan, catatan), ins)
    assert hasil.cara() == {"kode": sum(1 for p in ins.pertanyaan if opsi(p))}
    sumber = {s.tebakan[0]: s for s in hasil.sumber}
    assert [s.label for s in hasil.sumber] == [
        "Penilaian Mandiri · Jawaban",
        "Evaluator Kanwil · Jawaban",
        "Evaluator TPI · Jawaban",
    ]
    for nama in ("mandiri", "kanwil", "tpi"):
        assert terisi(sumber[nama]) == normal_jawaban(ins, lapisan[nama], opsi), nama
    assert sumber["kanwil"].catatan == catatan["kanwil"] and sumber["tpi"].catatan == {}


def test_questions_numbered_1a_under_sub_area_headings_by_name():
    ins = instrumen()
    jawaban = jawaban_uji(ins)
    hasil = _baca(buku_lke.buku_majemuk(ins, jawaban), ins)
    [unit] = hasil.sumber
    harap = normal_jawaban(ins, jawaban, lambda p: p.jenis in m.JENIS_OPSI and p.kode[0] == "A")
    assert terisi(unit) == harap
    assert set(hasil.cara()) == {"nomor"}


@pytest.mark.parametrize(
    "nilai,format_,persen",
    [
        (1.0, "0%", 100),  # typed "100%" in Excel
        (0.375, "0.00%", Decimal("37.5")),
        ("100%", "General", 100),
        ("100,00%", "General", 100),
        ("87.50%", "@", Decimal("87.5")),
        (75, "General", 75),  # a bare number above 1 is already a percentage
        (0.5, "General", 50),  # one up to 1 is a fraction
    ],
)
def test_a_percent_cell_is_read_as_excel_stores_it(nilai, format_, persen):
    assert persen_dari(nilai, format_) == Decimal(persen)


def test_a_typed_percentage_beside_filled_counts_is_not_used_and_says_so():
    ins = instrumen()
    jawaban = {"A.II.1.i.a": {"agen_perubahan": 4, "perubahan_dibuat": 1}, "A.I.1.i.a": "Ya"}
    wb = buku_lke.buku_itjen(ins, {"unit": jawaban}, persen_teks=False)
    ws = wb["Jawaban"]
    baris = next(
        r for r in range(1, ws.max_row + 1) if str(ws.cell(r, 7).value).startswith("Agen perubahan")
    )
    ws.cell(baris, 11).value, ws.cell(baris, 11).number_format = 1.0, "0%"  # "100%"
    hasil = _baca(wb, ins)
    unit = hasil.sumber[0]
    assert unit.jawaban["A.II.1.i.a"] == {"agen_perubahan": 4, "perubahan_dibuat": 1}
    [catat] = [t for t in hasil.tak_diambil if t.alamat == f"K{baris}"]
    assert catat.alasan == str(ALASAN_PERSEN_BEDA % {"ketik": "100,00 %", "hitung": "25,00 %"})


def test_bad_cells_are_refused_row_by_row_in_their_column_only():
    ins = instrumen()
    wb = buku_lke.buku_itjen(ins, {"unit": jawaban_uji(ins), "tpi_itjen": jawaban_uji(ins, 1)})
    ws = wb["Jawaban"]
    kode_baris = {}
    for r in range(2, ws.max_row + 1):
        if str(ws.cell(r, 7).value).startswith("Penentuan anggota Tim"):
            kode_baris["A.I.1.i.b"] = r
        if ws.cell(r, 7).value == "Jumlah Agen Perubahan":
            kode_baris["agen"] = r
    ws.cell(kode_baris["A.I.1.i.b"], 11).value = "Z"
    ws.cell(kode_baris["agen"], 11).value = "dua"
    ws.cell(kode_baris["A.I.1.i.b"], 19).value = '=IF(1,"A","B")'  # no saved result
    hasil = _baca(wb, ins)
    unit, _tpi_unit, itjen = hasil.sumber
    r = kode_baris["A.I.1.i.b"]
    assert (
        unit.galat[0]
        == f"Baris {r} (A.I.1.i.b, Jawaban Unit): opsi 'Z' tidak ada; pilihan yang ada: A/B/C."
    )
    assert any("A.II.1.i.a" in g and "'dua'" in g for g in unit.galat)
    assert itjen.galat == [
        f"Baris {r} (A.I.1.i.b, Jawaban TPI Itjen): sel S{r} berisi rumus yang hasilnya tidak "
        "tersimpan di berkas; buka berkas di Excel atau LibreOffice, simpan, lalu unggah lagi."
    ]


def test_a_workbook_without_an_lke_table_is_refused_in_words():
    wb = Workbook()
    wb.active.append(["Nama", "Alamat", "Telepon"])
    wb.active.append(["Budi", "Jl. Merdeka 1", "0812"])
    with pytest.raises(ValidationError) as exc:
        _baca(wb, instrumen())
    assert exc.value.messages == [str(PESAN_BUKAN_LKE)]


def test_a_row_no_question_matches_is_listed_with_its_answer():
    ins = instrumen()
    wb = buku_lke.buku_teks(ins, jawaban_uji(ins))
    wb.active.append(
        [999, "Pertanyaan tambahan dari unit kerja tentang kebersihan kantor", "Ya/Tidak", "Ya"]
    )
    hasil = _baca(wb, ins)
    [catat] = [t for t in hasil.tak_diambil if t.isi == "Ya"]
    assert "tidak dikenali" in catat.alasan


def test_the_english_lampiran_iii_export_reads_back(cast):
    from django.utils import translation

    from laporan.lembar_lampiran3 import lampiran3_buku
    from laporan.lembar_lke import DataLapisan, DataLke

    ins = instrumen()
    jawaban = jawaban_uji(ins)
    with translation.override("en"):
        wb = lampiran3_buku(DataLke(ins, (DataLapisan("mandiri", "Self-assessment", jawaban),)))
        hasil = _baca(wb, ins)
    [unit] = hasil.sumber
    assert terisi(unit) == normal_jawaban(ins, jawaban)


def _opsi_saja(p):
    return p.jenis in m.JENIS_OPSI


def test_one_sheet_per_area_is_one_answer_column():
    ins = instrumen()
    jawaban = jawaban_uji(ins)
    hasil = _baca(buku_lke.buku_per_area(ins, jawaban), ins)
    [sumber] = hasil.sumber
    assert sumber.label == "Jawaban (Area 1, Area 2, Area 3, Area 4, Area 5, Area 6, Hasil)"
    assert len(hasil.tabel) == 7 and set(hasil.cara()) <= {"teks", "teks_mirip"}
    # Answers typed with their description ("A. Jika …", "Ya, jika …").
    assert terisi(sumber) == normal_jawaban(ins, jawaban, _opsi_saja)


def test_one_sheet_per_layer_gives_a_column_per_sheet_named_by_it():
    ins = instrumen()
    lapisan = {"Unit": jawaban_uji(ins), "TPI": jawaban_uji(ins, 4)}
    hasil = _baca(buku_lke.buku_per_lapisan(ins, lapisan), ins)
    assert [(s.label, s.tebakan[0]) for s in hasil.sumber] == [
        ("Unit · Jawaban", "mandiri"),
        ("TPI · Jawaban", "tpi"),
    ]
    for s, jawaban in zip(hasil.sumber, lapisan.values(), strict=True):
        assert terisi(s) == normal_jawaban(ins, jawaban)


def test_a_jawaban_header_over_unit_and_evaluator_columns():
    ins = instrumen()
    unit, evaluator = jawaban_uji(ins), jawaban_uji(ins, 2)
    hasil = _baca(buku_lke.buku_grup_jawaban(ins, unit, evaluator), ins)
    assert [(s.label, s.tebakan[0]) for s in hasil.sumber] == [
        ("Jawaban · Unit Kerja", "mandiri"),
        ("Jawaban · Evaluator", "tpi"),
    ]
    assert terisi(hasil.sumber[0]) == normal_jawaban(ins, unit, _opsi_saja)
    assert terisi(hasil.sumber[1]) == normal_jawaban(ins, evaluator, _opsi_saja)


def test_a_workbook_the_reader_cannot_make_sense_of_is_refused_not_an_error_page(monkeypatch):
    from laporan.pembaca_lke import baca

    def rusak(*args, **kwargs):
        raise IndexError("sesuatu yang tak terduga")

    monkeypatch.setattr(baca, "baca_umum", rusak)
    with pytest.raises(ValidationError) as exc:
        _baca(buku_lke.buku_teks(instrumen(), {}), instrumen())
    assert exc.value.messages == [str(baca.PESAN_TIDAK_TERBACA)]


def test_notes_that_have_no_place_in_the_portal_are_listed():
    from laporan.pembaca_lke.baca import ALASAN_CATATAN, ALASAN_KOLOM

    ins = instrumen()
    wb = buku_lke.buku_resmi(ins, jawaban_uji(ins))
    ws = wb.active
    teks = {ws.cell(r, 6).value: r for r in range(1, ws.max_row + 1)}
    r_sub = teks["Penyusunan Tim Kerja"]
    ws.cell(r_sub, 13).value = "Sub-area ini sudah lengkap"
    ws.cell(r_sub + 3, 15).value = "catatan lepas"  # O: beside no answer column
    ws.cell(7, 15).value = "Catatan Kanwil"
    hasil = _baca(wb, ins)
    catat = {t.alamat: t for t in hasil.tak_diambil}
    assert catat[f"M{r_sub}"].alasan == str(ALASAN_CATATAN)
    assert catat["kolom O"].alasan == str(ALASAN_KOLOM["catatan"])


def test_upper_case_sub_area_and_question_numbering_is_read_by_its_column():
    ins = instrumen()
    jawaban = jawaban_uji(ins)
    hasil = _baca(buku_lke.buku_resmi(ins, jawaban, besar=True), ins)
    [unit] = hasil.sumber
    assert hasil.cara() == {"nomor": 113}
    assert terisi(unit) == normal_jawaban(ins, jawaban)


def test_count_rows_are_known_by_their_labels_without_an_answer_type_column():
    ins = instrumen()
    jawaban = {
        p.kode: v for p in ins.pertanyaan if p.jenis == m.PERSEN for v in [jawaban_uji(ins)[p.kode]]
    }
    jawaban.pop("A.II.4.i.a")  # typed as a percentage in jawaban_uji: counts only here
    wb = Workbook()
    ws = wb.active
    ws.append(["No", "Uraian", "Jawaban"])
    for kode, nilai in jawaban.items():
        p = ins.cari(kode)
        ws.append([None, p.teks, None])
        for i, mk in enumerate(p.masukan, start=1):
            nomor = "-" if i % 2 else f"{i})"  # dashes, or "2)" numbering
            ws.append([nomor, buku_lke.label_jumlah(mk), nilai[mk.kunci]])
    hasil = _baca(wb, ins)
    [unit] = hasil.sumber
    assert terisi(unit) == normal_jawaban(ins, jawaban)


@pytest.mark.parametrize(
    "kode,nilai,harap",
    [
        ("A.I.1.i.a", "ya", "Ya"),
        ("A.I.1.i.a", "Ya, jika Tim telah dibentuk di dalam unit kerja.", "Ya"),
        ("A.I.1.i.a", "TDK", "Tidak"),
        ("A.I.1.i.a", True, "Ya"),
        ("A.I.1.i.b", " b ", "B"),
        ("A.I.1.i.b", "c. Jika tidak di seleksi.", "C"),
        ("A.I.1.i.b", "(a)", "A"),
    ],
)
def test_options_are_read_as_people_type_them(kode, nilai, harap):
    from laporan.pembaca_lke.jawaban import opsi_dari

    assert opsi_dari(nilai, instrumen().cari(kode)) == harap


def test_data_past_the_last_row_read_is_an_error_never_dropped():
    """Issue 12: rows past the limit are an error in the preview, not ignored."""
    from laporan.pembaca_lke.sel import BARIS_MAKS

    wb = Workbook()
    ws = wb.active
    ws["A1"] = "Penilaian"
    ws.cell(row=BARIS_MAKS + 7, column=2, value="Ya")
    with pytest.raises(ValidationError) as galat:
        _baca(wb, instrumen())
    assert f"sesudah baris {BARIS_MAKS}" in " ".join(galat.value.messages)


def test_a_number_too_large_to_be_an_answer_is_a_row_error_not_a_crash():
    from laporan.pembaca_lke.jawaban import AngkaDiLuar, angka_dari

    with pytest.raises(AngkaDiLuar):
        angka_dari(1e308)
    with pytest.raises(AngkaDiLuar):
        angka_dari("1e308")
    assert angka_dari("1.250") == 1250
