"""Page and type settings both renderers share, so a DOCX and its PDF lay out alike:
A4, the margins offices use for naskah dinas, Arial (Liberation Sans in the PDF: the
same metrics) at 12 pt with 1.15 line spacing."""

LEBAR_HALAMAN = 210.0  # mm
TINGGI_HALAMAN = 297.0
MARGIN_KIRI = 25.0
MARGIN_KANAN = 20.0
MARGIN_ATAS = 15.0
MARGIN_BAWAH = 20.0
LEBAR_TEKS = LEBAR_HALAMAN - MARGIN_KIRI - MARGIN_KANAN

HURUF_DOCX = "Arial"
UKURAN = 12.0  # pt
SPASI_BARIS = 1.15
LEBAR_LABEL = 8.0  # mm for a hanging "1." / "a."
PT = 25.4 / 72  # mm per point

# Letterhead: the first bold line, the second (office) line, the address lines.
UKURAN_KOP = (12.0, 14.0)
UKURAN_ALAMAT = 9.0
UKURAN_KECIL = 8.0

TEKS_HALAMAN = "Halaman {halaman} dari {jumlah}"
