"""Bounded reading of uploaded zip containers (Office Open XML, OpenDocument, workbooks).

A zip says in its directory how large each entry becomes once inflated, and Python's
`zipfile` never hands out more than that declared size (a lying entry fails its CRC).
So every check here runs on the directory, before a single byte is inflated:

- the number of entries and the size of the central directory, read from the end
  record *before* `zipfile` builds one object per entry (a zip of 100,000 empty
  entries is a bomb of its own);
- each entry's inflated size against a cap (per name pattern, so a worksheet that is
  streamed may be larger than a part a parser reads whole);
- the total inflated size;
- the compression ratio of every entry larger than a small threshold (real Office XML
  stays well under 100:1; a bomb is 1000:1 and more).

Entries are then read with a hard cap. Anything refused raises ValidationError with a
message for the user; nothing has been inflated, so nothing partial exists.
"""

import fnmatch
import struct
import zipfile
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MB = 1024 * 1024

PESAN_RUSAK = _("Berkas “%(nama)s” rusak atau tidak dapat dibaca.")
PESAN_TERLALU_BANYAK = _(
    "Berkas “%(nama)s” berisi terlalu banyak bagian (%(jumlah)s; paling banyak %(maks)s)."
)
PESAN_BAGIAN_BESAR = _(
    "Bagian %(bagian)s dari berkas “%(nama)s” terlalu besar setelah dibuka "
    "(%(ukuran)s MB; paling besar %(maks)s MB)."
)
PESAN_TOTAL_BESAR = _(
    "Isi berkas “%(nama)s” terlalu besar setelah dibuka (%(ukuran)s MB; paling besar %(maks)s MB)."
)
PESAN_RASIO = _(
    "Bagian %(bagian)s dari berkas “%(nama)s” mengembang %(rasio)s kali ukurannya; berkas "
    "seperti ini (bom zip) ditolak."
)

_EOCD = b"PK\x05\x06"
_EOCD64_LOKATOR = b"PK\x06\x07"
_EOCD64 = b"PK\x06\x06"
_EOCD_UKURAN = 22
_KOMENTAR_MAKS = 65535


@dataclass(frozen=True)
class BatasArsip:
    """Limits for one kind of upload. `khusus` gives (fnmatch pattern, cap) pairs for
    entries that may exceed `per_bagian`; the first matching pattern wins."""

    jumlah: int = 5000
    direktori: int = 2 * MB
    per_bagian: int = 64 * MB
    total: int = 256 * MB
    rasio: int = 100
    ambang_rasio: int = 1 * MB
    khusus: tuple[tuple[str, int], ...] = ()

    def maks_untuk(self, nama: str) -> int:
        for pola, maks in self.khusus:
            if fnmatch.fnmatchcase(nama, pola):
                return maks
        return self.per_bagian


def _tolak(pesan, code: str, **params):
    raise ValidationError(pesan, code=code, params=params)


def _mb(n: int) -> str:
    return f"{n / MB:.1f}".rstrip("0").rstrip(".")


def _akhir_direktori(berkas, nama: str) -> tuple[int, int]:
    """(number of entries, size of the central directory) from the end record, read
    without `zipfile`; Zip64 values when the classic fields are saturated."""
    berkas.seek(0, 2)
    panjang = berkas.tell()
    ekor_mulai = max(0, panjang - _EOCD_UKURAN - _KOMENTAR_MAKS)
    berkas.seek(ekor_mulai)
    ekor = berkas.read()
    letak = ekor.rfind(_EOCD)
    if letak < 0 or len(ekor) - letak < _EOCD_UKURAN:
        _tolak(PESAN_RUSAK, "rusak", nama=nama)
    _sig, _d, _dcd, _n_disk, jumlah, ukuran_cd, _off, _kom = struct.unpack(
        "<4s4H2LH", ekor[letak : letak + _EOCD_UKURAN]
    )
    if jumlah == 0xFFFF or ukuran_cd == 0xFFFFFFFF:
        lokator = ekor[letak - 20 : letak] if letak >= 20 else b""
        if not lokator.startswith(_EOCD64_LOKATOR):
            _tolak(PESAN_RUSAK, "rusak", nama=nama)
        (posisi64,) = struct.unpack_from("<Q", lokator, 8)
        berkas.seek(posisi64)
        rekam = berkas.read(56)
        if len(rekam) < 56 or not rekam.startswith(_EOCD64):
            _tolak(PESAN_RUSAK, "rusak", nama=nama)
        jumlah, ukuran_cd = struct.unpack_from("<QQ", rekam, 32)
    berkas.seek(0)
    return jumlah, ukuran_cd


def _periksa_direktori(berkas, batas: BatasArsip, nama: str) -> None:
    jumlah, ukuran_cd = _akhir_direktori(berkas, nama)
    if jumlah > batas.jumlah or ukuran_cd > batas.direktori:
        _tolak(PESAN_TERLALU_BANYAK, "terlalu_banyak", nama=nama, jumlah=jumlah, maks=batas.jumlah)


def _periksa_entri(arsip: zipfile.ZipFile, batas: BatasArsip, nama: str) -> None:
    daftar = arsip.infolist()
    if len(daftar) > batas.jumlah:
        _tolak(
            PESAN_TERLALU_BANYAK, "terlalu_banyak", nama=nama, jumlah=len(daftar), maks=batas.jumlah
        )
    total = 0
    for info in daftar:
        maks = batas.maks_untuk(info.filename)
        if info.file_size > maks:
            _tolak(
                PESAN_BAGIAN_BESAR,
                "bagian_besar",
                nama=nama,
                bagian=info.filename[:100],
                ukuran=_mb(info.file_size),
                maks=_mb(maks),
            )
        rasio = info.file_size // max(info.compress_size, 1)
        if info.file_size > batas.ambang_rasio and rasio > batas.rasio:
            _tolak(PESAN_RASIO, "rasio", nama=nama, bagian=info.filename[:100], rasio=rasio)
        total += info.file_size
    if total > batas.total:
        _tolak(
            PESAN_TOTAL_BESAR, "total_besar", nama=nama, ukuran=_mb(total), maks=_mb(batas.total)
        )


class ArsipTerbatas:
    """A zip whose directory passed the checks of its `BatasArsip`. Use as a context
    manager; `baca` inflates one entry with a hard cap."""

    def __init__(self, berkas, *, batas: BatasArsip, nama: str = ""):
        self.batas, self.nama = batas, nama
        _periksa_direktori(berkas, batas, nama)
        try:
            self._zip = zipfile.ZipFile(berkas)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, struct.error) as exc:
            raise ValidationError(PESAN_RUSAK, code="rusak", params={"nama": nama}) from exc
        try:
            _periksa_entri(self._zip, batas, nama)
        except ValidationError:
            self._zip.close()
            raise
        self.nama_bagian = frozenset(self._zip.namelist())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._zip.close()

    def baca(self, bagian: str, *, maks: int | None = None) -> bytes:
        """The inflated entry, never more than `maks` (default: its cap) bytes."""
        maks = min(maks or self.batas.maks_untuk(bagian), self.batas.maks_untuk(bagian))
        try:
            with self._zip.open(bagian) as isi:
                data = isi.read(maks + 1)
        except (zipfile.BadZipFile, KeyError, OSError, RuntimeError, EOFError, ValueError) as exc:
            raise ValidationError(PESAN_RUSAK, code="rusak", params={"nama": self.nama}) from exc
        if len(data) > maks:
            _tolak(
                PESAN_BAGIAN_BESAR,
                "bagian_besar",
                nama=self.nama,
                bagian=bagian[:100],
                ukuran=f"> {_mb(maks)}",
                maks=_mb(maks),
            )
        return data


def periksa_arsip(berkas, *, batas: BatasArsip, nama: str = "") -> None:
    """Checks a zip's directory against `batas` (ValidationError when refused) before
    another library (openpyxl) opens it; leaves the file rewound."""
    with ArsipTerbatas(berkas, batas=batas, nama=nama):
        pass
    berkas.seek(0)


# Workbooks read by openpyxl (LKE import, unit import). Worksheets are streamed row by
# row and shared strings kept as one list, so they may be larger; every other part
# (styles, workbook, relationships, theme) is parsed whole and stays small.
BATAS_BUKU_KERJA = BatasArsip(
    jumlah=1000,
    direktori=1 * MB,
    per_bagian=4 * MB,
    total=128 * MB,
    khusus=(
        ("xl/worksheets/*.xml", 64 * MB),
        ("xl/sharedStrings.xml", 16 * MB),
        ("xl/media/*", 32 * MB),
    ),
)
