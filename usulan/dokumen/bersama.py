"""Pieces every document shares: the letterhead, the regulation's name, the place and
date line, a signature and the line that says where the figures came from."""

import datetime

from django.utils import timezone

from usulan.dokumen.data import DataKop, NilaiUnit
from usulan.naskah import (
    ISIAN,
    BarisTabel,
    Isian,
    Kolom,
    Kop,
    Paragraf,
    Penanda,
    Tabel,
    Teks,
    isian,
)
from usulan.naskah.ejaan import angka, nip, tanggal

PERMEN = (
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 90 "
    "Tahun 2021 tentang Pembangunan dan Evaluasi Zona Integritas Menuju Wilayah Bebas dari "
    "Korupsi dan Wilayah Birokrasi Bersih dan Melayani di Instansi Pemerintah sebagaimana "
    "telah diubah dengan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi "
    "Birokrasi Nomor 5 Tahun 2024"
)
NAMA_PREDIKAT = {
    "WBK": "Menuju Wilayah Bebas dari Korupsi (WBK)",
    "WBBM": "Menuju Wilayah Birokrasi Bersih dan Melayani (WBBM)",
}
PENILAI = {"kanwil": "Kanwil", "tpi": "TPI"}  # the table column, short
PENILAI_PANJANG = {"kanwil": "penilaian pendahuluan Kanwil", "tpi": "Tim Penilai Internal (TPI)"}
TIM = {"kanwil": "Tim Penilai Kantor Wilayah", "tpi": "Tim Penilai Internal (TPI)"}


def kop(data: DataKop) -> Kop:
    kontak = [
        f"Telepon {data.telepon}" if data.telepon else "",
        f"Laman {data.laman}" if data.laman else "",
        f"Pos-el {data.email}" if data.email else "",
    ]
    alamat = tuple(x for x in (data.alamat, " · ".join(k for k in kontak if k)) if x)
    return Kop(tuple(x for x in (data.instansi, data.nama_kantor) if x), alamat)


def tempat_tanggal(kota: str, tahun: int, pada: datetime.date | None = None) -> tuple[Teks, ...]:
    """'Tanjungpinang, 20 Mei 2026', or a blank for the date the office signs on."""
    tempat = Teks(f"{kota}, ") if kota else isian(f"{ISIAN}, ")
    if pada is not None:
        return (tempat, Teks(tanggal(pada)))
    return (tempat, isian(f"{ISIAN} {tahun}"))


def nomor(isi: str = "") -> tuple[Teks, ...]:
    return (Teks(isi),) if isi else (isian(),)


def nama_ttd(nama: str) -> tuple[Teks, ...]:
    return (Teks(nama, tebal=True, garis_bawah=True),) if nama else (isian(),)


def nip_ttd(isi: str) -> tuple[Teks, ...]:
    return (Teks("NIP "), Teks(nip(isi))) if isi else (Teks("NIP "), isian())


def penanda(*, atas: tuple, nama: str, nip_: str = "", meterai: bool = False) -> Penanda:
    return Penanda(atas=atas, nama=nama_ttd(nama), bawah=(nip_ttd(nip_),), meterai=meterai)


def nomor_tengah() -> Paragraf:
    """The centred "Nomor: ……" under a statement's or report's title."""
    return Paragraf((Teks("Nomor: "), *nomor()), rata="tengah", spasi_setelah=6)


def yang_bertanda_tangan(*, nama: str, nip_: str, jabatan: str, instansi: str) -> tuple:
    """ "Yang bertanda tangan di bawah ini:" and the signer's rows (blanks where unknown)."""
    baris = (
        ("Nama", (Teks(nama),) if nama else (isian(),)),
        ("NIP", (Teks(nip(nip_)),) if nip_ else (isian(),)),
        ("Jabatan", (Teks(jabatan),) if jabatan else (isian(),)),
        ("Instansi", (Teks(instansi),)),
    )
    return (Paragraf((Teks("Yang bertanda tangan di bawah ini:"),)), Isian(baris, indent=8))


def demikian(kalimat: str) -> Paragraf:
    """The closing sentence, kept on one page with the signature after it."""
    return Paragraf((Teks(kalimat),), spasi_setelah=6, bersama_berikut=True)


def tabel_unit(unit: tuple[NilaiUnit, ...], *, judul_predikat: str, nilai: bool = True) -> Tabel:
    """The units of a letter with the predicate and, when `nilai`, the official figures."""
    kolom = [Kolom("No", 0.6, "tengah"), Kolom("Unit kerja/satuan kerja", 4.4)]
    kolom.append(Kolom(judul_predikat, 1.5, "tengah"))
    if nilai:
        kolom += [
            Kolom("Pengungkit", 1.75, "kanan"),
            Kolom("Hasil", 1.2, "kanan"),
            Kolom("Nilai total", 1.35, "kanan"),
            Kolom("Penilai", 1.4, "tengah"),
        ]
    baris = []
    for i, u in enumerate(unit, 1):
        sel = [str(i), u.nama, u.predikat]
        if nilai:
            sel += [angka(u.pengungkit), angka(u.hasil), angka(u.total), u.penilai]
        baris.append(BarisTabel(tuple(sel)))
    return Tabel(tuple(kolom), tuple(baris), ukuran=9.5)


def sumber(teks: str) -> Paragraf:
    """The small line under official figures that says where they came from."""
    return Paragraf((Teks(teks, miring=True),), rata="kiri", ukuran=8.5, spasi_setelah=3)


def waktu(pada: datetime.datetime | None) -> str:
    if pada is None:
        return ""
    lokal = timezone.localtime(pada) if timezone.is_aware(pada) else pada
    return f"{tanggal(lokal.date())} pukul {lokal:%H.%M}"
