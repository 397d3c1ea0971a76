"""The document model and its two renderers: a DOCX and a PDF of the same blocks say the
same words; places to fill in are marked; Indonesian numbers, dates and NIPs."""

import datetime
from decimal import Decimal

import pytest
from docx.enum.text import WD_COLOR_INDEX
from PIL import Image

from tests.usulan.bantu import (
    dokumen_docx,
    jumlah_halaman,
    kata,
    perlu_poppler,
    poppler,
    rapat,
    teks_docx,
    teks_pdf,
)
from usulan.naskah import (
    BarisTabel,
    Isian,
    Jarak,
    Judul,
    Kolom,
    Kop,
    Naskah,
    Paragraf,
    Penanda,
    Tabel,
    TandaTangan,
    Teks,
    isian,
    naskah_docx,
    naskah_pdf,
    tebal,
    teks,
)
from usulan.naskah.ejaan import angka, hari_tanggal, nip, tanggal

DIBUAT = datetime.datetime(2026, 5, 20, 9, 30, tzinfo=datetime.UTC)


def _naskah(jumlah_baris: int = 3) -> Naskah:
    unit = [
        BarisTabel((str(i), f"Lembaga Pemasyarakatan Nomor {i}", "WBK", "≥ 75,00"))
        for i in range(1, jumlah_baris + 1)
    ]
    return Naskah(
        judul="Naskah uji",
        nama_berkas="naskah-uji",
        kop=Kop(("KEMENTERIAN UJI", "KANTOR WILAYAH UJI"), ("Jalan Uji Nomor 1, Kota Uji",)),
        dibuat=DIBUAT,
        blok=(
            Isian((("Nomor", (isian(),)), ("Hal", tebal("Pengajuan Unit Kerja Tahun 2026")))),
            Judul("SURAT PERNYATAAN", garis_bawah=True),
            Paragraf(
                teks("Kalimat pembuka dengan ") + tebal("kata tebal") + teks(" dan tanda – ≥ …")
            ),
            Paragraf(
                teks("Butir pertama yang cukup panjang untuk berganti baris di halaman A4 ini."),
                label="1.",
            ),
            Tabel(
                (
                    Kolom("No", 1, "tengah"),
                    Kolom("Unit kerja", 6),
                    Kolom("Menuju", 2),
                    Kolom("Syarat", 2, "kanan"),
                ),
                tuple(unit),
            ),
            Jarak(2),
            Paragraf(teks("Demikian untuk dipergunakan."), bersama_berikut=True),
            TandaTangan(
                (
                    Penanda(
                        atas=(teks("Kepala Rumah Tahanan Negara Kelas I Tanjungpinang,"),),
                        nama=(isian(),),
                    ),
                    Penanda(
                        atas=(teks("Kota Uji, ") + (isian(),), teks("Ketua Tim,")),
                        nama=(Teks("Siti Rahma", tebal=True, garis_bawah=True),),
                        bawah=(teks("NIP 19750203 199803 2 001"),),
                        meterai=True,
                    ),
                ),
                judul=teks("Kota Uji, 20 Mei 2026"),
            ),
        ),
    )


@perlu_poppler
def test_the_docx_and_the_pdf_of_a_document_say_the_same_words():
    naskah = _naskah()
    di_docx, di_pdf = kata(teks_docx(naskah_docx(naskah))), kata(teks_pdf(naskah_pdf(naskah)))
    assert di_pdf == di_docx
    assert di_docx["Lembaga"] == 3 and di_pdf["≥"] == 4 and di_pdf["KEMENTERIAN"] == 1


def test_places_to_fill_in_are_highlighted_in_the_docx_and_nothing_else_is():
    doc = dokumen_docx(naskah_docx(_naskah()))
    runs = [
        r
        for t in doc.tables
        for row in t.rows
        for c in row.cells
        for p in c.paragraphs
        for r in p.runs
    ]
    runs += [r for p in doc.paragraphs for r in p.runs]
    kuning = {r.text for r in runs if r.font.highlight_color == WD_COLOR_INDEX.YELLOW}
    assert kuning == {"…………………"}
    assert any(r.text == "kata tebal" and r.bold for r in runs)


def test_the_docx_is_an_a4_page_with_arial_and_the_documents_metadata():
    doc = dokumen_docx(naskah_docx(_naskah()))
    bagian = doc.sections[0]
    assert (round(bagian.page_width.mm), round(bagian.page_height.mm)) == (210, 297)
    assert doc.styles["Normal"].font.name == "Arial"
    assert doc.core_properties.title == "Naskah uji"
    assert doc.core_properties.created == DIBUAT


@perlu_poppler
def test_the_pdf_carries_its_own_font_and_renders_to_a_readable_page(tmp_path):
    pdf = naskah_pdf(_naskah())
    fonts = poppler("pdffonts", "-", masukan=pdf)
    assert b"+LiberationSansBold " in fonts and b"+LiberationSans " in fonts
    assert b" yes yes " in fonts.splitlines()[-1]  # embedded, subset
    (tmp_path / "n.pdf").write_bytes(pdf)
    poppler(
        "pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", tmp_path / "n.pdf", tmp_path / "h"
    )
    gambar = Image.open(tmp_path / "h-1.png").convert("L")
    hitam = sum(gambar.histogram()[:128])
    assert gambar.size == (331, 468)  # A4 at 40 dpi
    assert hitam > 2000  # text was drawn, not an empty page


@perlu_poppler
def test_a_long_table_goes_on_with_its_heading_on_the_next_page():
    pdf = naskah_pdf(_naskah(jumlah_baris=60))
    halaman_2 = teks_pdf(pdf, halaman=2)
    assert "Unit kerja" in halaman_2 and "Nomor 60" in rapat(teks_pdf(pdf))
    assert "Halaman 2 dari" in halaman_2
    # The closing sentence is not left alone before its signatures.
    terakhir = teks_pdf(pdf, halaman=jumlah_halaman(pdf))
    assert "Demikian untuk dipergunakan." in terakhir and "Siti Rahma" in terakhir


@pytest.mark.parametrize(
    "nilai, harapan",
    [
        (Decimal("5.185"), "5,19"),
        (Decimal("78.124999"), "78,12"),
        ("96.848333333333", "96,85"),
        (Decimal("1234.5"), "1.234,50"),
        (Decimal("0"), "0,00"),
        (None, "—"),
    ],
)
def test_numbers_are_written_the_indonesian_way_rounded_half_up(nilai, harapan):
    assert angka(nilai) == harapan


def test_dates_and_nips_are_written_as_offices_print_them():
    assert tanggal(datetime.date(2026, 5, 31)) == "31 Mei 2026"
    assert hari_tanggal(datetime.date(2026, 5, 29)) == "Jumat, 29 Mei 2026"
    assert nip("197001011990031001") == "19700101 199003 1 001"
    assert nip("12345") == "12345"
