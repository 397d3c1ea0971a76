from tests.akses import LUAR_A, Kasus, peta
from tests.factories import PenilaianFactory

UNIT_A = ["superuser", "admin_x", "auditor_x", "kepala_a", "operator_a", "evaluator_a"]
KANWIL_X = ["superuser", "admin_x", "auditor_x"]
BUKAN_KANWIL_X = ["kepala_a", "operator_a", "operator_b", "evaluator_a", "admin_y"]
TIM_A = ["superuser", "admin_x", "kepala_a", "operator_a"]


def _penilaian_a(c):
    return PenilaianFactory(satker=c.satker_a)


def _kanwil(c):
    _penilaian_a(c)
    return "/dasbor/kanwil-x/2026/"


def _unit(akhir=""):
    def url(c):
        _penilaian_a(c)
        return f"/dasbor/kanwil-x/2026/satker-a/{akhir}"

    return url


KASUS = [
    # Everyone's own work list; it shows only what their scope holds.
    Kasus("dasbor:tugas", lambda c: "/dasbor/tugas/", peta(ok=UNIT_A + ["operator_b", "admin_y"])),
    Kasus(
        "dasbor:beranda",
        lambda c: "/dasbor/",
        peta(ok=[r for r in UNIT_A + ["operator_b", "admin_y"]]),
    ),
    Kasus(
        "dasbor:nasional",
        lambda c: "/dasbor/nasional/2026/",
        peta(ok=["superuser"], dilarang=[r for r in UNIT_A + LUAR_A if r != "superuser"]),
    ),
    Kasus("dasbor:kanwil", _kanwil, peta(ok=KANWIL_X, tidak_ada=BUKAN_KANWIL_X)),
    Kasus("dasbor:unit", _unit(), peta(ok=UNIT_A, tidak_ada=LUAR_A)),
    Kasus(
        "dasbor:prasyarat",
        _unit("prasyarat/"),
        peta(ok=TIM_A, dilarang=["auditor_x", "evaluator_a"], tidak_ada=LUAR_A),
    ),
    Kasus(
        "dasbor:prasyarat",
        _unit("prasyarat/"),
        peta(ok=TIM_A, dilarang=["auditor_x", "evaluator_a"], tidak_ada=LUAR_A),
        metode="post",
        data=lambda c: {"lhkpn_persen": "100", "nilai_sakip": "BB"},
    ),
]
