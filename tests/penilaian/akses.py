from tests.akses import ADMIN, BUKAN_ADMIN, Kasus, peta

KODE = "permenpan-rb-90-2021"
ADMIN_SAJA = peta(ok=ADMIN, dilarang=BUKAN_ADMIN)
ADMIN_NASIONAL = peta(ok=["superuser"], dilarang=["admin_x", "admin_y", *BUKAN_ADMIN])

KASUS = [
    Kasus("penilaian:instrumen_daftar", lambda c: "/instrumen/", ADMIN_SAJA),
    Kasus("penilaian:instrumen_detail", lambda c: f"/instrumen/{KODE}/", ADMIN_SAJA),
    Kasus(
        "penilaian:pertanyaan_detail",
        lambda c: f"/instrumen/{KODE}/pertanyaan/A.II.5.ii.a/",
        ADMIN_SAJA,
    ),
    Kasus(
        "penilaian:instrumen_pengaturan", lambda c: f"/instrumen/{KODE}/pengaturan/", ADMIN_NASIONAL
    ),
    Kasus(
        "penilaian:instrumen_pengaturan",
        lambda c: f"/instrumen/{KODE}/pengaturan/",
        ADMIN_NASIONAL,
        metode="post",
        data=lambda c: {
            "nilai_abcd": "desimal",
            "rumus_pengaduan": "selesai_per_wajib",
            "minimum_area": "per_area",
            "aktif": "on",
        },
    ),
]
