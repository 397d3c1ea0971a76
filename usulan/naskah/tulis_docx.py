"""The DOCX renderer: every block as Word paragraphs and tables an office can edit, the
places to fill in highlighted. python-docx has no API for paragraph borders, repeated
table headings, cell shading or page fields, so those few are written as Open XML."""

import io

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

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
)

RATA = {
    "kiri": WD_ALIGN_PARAGRAPH.LEFT,
    "tengah": WD_ALIGN_PARAGRAPH.CENTER,
    "kanan": WD_ALIGN_PARAGRAPH.RIGHT,
    "penuh": WD_ALIGN_PARAGRAPH.JUSTIFY,
}
ABU = RGBColor(0x55, 0x55, 0x55)


def naskah_docx(naskah: Naskah) -> bytes:
    doc = Document()
    _halaman(doc)
    _gaya(doc)
    if naskah.kop is not None:
        _kop(doc, naskah.kop)
    for blok in naskah.blok:
        _TULIS[type(blok)](doc, blok)
    _nomor_halaman(doc)
    inti = doc.core_properties
    inti.title, inti.author, inti.last_modified_by = naskah.judul, "ZI Portal", "ZI Portal"
    inti.created = inti.modified = naskah.dibuat.replace(tzinfo=None)
    inti.revision = 1
    keluar = io.BytesIO()
    doc.save(keluar)
    return keluar.getvalue()


def _halaman(doc) -> None:
    bagian = doc.sections[0]
    bagian.page_width, bagian.page_height = Mm(tata.LEBAR_HALAMAN), Mm(tata.TINGGI_HALAMAN)
    bagian.left_margin, bagian.right_margin = Mm(tata.MARGIN_KIRI), Mm(tata.MARGIN_KANAN)
    bagian.top_margin, bagian.bottom_margin = Mm(tata.MARGIN_ATAS), Mm(tata.MARGIN_BAWAH)


def _gaya(doc) -> None:
    normal = doc.styles["Normal"]
    normal.font.name = tata.HURUF_DOCX
    normal.font.size = Pt(tata.UKURAN)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), tata.HURUF_DOCX)
    format_ = normal.paragraph_format
    format_.space_before, format_.space_after = Pt(0), Pt(0)
    format_.line_spacing = tata.SPASI_BARIS


def _run(paragraf, t: Teks, ukuran: float | None = None) -> None:
    run = paragraf.add_run(t.isi)
    run.bold, run.italic, run.underline = t.tebal or None, t.miring or None, t.garis_bawah or None
    if ukuran is not None:
        run.font.size = Pt(ukuran)
    if t.isian:
        run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def _paragraf(wadah, isi=(), *, rata="kiri", ukuran=None, setelah: float = 0):
    p = wadah.add_paragraph()
    p.alignment = RATA[rata]
    p.paragraph_format.space_after = Mm(setelah)
    for t in isi:
        _run(p, t, ukuran)
    return p


def _garis_bawah_ganda(paragraf) -> None:
    batas = OxmlElement("w:pBdr")
    bawah = OxmlElement("w:bottom")
    for kunci, nilai in (("w:val", "thickThinSmallGap"), ("w:sz", "24"), ("w:space", "1")):
        bawah.set(qn(kunci), nilai)
    bawah.set(qn("w:color"), "000000")
    batas.append(bawah)
    paragraf._p.get_or_add_pPr().append(batas)


def _kop(doc, kop: Kop) -> None:
    p = None
    for i, baris in enumerate(kop.baris):
        ukuran = tata.UKURAN_KOP[min(i, len(tata.UKURAN_KOP) - 1)]
        p = _paragraf(doc, (Teks(baris, tebal=True),), rata="tengah", ukuran=ukuran)
    for baris in kop.alamat:
        p = _paragraf(doc, (Teks(baris),), rata="tengah", ukuran=tata.UKURAN_ALAMAT)
    if p is not None:
        p.paragraph_format.space_after = Mm(1)
        _garis_bawah_ganda(p)
    _paragraf(doc, setelah=3, ukuran=6)


def _judul(doc, blok: Judul) -> None:
    t = Teks(blok.isi, tebal=True, garis_bawah=blok.garis_bawah)
    p = _paragraf(doc, (t,), rata="tengah", ukuran=blok.ukuran, setelah=blok.spasi_setelah)
    p.paragraph_format.keep_with_next = True


def _paragraf_blok(doc, blok: Paragraf) -> None:
    isi = blok.isi
    if blok.label:
        isi = (Teks(f"{blok.label}\t"), *isi)
    p = _paragraf(doc, isi, rata=blok.rata, ukuran=blok.ukuran, setelah=blok.spasi_setelah)
    if blok.label:
        kiri = Mm(blok.indent + tata.LEBAR_LABEL)
        p.paragraph_format.left_indent = kiri
        p.paragraph_format.first_line_indent = -Mm(tata.LEBAR_LABEL)
        p.paragraph_format.tab_stops.add_tab_stop(kiri)
    elif blok.indent:
        p.paragraph_format.left_indent = Mm(blok.indent)
    p.paragraph_format.keep_with_next = blok.bersama_berikut or None


def _lebar_kolom(tabel, lebar_mm) -> None:
    tabel.autofit = False
    for kolom, lebar in zip(tabel.columns, lebar_mm, strict=True):
        kolom.width = Mm(lebar)
        for sel in kolom.cells:
            sel.width = Mm(lebar)


def _indent_tabel(tabel, mm: float) -> None:
    if not mm:
        return
    ind = OxmlElement("w:tblInd")
    ind.set(qn("w:w"), str(round(mm * 56.7)))  # twentieths of a point per mm
    ind.set(qn("w:type"), "dxa")
    tabel._tbl.tblPr.append(ind)


def _isi_sel(sel, isi, *, rata="kiri", ukuran=None) -> None:
    p = sel.paragraphs[0]
    p.alignment = RATA[rata]
    for t in isi:
        _run(p, t, ukuran)


def _isian(doc, blok: Isian) -> None:
    tabel = doc.add_table(rows=len(blok.baris), cols=3)
    tabel.alignment = WD_TABLE_ALIGNMENT.LEFT
    sisa = tata.LEBAR_TEKS - blok.indent - blok.lebar_label - 4
    _lebar_kolom(tabel, (blok.lebar_label, 4, sisa))
    _indent_tabel(tabel, blok.indent)
    for baris, (label, isi) in zip(tabel.rows, blok.baris, strict=True):
        _isi_sel(baris.cells[0], (Teks(label),))
        _isi_sel(baris.cells[1], (Teks(":"),))
        _isi_sel(baris.cells[2], isi)
    _paragraf(doc, setelah=2, ukuran=4)


def _ulang_judul(baris) -> None:
    tr_pr = baris._tr.get_or_add_trPr()
    for tag in ("w:tblHeader", "w:cantSplit"):
        tr_pr.append(OxmlElement(tag))


def _arsir(sel, warna: str = "D9D9D9") -> None:
    shd = OxmlElement("w:shd")
    for kunci, nilai in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", warna)):
        shd.set(qn(kunci), nilai)
    sel._tc.get_or_add_tcPr().append(shd)


def _tabel(doc, blok: Tabel) -> None:
    tabel = doc.add_table(rows=1 + len(blok.baris), cols=len(blok.kolom))
    tabel.style = doc.styles["Table Grid"]
    total = sum(k.lebar for k in blok.kolom)
    _lebar_kolom(tabel, [tata.LEBAR_TEKS * k.lebar / total for k in blok.kolom])
    judul = tabel.rows[0]
    _ulang_judul(judul)
    for sel, kolom in zip(judul.cells, blok.kolom, strict=True):
        _isi_sel(sel, (Teks(kolom.judul, tebal=True),), rata="tengah", ukuran=blok.ukuran)
        _arsir(sel)
    for baris, data in zip(tabel.rows[1:], blok.baris, strict=True):
        baris._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        for sel, kolom, isi in zip(baris.cells, blok.kolom, data.sel, strict=True):
            _isi_sel(sel, (Teks(isi, tebal=data.tebal),), rata=kolom.rata, ukuran=blok.ukuran)
    _paragraf(doc, setelah=2, ukuran=4)


def _atas(sel, penanda: Penanda) -> None:
    for i, isi in enumerate(penanda.atas):
        p = sel.paragraphs[0] if i == 0 else sel.add_paragraph()
        p.alignment = RATA["tengah"]
        for t in isi:
            _run(p, t)


def _ruang_dan_nama(sel, penanda: Penanda) -> None:
    """The room to sign (or the duty stamp's place), the name and the NIP."""
    p = sel.paragraphs[0]
    p.alignment = RATA["tengah"]
    if penanda.meterai:
        run = p.add_run("Meterai Rp10.000")
        run.font.size, run.font.color.rgb = Pt(tata.UKURAN_KECIL), ABU
        p.paragraph_format.space_before, p.paragraph_format.space_after = Mm(6), Mm(12)
    else:
        p.add_run().font.size = Pt(6)
        p.paragraph_format.space_after = Mm(18)
    _paragraf(sel, penanda.nama, rata="tengah")
    for isi in penanda.bawah:
        _paragraf(sel, isi, rata="tengah")


def _tanda_tangan(doc, blok: TandaTangan) -> None:
    """A borderless table: the centred line (merged), the lines above each signature, then
    the room to sign and the names in one row, so two names stand on one line."""
    judul = 1 if blok.judul else 0
    tabel = doc.add_table(rows=judul + 2, cols=2)
    _lebar_kolom(tabel, (tata.LEBAR_TEKS / 2, tata.LEBAR_TEKS / 2))
    for row in tabel.rows:
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        for sel in row.cells:
            sel.paragraphs[0].paragraph_format.keep_with_next = True
    if blok.judul:
        sel = tabel.rows[0].cells[0].merge(tabel.rows[0].cells[1])
        _isi_sel(sel, blok.judul, rata="tengah")
        sel.paragraphs[0].paragraph_format.space_after = Mm(5)
    mulai = 2 - len(blok.penanda)
    for kolom, penanda in enumerate(blok.penanda, mulai):
        _atas(tabel.rows[judul].cells[kolom], penanda)
        _ruang_dan_nama(tabel.rows[judul + 1].cells[kolom], penanda)
    _paragraf(doc, setelah=2, ukuran=4)


def _jarak(doc, blok: Jarak) -> None:
    _paragraf(doc, setelah=blok.mm, ukuran=4)


def _fld_char(jenis: str):
    elemen = OxmlElement("w:fldChar")
    elemen.set(qn("w:fldCharType"), jenis)
    return elemen


def _field(paragraf, kode: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word and LibreOffice update when they lay out."""
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {kode} "
    for elemen in (_fld_char("begin"), instr, _fld_char("separate"), None, _fld_char("end")):
        run = paragraf.add_run("1" if elemen is None else None)
        if elemen is not None:
            run._r.append(elemen)
        run.font.size = Pt(tata.UKURAN_KECIL)


def _nomor_halaman(doc) -> None:
    """ "Halaman 1 dari 3" in the footer, as Word fields that count themselves."""
    p = doc.sections[0].footer.paragraphs[0]
    p.alignment = RATA["kanan"]
    awal, _sisa = tata.TEKS_HALAMAN.split("{halaman}")
    tengah = _sisa.split("{jumlah}")[0]
    p.add_run(awal).font.size = Pt(tata.UKURAN_KECIL)
    _field(p, "PAGE")
    p.add_run(tengah).font.size = Pt(tata.UKURAN_KECIL)
    _field(p, "NUMPAGES")


_TULIS = {
    Judul: _judul,
    Paragraf: _paragraf_blok,
    Isian: _isian,
    Tabel: _tabel,
    TandaTangan: _tanda_tangan,
    Jarak: _jarak,
}
