"""Checks every uploaded evidence file goes through, in one place: size, type by content
(not by name), the name's extension agreeing with the content, and a safe display name.

The type is decided from the bytes: PDF and images by their signature (the pinned
`filetype` library), Office Open XML and OpenDocument by the parts inside their zip
container, legacy Office (doc/xls/ppt) by the stream names in the OLE2 directory.
Programs, scripts, HTML and SVG are never accepted, whatever their name says.
The SHA-256 and the real size are computed while streaming the upload, chunk by chunk.
"""

import hashlib
import re
import struct
import unicodedata
from dataclasses import dataclass
from typing import NoReturn

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadhandler import FileUploadHandler
from django.utils.translation import gettext_lazy as _

from zi_portal import arsip
from zi_portal.arsip import MB, ArsipTerbatas, BatasArsip

PESAN_KOSONG = _("Berkas “%(nama)s” kosong.")
PESAN_TERLALU_BESAR = _("Berkas “%(nama)s” melebihi batas ukuran %(maks)s MB.")
PESAN_EKSEKUTABEL = _(
    "Berkas “%(nama)s” adalah program atau skrip dan tidak boleh diunggah sebagai bukti."
)
PESAN_TIPE_DITOLAK = _(
    "Jenis berkas “%(nama)s” tidak diizinkan. Unggah PDF, gambar (JPEG, PNG, WebP), atau "
    "dokumen Office (Word, Excel, PowerPoint, OpenDocument)."
)
PESAN_TIDAK_COCOK = _(
    "Isi berkas “%(nama)s” adalah %(jenis)s, tidak sesuai dengan ekstensi .%(ekstensi)s. "
    "Periksa kembali berkasnya."
)
PESAN_MAKRO = _("Dokumen “%(nama)s” berisi makro dan tidak boleh diunggah.")
PESAN_RUSAK = arsip.PESAN_RUSAK  # one message for a damaged container, wherever found

# What each allowed kind is called for the user, its content type and its extensions.
JENIS = {
    "pdf": ("PDF", "application/pdf", {"pdf"}),
    "jpeg": (_("gambar JPEG"), "image/jpeg", {"jpg", "jpeg"}),
    "png": (_("gambar PNG"), "image/png", {"png"}),
    "webp": (_("gambar WebP"), "image/webp", {"webp"}),
    "docx": (
        _("dokumen Word"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        {"docx"},
    ),
    "xlsx": (
        _("lembar kerja Excel"),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        {"xlsx"},
    ),
    "pptx": (
        _("presentasi PowerPoint"),
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        {"pptx"},
    ),
    "doc": (_("dokumen Word lama"), "application/msword", {"doc"}),
    "xls": (_("lembar kerja Excel lama"), "application/vnd.ms-excel", {"xls"}),
    "ppt": (_("presentasi PowerPoint lama"), "application/vnd.ms-powerpoint", {"ppt"}),
    "odt": (_("dokumen OpenDocument"), "application/vnd.oasis.opendocument.text", {"odt"}),
    "ods": (
        _("lembar kerja OpenDocument"),
        "application/vnd.oasis.opendocument.spreadsheet",
        {"ods"},
    ),
}
EKSTENSI_DIIZINKAN = frozenset(e for _n, _t, ekst in JENIS.values() for e in ekst)
ACCEPT = ",".join(sorted(f".{e}" for e in EKSTENSI_DIIZINKAN))

_FILETYPE_KE_JENIS = {
    "application/pdf": "pdf",
    "image/jpeg": "jpeg",
    "image/png": "png",
    "image/webp": "webp",
}
# Signatures of programs: ELF, Windows PE/DOS, Mach-O (both byte orders, fat), Java
# class, WebAssembly, and any script with a #! line.
_TANDA_PROGRAM = (
    b"\x7fELF",
    b"MZ",
    b"\xfe\xed\xfa\xce",
    b"\xfe\xed\xfa\xcf",
    b"\xce\xfa\xed\xfe",
    b"\xcf\xfa\xed\xfe",
    b"\xca\xfe\xba\xbe",
    b"\x00asm",
    b"#!",
)
# Text that a browser would run or render: HTML, SVG, XML, scripts. Checked on the
# start of the file after a BOM and whitespace.
_TANDA_MARKUP = re.compile(
    rb"^(<\?xml|<!doctype|<html|<svg|<script|<head|<body|<iframe|<\?php|<%)", re.IGNORECASE
)
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"
_OLE_STREAM = {
    "WordDocument": "doc",
    "Workbook": "xls",
    "Book": "xls",
    "PowerPoint Document": "ppt",
}
_ODF_MIMETYPE = {
    b"application/vnd.oasis.opendocument.text": "odt",
    b"application/vnd.oasis.opendocument.spreadsheet": "ods",
}
_OOXML_BAGIAN = {"word/document.xml": "docx", "xl/workbook.xml": "xlsx"}
_KEPALA = 8192
# An Office or OpenDocument file is a zip: its directory is checked before anything is
# inflated, and only two small parts are ever read (zi_portal.arsip). The generous
# sizes let real documents full of pictures through; the ratio stops bombs.
BATAS_ARSIP = BatasArsip(jumlah=5000, direktori=2 * MB, per_bagian=256 * MB, total=512 * MB)
_MIMETYPE_MAKS = 256
_JENIS_ISI_MAKS = 1 * MB


@dataclass(frozen=True)
class BerkasDiperiksa:
    """What the checks learned about an accepted file."""

    jenis: str  # a key of JENIS
    tipe: str  # content type to store and send
    ukuran: int
    sha256: str
    nama_asli: str  # as the user named it, for the row only (never a path on disk)


def ukuran_maks() -> int:
    return settings.ZI_UPLOAD_MAX_MB * 1024 * 1024


class BatasUkuranUnggahan(FileUploadHandler):
    """First of FILE_UPLOAD_HANDLERS: once a file passes ZI_UPLOAD_MAX_MB, the rest of it
    is no longer handed on, so an oversized upload never fills the disk. The chunk that
    crosses the limit is still handed on, so the file that arrives is over the limit and
    `periksa_berkas` refuses it with the size message (one place decides)."""

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.diterima = 0

    def receive_data_chunk(self, raw_data, start):
        if self.diterima > ukuran_maks():
            return None  # already over: later handlers never see this chunk
        self.diterima += len(raw_data)
        return raw_data

    def file_complete(self, file_size):
        return None  # the next handler builds the file


def nama_aman(nama: str, *, cadangan: str = "berkas") -> str:
    """A display and download name: the last path component, no control characters,
    no characters that mean something to a shell, a header or a file system."""
    nama = unicodedata.normalize("NFC", nama or "")
    nama = re.split(r"[\\/]", nama)[-1]
    nama = "".join(c for c in nama if unicodedata.category(c)[0] != "C")
    nama = re.sub(r'[<>:"|?*;`$&%\'{}\[\]]', "_", nama)
    nama = re.sub(r"\s+", " ", nama).strip(" .")
    if not nama:
        return cadangan
    if len(nama) > 150:
        dasar, titik, ekstensi = nama.rpartition(".")
        nama = f"{dasar[:140]}.{ekstensi[:8]}" if titik and dasar else nama[:150]
    return nama


def ekstensi_dari(nama: str) -> str:
    dasar, titik, ekstensi = nama_aman(nama).rpartition(".")
    return ekstensi.lower() if titik and dasar else ""


def periksa_berkas(berkas) -> BerkasDiperiksa:
    """Check an uploaded file (a Django UploadedFile) and raise ValidationError with a
    message for the user when it is refused. Reads the file once in chunks; leaves it
    rewound for saving."""
    nama = (berkas.name or "").replace("\x00", "")[:255]
    data = {"nama": nama_aman(nama)}
    if berkas.size is not None and berkas.size > ukuran_maks():
        _tolak(PESAN_TERLALU_BESAR, data | {"maks": settings.ZI_UPLOAD_MAX_MB}, "terlalu_besar")
    berkas.seek(0)
    kepala = berkas.read(_KEPALA)
    if not kepala:
        _tolak(PESAN_KOSONG, data, "kosong")
    jenis = _jenis_dari_kepala(kepala, data)
    if jenis == "zip":
        jenis = _jenis_zip(berkas, data)
    ukuran, sha256, ole = _baca_sambil_hitung(berkas, data, cari_ole=jenis == "ole")
    if jenis == "ole":
        if ole is None:
            _tolak(PESAN_TIPE_DITOLAK, data, "tipe")
        jenis = ole
    nama_jenis, tipe, ekstensi_boleh = JENIS[jenis]
    ekstensi = ekstensi_dari(nama)
    if ekstensi not in ekstensi_boleh:
        _tolak(
            PESAN_TIDAK_COCOK,
            data | {"jenis": nama_jenis, "ekstensi": ekstensi or "-"},
            "tidak_cocok",
        )
    berkas.seek(0)
    return BerkasDiperiksa(jenis=jenis, tipe=tipe, ukuran=ukuran, sha256=sha256, nama_asli=nama)


def _tolak(pesan, params: dict, code: str) -> NoReturn:
    raise ValidationError(pesan, code=code, params=params)


def _jenis_dari_kepala(kepala: bytes, data: dict) -> str:
    if kepala.startswith(_TANDA_PROGRAM):
        _tolak(PESAN_EKSEKUTABEL, data, "program")
    teks = kepala.lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n")
    if _TANDA_MARKUP.match(teks):
        _tolak(PESAN_EKSEKUTABEL, data, "program")
    if kepala.startswith(_ZIP):
        return "zip"
    if kepala.startswith(_OLE2):
        return "ole"
    kind = filetype.guess(kepala)
    if kind is not None and kind.mime in _FILETYPE_KE_JENIS:
        return _FILETYPE_KE_JENIS[kind.mime]
    _tolak(PESAN_TIPE_DITOLAK, data, "tipe")


def _jenis_zip(berkas, data: dict) -> str:
    """OOXML by its main part and declared content types (macro-enabled refused), ODF by
    its `mimetype` entry. Any other zip (including a renamed .jar or .apk) is refused.
    The zip's directory is checked against BATAS_ARSIP first (bombs refused), and the
    two parts read are read with a hard cap."""
    berkas.seek(0)
    with ArsipTerbatas(berkas, batas=BATAS_ARSIP, nama=data["nama"]) as arsip:
        nama_bagian = arsip.nama_bagian
        if "mimetype" in nama_bagian:
            mimetype = arsip.baca("mimetype", maks=_MIMETYPE_MAKS).strip()
            if mimetype in _ODF_MIMETYPE:
                return _ODF_MIMETYPE[mimetype]
        if "[Content_Types].xml" in nama_bagian:
            jenis_isi = arsip.baca("[Content_Types].xml", maks=_JENIS_ISI_MAKS).lower()
            if b"macroenabled" in jenis_isi or any(
                n.lower().endswith("vbaproject.bin") for n in nama_bagian
            ):
                _tolak(PESAN_MAKRO, data, "makro")
            for bagian, jenis in _OOXML_BAGIAN.items():
                if bagian in nama_bagian:
                    return jenis
            if "ppt/presentation.xml" in nama_bagian:
                return "pptx"
    _tolak(PESAN_TIPE_DITOLAK, data, "tipe")


def _baca_sambil_hitung(berkas, data: dict, *, cari_ole: bool):
    """Stream the whole file once: the real size (a client can lie in its headers), the
    SHA-256 and, for an OLE2 container, the kind of its main stream."""
    berkas.seek(0)
    sha = hashlib.sha256()
    ukuran = 0
    maks = ukuran_maks()
    ole = None
    sektor = 512
    for potongan in berkas.chunks():
        if cari_ole and ukuran == 0 and len(potongan) >= 32:
            sektor = 1 << struct.unpack_from("<H", potongan, 30)[0]
        if cari_ole and ole is None:
            ole = _ole_cari_stream(potongan, ukuran, sektor)
        ukuran += len(potongan)
        if ukuran > maks:
            _tolak(PESAN_TERLALU_BESAR, data | {"maks": settings.ZI_UPLOAD_MAX_MB}, "terlalu_besar")
        sha.update(potongan)
    return ukuran, sha.hexdigest(), ole


def _ole_cari_stream(potongan: bytes, posisi: int, sektor: int) -> str | None:
    """Look for a directory entry naming Word, Excel or PowerPoint's main stream. Entries
    are 128 bytes, aligned to 128 after the header sector: a UTF-16 name, its byte
    length at offset 64 and the entry type (2 = stream) at offset 66."""
    awal = max(0, sektor - posisi) if posisi < sektor else (-posisi) % 128
    for i in range(awal, len(potongan) - 127, 128):
        panjang = struct.unpack_from("<H", potongan, i + 64)[0]
        if not 2 <= panjang <= 64 or potongan[i + 66] != 2:
            continue
        try:
            nama = potongan[i : i + panjang - 2].decode("utf-16-le")
        except UnicodeDecodeError:
            continue
        if nama in _OLE_STREAM:
            return _OLE_STREAM[nama]
    return None


# Types the browser may show in place (an <iframe> for PDF, an <img> for images) on the
# review page; everything else, including every Office format, is only ever downloaded.
PRATINJAU = {
    "application/pdf": "pdf",
    "image/jpeg": "gambar",
    "image/png": "gambar",
    "image/webp": "gambar",
}


def jenis_pratinjau(tipe: str) -> str:
    """ "pdf", "gambar", or "" when a stored type is not previewed in place. The stored
    type was decided from the file's bytes at upload (periksa_berkas above)."""
    return PRATINJAU.get(tipe, "")
