"""Official documents (naskah dinas) as one plain model of blocks, written out as an
editable DOCX (python-docx) and as a PDF (fpdf2) by two renderers that read the same
blocks, so the two files of a document can never say different things.

`blok` holds the model; `tulis_docx` and `tulis_pdf` the renderers; `ejaan` the Indonesian
forms of dates, numbers and NIPs. Nothing here touches the database.
"""

from usulan.naskah.blok import (
    ISIAN,
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
    tebal,
    teks,
)
from usulan.naskah.tulis_docx import naskah_docx
from usulan.naskah.tulis_pdf import naskah_pdf

__all__ = [
    "ISIAN",
    "BarisTabel",
    "Isian",
    "Jarak",
    "Judul",
    "Kolom",
    "Kop",
    "Naskah",
    "Paragraf",
    "Penanda",
    "Tabel",
    "TandaTangan",
    "Teks",
    "isian",
    "naskah_docx",
    "naskah_pdf",
    "tebal",
    "teks",
]
