"""Demo data: a Kanwil modelled on Kanwil Kemenkumham Kepulauan Riau with its 21
satker, a second small Kanwil to show scope, and an account for every role."""

from datetime import date

from django.db import transaction

from satker.models import (
    Instansi,
    KopSurat,
    Pengguna,
    Peran,
    RiwayatInduk,
    RiwayatPredikat,
    Satker,
    StatusZI,
)

DEMO_PASSWORD = "zi-demo-2026"  # noqa: S105 - documented demo password, DEBUG only

J = Satker.Jenis
KANWIL_KEPRI = (
    "kanwil-kepri",
    "Kantor Wilayah Kemenkumham Kepulauan Riau",
    "Jl. D.I. Panjaitan No. 4, Tanjungpinang",
)
KANWIL_RIAU = ("kanwil-riau", "Kantor Wilayah Kemenkumham Riau", "Jl. Jend. Sudirman, Pekanbaru")

SATKER_KEPRI = [
    ("kanim-tpi", "Kantor Imigrasi Kelas I TPI Tanjungpinang", J.KANIM),
    ("kanim-batam", "Kantor Imigrasi Kelas I Khusus TPI Batam", J.KANIM),
    ("kanim-tanjunguban", "Kantor Imigrasi Kelas II TPI Tanjung Uban", J.KANIM),
    ("kanim-karimun", "Kantor Imigrasi Kelas II TPI Tanjung Balai Karimun", J.KANIM),
    ("kanim-ranai", "Kantor Imigrasi Kelas II Non TPI Ranai", J.KANIM),
    ("kanim-dabo", "Kantor Imigrasi Kelas III Non TPI Dabo Singkep", J.KANIM),
    ("rudenim-tpi", "Rumah Detensi Imigrasi Pusat Tanjungpinang", J.RUDENIM),
    ("lapas-batam", "Lembaga Pemasyarakatan Kelas IIA Batam", J.LAPAS),
    ("lapas-tpi", "Lembaga Pemasyarakatan Kelas IIA Tanjungpinang", J.LAPAS),
    ("lapas-narkotika-tpi", "Lembaga Pemasyarakatan Narkotika Kelas IIA Tanjungpinang", J.LAPAS),
    ("lapas-karimun", "Lembaga Pemasyarakatan Kelas IIB Tanjung Balai Karimun", J.LAPAS),
    ("lapas-perempuan-batam", "Lembaga Pemasyarakatan Perempuan Kelas IIB Batam", J.LAPAS),
    ("rutan-tpi", "Rumah Tahanan Negara Kelas I Tanjungpinang", J.RUTAN),
    ("rutan-batam", "Rumah Tahanan Negara Kelas IIA Batam", J.RUTAN),
    ("rutan-dabo", "Rumah Tahanan Negara Kelas IIB Dabo Singkep", J.RUTAN),
    ("rutan-ranai", "Rumah Tahanan Negara Kelas IIB Ranai", J.RUTAN),
    ("lpka-batam", "Lembaga Pembinaan Khusus Anak Kelas II Batam", J.LPKA),
    ("bapas-tpi", "Balai Pemasyarakatan Kelas II Tanjungpinang", J.BAPAS),
    ("bapas-batam", "Balai Pemasyarakatan Kelas II Batam", J.BAPAS),
    ("rupbasan-tpi", "Rumah Penyimpanan Benda Sitaan Negara Kelas I Tanjungpinang", J.RUPBASAN),
    ("rupbasan-batam", "Rumah Penyimpanan Benda Sitaan Negara Kelas II Batam", J.RUPBASAN),
]
SATKER_RIAU = [
    ("kanim-pekanbaru", "Kantor Imigrasi Kelas I TPI Pekanbaru", J.KANIM),
    ("lapas-pekanbaru", "Lembaga Pemasyarakatan Kelas IIA Pekanbaru", J.LAPAS),
]
WBK_2019 = ["rutan-tpi", "kanim-batam"]

# (username, full name, [(role, satker code or None for national)])
AKUN = [
    ("admin.nasional", "Admin Nasional", [(Peran.Jenis.ADMIN_NASIONAL, None)]),
    ("admin.kepri", "Admin Kanwil Kepri", [(Peran.Jenis.ADMIN_KANWIL, "kanwil-kepri")]),
    ("kepala.rutan", "Kepala Rutan Tanjungpinang", [(Peran.Jenis.KEPALA, "rutan-tpi")]),
    ("operator.rutan", "Operator ZI Rutan Tanjungpinang", [(Peran.Jenis.OPERATOR, "rutan-tpi")]),
    ("kepala.kanim", "Kepala Kanim Batam", [(Peran.Jenis.KEPALA, "kanim-batam")]),
    ("operator.kanim", "Operator ZI Kanim Batam", [(Peran.Jenis.OPERATOR, "kanim-batam")]),
    (
        "evaluator.kepri",
        "Evaluator Kanwil Kepri",
        [(Peran.Jenis.EVALUATOR, "rutan-tpi"), (Peran.Jenis.EVALUATOR, "kanim-batam")],
    ),
    ("auditor.kepri", "Auditor Itjen", [(Peran.Jenis.AUDITOR, "kanwil-kepri")]),
    ("admin.riau", "Admin Kanwil Riau", [(Peran.Jenis.ADMIN_KANWIL, "kanwil-riau")]),
]


def _satker(kode, nama, jenis, instansi, induk=None, alamat=""):
    satker, dibuat = Satker.objects.update_or_create(
        kode=kode,
        defaults={
            "nama": nama,
            "jenis": jenis,
            "instansi": instansi,
            "induk": induk,
            "alamat": alamat,
            "aktif": True,
        },
    )
    if induk is not None and not satker.riwayat_induk.exists():
        RiwayatInduk.objects.create(satker=satker, induk=induk, mulai=date(2019, 1, 2))
    return satker


@transaction.atomic
def muat(stdout) -> None:
    instansi, _ = Instansi.objects.update_or_create(
        kode="kemenkumham", defaults={"nama": "Kementerian Hukum dan HAM (demo)"}
    )
    kepri = _satker(KANWIL_KEPRI[0], KANWIL_KEPRI[1], J.KANWIL, instansi, alamat=KANWIL_KEPRI[2])
    riau = _satker(KANWIL_RIAU[0], KANWIL_RIAU[1], J.KANWIL, instansi, alamat=KANWIL_RIAU[2])
    for kode, nama, jenis in SATKER_KEPRI:
        _satker(kode, nama, jenis, instansi, induk=kepri)
    for kode, nama, jenis in SATKER_RIAU:
        _satker(kode, nama, jenis, instansi, induk=riau)
    for kode in WBK_2019:
        satker = Satker.objects.get(kode=kode)
        RiwayatPredikat.objects.get_or_create(
            satker=satker,
            predikat="WBK",
            tahun=2019,
            defaults={"nomor_sk": "SK MenPANRB 2019 (demo)", "tanggal_sk": date(2019, 12, 10)},
        )
    for satker in Satker.objects.filter(induk__in=[kepri, riau]):
        StatusZI.objects.get_or_create(
            satker=satker,
            tahun=2026,
            defaults={
                "tanggal_pencanangan": date(2024, 1, 15),
                "target_predikat": "WBBM" if satker.kode in WBK_2019 else "WBK",
            },
        )
    _kop_kepri(kepri)
    _akun(instansi)
    stdout.write(f"Satker: {Satker.objects.count()} (Kanwil Kepri: {kepri.anak.count()} satker)")


def _kop_kepri(kepri) -> None:
    """The demo Kanwil's letterhead (fictional head and contacts), for its documents."""
    KopSurat.objects.get_or_create(
        kanwil=kepri,
        defaults={
            "instansi": "KEMENTERIAN HUKUM DAN HAK ASASI MANUSIA REPUBLIK INDONESIA",
            "nama_kantor": "KANTOR WILAYAH KEPULAUAN RIAU",
            "alamat": "Jalan D.I. Panjaitan Nomor 4, Tanjungpinang 29124",
            "telepon": "(0771) 000000 (demo)",
            "email": "kanwil.kepri@demo.zi.local",
            "laman": "kepri.demo.zi.local",
            "kota": "Tanjungpinang",
            "jabatan_kepala": "Kepala Kantor Wilayah",
            "nama_kepala": "Hendra Wijaya (demo)",
            "nip_kepala": "197001011990031001",
            "nama_tpi": "Inspektorat Jenderal Kementerian Hukum dan HAM",
        },
    )


def _akun(instansi) -> None:
    superuser, _ = Pengguna.objects.get_or_create(
        username="superadmin",
        defaults={
            "email": "superadmin@demo.zi.local",
            "first_name": "Super Admin",
            "is_staff": True,
            "is_superuser": True,
        },
    )
    superuser.set_password(DEMO_PASSWORD)
    superuser.save()
    for username, nama, peran in AKUN:
        pengguna, _ = Pengguna.objects.get_or_create(
            username=username,
            defaults={"email": f"{username}@demo.zi.local", "first_name": nama},
        )
        pengguna.set_password(DEMO_PASSWORD)
        pengguna.save()
        for jenis, kode in peran:
            if kode is None:
                Peran.objects.get_or_create(pengguna=pengguna, jenis=jenis, instansi=instansi)
            else:
                satker = Satker.objects.get(kode=kode)
                Peran.objects.get_or_create(pengguna=pengguna, jenis=jenis, satker=satker)


def daftar_akun() -> list[tuple[str, str]]:
    return [("superadmin", "Superuser")] + [(u, n) for u, n, _ in AKUN]
