"""The A4 sheet of staff code slips (fpdf2): ten slips a page, cut along the dashed
lines, one per person. Each slip has the unit, the QR code of the staff form (the same
on every slip: the code is typed, never put in the link), the form's address and the
code. The sheet is made in the request that makes the codes and is never stored: the
portal keeps only hashes, so this PDF is the only place the codes exist.
"""

import io

import segno
from django.utils.translation import gettext as _
from fpdf import FPDF

from survei.poster import BIRU, _latin1

KOLOM, BARIS = 2, 5
LEBAR, TINGGI = 95.0, 55.0  # mm, a slip
KIRI, ATAS = 10.0, 10.0  # mm, page margins
QR = 32.0  # mm


def _tampil_kode(kode: str) -> str:
    """ABCDEFGH as ABCD-EFGH: easier to read out and type (the dash is ignored)."""
    return f"{kode[:4]}-{kode[4:]}"


def _baris_alamat(pdf: FPDF, url: str, lebar: float) -> list[str]:
    """The address in lines that fit, broken after a slash rather than mid-word, so a
    person copies it as written ('https://host' / '/s/unit/pegawai/')."""
    baris, sekarang = [], ""
    for bagian in url.replace("/", "/\0").split("\0"):
        if sekarang and pdf.get_string_width(sekarang + bagian) > lebar:
            baris.append(sekarang)
            sekarang = ""
        sekarang += bagian
    return [*baris, sekarang] if sekarang else baris


def lembar_kode_pdf(*, satker, url: str, kode: list[str]) -> bytes:
    teks = {
        "judul": _latin1(_("Survei Internal Zona Integritas")),
        "unit": _latin1(satker.nama),
        "kode": _latin1(_("Kode sekali pakai:")),
        "cara": _latin1(_("Pindai kode QR atau buka alamat ini, lalu ketik kode Anda:")),
        "anonim": _latin1(
            _("Anonim: kode dihapus begitu jawaban terkirim dan tidak dikaitkan dengan jawaban.")
        ),
    }
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_title(_latin1(f"{teks['judul']} - {satker.nama}"))
    pdf.set_creator("ZI Portal")
    pdf.set_auto_page_break(False)
    gambar_qr = io.BytesIO()
    segno.make(url, error="m").save(gambar_qr, kind="png", scale=8, border=2)
    per_halaman = KOLOM * BARIS
    for i, k in enumerate(kode):
        if i % per_halaman == 0:
            pdf.add_page()
        letak = i % per_halaman
        x = KIRI + (letak % KOLOM) * LEBAR
        y = ATAS + (letak // KOLOM) * TINGGI
        _slip(pdf, x, y, teks, _latin1(url), gambar_qr, _tampil_kode(k))
    return bytes(pdf.output())


def _slip(pdf: FPDF, x: float, y: float, teks: dict, url: str, qr, kode: str) -> None:
    pdf.set_draw_color(150, 150, 150)
    with pdf.local_context():
        pdf.set_dash_pattern(dash=2, gap=1.5)
        pdf.rect(x, y, LEBAR, TINGGI)  # the cut line
    pdf.set_text_color(*BIRU)
    pdf.set_font("Helvetica", "B", 9)
    pdf.set_xy(x + 3, y + 3)
    pdf.cell(LEBAR - 6, 4, teks["judul"])
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Helvetica", "", 8)
    pdf.set_xy(x + 3, y + 7.5)
    pdf.cell(LEBAR - 6, 4, teks["unit"][:70])
    qr.seek(0)
    pdf.image(qr, x=x + 3, y=y + 13, w=QR, h=QR)
    kanan, lebar_kanan = x + QR + 6, LEBAR - QR - 9
    pdf.set_xy(kanan, y + 13)
    pdf.set_font("Helvetica", "", 7)
    pdf.multi_cell(lebar_kanan, 3.2, teks["cara"])
    pdf.set_font("Courier", "", 6.5)
    for baris in _baris_alamat(pdf, url, lebar_kanan):
        pdf.set_x(kanan)
        pdf.multi_cell(lebar_kanan, 3, baris)
    pdf.set_xy(kanan, pdf.get_y() + 1.5)
    pdf.set_font("Helvetica", "", 7)
    pdf.cell(lebar_kanan, 3.5, teks["kode"])
    pdf.set_xy(kanan, pdf.get_y() + 4)
    pdf.set_font("Courier", "B", 17)
    pdf.cell(lebar_kanan, 8, kode)
    pdf.set_text_color(90, 90, 90)
    pdf.set_font("Helvetica", "", 6.5)
    pdf.set_xy(x + 3, y + TINGGI - 8)
    pdf.multi_cell(LEBAR - 6, 3, teks["anonim"])
