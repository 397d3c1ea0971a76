"""Reading a whole LKE workbook for the import's preview (`lke_kenali`): which sheets hold
the LKE table, how each row was matched, which answer columns (sources) there are and
what each holds, which cells are not taken and why, which questions are missing.

The portal's own format (sheet `LKE` with its hidden key row) is read by
`laporan.impor.lke_baca` and shown the same way: one source per layer in the file.
"""

import io
import logging
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy
from openpyxl.utils import get_column_letter

from laporan.pembaca_lke.cocok import (
    GANDA,
    JUMLAH_TIDAK_DIKENAL,
    KODE,
    SUBTOTAL,
    TIDAK_DIKENAL,
    TOTAL,
    BarisCocok,
    Indeks,
    Pencocokan,
    cocokkan,
)
from laporan.pembaca_lke.jawaban import ALASAN_SURVEI, PembacaSumber, Sumber, TakDiambil, opsi_dari
from laporan.pembaca_lke.kepala import Tabel, tabel_di
from laporan.pembaca_lke.sel import Lembar, muat_lembar, teks_sel
from laporan.pembaca_lke.teks import normal
from penilaian.scoring import model as m
from penilaian.selectors.hasil import KODE_SURVEI

log = logging.getLogger(__name__)

PORTAL, UMUM = "portal", "umum"
COCOK_MIN = 3  # questions a table must match (a sheet of hasil items has three)
ISI_MIN = 5  # answers a column without a "Jawaban" header must hold to be a source

PESAN_BUKAN_LKE = gettext_lazy(
    "Buku kerja ini tidak berisi tabel LKE: tidak ada lembar dengan judul kolom seperti "
    "Penilaian, Bobot dan Jawaban, atau kolom kode pertanyaan, yang barisnya dikenali "
    "sebagai pertanyaan LKE."
)
PESAN_TIDAK_TERBACA = gettext_lazy(
    "Buku kerja ini tidak dapat dibaca sebagai LKE. Simpan ulang sebagai .xlsx di Excel "
    "atau LibreOffice, atau unduh LKE dari portal ini lalu salin jawaban ke sana."
)
PESAN_TANPA_JAWABAN = gettext_lazy(
    "Tabel LKE ditemukan (lembar %(lembar)s) tetapi tidak ada kolom jawaban: beri judul "
    '"Jawaban" pada kolom yang berisi Ya/Tidak, A–E atau jumlah.'
)
ALASAN = {
    TOTAL: gettext_lazy("Baris total: nilainya dihitung portal."),
    SUBTOTAL: gettext_lazy("Jumlah dari rincian di bawahnya: portal menjumlahkannya sendiri."),
    GANDA: gettext_lazy("Pertanyaan %(kode)s sudah dibaca dari baris %(rujukan)s."),
    TIDAK_DIKENAL: gettext_lazy("Baris ini tidak dikenali sebagai pertanyaan LKE."),
    JUMLAH_TIDAK_DIKENAL: gettext_lazy("Baris jumlah ini tidak cocok dengan masukan %(kode)s."),
}
ALASAN_STRUKTUR = gettext_lazy(
    "Baris judul, sub-area, area atau komponen: nilainya dihitung portal dari jawaban."
)
ALASAN_CATATAN = gettext_lazy(
    "Catatan pada baris yang bukan pertanyaan (atau pada IPAK/IPKP): tidak ada tempatnya di portal."
)
ALASAN_KOLOM = {
    "nilai": gettext_lazy("Kolom nilai: portal menghitung nilai dari jawaban."),
    "persen": gettext_lazy("Kolom persentase: portal menghitungnya dari jawaban."),
    "bukti": gettext_lazy(
        "Kolom eviden/tautan: data dukung diunggah per pertanyaan di portal, tidak dari buku kerja."
    ),
    "catatan": gettext_lazy(
        "Kolom catatan yang tidak berada di samping kolom jawaban mana pun: tidak ada "
        "tempatnya di portal."
    ),
}
ALASAN_LEMBAR = gettext_lazy("Bukan tabel LKE (tidak ada pertanyaan yang dikenali).")
ALASAN_TANPA_KOLOM = gettext_lazy("Tidak ada kolom jawaban (ringkasan atau rekap).")
TEBAKAN = (  # words in a source's header or sheet name -> the layer they suggest, surest first
    ("tpi", ("itjen", "inspektorat", "irjen", "inspektur", "tpi itjen", "tpi kementerian")),
    # The Kanwil's pre-assessment comes before the inspectorate's; Itjen templates call
    # that first evaluation "TPI Unit".
    ("kanwil", ("kanwil", "wilayah", "pendahuluan", "tpi unit")),
    ("tpi", ("tpi", "evaluator", "penilai")),
    ("mandiri", ("mandiri", "unit", "satker", "satuan kerja", "self", "jawaban")),
)


@dataclass(frozen=True)
class TabelTerbaca:
    lembar: str
    kepala: tuple[int, ...]
    awal: int
    akhir: int
    cocok: dict  # code -> BarisCocok


@dataclass
class HasilBaca:
    format: str
    tabel: list[TabelTerbaca] = field(default_factory=list)
    sumber: list[Sumber] = field(default_factory=list)
    tak_diambil: list[TakDiambil] = field(default_factory=list)
    lembar_lain: list[tuple[str, str]] = field(default_factory=list)
    tak_ditemukan: list[str] = field(default_factory=list)

    def sumber_dengan(self, id_: str) -> Sumber | None:
        return next((s for s in self.sumber if s.id == id_), None)

    def cara(self) -> dict[str, int]:
        """How many rows were matched each way (kode, nomor, teks, teks_mirip)."""
        hitung: dict[str, int] = {}
        for t in self.tabel:
            for c in t.cocok.values():
                hitung[c.cara] = hitung.get(c.cara, 0) + 1
        return hitung


def tebak_lapisan(*teks: str) -> tuple[str, int] | None:
    """The layer a header suggests and how surely (0 surest), or None."""
    n = f" {normal(' '.join(teks))} "
    for yakin, (lapisan, kata) in enumerate(TEBAKAN):
        if any(f" {k} " in n for k in kata):
            return lapisan, yakin
    return None


# Roles whose columns are never answers, whatever they hold. A "Nilai" column is looked
# at: some templates keep the answer letters there.
BUKAN_JAWABAN = {"kode", "nomor", "teks", "bobot", "penjelasan", "pilihan", "catatan", "bukti"}


def _berisi_jawaban(tabel: Tabel, cocok: Pencocokan, ins: m.Instrumen, kolom: int) -> bool:
    """Whether a column holds valid option answers row after row."""
    isi = sah = 0
    for kode, c in cocok.pertanyaan.items():
        p = ins.cari(kode)
        nilai = teks_sel(tabel.lembar.ambil(c.baris, kolom))
        if not nilai or p.jenis not in m.JENIS_OPSI:
            continue
        isi += 1
        sah += opsi_dari(nilai, p) in {o.label for o in p.opsi}
    return sah >= ISI_MIN and sah >= 0.6 * isi


def _kolom_sumber(tabel: Tabel, cocok: Pencocokan, ins: m.Instrumen) -> list[int]:
    """Answer columns: headed "Jawaban", or holding answers row after row (a column
    headed only by a layer's name, "Unit", "TPI Itjen", or a "Nilai" of letters)."""
    kolom = tabel.kolom("jawaban")
    lebar = max((len(b) for b in tabel.lembar.sel), default=0)
    for k in range(1, lebar):
        peran = tabel.peran.get(k, "")
        if k in kolom or peran in BUKAN_JAWABAN or peran == "persen":
            continue
        judul = tabel.judul.get(k, "")
        if judul and peran != "nilai" and tebak_lapisan(judul) is None:
            continue  # a column with a header of its own that names no layer
        if _berisi_jawaban(tabel, cocok, ins, k):
            kolom.append(k)
            tabel.peran[k] = "jawaban"
    kolom.sort()
    for k in tabel.kolom("penjelasan"):
        if kolom and k > kolom[0]:  # "Penjelasan" after the answers: the layer's notes
            tabel.peran[k] = "catatan"
    return kolom


def _kolom_catatan(tabel: Tabel, kolom: int, semua: list[int]) -> int | None:
    """The notes column of an answer column: the first "Catatan" to its right, before
    the next answer column and in the same header group."""
    batas = next((k for k in semua if k > kolom), 10**6)
    grup = tabel.grup.get(kolom, "")
    for k in tabel.kolom("catatan"):
        if kolom < k < batas and tabel.grup.get(k, "") == grup:
            return k
    return None


def _sumber_tabel(tabel: Tabel, cocok: Pencocokan, ins: m.Instrumen) -> list[Sumber]:
    semua = _kolom_sumber(tabel, cocok, ins)
    hasil = []
    for k in semua:
        sumber = Sumber(
            id=f"{tabel.lembar.nama}!{get_column_letter(k)}",
            lembar=tabel.lembar.nama,
            kolom=k,
            kolom_catatan=_kolom_catatan(tabel, k, semua),
            label=tabel.label.get(k) or f"Kolom {get_column_letter(k)}",
            tebakan=tebak_lapisan(tabel.label.get(k, ""), tabel.lembar.nama),
        )
        hasil.append(PembacaSumber(tabel, cocok, ins, sumber).baca())
    return hasil


def _berisi(tabel: Tabel, kolom: int) -> bool:
    return any(teks_sel(tabel.lembar.ambil(r, kolom)) for r in range(tabel.awal, tabel.akhir + 1))


def _lewati_kolom(tabel: Tabel, sumber: list[Sumber]) -> list[TakDiambil]:
    """Whole columns the import does not take: values, percentages, evidence, and notes
    beside no answer column."""
    hasil = []
    catatan = {s.kolom_catatan for s in sumber}
    lewat = tabel.kolom("nilai") + tabel.kolom("persen") + tabel.kolom("bukti")
    lewat += [k for k in tabel.kolom("catatan") if k not in catatan]
    for k in sorted(set(lewat)):
        if _berisi(tabel, k):
            alasan = str(ALASAN_KOLOM[tabel.peran[k]])
            alamat = f"kolom {get_column_letter(k)}"
            hasil.append(TakDiambil(tabel.lembar.nama, alamat, tabel.label.get(k, ""), alasan))
    return hasil


def _lewati_tabel(tabel: Tabel, cocok: Pencocokan, sumber: list[Sumber]) -> list[TakDiambil]:
    """What each source's answer and notes columns hold on rows the import does not
    take, and the columns it does not take, with the reason."""
    hasil = _lewati_kolom(tabel, sumber)
    nama = tabel.lembar.nama
    lain = {b.baris: b for b in cocok.lain}
    pertanyaan = {c.baris for k, c in cocok.pertanyaan.items() if k not in KODE_SURVEI}
    dipakai = {c.baris for c in cocok.pertanyaan.values()}
    dipakai |= {r for baris in cocok.jumlah.values() for r in baris.values()}
    for s in sumber:
        for r in range(tabel.awal, tabel.akhir + 1):
            isi = teks_sel(tabel.lembar.ambil(r, s.kolom))
            if isi and r not in dipakai:
                b = lain.get(r)
                alasan = ALASAN[b.jenis] if b else ALASAN_STRUKTUR
                alasan = str(alasan % {"kode": b.kode, "rujukan": b.rujukan} if b else alasan)
                hasil.append(TakDiambil(nama, f"{s.huruf}{r}", isi[:60], alasan))
            catatan = teks_sel(tabel.lembar.ambil(r, s.kolom_catatan)) if s.kolom_catatan else ""
            if catatan and r not in pertanyaan:
                alamat = f"{get_column_letter(s.kolom_catatan)}{r}"
                hasil.append(TakDiambil(nama, alamat, catatan[:60], str(ALASAN_CATATAN)))
    return hasil


def _tabel(lembar: Lembar, indeks: Indeks) -> tuple[Tabel, Pencocokan] | None:
    tabel = tabel_di(lembar)
    if tabel is None:
        return None
    cocok = cocokkan(tabel, indeks)
    if len(cocok.pertanyaan) < COCOK_MIN:
        return None
    return tabel, cocok


def _gabung(sumber: list[Sumber]) -> list[Sumber]:
    """Columns of the same name on sheets holding different questions (one sheet per
    area) are one source; columns that answer the same questions (one sheet per layer)
    stay apart, named by their sheet."""
    kelompok: dict[str, list[Sumber]] = {}
    for s in sumber:
        kelompok.setdefault(normal(s.label), []).append(s)
    hasil = []
    banyak_lembar = len({s.lembar for s in sumber}) > 1
    for anggota in kelompok.values():
        kode = [k for s in anggota for k in s.baris]
        if len(anggota) == 1 or len(kode) != len(set(kode)):
            for s in anggota:
                if banyak_lembar:
                    s.label = f"{s.lembar} · {s.label}"
                hasil.append(s)
            continue
        satu = anggota[0]
        lembar = ", ".join(s.lembar for s in anggota)
        for s in anggota[1:]:
            satu.jawaban |= s.jawaban
            satu.catatan |= s.catatan
            satu.baris |= s.baris
            satu.galat += s.galat
            satu.kolom_catatan = satu.kolom_catatan or s.kolom_catatan
        satu.id = "+".join(s.id for s in anggota)
        satu.label = f"{satu.label} ({lembar})"
        satu.lembar = lembar
        hasil.append(satu)
    return hasil


def baca_umum(lembar: list[Lembar], ins: m.Instrumen) -> HasilBaca:
    """A workbook of any LKE layout (already loaded as grids)."""
    indeks = Indeks(ins)
    hasil = HasilBaca(UMUM)
    ketemu = []
    for lb in lembar:
        t = _tabel(lb, indeks)
        if t is None:
            if lb.jumlah_baris:
                hasil.lembar_lain.append((lb.nama, str(ALASAN_LEMBAR)))
            continue
        ketemu.append(t)
    if not ketemu:
        raise ValidationError(PESAN_BUKAN_LKE, code="bukan_lke")
    sumber = []
    for tabel, cocok in ketemu:
        milik = _sumber_tabel(tabel, cocok, ins)
        if not milik:  # a summary sheet naming a few items: nothing to import there
            hasil.lembar_lain.append((tabel.lembar.nama, str(ALASAN_TANPA_KOLOM)))
            continue
        sumber += milik
        hasil.tak_diambil += _lewati_tabel(tabel, cocok, milik)
        for s in milik:
            hasil.tak_diambil += s.tak_diambil
        baris = TabelTerbaca(
            tabel.lembar.nama, tabel.kepala, tabel.awal, tabel.akhir, cocok.pertanyaan
        )
        hasil.tabel.append(baris)
    if not sumber:
        nama = ketemu[0][0].lembar.nama
        raise ValidationError(PESAN_TANPA_JAWABAN % {"lembar": nama}, code="tanpa_jawaban")
    hasil.sumber = _gabung(sumber)
    ada = {k for t in hasil.tabel for k in t.cocok}
    hasil.tak_ditemukan = [p.kode for p in ins.pertanyaan if p.kode not in ada]
    return hasil


def _portal(data: bytes, wb_nilai) -> bool:
    """The portal's own format: sheet LKE with the hidden row of column keys."""
    from laporan.lembar_lke import BARIS_KUNCI, LEMBAR_LKE

    if LEMBAR_LKE not in wb_nilai.sheetnames:
        return False
    ws = wb_nilai[LEMBAR_LKE]
    kunci = next(ws.iter_rows(min_row=BARIS_KUNCI, max_row=BARIS_KUNCI, values_only=True), ())
    return {"kode", "tipe", "kunci"} <= {str(k) for k in kunci if k}


def baca_portal(data: bytes, ins: m.Instrumen) -> HasilBaca:
    """The portal's own format through its reader: one source per layer in the file;
    survey items are listed, not taken, as in any workbook."""
    from laporan.impor import lke_baca
    from penilaian.models import Lapisan

    nama = {lap: str(Lapisan(lap).label) for lap in Lapisan.values}
    bacaan = lke_baca(io.BytesIO(data), instrumen=ins, nama_lapisan=nama)
    hasil = HasilBaca(PORTAL)
    cocok = {}
    for lap, isi in bacaan.items():
        sumber = Sumber(
            id=f"portal:{lap}",
            lembar="LKE",
            kolom=0,
            kolom_catatan=None,
            label=nama[lap],
            tebakan=lap,
        )
        for kode, r in isi.baris.items():
            cocok.setdefault(kode, BarisCocok(r, kode, KODE))
            if kode in KODE_SURVEI:
                if isi.jawaban.get(kode) is not None:
                    alamat = f"{r}"
                    hasil.tak_diambil.append(
                        TakDiambil("LKE", alamat, str(isi.jawaban[kode]), str(ALASAN_SURVEI))
                    )
                continue
            sumber.baris[kode] = r
            sumber.jawaban[kode] = isi.jawaban.get(kode)
            if kode in isi.catatan:
                sumber.catatan[kode] = isi.catatan[kode]
        sumber.kolom_catatan = 1  # the portal format always has its notes column
        hasil.sumber.append(sumber)
    baris = [c.baris for c in cocok.values()]
    hasil.tabel.append(TabelTerbaca("LKE", (), min(baris, default=0), max(baris, default=0), cocok))
    hasil.tak_ditemukan = [p.kode for p in ins.pertanyaan if p.kode not in cocok]
    return hasil


def lke_kenali(berkas, *, instrumen: m.Instrumen) -> HasilBaca:
    """Reads an uploaded workbook: the portal's own format, else any LKE layout.
    Raises ValidationError (in the user's language) when it holds no LKE table, or,
    for the portal's format, a list of row errors."""
    try:
        return _kenali(berkas, instrumen)
    except ValidationError:
        raise
    except Exception as exc:  # a workbook shaped like nothing foreseen: say so, log it
        log.exception("Buku kerja LKE tidak terbaca")
        raise ValidationError(PESAN_TIDAK_TERBACA, code="tidak_terbaca") from exc


def _kenali(berkas, instrumen: m.Instrumen) -> HasilBaca:
    from laporan.impor import buka_buku

    berkas.seek(0)
    data = berkas.read()
    wb_nilai = buka_buku(io.BytesIO(data))
    try:
        if _portal(data, wb_nilai):
            return baca_portal(data, instrumen)
        wb_rumus = buka_buku(io.BytesIO(data), data_only=False)
        try:
            lembar = muat_lembar(wb_nilai, wb_rumus)
        finally:
            wb_rumus.close()
    finally:
        wb_nilai.close()
    return baca_umum(lembar, instrumen)
