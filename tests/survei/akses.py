from tests.akses import LUAR_A, PENGELOLA_A, Kasus, peta

SEMUA = ["superuser", "admin_x", "kepala_a", "operator_a", "operator_b"]
SEMUA += ["evaluator_a", "auditor_x", "admin_y", "anon"]
PUBLIK = peta(ok=SEMUA, login=())
PETUGAS_A = PENGELOLA_A + ["kepala_a", "operator_a"]
KIOSK_A = peta(ok=PETUGAS_A, dilarang=["evaluator_a", "auditor_x"], tidak_ada=LUAR_A)

KASUS = [
    Kasus("survei:publik", lambda c: "/s/satker-a/", PUBLIK),
    Kasus("survei:isi", lambda c: "/s/satker-a/spkp/", PUBLIK),
    Kasus("survei:isi", lambda c: "/s/satker-a/spkp/", PUBLIK, metode="post"),
    Kasus("survei:terima_kasih", lambda c: "/s/satker-a/terima-kasih/", PUBLIK),
    Kasus("survei:kiosk", lambda c: "/s/satker-a/kiosk/", KIOSK_A),
    Kasus("survei:kiosk_isi", lambda c: "/s/satker-a/kiosk/skm/", KIOSK_A),
    Kasus("survei:kiosk_terima_kasih", lambda c: "/s/satker-a/kiosk/terima-kasih/", KIOSK_A),
    Kasus("survei:kiosk_kunci", lambda c: "/s/satker-a/kiosk/kunci/", KIOSK_A, metode="post"),
    Kasus("survei:kembali", lambda c: "/s/satker-a/spkp/kembali/", PUBLIK, metode="post"),
    Kasus(
        "survei:kiosk_kembali", lambda c: "/s/satker-a/kiosk/skm/kembali/", KIOSK_A, metode="post"
    ),
]
