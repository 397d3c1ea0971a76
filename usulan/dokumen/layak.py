"""Surat Pernyataan Layak Dievaluasi: the Kanwil head states to the TPI that the units
its pre-assessment (penilaian pendahuluan) found to meet the criteria are fit to be
evaluated (Permenpan RB 90/2021, Lampiran II, Bab I.A.1.a.6)."""

from usulan.dokumen import bersama as b
from usulan.dokumen.data import DataLayak
from usulan.naskah import Jarak, Judul, Naskah, Paragraf, TandaTangan, teks


def naskah_layak(data: DataLayak, *, dibuat) -> Naskah:
    k = data.kop
    tpi = f"Tim Penilai Internal (TPI) {k.nama_tpi}" if k.nama_tpi else "Tim Penilai Internal (TPI)"
    blok = (
        Judul("SURAT PERNYATAAN", garis_bawah=True),
        Judul("LAYAK DIEVALUASI PEMBANGUNAN ZONA INTEGRITAS"),
        b.nomor_tengah(),
        *b.yang_bertanda_tangan(
            nama=k.nama_kepala,
            nip_=k.nip_kepala,
            jabatan=k.jabatan_kepala,
            instansi=k.nama_kanwil,
        ),
        Paragraf(
            teks(
                "dengan ini menyatakan bahwa berdasarkan hasil penilaian pendahuluan pembangunan "
                f"Zona Integritas Tahun {data.tahun} oleh Tim Penilai {k.nama_kanwil}, dengan "
                f"instrumen Lembar Kerja Evaluasi sebagaimana diatur dalam {b.PERMEN}, unit "
                "kerja/satuan kerja berikut memenuhi kriteria penilaian pembangunan Zona "
                f"Integritas dan layak untuk dievaluasi oleh {tpi}:"
            )
        ),
        b.tabel_unit(data.unit, judul_predikat="Menuju"),
        b.sumber(
            "Nilai: hasil penilaian pendahuluan Kanwil yang telah diselesaikan evaluator dalam "
            "ZI Portal ("
            + "; ".join(f"{u.nama}: {b.waktu(u.selesai_pada)}" for u in data.unit)
            + ")."
        ),
        b.demikian(
            "Demikian surat pernyataan ini dibuat dengan sebenarnya untuk dipergunakan "
            "sebagaimana mestinya."
        ),
        TandaTangan(
            (
                b.penanda(
                    atas=(b.tempat_tanggal(k.kota, data.tahun), teks(f"{k.jabatan_kepala},")),
                    nama=k.nama_kepala,
                    nip_=k.nip_kepala,
                ),
            )
        ),
        Jarak(2),
    )
    return Naskah(
        judul=f"Surat Pernyataan Layak Dievaluasi {data.tahun}",
        nama_berkas=f"surat-pernyataan-layak-dievaluasi-{data.tahun}",
        kop=b.kop(k),
        blok=blok,
        dibuat=dibuat,
    )
