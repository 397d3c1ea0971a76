"""Small real files of every allowed kind, made in the test, and fixtures the evidence
tests share (imported by each tests/penilaian/test_bukti_*.py)."""

import io
import struct
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook
from PIL import Image

from penilaian.models import Pertanyaan
from tests.factories import PenilaianFactory

KODE = "A.I.1.i.a"


def pdf() -> bytes:
    """A one-page PDF with a correct cross-reference table."""
    objek = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
    ]
    isi = b"BT /F1 12 Tf 20 100 Td (SK Tim ZI) Tj ET"
    objek.append(b"<< /Length %d >>\nstream\n" % len(isi) + isi + b"\nendstream")
    keluar = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    posisi = []
    for i, o in enumerate(objek, start=1):
        posisi.append(len(keluar))
        keluar += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(keluar)
    keluar += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objek) + 1)
    for p in posisi:
        keluar += b"%010d 00000 n \n" % p
    keluar += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objek) + 1,
        xref,
    )
    return bytes(keluar)


def gambar(format_: str) -> bytes:
    keluar = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 30, 30)).save(keluar, format=format_)
    return keluar.getvalue()


def xlsx() -> bytes:
    buku = Workbook()
    buku.active["A1"] = "Rekap pengaduan"
    keluar = io.BytesIO()
    buku.save(keluar)
    return keluar.getvalue()


def _zip(bagian: dict[str, bytes | str], *, simpan_dulu: str | None = None) -> bytes:
    keluar = io.BytesIO()
    with zipfile.ZipFile(keluar, "w", zipfile.ZIP_DEFLATED) as arsip:
        if simpan_dulu:  # ODF: `mimetype` first and stored uncompressed
            arsip.writestr(simpan_dulu, bagian.pop(simpan_dulu), compress_type=zipfile.ZIP_STORED)
        for nama, isi in bagian.items():
            arsip.writestr(nama, isi)
    return keluar.getvalue()


_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlfor'
    'mats.org/officeDocument/2006/relationships/officeDocument" Target="{target}"/>'
    "</Relationships>"
)


def _types(part: str, jenis: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
        'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
        f'"application/xml"/><Override PartName="/{part}" ContentType="{jenis}"/></Types>'
    )


def docx(*, makro: bool = False) -> bytes:
    jenis = (
        "application/vnd.ms-word.document.macroEnabled.main+xml"
        if makro
        else "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    )
    bagian = {
        "[Content_Types].xml": _types("word/document.xml", jenis),
        "_rels/.rels": _RELS.format(target="word/document.xml"),
        "word/document.xml": (
            '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.'
            'openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>SK Tim ZI'
            "</w:t></w:r></w:p></w:body></w:document>"
        ),
    }
    if makro:
        bagian["word/vbaProject.bin"] = b"\x00" * 16
    return _zip(bagian)


def pptx() -> bytes:
    jenis = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
    return _zip(
        {
            "[Content_Types].xml": _types("ppt/presentation.xml", jenis),
            "_rels/.rels": _RELS.format(target="ppt/presentation.xml"),
            "ppt/presentation.xml": (
                '<?xml version="1.0" encoding="UTF-8"?><p:presentation xmlns:p="http://schemas'
                '.openxmlformats.org/presentationml/2006/main"/>'
            ),
        }
    )


def odf(mimetype: str) -> bytes:
    return _zip(
        {
            "mimetype": mimetype,
            "content.xml": '<?xml version="1.0" encoding="UTF-8"?><office:document-content/>',
            "META-INF/manifest.xml": '<?xml version="1.0" encoding="UTF-8"?><manifest/>',
        },
        simpan_dulu="mimetype",
    )


def ole2(stream: str) -> bytes:
    """A minimal compound file (legacy Office container): header, one FAT sector, one
    directory sector with the root entry and one empty stream named `stream`."""
    kosong, akhir, fat = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIII", header, 40, 0, 1, 1, 0, 0x1000, akhir, 0, akhir)
    struct.pack_into("<I", header, 68, 0)
    struct.pack_into("<I", header, 76, 0)  # DIFAT[0]: the FAT is sector 0
    for i in range(1, 109):
        struct.pack_into("<I", header, 76 + 4 * i, kosong)
    sektor_fat = bytearray(struct.pack("<II", fat, akhir) + b"\xff" * 504)

    def entri(nama: str, jenis: int, anak: int) -> bytes:
        e = bytearray(128)
        nama_b = nama.encode("utf-16-le") + b"\x00\x00"
        e[0 : len(nama_b)] = nama_b
        struct.pack_into("<HBB", e, 64, len(nama_b), jenis, 1)
        struct.pack_into("<III", e, 68, kosong, kosong, anak)
        struct.pack_into("<II", e, 116, akhir if jenis == 5 else 0, 0)
        return bytes(e)

    direktori = entri("Root Entry", 5, 1) + entri(stream, 2, kosong) + bytes(256)
    return bytes(header) + bytes(sektor_fat) + direktori


ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"

# name -> (bytes, the content type the checks should find)
CONTOH_SAH = {
    "sk-tim.pdf": (pdf, "application/pdf"),
    "foto.jpg": (lambda: gambar("JPEG"), "image/jpeg"),
    "foto.jpeg": (lambda: gambar("JPEG"), "image/jpeg"),
    "bagan.png": (lambda: gambar("PNG"), "image/png"),
    "poster.webp": (lambda: gambar("WEBP"), "image/webp"),
    "sop.docx": (
        docx,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    "rekap.xlsx": (xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "paparan.pptx": (
        pptx,
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ),
    "sop-lama.doc": (lambda: ole2("WordDocument"), "application/msword"),
    "rekap-lama.xls": (lambda: ole2("Workbook"), "application/vnd.ms-excel"),
    "paparan-lama.ppt": (lambda: ole2("PowerPoint Document"), "application/vnd.ms-powerpoint"),
    "notulen.odt": (lambda: odf(ODT), ODT),
    "anggaran.ods": (lambda: odf(ODS), ODS),
}


def unggahan(nama: str, isi: bytes | None = None, tipe: str = "application/octet-stream"):
    return SimpleUploadedFile(nama, pdf() if isi is None else isi, content_type=tipe)


@pytest.fixture
def media(settings, tmp_path):
    """A fresh MEDIA_ROOT per test, so a test can see exactly which files were stored."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def berkas_tersimpan(media_root) -> list:
    return sorted(p for p in media_root.rglob("*") if p.is_file()) if media_root.exists() else []


@pytest.fixture
def penilaian_a(cast, media):
    return PenilaianFactory(satker=cast.satker_a)


@pytest.fixture
def pertanyaan(penilaian_a):
    return Pertanyaan.objects.get(versi=penilaian_a.periode.versi, kode=KODE)
