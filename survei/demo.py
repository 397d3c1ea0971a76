"""Demo surveys: services and a year of realistic anonymous responses for a few
units of the demo Kanwil, so the results pages and the LKE's hasil items show
something. Idempotent: a unit that already has responses this year is left alone."""

import random
from datetime import timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from satker.models import Satker
from survei.bawaan import pastikan_ada
from survei.models import IndeksEksternal, Layanan, Profil, Respons, Skor
from survei.selectors import versi_terbit_semua
from survei.services import kode_buat

LAYANAN = {
    "rutan": ["Kunjungan keluarga", "Penitipan barang", "Layanan informasi", "Bantuan hukum"],
    "lapas": ["Kunjungan keluarga", "Penitipan barang", "Integrasi (PB/CB/CMB)", "Pengaduan"],
    "kanim": ["Paspor baru", "Penggantian paspor", "Izin tinggal", "Pengaduan"],
}
# (unit code, responses per questionnaire, how good the service feels: 0-1)
UNIT = [
    ("rutan-tpi", 42, 0.85),
    ("kanim-batam", 36, 0.8),
    ("lapas-batam", 18, 0.6),
    ("rutan-batam", 9, 0.5),
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


@transaction.atomic
def muat(stdout) -> None:
    pastikan_ada()
    hari_ini = timezone.localdate()
    versi = versi_terbit_semua()
    dibuat = 0
    for kode, jumlah, mutu in UNIT:
        satker = Satker.objects.filter(kode=kode).first()
        if satker is None:
            continue
        kelompok = satker.jenis if satker.jenis in LAYANAN else "rutan"
        layanan = [
            Layanan.objects.get_or_create(satker=satker, nama=nama)[0] for nama in LAYANAN[kelompok]
        ]
        if Respons.objects.filter(satker=satker, tahun=hari_ini.year).exists():
            continue
        acak = random.Random(kode)  # noqa: S311 - the same demo every time, not security
        profil = PROFIL_KANIM if satker.jenis == Satker.Jenis.KANIM else PROFIL_RUTAN
        for v in versi:
            butir = list(v.butir.all())
            for i in range(jumlah):
                respons = Respons.objects.create(
                    satker=satker,
                    versi=v,
                    tahun=hari_ini.year,
                    tanggal=max(
                        hari_ini.replace(month=1, day=2),
                        hari_ini - timedelta(days=acak.randint(0, 300)),
                    ),
                    cara=_pilih(acak, [("publik", 6), ("kiosk", 3), ("dibantu", 1)]),
                    usia=acak.choice(Profil.Usia.values[1:]),
                    jenis_kelamin=_pilih(acak, [("l", 5), ("p", 5), ("x", 1)]),
                    pendidikan=_pilih(acak, [("smp", 2), ("sma", 5), ("diploma", 1), ("s1", 3)]),
                    pekerjaan=acak.choice(Profil.Pekerjaan.values),
                    jenis_responden=_pilih(acak, profil),
                    layanan=layanan[i % len(layanan)],
                    saran=acak.choice(SARAN) if acak.random() < 0.25 else "",
                )
                Skor.objects.bulk_create(
                    Skor(respons=respons, butir=b, nilai=_nilai(acak, v.skala_maks, mutu))
                    for b in butir
                )
                dibuat += 1
        if kode == "rutan-tpi" and not satker.kode_survei.exists():
            kode_buat(satker=satker, jumlah=20)
    kanim = Satker.objects.filter(kode="kanim-batam").first()
    if kanim is not None:
        IndeksEksternal.objects.get_or_create(
            satker=kanim,
            tahun=hari_ini.year,
            jenis="ipak",
            defaults={"nilai": Decimal("3.6120"), "sumber": "BPS Kota Batam (demo)"},
        )
    stdout.write(f"Survei: {dibuat} respons demo dibuat; formulir publik di /s/<kode satker>/")
