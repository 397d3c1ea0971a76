"""Demo surveys: services and realistic anonymous responses for a few units of the demo
Kanwil, dated inside the demo period's survey window (1 January to 31 May 2026), so the
results pages and the LKE's hasil items show something. Units the demo shows with a
predicate have at least 30 respondents; two have fewer, to show what that means (a
provisional index for the unit, "data survei belum cukup" for its evaluator).
Idempotent: a unit that already has responses that year is left alone."""

import datetime
import math
import random
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from satker.models import Pengguna, Satker
from survei.bawaan import pastikan_ada
from survei.models import IndeksEksternal, Layanan, Profil, Respons, Skor
from survei.rekap import rekap_bangun_ulang
from survei.selectors import versi_terbit_semua
from survei.services import kode_buat

LAYANAN = {
    "rutan": ["Kunjungan keluarga", "Penitipan barang", "Layanan informasi", "Bantuan hukum"],
    "lapas": ["Kunjungan keluarga", "Penitipan barang", "Integrasi (PB/CB/CMB)", "Pengaduan"],
    "kanim": ["Paspor baru", "Penggantian paspor", "Izin tinggal", "Pengaduan"],
}
TAHUN = 2026  # the demo assessment period (penilaian.demo)
AWAL, AKHIR = datetime.date(TAHUN, 1, 2), datetime.date(TAHUN, 5, 31)  # inside its window
# (unit code, responses per questionnaire, SKM quality 0-1, IPAK and IPKP the answers aim at)
UNIT = [
    ("rutan-tpi", 42, 0.85, 3.70, 3.40),
    ("kanim-batam", 36, 0.8, 3.70, 3.50),  # its IPKP counts from a third-party survey
    ("lapas-batam", 34, 0.6, 3.72, 3.48),
    ("kanim-tpi", 18, 0.8, 3.75, 3.45),  # under review: too few for the Kanwil layer
    ("rutan-batam", 9, 0.5, 3.50, 3.20),
]
SARAN = [
    "Ruang tunggu kunjungan perlu kipas angin tambahan.",
    "Petugas ramah dan cepat, terima kasih.",
    "Mohon jadwal kunjungan diumumkan lebih awal di media sosial.",
    "Antrean penitipan barang kadang lama di hari Senin.",
    "Informasi persyaratan sudah jelas di papan pengumuman.",
    "Toilet pengunjung perlu lebih bersih.",
    "Tidak ada pungutan, pelayanan baik.",
    "Tambah kursi di ruang tunggu.",
]
PROFIL_RUTAN = [("keluarga", 6), ("pengunjung", 2), ("pengacara", 1), ("warga_binaan", 2)]
PROFIL_KANIM = [("pemohon", 8), ("pengunjung", 1), ("lainnya", 1)]


def _pilih(acak, bobot):
    pilihan, berat = zip(*bobot, strict=True)
    return acak.choices(pilihan, weights=berat)[0]


def _nilai(acak, skala: int, mutu: float) -> int:
    # Mostly high answers for a good unit, with a tail of lower ones.
    puncak = 1 + (skala - 1) * mutu
    return max(1, min(skala, round(acak.gauss(puncak, skala / 5))))


def _nilai_indeks(acak, skala: int, indeks: float) -> int:
    """An answer on 1..skala whose expected value maps (linearly) to `indeks` on 0-4."""
    rerata = min(skala, max(1.0, indeks * skala / 4))
    bawah = math.floor(rerata)
    return min(skala, bawah + (1 if acak.random() < rerata - bawah else 0))


def _tanggal(acak) -> datetime.date:
    akhir = min(AKHIR, timezone.localdate())
    return AWAL + datetime.timedelta(days=acak.randint(0, max(0, (akhir - AWAL).days)))


def _eksternal_kanim() -> None:
    """Kanim Batam's third-party surveys with their source documents (its own portal
    IPKP is below the WBBM line): the unit records them for its self-assessment, the
    Kanwil administrator for the evaluator layers."""
    kanim = Satker.objects.filter(kode="kanim-batam").first()
    if kanim is None:
        return
    pencatat = {
        IndeksEksternal.Lingkup.UNIT: Pengguna.objects.filter(username="operator.kanim").first(),
        IndeksEksternal.Lingkup.KANWIL: Pengguna.objects.filter(username="admin.kepri").first(),
    }
    for jenis, nilai, sumber, dokumen in (
        ("ipak", "3.6120", "BPS Kota Batam (demo)", "Laporan SPAK BPS Kota Batam No. 3/2026"),
        ("ipkp", "3.7800", "Survei IPKP pihak ketiga (demo)", "Laporan Survei IPKP Mei 2026"),
    ):
        for lingkup, oleh in pencatat.items():
            IndeksEksternal.objects.update_or_create(
                satker=kanim,
                tahun=TAHUN,
                jenis=jenis,
                lingkup=lingkup,
                defaults={
                    "nilai": Decimal(nilai),
                    "sumber": sumber,
                    "dokumen": dokumen,
                    "dicatat_oleh": oleh,
                },
            )


@transaction.atomic
def muat(stdout) -> None:
    pastikan_ada()
    versi = versi_terbit_semua()
    dibuat = 0
    for kode, jumlah, mutu, ipak, ipkp in UNIT:
        satker = Satker.objects.filter(kode=kode).first()
        if satker is None:
            continue
        kelompok = satker.jenis if satker.jenis in LAYANAN else "rutan"
        layanan = [
            Layanan.objects.get_or_create(satker=satker, nama=nama)[0] for nama in LAYANAN[kelompok]
        ]
        if Respons.objects.filter(satker=satker, tahun=TAHUN).exists():
            continue
        target = {"spak": ipak, "spkp": ipkp}
        acak = random.Random(kode)  # noqa: S311 - the same demo every time, not security
        profil = PROFIL_KANIM if satker.jenis == Satker.Jenis.KANIM else PROFIL_RUTAN
        for v in versi:
            butir = list(v.butir.all())
            for i in range(jumlah):
                tanggal = _tanggal(acak)
                respons = Respons.objects.create(
                    satker=satker,
                    versi=v,
                    tahun=tanggal.year,
                    tanggal=tanggal,
                    cara=_pilih(acak, [("publik", 6), ("kiosk", 3), ("dibantu", 1)]),
                    usia=acak.choice(Profil.Usia.values[1:]),
                    jenis_kelamin=_pilih(acak, [("l", 5), ("p", 5), ("x", 1)]),
                    pendidikan=_pilih(acak, [("smp", 2), ("sma", 5), ("diploma", 1), ("s1", 3)]),
                    pekerjaan=acak.choice(Profil.Pekerjaan.values),
                    jenis_responden=_pilih(acak, profil),
                    layanan=layanan[i % len(layanan)],
                    saran=acak.choice(SARAN) if acak.random() < 0.25 else "",
                )
                jenis = v.kuesioner.jenis
                Skor.objects.bulk_create(
                    Skor(
                        respons=respons,
                        butir=b,
                        nilai=_nilai_indeks(acak, v.skala_maks, target[jenis])
                        if jenis in target
                        else _nilai(acak, v.skala_maks, mutu),
                    )
                    for b in butir
                )
                dibuat += 1
        rekap_bangun_ulang(satker_ids=[satker.pk])  # written directly: aggregate once
        if kode == "rutan-tpi" and not satker.kode_survei.exists():
            kode_buat(satker=satker, jumlah=20)
    _eksternal_kanim()
    stdout.write(f"Survei: {dibuat} respons demo dibuat; formulir publik di /s/<kode satker>/")
