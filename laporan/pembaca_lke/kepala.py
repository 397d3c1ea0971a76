"""Where the LKE table is on a sheet and what each of its columns holds, found by content:
the header row is the row with the most header words (Penilaian/Uraian, Bobot,
Penjelasan, Pilihan Jawaban, Jawaban, Nilai, %, Catatan …), with the row above it when
that row names groups of columns (Unit, TPI Unit, TPI Itjen …) and the row below it when
that row names the columns of those groups (Jawaban, Nilai, % …). A merged header cell
holds its text in its first column: a group name covers the columns to its right up to
the next group name, and the text column is found inside the span of "Penilaian" as the
one with long texts, the columns before it being the nested numbering."""

from dataclasses import dataclass, field

from laporan.pembaca_lke.sel import Lembar, teks_sel
from laporan.pembaca_lke.teks import baca_kode, baca_token, normal

BARIS_CARI = 60  # the header is within the first rows of a sheet
TEKS_PANJANG = 25  # characters: a question, not a code or a number

# Roles by header words (normalised), checked in this order: the first that fits wins.
PERAN = (
    ("kode", {"kode", "kode pertanyaan", "kode lke", "code", "id", "kode soal"}, True),
    (
        "pilihan",
        {
            "pilihan jawaban",
            "pilihan",
            "opsi",
            "opsi jawaban",
            "tipe jawaban",
            "jenis jawaban",
            "answer options",
            "answer type",
        },
        False,
    ),
    (
        "catatan",
        {"catatan", "keterangan", "narasi", "notes", "note", "komentar", "rekomendasi", "remarks"},
        False,
    ),
    (
        "bukti",
        {"bukti", "eviden", "evidence", "data dukung", "dokumen", "tautan", "link", "url", "file"},
        False,
    ),
    ("jawaban", {"jawaban", "answer", "isian", "jawab"}, False),
    (
        "penjelasan",
        {"penjelasan", "explanation", "kriteria", "kriteria penilaian", "standar"},
        False,
    ),
    ("bobot", {"bobot", "weight"}, False),
    ("persen", {"%", "persen", "persentase", "percentage"}, False),
    ("nilai", {"nilai", "skor", "score", "value", "poin"}, False),
    (
        "teks",
        {
            "penilaian",
            "uraian",
            "pertanyaan",
            "komponen",
            "indikator",
            "question",
            "assessment",
            "item",
            "sub komponen",
            "deskripsi",
            "unsur",
            "aspek",
        },
        False,
    ),
    ("nomor", {"no", "nomor", "no urut", "number"}, True),
)
PERAN_KEPALA = {
    "teks",
    "bobot",
    "penjelasan",
    "pilihan",
    "jawaban",
    "nilai",
    "catatan",
    "kode",
    "persen",
}


def peran_label(label: str) -> str:
    """The role a header text names, or "" when it names none."""
    n = normal(label)
    if not n:
        return "persen" if label.strip() == "%" else ""
    kata = f" {n} "
    for peran, daftar, persis in PERAN:
        for k in daftar:
            if (n == k) if persis else (f" {k} " in kata):
                return peran
    return ""


@dataclass
class Tabel:
    lembar: Lembar
    kepala: tuple[int, ...]  # header rows
    awal: int  # first data row
    label: dict[int, str] = field(default_factory=dict)  # column -> header text shown
    judul: dict[int, str] = field(default_factory=dict)  # column -> its own header cell
    grup: dict[int, str] = field(default_factory=dict)  # column -> group name (Unit, TPI …)
    peran: dict[int, str] = field(default_factory=dict)  # column -> role
    kolom_teks: int | None = None
    kolom_nomor: list[int] = field(default_factory=list)
    kolom_kode: int | None = None

    @property
    def akhir(self) -> int:
        return self.lembar.jumlah_baris

    def kolom(self, peran: str) -> list[int]:
        return sorted(k for k, p in self.peran.items() if p == peran)


def _teks_baris(lembar: Lembar, r: int) -> dict[int, str]:
    baris = lembar.sel[r] if r < len(lembar.sel) else []
    return {k: teks_sel(s) for k, s in enumerate(baris) if k and teks_sel(s)}


def _skor_kepala(lembar: Lembar, r: int) -> int:
    peran = {peran_label(t) for t in _teks_baris(lembar, r).values() if len(t) <= 60}
    peran &= PERAN_KEPALA
    if "jawaban" not in peran and not {"teks", "pilihan"} <= peran:
        return 0
    return len(peran)


def _baris_kepala(lembar: Lembar) -> int | None:
    terbaik, skor = None, 1
    for r in range(1, min(BARIS_CARI, lembar.jumlah_baris) + 1):
        s = _skor_kepala(lembar, r)
        if s > skor:
            terbaik, skor = r, s
    return terbaik


def _kolom_kode(lembar: Lembar, awal: int) -> int | None:
    """A column where many cells hold a full question code (A.I.1.i.a …)."""
    hitung: dict[int, int] = {}
    for r in range(awal, lembar.jumlah_baris + 1):
        for k, t in _teks_baris(lembar, r).items():
            kode = baca_kode(t)
            if kode is not None and kode.pertanyaan:
                hitung[k] = hitung.get(k, 0) + 1
    kolom = max(hitung, key=hitung.get, default=None)
    return kolom if kolom is not None and hitung[kolom] >= 5 else None


def _isi_grup(lembar: Lembar, r: int, kolom: list[int]) -> dict[int, str]:
    """Group names of a row above the header, each covering the columns to its right
    up to the next name (what a merged cell looks like once read)."""
    teks = _teks_baris(lembar, r)
    grup, sekarang = {}, ""
    for k in kolom:
        if k in teks:
            sekarang = teks[k]
        grup[k] = sekarang
    return grup


PERAN_ISIAN = {"jawaban", "nilai", "catatan", "persen"}


def _seperti_kepala(teks: dict[int, str]) -> bool:
    return bool(teks) and not any(len(t) > 60 or baca_kode(t) for t in teks.values())


def _atas_termasuk(atas: dict[int, str], utama: dict[int, str]) -> bool:
    """Whether the row above the header is part of it: it holds header words itself
    (cells merged down), or names groups over the answer columns (not a title)."""
    if not _seperti_kepala(atas):
        return False
    if len({peran_label(t) for t in atas.values()} & PERAN_KEPALA) >= 2:
        return True
    isian = [k for k, t in utama.items() if peran_label(t) in PERAN_ISIAN]
    return bool(isian) and min(atas) >= min(isian)


OPSI_SAJA = {"a", "b", "c", "d", "e", "ya", "tidak", "y", "t"}


def _bawah_termasuk(bawah: dict[int, str], utama: dict[int, str]) -> bool:
    """Whether the row below the header is part of it: it names answer/value columns,
    or it splits a "Jawaban" cell above it into columns (Unit Kerja | Evaluator)."""
    if not _seperti_kepala(bawah):
        return False
    if {peran_label(t) for t in bawah.values()} & PERAN_ISIAN:
        return True
    isian = [k for k, t in utama.items() if peran_label(t) in PERAN_ISIAN]
    return (
        bool(isian)
        and min(bawah) >= min(isian)
        and not any(normal(t) in OPSI_SAJA for t in bawah.values())
    )


def _peran_dua_baris(grup: str, sub: str) -> str:
    """A column's role under a two-row header: its own cell's, else (cell empty: merged
    down) the group's; a group "Jawaban" over "Unit" | "TPI" makes both answer columns."""
    peran_grup = peran_label(grup)
    if not sub:
        return peran_grup
    return peran_label(sub) or (peran_grup if peran_grup in PERAN_ISIAN else "")


def _tabel_dari_kepala(lembar: Lembar, r: int) -> Tabel:
    atas, bawah = _teks_baris(lembar, r - 1) if r > 1 else {}, _teks_baris(lembar, r + 1)
    kepala = [r]
    utama = _teks_baris(lembar, r)
    # A row below naming answer/value columns belongs to the header (two-row headers).
    if _bawah_termasuk(bawah, utama):
        kepala.append(r + 1)
    elif _atas_termasuk(atas, utama):
        kepala.insert(0, r - 1)
    kolom = sorted(
        {*utama, *(bawah if r + 1 in kepala else {}), *(atas if r - 1 in kepala else {})}
    )
    if not kolom:
        kolom = [1]
    kolom = list(range(1, max(kolom) + 1))
    tabel = Tabel(lembar, tuple(kepala), kepala[-1] + 1)
    if len(kepala) == 2:
        grup = _isi_grup(lembar, kepala[0], kolom)
        sub = _teks_baris(lembar, kepala[1])
        for k in kolom:
            nama_sub = sub.get(k, "")
            nama_grup = grup.get(k, "")
            tabel.grup[k] = nama_grup if nama_sub else ""
            tabel.judul[k] = nama_sub or nama_grup
            tabel.label[k] = (
                " · ".join(x for x in (nama_grup, nama_sub) if x) if nama_sub else nama_grup
            )
            tabel.peran[k] = _peran_dua_baris(nama_grup, nama_sub)
    else:
        for k, t in _teks_baris(lembar, r).items():
            tabel.label[k] = tabel.judul[k] = t
            tabel.peran[k] = peran_label(t)
    return tabel


def _panjang(lembar: Lembar, awal: int, kolom: int) -> tuple[int, int]:
    """(long texts, numbering tokens) in a column of the data rows."""
    panjang = token = 0
    for r in range(awal, lembar.jumlah_baris + 1):
        sel = lembar.ambil(r, kolom)
        t = teks_sel(sel)
        if len(t) > TEKS_PANJANG:
            panjang += 1
        elif sel is not None and baca_token(sel.nilai) is not None:
            token += 1
    return panjang, token


def _kolom_teks(tabel: Tabel) -> None:
    """The question-text column and the numbering columns before it."""
    lembar, awal = tabel.lembar, tabel.awal
    batas = max(tabel.peran, default=1)
    berlabel = sorted(k for k, p in tabel.peran.items() if p and p not in ("teks", "nomor"))
    mulai = min(tabel.kolom("teks") or tabel.kolom("nomor") or [1])
    akhir = next((k - 1 for k in berlabel if k > mulai), batas)
    calon = {k: _panjang(lembar, awal, k) for k in range(1, max(akhir, mulai) + 1)}
    dalam = [k for k in calon if k >= mulai] or list(calon)
    teks = max(dalam, key=lambda k: (calon[k][0], -k))
    if calon[teks][0] == 0:
        teks = max(calon, key=lambda k: (calon[k][0], -k))
    tabel.kolom_teks = teks
    for k in tabel.kolom("teks"):
        if k > akhir:  # "Penilaian Unit" over an answer column: not the question text
            tabel.peran[k] = ""
    tabel.peran[teks] = "teks"
    tabel.kolom_nomor = [
        k
        for k in calon
        if k < teks and calon[k][1] > 0 and k != tabel.kolom_kode and not _kolom_id(tabel, k)
    ]
    for k in tabel.kolom_nomor:
        tabel.peran[k] = "nomor"


def _kolom_id(tabel: Tabel, kolom: int) -> bool:
    """A running row number (1, 2 … 204), not the LKE numbering: numbers above 9."""
    besar = 0
    for r in range(tabel.awal, tabel.akhir + 1):
        teks = teks_sel(tabel.lembar.ambil(r, kolom)).rstrip(".").removesuffix(".0")
        if teks.isdigit() and int(teks) > 9:
            besar += 1
    return besar >= 3


def tabel_di(lembar: Lembar) -> Tabel | None:
    """The LKE table on a sheet (its header found by words, else by a column of codes),
    or None when the sheet has neither."""
    r = _baris_kepala(lembar)
    if r is None:
        kolom = _kolom_kode(lembar, 1)
        if kolom is None:
            return None
        pertama = next(
            r
            for r in range(1, lembar.jumlah_baris + 1)
            if baca_kode(teks_sel(lembar.ambil(r, kolom)))
        )
        r = max(1, pertama - 1)
    tabel = _tabel_dari_kepala(lembar, r)
    tabel.kolom_kode = _kolom_kode(lembar, tabel.awal)
    if tabel.kolom_kode is not None:
        tabel.peran[tabel.kolom_kode] = "kode"
    _kolom_teks(tabel)
    return tabel
