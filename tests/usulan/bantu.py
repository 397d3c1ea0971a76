"""Builders for the proposal and document tests: units whose evaluator layers are scored
by the real engine and finished, their prerequisites, and reading documents back."""

import datetime
import io
import re
import shutil
import subprocess
from collections import Counter

import docx
import pytest
from docx.oxml.ns import qn
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from dasbor.models import PrasyaratUsulan
from penilaian.models import Evaluasi, Lapisan, Penilaian, PenugasanEvaluator
from penilaian.selectors.instrumen import instrumen_untuk_versi
from satker.models import StatusZI
from tests.dasbor.bantu import PROFIL, jawaban_profil, nilai, unit_dinilai

SELESAI = datetime.datetime(2026, 5, 12, 14, 3, tzinfo=datetime.UTC)

perlu_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


def unit_selesai(satker, profil="wbk", *, evaluator, lapisan=(Lapisan.KANWIL,), **kw) -> Penilaian:
    """An assessment of `satker` whose own and evaluator layers answer `profil`, each
    evaluator layer finished by `evaluator` at SELESAI."""
    penilaian = unit_dinilai(satker, profil, **kw)
    instrumen = instrumen_untuk_versi(penilaian.periode.versi)
    for lp in lapisan:
        PenugasanEvaluator.objects.create(penilaian=penilaian, lapisan=lp, evaluator=evaluator)
        nilai(penilaian, jawaban_profil(instrumen, **PROFIL[profil]), lapisan=lp, oleh=evaluator)
        Evaluasi.objects.create(
            penilaian=penilaian, lapisan=lp, selesai_pada=SELESAI, selesai_oleh=evaluator
        )
    Penilaian.objects.filter(pk=penilaian.pk).update(status=Penilaian.Status.FINAL)
    penilaian.refresh_from_db()
    return penilaian


def prasyarat_lengkap(satker, oleh, *, sakip="A", tahun=2026) -> None:
    """Every proposal prerequisite met (audit follow-up, SAKIP, ZI a year; LHKPN/LHKASN
    come from the LKE answers of the layer judged, which `unit_selesai` fills at best)."""
    PrasyaratUsulan.objects.create(
        satker=satker,
        tahun=tahun,
        temuan_ditindaklanjuti=True,
        nilai_sakip=sakip,
        diubah_oleh=oleh,
    )
    StatusZI.objects.create(
        satker=satker, tahun=tahun, tanggal_pencanangan=datetime.date(2024, 1, 15)
    )


# --- Reading documents back ----------------------------------------------------------------

HALAMAN = re.compile(r"Halaman \d+ dari \d+")


def poppler(program: str, *args, masukan: bytes | None = None) -> bytes:
    """Runs one of poppler's tools (pdftotext, pdffonts, pdfinfo, pdftoppm)."""
    hasil = subprocess.run(
        [shutil.which(program), *map(str, args)], input=masukan, capture_output=True, check=True
    )
    return hasil.stdout


def teks_pdf(isi: bytes, *, halaman: int | None = None) -> str:
    args = ["-layout", "-enc", "UTF-8"]
    if halaman is not None:
        args += ["-f", halaman, "-l", halaman]
    return poppler("pdftotext", *args, "-", "-", masukan=isi).decode("utf-8")


def jumlah_halaman(isi: bytes) -> int:
    info = poppler("pdfinfo", "-", masukan=isi).decode()
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def _sel_unik(tabel):
    for tr in tabel._tbl.tr_lst:
        for tc in tr.tc_lst:  # a merged cell once, not once per grid column
            yield _Cell(tc, tabel)


def _teks_elemen(elemen, induk) -> list[str]:
    baris = []
    for anak in elemen.iterchildren():
        if anak.tag == qn("w:p"):
            baris.append(Paragraph(anak, induk).text)
        elif anak.tag == qn("w:tbl"):
            for sel in _sel_unik(Table(anak, induk)):
                baris += _teks_elemen(sel._tc, sel)
    return baris


def dokumen_docx(isi: bytes):
    return docx.Document(io.BytesIO(isi))


def teks_docx(isi: bytes) -> str:
    """The document's body text in order, tables included (footer fields left out)."""
    doc = dokumen_docx(isi)
    return "\n".join(_teks_elemen(doc.element.body, doc._body))


def kata(teks: str) -> Counter:
    """The words of a text, page numbers left out: what both formats must share."""
    return Counter(HALAMAN.sub(" ", teks).split())


def sama_isi(teks_docx_: str, teks_pdf_: str) -> bool:
    """Both formats say the same: every word of the DOCX is in the PDF as often, and the
    PDF has no word the DOCX lacks (it may repeat a table's heading on a new page, which
    Word also does on screen while storing the heading once)."""
    di_docx, di_pdf = kata(teks_docx_), kata(teks_pdf_)
    return not (di_docx - di_pdf) and set(di_pdf) == set(di_docx)


def rapat(teks: str) -> str:
    """Whitespace collapsed, so a check does not depend on where a line wrapped."""
    return " ".join(teks.split())
