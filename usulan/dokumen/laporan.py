"""The report of one finished evaluator layer on one unit (Laporan Hasil Evaluasi, with
its conclusion as Permenpan RB 90/2021 Lampiran II Bab I words it, scores per area and
component, the Tabel 6 check, prerequisites and the per-area catatan and rekomendasi),
and the Berita Acara of that evaluation."""

from usulan.dokumen import bersama as b
from usulan.dokumen.data import DataLaporan
from usulan.naskah import (
    BarisTabel,
    Jarak,
    Judul,
    Kolom,
    Naskah,
    Paragraf,
    Tabel,
    TandaTangan,
    Teks,
    isian,
    tebal,
    teks,
)
from usulan.naskah.ejaan import angka

JUDUL_LAPORAN = {
    "tpi": "LAPORAN HASIL EVALUASI",
    "kanwil": "LAPORAN HASIL PENILAIAN PENDAHULUAN",
}


def _tabel_nilai(d: DataLaporan) -> Tabel:
    kolom = (
        Kolom("No", 0.6, "tengah"),
        Kolom("Komponen / area", 4.6),
        Kolom("Bobot", 1.2, "kanan"),
        Kolom("Pemenuhan", 1.75, "kanan"),
        Kolom("Reform", 1.3, "kanan"),
        Kolom("Nilai", 1.2, "kanan"),
        Kolom("% bobot", 1.35, "kanan"),
    )
    baris = [
        BarisTabel(
            ("A", "Komponen Pengungkit", "60,00", "", "", angka(d.pengungkit), ""), tebal=True
        )
    ]
    for a in d.area:
        baris.append(
            BarisTabel(
                (
                    a.no,
                    a.nama,
                    angka(a.bobot),
                    angka(a.pemenuhan),
                    angka(a.reform),
                    angka(a.nilai),
                    angka(a.persen),
                )
            )
        )
    baris.append(
        BarisTabel(("B", "Komponen Hasil", "40,00", "", "", angka(d.hasil), ""), tebal=True)
    )
    for h in d.hasil_rinci:
        uraian = f"– {h.uraian}" if h.rinci else h.uraian
        baris.append(BarisTabel(("", uraian, angka(h.bobot), "", "", angka(h.nilai), "")))
    baris.append(BarisTabel(("", "NILAI TOTAL", "100,00", "", "", angka(d.total), ""), tebal=True))
    return Tabel(kolom, tuple(baris), ukuran=9.5)


def _tabel_kriteria(d: DataLaporan) -> Tabel:
    kolom = (
        Kolom("No", 0.7, "tengah"),
        Kolom(f"Kriteria menuju {d.target}", 5),
        Kolom("Syarat", 1.6, "kanan"),
        Kolom("Nilai", 1.6, "kanan"),
        Kolom("Keterangan", 2.6),
    )
    baris = []
    for i, k in enumerate(d.kriteria, 1):
        if isinstance(k.syarat, str):
            syarat, nilai = k.syarat, str(k.nilai or "—")
        else:
            syarat, nilai = f"≥ {angka(k.syarat)}", angka(k.nilai, k.digit)
        if k.memenuhi:
            ket = "Memenuhi"
        elif k.celah is not None:
            ket = f"Belum (kurang {angka(k.celah)})"
        else:
            ket = "Belum memenuhi"
        baris.append(BarisTabel((str(i), k.label, syarat, nilai, ket)))
    return Tabel(kolom, tuple(baris), ukuran=9.5)


def _tabel_prasyarat(d: DataLaporan) -> Tabel:
    kolom = (
        Kolom("No", 0.7, "tengah"),
        Kolom("Prasyarat pengusulan", 4.5),
        Kolom("Syarat", 2.2),
        Kolom("Kondisi", 2),
        Kolom("Keterangan", 2),
    )
    baris = tuple(
        BarisTabel(
            (
                str(i),
                p.label,
                p.syarat,
                p.nilai or "belum diisi",
                "Memenuhi" if p.memenuhi else "Belum",
            )
        )
        for i, p in enumerate(d.prasyarat, 1)
    )
    return Tabel(kolom, baris, ukuran=9.5)


def _catatan(d: DataLaporan) -> list:
    if not d.catatan:
        return [Paragraf(teks("Tidak ada catatan dan rekomendasi per area."), indent=8)]
    blok = []
    for c in d.catatan:
        blok.append(Paragraf(tebal(c.area), rata="kiri", indent=8, spasi_setelah=1))
        if c.catatan:
            blok.append(
                Paragraf(
                    (Teks("Catatan: ", tebal=True), Teks(c.catatan)), indent=8, spasi_setelah=1
                )
            )
        if c.rekomendasi:
            blok.append(
                Paragraf((Teks("Rekomendasi: ", tebal=True), Teks(c.rekomendasi)), indent=8)
            )
    return blok


def simpulan(d: DataLaporan) -> str:
    """The conclusion in the regulation's words: meets, or not yet, the criteria."""
    predikat = b.NAMA_PREDIKAT[d.target]
    if d.lapisan == "kanwil":
        if d.memenuhi:
            return (
                f"Berdasarkan hasil penilaian pendahuluan, {d.unit} memenuhi kriteria penilaian "
                f"pembangunan Zona Integritas {predikat} dan layak untuk dievaluasi oleh Tim "
                "Penilai Internal (TPI)."
            )
        return (
            f"Berdasarkan hasil penilaian pendahuluan, {d.unit} belum memenuhi kriteria "
            f"penilaian pembangunan Zona Integritas {predikat} sehingga belum dapat diajukan "
            "untuk dievaluasi oleh TPI dan perlu dilakukan perbaikan dan pembinaan kembali."
        )
    if d.memenuhi:
        kalimat = (
            f"Berdasarkan hasil evaluasi, unsur penilaian pengungkit dan hasil {d.unit} "
            f"memenuhi kriteria {predikat}. TPI merekomendasikan kepada pimpinan instansi "
            "pemerintah untuk mengajukan evaluasi ke Kementerian PANRB selaku TPN untuk "
            f"mendapatkan predikat {predikat}."
        )
        belum = [p.label for p in d.prasyarat if not p.memenuhi]
        if belum:
            kalimat += (
                " Prasyarat pengusulan yang belum terpenuhi dan perlu dipenuhi sebelum "
                f"pengusulan: {'; '.join(belum)}."
            )
        return kalimat
    return (
        f"Berdasarkan hasil evaluasi, unsur penilaian pengungkit dan hasil {d.unit} belum "
        f"memenuhi kriteria {predikat}. TPI merekomendasikan bahwa unit kerja/satuan kerja "
        "tersebut belum dapat diajukan kepada Kementerian PANRB selaku TPN serta perlu "
        "dilakukan perbaikan dan pembinaan kembali."
    )


def _sumber(d: DataLaporan) -> Paragraf:
    return b.sumber(
        f"Sumber nilai: ZI Portal, lapisan {b.PENILAI_PANJANG[d.lapisan]}, diselesaikan "
        f"{b.waktu(d.selesai_pada)} oleh {d.evaluator}; {d.terjawab} dari "
        f"{d.jumlah_pertanyaan} butir LKE terjawab. Nilai dibulatkan dua desimal hanya saat "
        "ditampilkan."
    )


def _judul(judul: str, d: DataLaporan, *, sub: bool = True) -> tuple:
    baris = (judul, f"PEMBANGUNAN ZONA INTEGRITAS MENUJU {d.target}") if sub else (judul,)
    return (
        *(Judul(x) for x in baris),
        Judul(d.unit.upper()),
        Judul(f"TAHUN {d.tahun}"),
        b.nomor_tengah(),
    )


def _ttd_tim(d: DataLaporan):
    return b.penanda(
        atas=(b.tempat_tanggal(d.kop.kota, d.tahun), teks(f"Ketua {b.TIM[d.lapisan]},")),
        nama=d.evaluator,
    )


def naskah_laporan(d: DataLaporan, *, dibuat) -> Naskah:
    tim = b.TIM[d.lapisan]
    blok = [
        *_judul(JUDUL_LAPORAN[d.lapisan], d),
        Paragraf(tebal("A. PENDAHULUAN"), rata="kiri"),
        Paragraf(
            teks(f"Dasar pelaksanaan: {b.PERMEN}; dan Surat Tugas Nomor ")
            + (isian(),)
            + teks(" tanggal ")
            + (isian(),)
            + teks("."),
            label="1.",
        ),
        Paragraf(
            teks(
                f"Tujuan: menilai kualitas pembangunan Zona Integritas pada {d.unit} menuju "
                f"{d.target} dan memberikan rekomendasi perbaikan."
            ),
            label="2.",
        ),
        Paragraf(
            teks(
                f"Ruang lingkup: {tim} menilai seluruh butir Lembar Kerja Evaluasi (LKE) komponen "
                "pengungkit dan komponen hasil secara mandiri terhadap jawaban penilaian mandiri "
                "dan data dukung unit."
            ),
            label="3.",
            spasi_setelah=4,
        ),
        Paragraf(tebal("B. HASIL EVALUASI"), rata="kiri"),
        Paragraf(teks("Nilai per komponen dan area:"), label="1."),
        _tabel_nilai(d),
        _sumber(d),
        Paragraf(teks(f"Pemenuhan kriteria predikat menuju {d.target} (Tabel 6):"), label="2."),
        _tabel_kriteria(d),
        Paragraf(teks("Prasyarat pengusulan di tingkat unit kerja/satuan kerja:"), label="3."),
        _tabel_prasyarat(d),
        Paragraf(teks("Catatan dan rekomendasi per area:"), label="4."),
        *_catatan(d),
        Jarak(2),
        Paragraf(tebal("C. SIMPULAN"), rata="kiri"),
        Paragraf(teks(simpulan(d)), spasi_setelah=4),
        Paragraf(tebal("D. PENUTUP"), rata="kiri"),
        b.demikian(
            "Demikian laporan ini disusun untuk disampaikan kepada pimpinan sebagai bahan "
            "pengambilan keputusan."
        ),
        TandaTangan((_ttd_tim(d),)),
    ]
    jenis = "laporan-hasil-evaluasi" if d.lapisan == "tpi" else "laporan-penilaian-pendahuluan"
    return Naskah(
        judul=f"{JUDUL_LAPORAN[d.lapisan].title()} {d.unit} {d.tahun}",
        nama_berkas=f"{jenis}-{d.tahun}",
        kop=b.kop(d.kop),
        blok=tuple(blok),
        dibuat=dibuat,
    )


def naskah_berita_acara(d: DataLaporan, *, dibuat) -> Naskah:
    tim = b.TIM[d.lapisan]
    if d.lapisan == "tpi" and d.kop.nama_tpi:
        tim = f"{tim} {d.kop.nama_tpi}"
    hasil = "memenuhi" if d.memenuhi else "belum memenuhi"
    blok = (
        Judul("BERITA ACARA", garis_bawah=True),
        *_judul(f"EVALUASI PEMBANGUNAN ZONA INTEGRITAS MENUJU {d.target}", d, sub=False),
        Paragraf(
            (
                Teks("Pada hari ini "),
                isian(),
                Teks(" tanggal "),
                isian(),
                Teks(" bulan "),
                isian(),
                Teks(" tahun "),
                isian(),
                Teks(
                    f", telah dilaksanakan evaluasi pembangunan Zona Integritas menuju {d.target} "
                    f"pada {d.unit} oleh {tim}, dengan Lembar Kerja Evaluasi sebagaimana diatur "
                    f"dalam {b.PERMEN}, dengan hasil sebagai berikut:"
                ),
            )
        ),
        _tabel_nilai(d),
        _sumber(d),
        Paragraf(
            teks(
                f"Berdasarkan hasil tersebut, {d.unit} {hasil} kriteria predikat "
                f"{b.NAMA_PREDIKAT[d.target]} sebagaimana Tabel 6 Lampiran II Peraturan Menteri "
                "tersebut. Rincian pemenuhan kriteria serta catatan dan rekomendasi per area "
                "dimuat dalam laporan hasil evaluasi yang menjadi bagian tidak terpisahkan dari "
                "berita acara ini."
            )
        ),
        b.demikian(
            "Demikian berita acara ini dibuat dengan sebenarnya dan ditandatangani bersama "
            "untuk dipergunakan sebagaimana mestinya."
        ),
        TandaTangan(
            (
                b.penanda(
                    atas=(teks("Pihak yang dievaluasi,"), teks(f"Kepala {d.unit},")),
                    nama=d.kepala_unit,
                ),
                b.penanda(
                    atas=(teks("Tim Penilai,"), teks(f"Ketua {b.TIM[d.lapisan]},")),
                    nama=d.evaluator,
                ),
            ),
            judul=b.tempat_tanggal(d.kop.kota, d.tahun),
        ),
    )
    return Naskah(
        judul=f"Berita Acara Evaluasi {d.unit} {d.tahun}",
        nama_berkas=f"berita-acara-evaluasi-{d.lapisan}-{d.tahun}",
        kop=b.kop(d.kop),
        blok=blok,
        dibuat=dibuat,
    )
