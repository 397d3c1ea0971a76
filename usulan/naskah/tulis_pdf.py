"""The PDF renderer: the same blocks as the DOCX, laid out with fpdf2 in Liberation Sans
(metric twin of Arial, vendored under naskah/fonta with its licence), so a PDF prints
what its DOCX says and renders the same on any server."""

import logging
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import TableBordersLayout, XPos, YPos
from fpdf.fonts import FontFace

from usulan.naskah import tata
from usulan.naskah.blok import (
    Isian,
    Jarak,
    Judul,
    Kop,
    Naskah,
    Paragraf,
    Penanda,
    Tabel,
    TandaTangan,
    Teks,
    polos,
)

FONTA = Path(__file__).resolve().parent / "fonta"
HURUF = "Liberation"
RATA = {"kiri": "L", "tengah": "C", "kanan": "R", "penuh": "J"}
ABU = (85, 85, 85)

# fontTools (fpdf2's font subsetter) reports every subset at INFO; nobody needs that.
logging.getLogger("fontTools").setLevel(logging.WARNING)


def _mm(pt: float) -> float:
    return pt * tata.PT


def _tinggi_baris(ukuran: float) -> float:
    return _mm(ukuran) * tata.SPASI_BARIS


class _Pdf(FPDF):
    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(HURUF, "", tata.UKURAN_KECIL)
        teks = tata.TEKS_HALAMAN.format(halaman=self.page_no(), jumlah="{nb}")
        self.cell(0, 4, teks, align="R")


def _gaya(t: Teks) -> str:
    return ("B" if t.tebal else "") + ("I" if t.miring else "") + ("U" if t.garis_bawah else "")


def naskah_pdf(naskah: Naskah) -> bytes:
    pdf = _Pdf(orientation="P", unit="mm", format="A4")
    for gaya, berkas in (("", "Regular"), ("B", "Bold"), ("I", "Italic")):
        pdf.add_font(HURUF, gaya, str(FONTA / f"LiberationSans-{berkas}.ttf"))
    pdf.set_margins(tata.MARGIN_KIRI, tata.MARGIN_ATAS, tata.MARGIN_KANAN)
    pdf.set_auto_page_break(True, margin=tata.MARGIN_BAWAH)
    pdf.set_title(naskah.judul)
    pdf.set_author("ZI Portal")
    pdf.set_creator("ZI Portal")
    pdf.set_creation_date(naskah.dibuat)
    pdf.add_page()
    if naskah.kop is not None:
        _kop(pdf, naskah.kop)
    for i, blok in enumerate(naskah.blok):
        if isinstance(blok, Paragraf) and blok.bersama_berikut:
            _jaga_bersama(pdf, blok, naskah.blok[i + 1 : i + 2])
        _TULIS[type(blok)](pdf, blok)
    return bytes(pdf.output())


def _jaga_bersama(pdf, blok: Paragraf, berikut: tuple) -> None:
    """Starts a new page when the paragraph and the signature after it would not fit."""
    pdf.set_font(HURUF, "", blok.ukuran)
    lebar = tata.LEBAR_TEKS - blok.indent - (tata.LEBAR_LABEL if blok.label else 0)
    baris = pdf.multi_cell(lebar, 5, polos(blok.isi), dry_run=True, output="LINES")
    tinggi = len(baris) * _tinggi_baris(blok.ukuran) + blok.spasi_setelah
    if berikut and isinstance(berikut[0], TandaTangan):
        tinggi += _tinggi_tanda_tangan(pdf, berikut[0])
    if pdf.get_y() + tinggi > pdf.h - pdf.b_margin:
        pdf.add_page()


def _baris_tengah(pdf, isi: str, ukuran: float, gaya: str = "") -> None:
    pdf.set_font(HURUF, gaya, ukuran)
    pdf.multi_cell(0, _tinggi_baris(ukuran), isi, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _kop(pdf, kop: Kop) -> None:
    for i, baris in enumerate(kop.baris):
        _baris_tengah(pdf, baris, tata.UKURAN_KOP[min(i, len(tata.UKURAN_KOP) - 1)], "B")
    for baris in kop.alamat:
        _baris_tengah(pdf, baris, tata.UKURAN_ALAMAT)
    y = pdf.get_y() + 1.5
    kiri, kanan = pdf.l_margin, pdf.w - pdf.r_margin
    pdf.set_line_width(0.8)
    pdf.line(kiri, y, kanan, y)
    pdf.set_line_width(0.2)
    pdf.line(kiri, y + 1.1, kanan, y + 1.1)
    pdf.set_y(y + 5)


def _judul(pdf, blok: Judul) -> None:
    _baris_tengah(pdf, blok.isi, blok.ukuran, "BU" if blok.garis_bawah else "B")
    pdf.set_y(pdf.get_y() + blok.spasi_setelah)


def _paragraf(pdf, blok: Paragraf) -> None:
    kiri = pdf.l_margin + blok.indent
    with pdf.text_columns(
        text_align=RATA[blok.rata], line_height=tata.SPASI_BARIS, l_margin=kiri
    ) as kolom:
        label = {}
        if blok.label:
            pdf.set_font(HURUF, "", blok.ukuran)
            label = {"bullet_string": blok.label, "indent": tata.LEBAR_LABEL}
            label["bullet_r_margin"] = tata.LEBAR_LABEL - pdf.get_string_width(blok.label)
        with kolom.paragraph(**label) as par:
            for t in blok.isi:
                pdf.set_font(HURUF, _gaya(t), blok.ukuran)
                par.write(t.isi)
    pdf.set_font(HURUF, "", tata.UKURAN)
    pdf.set_y(pdf.get_y() + blok.spasi_setelah)


def _isian(pdf, blok: Isian) -> None:
    pdf.set_font(HURUF, "", tata.UKURAN)
    sisa = tata.LEBAR_TEKS - blok.indent - blok.lebar_label - 4
    kiri_asli = pdf.l_margin
    pdf.set_left_margin(kiri_asli + blok.indent)
    pdf.set_x(pdf.l_margin)
    with pdf.table(
        col_widths=(blok.lebar_label, 4, sisa),
        width=blok.lebar_label + 4 + sisa,
        align="LEFT",
        borders_layout=TableBordersLayout.NONE,
        first_row_as_headings=False,
        text_align="LEFT",
        line_height=_tinggi_baris(tata.UKURAN),
        padding=(0.3, 0.5, 0.3, 0),
        v_align="TOP",
    ) as tabel:
        for label, isi in blok.baris:
            baris = tabel.row()
            baris.cell(label)
            baris.cell(":")
            tebal = isi and all(t.tebal for t in isi)
            baris.cell(polos(isi), style=FontFace(emphasis="BOLD") if tebal else None)
    pdf.set_left_margin(kiri_asli)
    pdf.set_y(pdf.get_y() + 2)


def _tabel(pdf, blok: Tabel) -> None:
    pdf.set_font(HURUF, "", blok.ukuran)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
    tebal = FontFace(emphasis="BOLD")
    with pdf.table(
        col_widths=tuple(k.lebar for k in blok.kolom),
        width=tata.LEBAR_TEKS,
        align="LEFT",
        text_align=tuple(RATA[k.rata] for k in blok.kolom),
        headings_style=FontFace(emphasis="BOLD", fill_color=(217, 217, 217)),
        line_height=_tinggi_baris(blok.ukuran),
        padding=(0.8, 1.2, 0.8, 1.2),
        v_align="TOP",
    ) as tabel:
        judul = tabel.row()
        for kolom in blok.kolom:
            judul.cell(kolom.judul, align="C")
        for data in blok.baris:
            baris = tabel.row()
            for isi in data.sel:
                baris.cell(isi, style=tebal if data.tebal else None)
    pdf.set_font(HURUF, "", tata.UKURAN)
    pdf.set_y(pdf.get_y() + 2)


def _jumlah_baris_atas(pdf, penanda: Penanda, lebar: float) -> int:
    """Lines above the signature space, counting a long office name's wrapped lines."""
    baris = 0
    for isi in penanda.atas:
        if len(isi) == 1:
            pdf.set_font(HURUF, _gaya(isi[0]), tata.UKURAN)
            baris += len(pdf.multi_cell(lebar, 5, isi[0].isi, dry_run=True, output="LINES"))
        else:
            baris += 1
    return baris


def _tinggi_penanda(pdf, penanda: Penanda, lebar: float) -> float:
    baris = _jumlah_baris_atas(pdf, penanda, lebar) + 1 + len(penanda.bawah)
    return baris * _tinggi_baris(tata.UKURAN) + 20


def _penanda(pdf, penanda: Penanda, x: float, y: float, lebar: float, y_ruang: float) -> float:
    """Writes one signature place from `y`; the room to sign starts at `y_ruang`, the
    same for every column, so the names of a two-column signature line up."""
    tinggi = _tinggi_baris(tata.UKURAN)
    pdf.set_xy(x, y)
    for isi in penanda.atas:
        _baris_penanda(pdf, isi, x, lebar, tinggi)
    pdf.set_xy(x, y_ruang)
    if penanda.meterai:
        pdf.set_font(HURUF, "", tata.UKURAN_KECIL)
        pdf.set_text_color(*ABU)
        pdf.set_xy(x, pdf.get_y() + 6)
        pdf.cell(lebar, _tinggi_baris(tata.UKURAN_KECIL), "Meterai Rp10.000", align="C")
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(x, pdf.get_y() + 14)
    else:
        pdf.set_xy(x, pdf.get_y() + 18)
    _baris_penanda(pdf, penanda.nama, x, lebar, tinggi)
    for isi in penanda.bawah:
        _baris_penanda(pdf, isi, x, lebar, tinggi)
    return pdf.get_y()


def _baris_penanda(pdf, isi: tuple[Teks, ...], x: float, lebar: float, tinggi: float) -> None:
    """One centred line of a signature place: one run wraps inside the column (a long
    office name); mixed runs (place, then a date to fill in) keep their own style."""
    if len(isi) == 1:
        pdf.set_font(HURUF, _gaya(isi[0]), tata.UKURAN)
        pdf.set_x(x)
        pdf.multi_cell(lebar, tinggi, isi[0].isi, align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
        return
    lebar_isi = 0.0
    for t in isi:
        pdf.set_font(HURUF, _gaya(t), tata.UKURAN)
        lebar_isi += pdf.get_string_width(t.isi)
    pdf.set_x(x + max((lebar - lebar_isi) / 2, 0))
    for t in isi:
        pdf.set_font(HURUF, _gaya(t), tata.UKURAN)
        pdf.cell(pdf.get_string_width(t.isi), tinggi, t.isi)
    pdf.set_xy(x, pdf.get_y() + tinggi)


def _tinggi_tanda_tangan(pdf, blok: TandaTangan) -> float:
    tinggi = max(_tinggi_penanda(pdf, p, tata.LEBAR_TEKS / 2) for p in blok.penanda)
    return tinggi + (2 * _tinggi_baris(tata.UKURAN) if blok.judul else 0)


def _tanda_tangan(pdf, blok: TandaTangan) -> None:
    separuh = tata.LEBAR_TEKS / 2
    if pdf.get_y() + _tinggi_tanda_tangan(pdf, blok) > pdf.h - pdf.b_margin:
        pdf.add_page()
    if blok.judul:
        _baris_penanda(pdf, blok.judul, pdf.l_margin, tata.LEBAR_TEKS, _tinggi_baris(tata.UKURAN))
        pdf.set_y(pdf.get_y() + _tinggi_baris(tata.UKURAN))
    y = pdf.get_y()
    kolom = [pdf.l_margin, pdf.l_margin + separuh][2 - len(blok.penanda) :]
    atas = max(_jumlah_baris_atas(pdf, p, separuh) for p in blok.penanda)
    y_ruang = y + atas * _tinggi_baris(tata.UKURAN)
    bawah = max(
        _penanda(pdf, p, x, y, separuh, y_ruang) for p, x in zip(blok.penanda, kolom, strict=True)
    )
    pdf.set_xy(pdf.l_margin, bawah + 2)
    pdf.set_font(HURUF, "", tata.UKURAN)


def _jarak(pdf, blok: Jarak) -> None:
    pdf.set_y(pdf.get_y() + blok.mm)


_TULIS = {
    Judul: _judul,
    Paragraf: _paragraf,
    Isian: _isian,
    Tabel: _tabel,
    TandaTangan: _tanda_tangan,
    Jarak: _jarak,
}
