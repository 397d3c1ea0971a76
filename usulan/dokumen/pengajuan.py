"""The proposal to the national team (Permenpan RB 5/2024, Lampiran II Bab II.A): one
Surat Pengajuan Evaluasi for all proposed units (as Gambar 6 of 90/2021 lays it out, with
the units' official scores), and the Surat Pernyataan Tanggung Jawab Mutlak (SPTJM) that
must accompany it."""

from usulan.dokumen import bersama as b
from usulan.dokumen.data import DataPengajuan
from usulan.naskah import Isian, Jarak, Judul, Naskah, Paragraf, TandaTangan, isian, teks

HAL = (
    "Pengajuan Unit Kerja/Satuan Kerja Berpredikat Menuju Wilayah Bebas dari Korupsi (WBK)/"
    "Wilayah Birokrasi Bersih dan Melayani (WBBM) Tahun {tahun}"
)
KEPADA = (
    "Yth. Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Republik Indonesia",
    "c.q. Deputi Bidang Reformasi Birokrasi, Akuntabilitas Aparatur, dan Pengawasan selaku "
    "Penanggung Jawab Tim Penilai Nasional",
    "di",
    "Jakarta",
)


def _penandatangan(d: DataPengajuan, atas: tuple, meterai: bool = False):
    return TandaTangan(
        (
            b.penanda(
                atas=(b.tempat_tanggal(d.kop.kota, d.tahun, d.tanggal), *atas),
                nama=d.penandatangan_nama,
                nip_=d.penandatangan_nip,
                meterai=meterai,
            ),
        )
    )


def naskah_pengajuan(d: DataPengajuan, *, dibuat) -> Naskah:
    instansi = d.kop.nama_instansi or d.kop.nama_kanwil
    blok = (
        Paragraf(b.tempat_tanggal(d.kop.kota, d.tahun, d.tanggal), rata="kanan", spasi_setelah=2),
        Isian(
            (
                ("Nomor", b.nomor(d.nomor)),
                ("Sifat", teks("Segera")),
                ("Lampiran", teks("1 (satu) berkas")),
                ("Hal", teks(HAL.format(tahun=d.tahun))),
            ),
            lebar_label=22,
        ),
        Jarak(3),
        *(Paragraf(teks(baris), rata="kiri", spasi_setelah=0) for baris in KEPADA),
        Jarak(5),
        Paragraf(
            teks(
                f"Dengan hormat, dalam rangka pelaksanaan {b.PERMEN}, kami telah melakukan upaya "
                f"pembangunan Zona Integritas di {instansi}. Berdasarkan laporan hasil evaluasi "
                f"tahun {d.tahun} oleh Tim Penilai Internal (TPI) Zona Integritas {instansi}, "
                "kami mengusulkan unit kerja/satuan kerja berikut sebagai calon unit kerja/satuan "
                "kerja berpredikat Menuju Wilayah Bebas dari Korupsi (WBK) dan/atau Wilayah "
                "Birokrasi Bersih dan Melayani (WBBM):"
            )
        ),
        b.tabel_unit(d.unit, judul_predikat="Usulan predikat"),
        b.sumber(
            "Nilai: nilai resmi ZI Portal, yaitu lapisan evaluator terakhir yang telah "
            "diselesaikan (kolom Penilai), sebagaimana tercatat saat usulan disusun."
        ),
        Paragraf(
            teks(
                "Sehubungan dengan hal tersebut, kami mohon agar Tim Penilai Nasional dapat "
                "melakukan evaluasi atas unit kerja/satuan kerja yang diusulkan tersebut. Sebagai "
                "kelengkapan, bersama ini kami sampaikan Surat Pernyataan Tanggung Jawab Mutlak."
            )
        ),
        b.demikian(
            "Demikian kami sampaikan, atas perhatian dan kerja samanya kami ucapkan terima kasih."
        ),
        _penandatangan(d, (teks(f"{d.penandatangan_jabatan},"),)),
        Paragraf(teks("Tembusan:"), rata="kiri", spasi_setelah=0),
        Paragraf((isian(),), rata="kiri", label="1."),
    )
    return Naskah(
        judul=f"Surat Pengajuan Evaluasi Zona Integritas {d.tahun}",
        nama_berkas=f"surat-pengajuan-evaluasi-{d.tahun}",
        kop=b.kop(d.kop),
        blok=blok,
        dibuat=dibuat,
    )


def naskah_sptjm(d: DataPengajuan, *, dibuat) -> Naskah:
    instansi = d.kop.nama_instansi or d.kop.nama_kanwil
    blok = (
        Judul("SURAT PERNYATAAN TANGGUNG JAWAB MUTLAK", garis_bawah=True),
        b.nomor_tengah(),
        *b.yang_bertanda_tangan(
            nama=d.penandatangan_nama,
            nip_=d.penandatangan_nip,
            jabatan=d.penandatangan_jabatan,
            instansi=instansi,
        ),
        Paragraf(
            teks(
                "dengan ini menyatakan bertanggung jawab penuh bahwa semua data dan informasi "
                "yang disampaikan dari unit kerja/satuan kerja yang diajukan untuk mendapat "
                f"predikat Menuju WBK/WBBM Tahun {d.tahun}, yaitu:"
            )
        ),
        b.tabel_unit(d.unit, judul_predikat="Usulan predikat", nilai=False),
        Paragraf(
            teks(
                "telah sesuai dengan fakta/kondisi yang sebenarnya. Apabila di kemudian hari "
                "ditemukan bahwa data dan informasi tersebut tidak sesuai dengan fakta/kondisi "
                "yang sebenarnya, saya bersedia bertanggung jawab dan menerima sanksi sesuai "
                "dengan ketentuan peraturan perundang-undangan."
            )
        ),
        b.demikian(
            "Demikian surat pernyataan ini dibuat dengan sebenarnya untuk dipergunakan "
            "sebagaimana mestinya."
        ),
        _penandatangan(d, (teks("Yang membuat pernyataan,"),), meterai=True),
    )
    return Naskah(
        judul=f"SPTJM Pengajuan Evaluasi Zona Integritas {d.tahun}",
        nama_berkas=f"sptjm-pengajuan-evaluasi-{d.tahun}",
        kop=b.kop(d.kop),
        blok=blok,
        dibuat=dibuat,
    )
