"""Import of a unit's LKE from a workbook in the layout of `laporan.lembar_lke`.

All or nothing: the workbook is read and every answer checked by the engine first; any
wrong code, option that does not exist, value out of range or workbook of another
instrument version is reported row by row (in the user's language) and nothing is
stored. Then every changed answer goes through the assessment app's answer service
(`penilaian.services.jawaban.jawaban_simpan`: lock, audit trail, score snapshot) inside
one transaction, so a refusal there also stores nothing.

Which layers are written is the caller's decision (`lapisan`): the unit's team writes
its own layer, an assigned evaluator its layer; other layers present in the file are
left as they are.
"""

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy
from openpyxl import load_workbook
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

from laporan.lembar_lke import (
    BARIS_DATA,
    BARIS_KUNCI,
    LEMBAR_LKE,
    MASUKAN,
    PERTANYAAN,
    SEL_INSTRUMEN,
)
from penilaian.models import Jawaban, Lapisan, Penilaian, Pertanyaan
from penilaian.scoring import JawabanTidakValid, periksa_jawaban
from penilaian.scoring import model as m
from penilaian.selectors.hasil import KODE_SURVEI, sumber_hasil
from penilaian.selectors.instrumen import instrumen_untuk_versi
from penilaian.services.jawaban import jawaban_simpan, nilai_tersimpan
from penilaian.services.pesan import terjemahkan
from zi_portal.arsip import BATAS_BUKU_KERJA, periksa_arsip

IMPOR_MAKS_MB = 5
BARIS_MAKS = 5000
# Columns read per row: the LKE sheet has a few dozen; a row padded to Excel's 16,384
# columns (a forged <dimension>) would cost time for nothing.
KOLOM_MAKS = 200
# Answers are counts and percentages: anything beyond these magnitudes is a typing
# slip or a forged cell (1e308), refused before the engine does arithmetic with it.
DIGIT_MAKS = 15
DESIMAL_MAKS = 20

PESAN_TERLALU_BESAR = gettext_lazy("Berkas terlalu besar: paling besar %(maks)s MB.")
PESAN_BUKAN_XLSX = gettext_lazy("Berkas bukan buku kerja Excel (.xlsx) yang dapat dibaca.")
PESAN_BUKAN_LKE = gettext_lazy(
    "Buku kerja ini bukan LKE dari portal: lembar %(lembar)s atau baris kolomnya tidak ada."
)
PESAN_VERSI_LAIN = gettext_lazy(
    "Buku kerja ini untuk instrumen %(berkas)s, sedangkan penilaian ini memakai %(versi)s."
)
PESAN_KODE_SALAH = gettext_lazy(
    "Baris %(baris)s: kode pertanyaan %(kode)s tidak ada pada instrumen ini."
)
PESAN_KODE_GANDA = gettext_lazy("Baris %(baris)s: pertanyaan %(kode)s muncul lebih dari sekali.")
PESAN_MASUKAN_SALAH = gettext_lazy(
    "Baris %(baris)s: %(kunci)s bukan masukan pertanyaan yang ada pada instrumen ini."
)
PESAN_BARIS = gettext_lazy("Baris %(baris)s (%(kode)s, %(lapisan)s): %(pesan)s")
PESAN_BUKAN_ANGKA = gettext_lazy("harus berupa angka, bukan %(nilai)s.")
PESAN_ANGKA_DI_LUAR = gettext_lazy("angka %(nilai)s di luar jangkauan yang dapat dibaca.")
PESAN_TIDAK_ADA_LAPISAN = gettext_lazy("Tidak ada lapisan yang boleh Anda impor.")
PESAN_RUMUS_TANPA_NILAI = gettext_lazy(
    "Sel %(sel)s berisi rumus tanpa nilai tersimpan, jadi isinya tidak dapat dibaca. "
    "Buka dan simpan ulang berkas di Excel atau LibreOffice, atau ketik nilainya."
)
PESAN_SEL_GALAT = gettext_lazy("Sel %(sel)s berisi galat %(nilai)s; perbaiki sel itu dulu.")
PESAN_BARIS_LEBIH = gettext_lazy(
    "Lembar %(lembar)s berisi data sesudah baris %(maks)s (baris %(baris)s); portal hanya "
    "membaca %(maks)s baris. Hapus baris itu atau pisahkan berkasnya, lalu impor lagi."
)


@dataclass
class BacaanLapisan:
    jawaban: dict = field(default_factory=dict)  # code -> raw answer
    catatan: dict = field(default_factory=dict)  # code -> text
    baris: dict = field(default_factory=dict)  # code -> row number (for messages)
    ada_catatan: bool = True  # False: the file has no notes for this layer (keep them)
    label: str = ""  # the source's name in row messages (default: the layer's name)


@dataclass(frozen=True)
class HasilImpor:
    diubah: dict  # layer -> number of answers changed
    dilewati: tuple  # layers present in the file the caller did not allow


def periksa_unggahan(berkas) -> None:
    """Size and container before openpyxl reads it: a zip (as every .xlsx is) whose
    directory passes the workbook limits of `zi_portal.arsip` (no bomb is inflated)."""
    if berkas.size > IMPOR_MAKS_MB * 1024 * 1024:
        raise ValidationError(PESAN_TERLALU_BESAR % {"maks": IMPOR_MAKS_MB}, code="terlalu_besar")
    berkas.seek(0)
    awal = berkas.read(4)
    berkas.seek(0)
    if awal != b"PK\x03\x04":
        raise ValidationError(PESAN_BUKAN_XLSX, code="bukan_xlsx")
    periksa_arsip(berkas, batas=BATAS_BUKU_KERJA, nama=getattr(berkas, "name", "") or "")


def _teks(nilai) -> str:
    if nilai is None:
        return ""
    return str(nilai).strip()


def _angka(nilai):
    """A cell's number as Decimal (None when empty); a numeric string is accepted.
    ValueError for text, and for a number too large or too fine to be an answer."""
    if nilai is None or (isinstance(nilai, str) and not nilai.strip()):
        return None
    if isinstance(nilai, bool):
        raise ValueError(nilai)
    if isinstance(nilai, float):
        nilai = repr(nilai)
    try:
        angka = Decimal(str(nilai).strip().replace(",", "."))
    except InvalidOperation as exc:
        raise ValueError(nilai) from exc
    if not angka.is_finite():
        raise ValueError(nilai)
    if angka and not -DESIMAL_MAKS <= angka.adjusted() < DIGIT_MAKS:
        raise _DiLuarJangkauan(nilai)
    return angka.normalize() if angka != angka.to_integral_value() else angka.quantize(1)


class _DiLuarJangkauan(ValueError):
    pass


def _buka(berkas, *, data_only: bool = True):
    berkas.seek(0)
    try:
        return load_workbook(berkas, read_only=True, data_only=data_only)
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        raise ValidationError(PESAN_BUKAN_XLSX, code="bukan_xlsx") from exc


def buka_buku(berkas, *, data_only: bool = True):
    """The workbook of an upload, opened the import's one way (streaming, bounded); the
    generic LKE reader (`laporan.pembaca_lke`) opens through here too."""
    return _buka(berkas, data_only=data_only)


def _rumus(nilai) -> bool:
    return isinstance(nilai, ArrayFormula | DataTableFormula) or (
        isinstance(nilai, str) and nilai.startswith("=")
    )


def _sel_rumus(berkas) -> dict[int, set[int]]:
    """{row: column indexes} of the LKE sheet's formula cells. A pass that reads the
    formulas themselves: the answer pass sees only their saved values, and a formula
    nobody calculated (a file written by a program) has none."""
    wb = _buka(berkas, data_only=False)
    rumus: dict[int, set[int]] = {}
    if LEMBAR_LKE in wb.sheetnames:
        baris_semua = wb[LEMBAR_LKE].iter_rows(max_row=BARIS_MAKS, max_col=KOLOM_MAKS)
        for nomor, baris in enumerate(baris_semua, start=1):
            kolom = {i for i, sel in enumerate(baris) if _rumus(getattr(sel, "value", None))}
            if kolom:
                rumus[nomor] = kolom
    wb.close()
    berkas.seek(0)
    return rumus


def _kolom_dibaca(kol: dict) -> set[int]:
    tetap = {"kode", "tipe", "kunci"}
    return {
        i for k, i in kol.items() if k in tetap or k.endswith((".jawaban", ".narasi", ".catatan"))
    }


def _sel_tak_terbaca(nomor: int, baris: tuple, dibaca: set[int], rumus: set[int]) -> list:
    """Messages for the cells of one row the importer reads but cannot: a formula
    without a saved value, or an Excel error (#REF!, #N/A ...)."""
    galat = []
    for i in sorted(dibaca):
        nilai = baris[i] if i < len(baris) else None
        sel = f"{get_column_letter(i + 1)}{nomor}"
        if nilai is None and i in rumus:
            galat.append(PESAN_RUMUS_TANPA_NILAI % {"sel": sel})
        elif isinstance(nilai, str) and nilai in ERROR_CODES:
            galat.append(PESAN_SEL_GALAT % {"sel": sel, "nilai": nilai})
    return galat


def _kepala(baris_semua, instrumen: m.Instrumen) -> dict:
    """Column key -> index, from the hidden key row; checks the instrument code."""
    kepala = [next(baris_semua, ()) for _i in range(BARIS_KUNCI)]
    kunci = [_teks(k) for k in kepala[-1]]
    kode_berkas = _teks(kepala[2][1] if len(kepala[2]) > 1 else None)
    if not {"kode", "tipe", "kunci"} <= set(kunci):
        raise ValidationError(PESAN_BUKAN_LKE % {"lembar": LEMBAR_LKE}, code="bukan_lke")
    assert SEL_INSTRUMEN == "B3"  # the instrument code read above
    if kode_berkas != instrumen.kode:
        raise ValidationError(
            PESAN_VERSI_LAIN % {"berkas": kode_berkas or "?", "versi": instrumen.kode},
            code="versi_lain",
        )
    return {k: i for i, k in enumerate(kunci) if k}


def _baris_data(baris_semua, galat: list):
    """(row number, row) of the data rows; a row with content past BARIS_MAKS is an
    error (never silently dropped) and ends the reading."""
    for nomor, baris in enumerate(baris_semua, start=BARIS_KUNCI + 1):
        if nomor > BARIS_MAKS:
            if any(v not in (None, "") for v in baris):
                galat.append(
                    PESAN_BARIS_LEBIH % {"lembar": LEMBAR_LKE, "maks": BARIS_MAKS, "baris": nomor}
                )
                return
            continue
        if nomor >= BARIS_DATA:
            yield nomor, baris


def lke_baca(berkas, *, instrumen: m.Instrumen, nama_lapisan: dict) -> dict[str, BacaanLapisan]:
    """{layer: BacaanLapisan} of a workbook, every answer checked by the engine; raises
    ValidationError with one message per bad row or unreadable cell (nothing partial
    is returned)."""
    rumus = _sel_rumus(berkas)
    wb = _buka(berkas)
    if LEMBAR_LKE not in wb.sheetnames:
        raise ValidationError(PESAN_BUKAN_LKE % {"lembar": LEMBAR_LKE}, code="bukan_lke")
    baris_semua = wb[LEMBAR_LKE].iter_rows(max_col=KOLOM_MAKS, values_only=True)
    kol = _kepala(baris_semua, instrumen)
    dibaca = _kolom_dibaca(kol)
    lapisan = [lap for lap in nama_lapisan if f"{lap}.jawaban" in kol]
    bacaan = {lap: BacaanLapisan() for lap in lapisan}
    mentah: dict[str, dict] = {lap: {} for lap in lapisan}
    galat: list[str] = []

    def sel(baris, nama):
        i = kol.get(nama)
        return baris[i] if i is not None and i < len(baris) else None

    for nomor, baris in _baris_data(baris_semua, galat):
        tak_terbaca = _sel_tak_terbaca(nomor, baris, dibaca, rumus.get(nomor, set()))
        if tak_terbaca:
            galat.extend(tak_terbaca)
            continue
        tipe = _teks(sel(baris, "tipe"))
        if tipe == PERTANYAAN:
            kode = _teks(sel(baris, "kunci")) or _teks(sel(baris, "kode"))
            p = instrumen.cari(kode)
            if p is None:
                galat.append(PESAN_KODE_SALAH % {"baris": nomor, "kode": kode})
                continue
            for lap in lapisan:
                if kode in bacaan[lap].baris:
                    galat.append(PESAN_KODE_GANDA % {"baris": nomor, "kode": kode})
                    break
                bacaan[lap].baris[kode] = nomor
                catatan = sel(baris, f"{lap}.narasi") or sel(baris, f"{lap}.catatan")
                if _teks(catatan):
                    bacaan[lap].catatan[kode] = str(catatan).strip()
                mentah[lap][kode] = {"sel": sel(baris, f"{lap}.jawaban"), "masukan": {}}
        elif tipe == MASUKAN:
            kode, _sep, nama = _teks(sel(baris, "kunci")).partition("|")
            p = instrumen.cari(kode)
            if p is None or nama not in {k.kunci for k in p.masukan}:
                galat.append(PESAN_MASUKAN_SALAH % {"baris": nomor, "kunci": f"{kode}|{nama}"})
                continue
            for lap in lapisan:
                if kode in mentah[lap]:
                    mentah[lap][kode]["masukan"][nama] = (nomor, sel(baris, f"{lap}.jawaban"))
    wb.close()
    galat += _periksa_semua(instrumen, nama_lapisan, bacaan, mentah)
    if galat:
        raise ValidationError(galat, code="baris_salah")
    return bacaan


def _periksa_semua(instrumen, nama_lapisan: dict, bacaan: dict, mentah: dict) -> list[str]:
    """Checks every raw answer with the engine, filling `bacaan`; the row messages."""
    galat = []
    for lap in mentah:
        for kode, isi in mentah[lap].items():
            p = instrumen.cari(kode)
            nomor = bacaan[lap].baris[kode]
            konteks = {"kode": kode, "lapisan": nama_lapisan[lap]}
            try:
                nilai = _jawaban_mentah(p, isi)
                bacaan[lap].jawaban[kode] = periksa_jawaban(instrumen, kode, nilai)
            except JawabanTidakValid as exc:
                galat.append(PESAN_BARIS % {"baris": nomor, **konteks, "pesan": terjemahkan(exc)})
            except _BukanAngka as exc:
                pola = PESAN_ANGKA_DI_LUAR if exc.di_luar else PESAN_BUKAN_ANGKA
                pesan = pola % {"nilai": repr(exc.nilai)}
                galat.append(PESAN_BARIS % {"baris": exc.baris or nomor, **konteks, "pesan": pesan})
    return galat


class _BukanAngka(ValueError):
    def __init__(self, nilai, baris=None, *, di_luar: bool = False):
        super().__init__(nilai)
        self.nilai, self.baris, self.di_luar = nilai, baris, di_luar


def _jawaban_mentah(p: m.Pertanyaan, isi: dict):
    """The raw answer (hitung_lke format) of one question in one layer, None if empty."""
    sel = isi["sel"]
    if p.jenis in m.JENIS_OPSI:
        return _teks(sel) or None
    if p.jenis == m.PERSEN:
        try:
            langsung = _angka(sel)
        except ValueError as exc:
            raise _BukanAngka(sel, di_luar=isinstance(exc, _DiLuarJangkauan)) from exc
        if langsung is not None:
            return {m.KUNCI_PERSEN: langsung}
        hitungan = {}
        for nama, (nomor, nilai) in isi["masukan"].items():
            try:
                hitungan[nama] = _angka(nilai)
            except ValueError as exc:
                raise _BukanAngka(nilai, nomor, di_luar=isinstance(exc, _DiLuarJangkauan)) from exc
        if all(v is None for v in hitungan.values()):
            return None
        return hitungan
    try:
        return _angka(sel)
    except ValueError as exc:
        raise _BukanAngka(sel, di_luar=isinstance(exc, _DiLuarJangkauan)) from exc


def _sama(lama, baru) -> bool:
    if lama is None or baru is None:
        return lama == baru
    return nilai_tersimpan(lama) == nilai_tersimpan(baru)


def _berisi(isi: BacaanLapisan) -> bool:
    """Whether a layer of the file holds anything of its own (not the survey items)."""
    dijawab = {k for k, v in isi.jawaban.items() if v is not None} - set(KODE_SURVEI)
    return bool(dijawab or isi.catatan)


@transaction.atomic
def lke_impor(*, penilaian: Penilaian, berkas, oleh, lapisan: list[str]) -> HasilImpor:
    """Reads, checks and stores a unit's LKE workbook into the allowed `lapisan`.
    Raises ValidationError (a list of row messages) and stores nothing on any error."""
    if not lapisan:
        raise ValidationError(PESAN_TIDAK_ADA_LAPISAN, code="tanpa_lapisan")
    periksa_unggahan(berkas)
    instrumen = instrumen_untuk_versi(penilaian.periode.versi)
    nama_lapisan = {lap: str(Lapisan(lap).label) for lap in Lapisan.values}
    bacaan = lke_baca(berkas, instrumen=instrumen, nama_lapisan=nama_lapisan)
    diubah = bacaan_simpan(
        penilaian=penilaian,
        bacaan={lap: isi for lap, isi in bacaan.items() if lap in lapisan},
        oleh=oleh,
    )
    dilewati = tuple(lap for lap, isi in bacaan.items() if lap not in lapisan and _berisi(isi))
    return HasilImpor(diubah=diubah, dilewati=dilewati)


@transaction.atomic
def bacaan_simpan(*, penilaian: Penilaian, bacaan: dict[str, BacaanLapisan], oleh) -> dict:
    """Stores what was read for each layer (the caller checked `oleh` may write those
    layers): every changed answer through `jawaban_simpan`, all or nothing. Returns
    {layer: answers changed}; raises ValidationError with one message per bad row."""
    nama_lapisan = {lap: str(Lapisan(lap).label) for lap in Lapisan.values}
    pertanyaan = {p.kode: p for p in Pertanyaan.objects.filter(versi=penilaian.periode.versi)}
    tersimpan = {
        (kode, lap): (nilai, narasi or "")
        for kode, lap, nilai, narasi in Jawaban.objects.filter(penilaian=penilaian).values_list(
            "pertanyaan__kode", "lapisan", "nilai", "narasi"
        )
    }
    dari_survei = {k for k, h in sumber_hasil(penilaian=penilaian).items() if h.dari_survei}
    diubah = {}
    galat = []
    for lap, isi in bacaan.items():
        n = 0
        for kode in isi.baris:
            if kode in KODE_SURVEI and (lap != Lapisan.MANDIRI or kode in dari_survei):
                continue  # the survey's value, not the layer's: never stored from a file
            baru = isi.jawaban.get(kode)
            lama, narasi_lama = tersimpan.get((kode, lap), (None, ""))
            catatan = isi.catatan.get(kode, "") if isi.ada_catatan else narasi_lama
            if _sama(lama, baru) and catatan == narasi_lama:
                continue
            try:
                jawaban_simpan(
                    penilaian=penilaian,
                    pertanyaan=pertanyaan[kode],
                    lapisan=lap,
                    nilai=nilai_tersimpan(baru),
                    narasi=catatan,
                    oleh=oleh,
                )
            except ValidationError as exc:
                pesan = " ".join(exc.messages)
                konteks = {"kode": kode, "lapisan": isi.label or nama_lapisan[lap], "pesan": pesan}
                galat.append(PESAN_BARIS % {"baris": isi.baris[kode], **konteks})
                continue
            n += 1
        diubah[lap] = n
    if galat:
        raise ValidationError(galat, code="baris_salah")
    return diubah
