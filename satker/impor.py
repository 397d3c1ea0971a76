"""Bulk import of units from an .xlsx file: every row is checked, and nothing is
saved unless every row is good."""

from dataclasses import dataclass, field
from io import BytesIO
from zipfile import BadZipFile

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from openpyxl import load_workbook

from satker.lingkup import lingkup_pengguna
from satker.models import Satker
from satker.services import satker_buat
from zi_portal.arsip import BATAS_BUKU_KERJA, periksa_arsip

KOLOM = ["kode", "nama", "jenis", "kanwil", "alamat", "nama_kepala"]
KOLOM_WAJIB = ["kode", "nama", "jenis", "kanwil"]
MAKS_BARIS = 2000
MAKS_KOLOM = 50  # a forged sheet dimension must not pad every row to 16,384 cells

PESAN_BUKAN_XLSX = gettext_lazy("Berkas bukan file Excel (.xlsx) yang dapat dibaca.")
PESAN_KOLOM_KURANG = gettext_lazy("Baris judul harus memuat kolom: {kolom}.")
PESAN_KOSONG = gettext_lazy("Berkas tidak berisi satu baris data pun.")
PESAN_TERLALU_BANYAK = gettext_lazy("Berkas berisi lebih dari {maks} baris.")


@dataclass
class HasilImpor:
    dibuat: list[Satker] = field(default_factory=list)
    kesalahan: list[tuple[int, str]] = field(default_factory=list)  # (row number, message)

    @property
    def berhasil(self) -> bool:
        return not self.kesalahan


def _jenis_dari_teks(teks: str) -> str | None:
    teks = teks.strip().lower()
    for value, label in Satker.Jenis.choices:
        if teks in (value, str(label).lower()):
            return value
    return None


def _baca_baris(data: bytes):
    berkas = BytesIO(data)
    try:
        periksa_arsip(berkas, batas=BATAS_BUKU_KERJA, nama="xlsx")  # no zip bomb reaches openpyxl
    except ValidationError as exc:
        if exc.code == "rusak":
            raise ValidationError(PESAN_BUKAN_XLSX) from exc
        raise
    try:
        workbook = load_workbook(berkas, read_only=True, data_only=True)
    except (BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ValidationError(PESAN_BUKAN_XLSX) from exc
    rows = workbook.active.iter_rows(values_only=True, max_col=MAKS_KOLOM)
    header = [str(c).strip().lower() if c is not None else "" for c in next(rows, [])]
    kurang = [k for k in KOLOM_WAJIB if k not in header]
    if kurang:
        raise ValidationError(PESAN_KOLOM_KURANG.format(kolom=", ".join(KOLOM_WAJIB)))
    jumlah = 0
    for nomor, row in enumerate(rows, start=2):
        nilai = {
            k: row[header.index(k)] if header.index(k) < len(row) else None
            for k in KOLOM
            if k in header
        }
        if all(v in (None, "") for v in nilai.values()):
            continue
        jumlah += 1
        if jumlah > MAKS_BARIS:  # refused at once: the rest of the sheet is never read
            raise ValidationError(PESAN_TERLALU_BANYAK.format(maks=MAKS_BARIS))
        yield nomor, {k: ("" if v is None else str(v).strip()) for k, v in nilai.items()}


def satker_impor(*, data: bytes, oleh) -> HasilImpor:
    """Creates every unit in the file, or none. Errors name the row and the problem."""
    hasil = HasilImpor()
    baris = list(_baca_baris(data))
    if not baris:
        raise ValidationError(PESAN_KOSONG)
    if len(baris) > MAKS_BARIS:
        raise ValidationError(PESAN_TERLALU_BANYAK.format(maks=MAKS_BARIS))
    lingkup = lingkup_pengguna(oleh)
    kanwil = {k.kode: k for k in Satker.objects.filter(jenis=Satker.Jenis.KANWIL)}
    kode_di_berkas: set[str] = set()
    with transaction.atomic():
        for nomor, nilai in baris:
            pesan = _cek_baris(nilai, kanwil, lingkup, kode_di_berkas)
            if pesan:
                hasil.kesalahan.append((nomor, pesan))
                continue
            try:
                with transaction.atomic():
                    hasil.dibuat.append(
                        satker_buat(
                            oleh=oleh,
                            kode=nilai["kode"],
                            nama=nilai["nama"],
                            jenis=_jenis_dari_teks(nilai["jenis"]),
                            induk=kanwil[nilai["kanwil"]],
                            alamat=nilai.get("alamat", ""),
                            nama_kepala=nilai.get("nama_kepala", ""),
                        )
                    )
            except ValidationError as exc:
                hasil.kesalahan.append((nomor, "; ".join(exc.messages)))
        if hasil.kesalahan:
            hasil.dibuat = []
            transaction.set_rollback(True)
    return hasil


def _cek_baris(nilai: dict, kanwil: dict, lingkup, kode_di_berkas: set[str]) -> str | None:
    kosong = [k for k in KOLOM_WAJIB if not nilai.get(k)]
    if kosong:
        return _("kolom wajib kosong: %(kolom)s") % {"kolom": ", ".join(kosong)}
    kode = nilai["kode"]
    if kode in kode_di_berkas:
        return _("kode %(kode)s muncul lebih dari sekali di berkas") % {"kode": kode}
    kode_di_berkas.add(kode)
    jenis = _jenis_dari_teks(nilai["jenis"])
    if jenis is None:
        return _("jenis '%(jenis)s' tidak dikenal") % {"jenis": nilai["jenis"]}
    if jenis == Satker.Jenis.KANWIL:
        return _("Kanwil tidak dapat diimpor; buat Kanwil satu per satu")
    induk = kanwil.get(nilai["kanwil"])
    if induk is None:
        return _("Kanwil dengan kode '%(kode)s' tidak ada") % {"kode": nilai["kanwil"]}
    if not lingkup.boleh_kelola_kanwil(induk.pk):
        return _("Anda tidak mengelola Kanwil '%(kode)s'") % {"kode": nilai["kanwil"]}
    return None
