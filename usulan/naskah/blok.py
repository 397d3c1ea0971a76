"""The blocks an official document is made of. Frozen plain data: a document is built
once from the record and handed to both renderers.

Text is a tuple of `Teks` runs. A run marked `isian` is a place the office fills in by
hand or in Word (the letter's number, a date, a NIP): the DOCX highlights it in yellow so
nobody misses it; the PDF prints the same dotted text."""

import datetime
from dataclasses import dataclass, field

ISIAN = "…………………"  # a blank to fill in, as printed forms show it


@dataclass(frozen=True)
class Teks:
    isi: str
    tebal: bool = False
    miring: bool = False
    garis_bawah: bool = False
    isian: bool = False


def teks(isi: str, **gaya) -> tuple[Teks, ...]:
    return (Teks(isi, **gaya),)


def tebal(isi: str) -> tuple[Teks, ...]:
    return (Teks(isi, tebal=True),)


def isian(isi: str = ISIAN) -> Teks:
    """A place to fill in (shown highlighted in the DOCX)."""
    return Teks(isi, isian=True)


@dataclass(frozen=True)
class Kop:
    """The letterhead: bold lines (ministry, office), then smaller address lines, above a
    double rule."""

    baris: tuple[str, ...]
    alamat: tuple[str, ...] = ()


@dataclass(frozen=True)
class Judul:
    """A centred bold heading line."""

    isi: str
    ukuran: float = 12
    garis_bawah: bool = False
    spasi_setelah: float = 0  # mm


@dataclass(frozen=True)
class Paragraf:
    """A paragraph. `label` hangs in front of it ("1.", "a."), `indent` moves the whole
    paragraph right (mm)."""

    isi: tuple[Teks, ...]
    rata: str = "penuh"  # kiri | tengah | kanan | penuh
    label: str = ""
    indent: float = 0
    ukuran: float = 12
    spasi_setelah: float = 2  # mm
    # Kept on one page with the signature that follows (a closing sentence is never left
    # on the page before its signatures).
    bersama_berikut: bool = False


@dataclass(frozen=True)
class Isian:
    """Rows of "label : value" without borders (Nomor, Hal; Nama, NIP, Jabatan)."""

    baris: tuple[tuple[str, tuple[Teks, ...]], ...]
    lebar_label: float = 30  # mm
    indent: float = 0


@dataclass(frozen=True)
class Kolom:
    judul: str
    lebar: float  # share of the table's width
    rata: str = "kiri"  # kiri | tengah | kanan


@dataclass(frozen=True)
class BarisTabel:
    sel: tuple[str, ...]
    tebal: bool = False


@dataclass(frozen=True)
class Tabel:
    """A ruled table with a heading row (repeated on every page)."""

    kolom: tuple[Kolom, ...]
    baris: tuple[BarisTabel, ...]
    ukuran: float = 10


@dataclass(frozen=True)
class Penanda:
    """One signature place: lines above (place and date, role), room to sign (with a
    duty stamp box when `meterai`), the name and the lines below it (NIP)."""

    atas: tuple[tuple[Teks, ...], ...]
    nama: tuple[Teks, ...]
    bawah: tuple[tuple[Teks, ...], ...] = ()
    meterai: bool = False


@dataclass(frozen=True)
class TandaTangan:
    """One signature on the right half of the page, or two side by side, with an
    optional centred line above both (the place and date of a Berita Acara); the whole
    block stays on one page."""

    penanda: tuple[Penanda, ...]
    judul: tuple[Teks, ...] = ()


@dataclass(frozen=True)
class Jarak:
    mm: float


Blok = Judul | Paragraf | Isian | Tabel | TandaTangan | Jarak


@dataclass(frozen=True)
class Naskah:
    judul: str  # the file's title (metadata)
    nama_berkas: str  # download name without extension
    blok: tuple
    kop: Kop | None = None
    dibuat: datetime.datetime = field(
        default_factory=lambda: datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)
    )


def polos(isi: tuple[Teks, ...]) -> str:
    """The runs as plain text (table cells, metadata)."""
    return "".join(t.isi for t in isi)
