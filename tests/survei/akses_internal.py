"""The internal staff survey's URLs in the URL × role table: the staff form and its
kiosk page (public and kiosk rules), the unit's results, staff counts and code slips."""

from tests.akses import LUAR_A, PEMBACA_A, PENGELOLA_A, Kasus, peta
from tests.survei.akses import KIOSK_A, PUBLIK

KELOLA_A = peta(
    ok=PENGELOLA_A + ["kepala_a", "operator_a"],
    dilarang=["evaluator_a", "auditor_x"],
    tidak_ada=LUAR_A,
)
BACA_A = peta(ok=PENGELOLA_A + PEMBACA_A, tidak_ada=LUAR_A)


def _a(akhir):
    return lambda c: f"/survei/{c.satker_a.kode}/internal/{akhir}"


def _staf(c):
    from survei.internal.services import jumlah_pegawai_simpan

    jumlah_pegawai_simpan(satker=c.satker_a, tahun=2026, jumlah={"asn": 30, "honorer": 4})
    return {"jumlah": "2"}


KASUS = [
    Kasus("survei:pegawai", lambda c: "/s/satker-a/pegawai/", PUBLIK),
    Kasus("survei:pegawai", lambda c: "/s/satker-a/pegawai/", PUBLIK, metode="post"),
    Kasus("survei:pegawai_terima_kasih", lambda c: "/s/satker-a/pegawai/terima-kasih/", PUBLIK),
    Kasus("survei:kiosk_pegawai", lambda c: "/s/satker-a/kiosk/pegawai/", KIOSK_A),
    Kasus("survei:kiosk_pegawai", lambda c: "/s/satker-a/kiosk/pegawai/", KIOSK_A, "post"),
    Kasus("survei:internal", _a(""), BACA_A),
    Kasus("survei:internal_pegawai", _a("pegawai/"), KELOLA_A),
    Kasus(
        "survei:internal_pegawai",
        _a("pegawai/"),
        KELOLA_A,
        metode="post",
        data=lambda c: {"tahun": "2026", "asn": "12", "pppk": "0", "honorer": "3", "kontrak": "0"},
    ),
    Kasus("survei:internal_kode", _a("kode/"), KELOLA_A),
    Kasus("survei:internal_kode", _a("kode/"), KELOLA_A, metode="post", data=_staf),
    Kasus("survei:internal_kode_batal", _a("kode/batal/"), KELOLA_A, metode="post"),
]
