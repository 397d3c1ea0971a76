"""The A4 poster with the unit's QR code, as PNG (Pillow) and PDF (fpdf2).

The QR code holds the unit's stable URL /s/<code>/, which never changes, so a
printed poster stays valid for good.
"""

import io
import textwrap

import segno
from django.utils.translation import gettext as _
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

BIRU = (11, 79, 156)
LEBAR_PX, TINGGI_PX = 1240, 1754  # A4 at 150 dpi


def _teks(satker) -> dict:
    return {
        "judul": _("Survei Layanan Publik"),
        "ajakan": _("Bantu kami memperbaiki layanan: pindai kode QR ini"),
        "anonim": _("Anonim: tanpa nama, tanpa nomor telepon. Selesai dalam 2 menit."),
        "survei": "SPKP · SPAK · SKM",
        "unit": satker.nama,
    }


def _qr(url: str):
    return segno.make(url, error="m", micro=False)


def poster_png(*, satker, url: str) -> bytes:
    teks = _teks(satker)
    gambar = Image.new("RGB", (LEBAR_PX, TINGGI_PX), "white")
    gambar_qr = _qr(url)
    buffer = io.BytesIO()
    gambar_qr.save(buffer, kind="png", scale=20, border=2)
    buffer.seek(0)
    qr = Image.open(buffer).convert("RGB")
    sisi = 820
    qr = qr.resize((sisi, sisi), Image.NEAREST)
    draw = ImageDraw.Draw(gambar)
    draw.rectangle([0, 0, LEBAR_PX, 230], fill=BIRU)
    _tengah(draw, teks["judul"], 70, 64, "white")
    _tengah(draw, teks["survei"], 155, 40, "white")
    y = 290
    for baris in textwrap.wrap(teks["unit"], 34):
        _tengah(draw, baris, y, 52, "black")
        y += 68
    y += 20
    for baris in textwrap.wrap(teks["ajakan"], 44):
        _tengah(draw, baris, y, 38, BIRU)
        y += 52
    gambar.paste(qr, ((LEBAR_PX - sisi) // 2, y + 20))
    y += sisi + 60
    _tengah(draw, url, y, 38, "black")
    y += 70
    for baris in textwrap.wrap(teks["anonim"], 56):
        _tengah(draw, baris, y, 32, (70, 70, 70))
        y += 46
    keluar = io.BytesIO()
    gambar.save(keluar, format="PNG", dpi=(150, 150), optimize=True)
    return keluar.getvalue()


def _tengah(draw, teks: str, y: int, ukuran: int, warna) -> None:
    font = ImageFont.load_default(size=ukuran)
    lebar = draw.textlength(teks, font=font)
    draw.text(((LEBAR_PX - lebar) / 2, y), teks, font=font, fill=warna)


def _latin1(teks: str) -> str:
    # The PDF's built-in Helvetica speaks Latin-1; swap the few symbols we use.
    teks = teks.replace("·", "-").replace("—", "-").replace("…", "...")
    return teks.encode("latin-1", "replace").decode("latin-1")


def poster_pdf(*, satker, url: str) -> bytes:
    teks = {k: _latin1(v) for k, v in _teks(satker).items()}
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_title(_latin1(f"{teks['judul']} - {satker.nama}"))
    pdf.set_creator("ZI Portal")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_fill_color(*BIRU)
    pdf.rect(0, 0, 210, 40, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 28)
    pdf.set_xy(10, 9)
    pdf.cell(190, 12, teks["judul"], align="C")
    pdf.set_font("Helvetica", "", 16)
    pdf.set_xy(10, 24)
    pdf.cell(190, 8, teks["survei"], align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Helvetica", "B", 20)
    pdf.set_xy(15, 50)
    pdf.multi_cell(180, 9, teks["unit"], align="C")
    pdf.set_text_color(*BIRU)
    pdf.set_font("Helvetica", "", 15)
    pdf.set_x(15)
    pdf.multi_cell(180, 7, teks["ajakan"], align="C")
    buffer = io.BytesIO()
    _qr(url).save(buffer, kind="png", scale=10, border=2)
    buffer.seek(0)
    y = pdf.get_y() + 6
    pdf.image(buffer, x=40, y=y, w=130, h=130)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Courier", "B", 15)
    pdf.set_xy(10, y + 134)
    pdf.cell(190, 8, _latin1(url), align="C")
    pdf.set_text_color(70, 70, 70)
    pdf.set_font("Helvetica", "", 12)
    pdf.set_xy(20, y + 146)
    pdf.multi_cell(170, 6, teks["anonim"], align="C")
    return bytes(pdf.output())
