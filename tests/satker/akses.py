from tests.akses import (
    ADMIN,
    BUKAN_ADMIN,
    LUAR_A,
    PEMBACA_A,
    PENGELOLA_A,
    SEMUA_BERPERAN,
    Kasus,
    peta,
)


def _a(nama):
    return lambda c: f"/satker/{c.satker_a.kode}/{nama}"


def _op_a(akhir):
    return lambda c: f"/pengguna/{c.pengguna['operator_a'].pk}/{akhir}"


def _peran_op_a(c):
    operator = c.pengguna["operator_a"]
    return f"/pengguna/{operator.pk}/peran/{operator.peran.first().pk}/cabut/"


KELOLA_A = peta(ok=PENGELOLA_A, dilarang=PEMBACA_A, tidak_ada=LUAR_A)
ADMIN_SAJA = peta(ok=ADMIN, dilarang=BUKAN_ADMIN)
KELOLA_PENGGUNA_A = peta(ok=PENGELOLA_A, dilarang=BUKAN_ADMIN, tidak_ada=["admin_y"])
# The Kanwil's own page: its administrators; its auditor reads the Kanwil but may not edit.
KELOLA_KANWIL_X = peta(
    ok=PENGELOLA_A,
    dilarang=["auditor_x"],
    tidak_ada=["kepala_a", "operator_a", "operator_b", "evaluator_a", "admin_y"],
)


def _kop_x(c):
    return f"/satker/{c.kanwil_x.kode}/kop-surat/"


def _data_kop(c):
    return {
        "instansi": "KEMENTERIAN",
        "nama_kantor": "KANWIL X",
        "alamat": "Jalan 1",
        "kota": "Kota X",
        "jabatan_kepala": "Kepala Kantor Wilayah",
        "nama_kepala": "Kepala X",
    }


KASUS = [
    Kasus("beranda", lambda c: "/", peta(ok=SEMUA_BERPERAN)),
    Kasus("healthz", lambda c: "/healthz", peta(ok=SEMUA_BERPERAN + ["anon"], login=())),
    Kasus("satker:daftar", lambda c: "/satker/", peta(ok=SEMUA_BERPERAN)),
    Kasus("satker:baru", lambda c: "/satker/baru/", ADMIN_SAJA),
    Kasus("satker:impor", lambda c: "/satker/impor/", ADMIN_SAJA),
    Kasus(
        "satker:detail",
        _a(""),
        peta(ok=PENGELOLA_A + PEMBACA_A, tidak_ada=LUAR_A),
    ),
    Kasus("satker:ubah", _a("ubah/"), KELOLA_A),
    Kasus("satker:nonaktifkan", _a("nonaktifkan/"), KELOLA_A, metode="post"),
    Kasus("satker:aktifkan", _a("aktifkan/"), KELOLA_A, metode="post"),
    Kasus("satker:pindah", _a("pindah/"), KELOLA_A),
    Kasus("satker:status_zi", _a("status-zi/"), KELOLA_A),
    Kasus("satker:predikat", _a("predikat/"), KELOLA_A),
    Kasus("satker:kop_surat", _kop_x, KELOLA_KANWIL_X),
    Kasus("satker:kop_surat", _kop_x, KELOLA_KANWIL_X, metode="post", data=_data_kop),
    Kasus("satker:pengguna_daftar", lambda c: "/pengguna/", ADMIN_SAJA),
    Kasus("satker:pengguna_baru", lambda c: "/pengguna/baru/", ADMIN_SAJA),
    Kasus("satker:pengguna_detail", _op_a(""), KELOLA_PENGGUNA_A),
    Kasus("satker:pengguna_atur_aktif", _op_a("aktif/0/"), KELOLA_PENGGUNA_A, metode="post"),
    Kasus("satker:peran_beri", _op_a("peran/"), KELOLA_PENGGUNA_A, metode="post"),
    Kasus("satker:peran_cabut", _peran_op_a, KELOLA_PENGGUNA_A, metode="post"),
]
