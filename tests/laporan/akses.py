"""URL × role table of the exports and the LKE import (issue 7).

Every case works on one draft assessment of satker A with evaluator A assigned to the
KANWIL layer: whoever may read the assessment may export it; another unit's operator
and another Kanwil's administrator get 404."""

from penilaian.models import Lapisan, PenugasanEvaluator
from tests.akses import LUAR_A, PEMBACA_A, PENGELOLA_A, Kasus, peta
from tests.factories import PenilaianFactory


def _pen(c):
    if not hasattr(c, "_penilaian_laporan"):
        c._penilaian_laporan = PenilaianFactory(satker=c.satker_a)
        PenugasanEvaluator.objects.create(
            penilaian=c._penilaian_laporan,
            lapisan=Lapisan.KANWIL,
            evaluator=c.pengguna["evaluator_a"],
        )
    return c._penilaian_laporan


def _p(akhir):
    return lambda c: f"/penilaian/{_pen(c).pk}/{akhir}"


BACA_A = peta(ok=PENGELOLA_A + PEMBACA_A, tidak_ada=LUAR_A)

IMPOR_A = peta(
    ok=["superuser", "kepala_a", "operator_a", "evaluator_a"],
    dilarang=["admin_x", "auditor_x"],
    tidak_ada=LUAR_A,
)

KASUS = [
    Kasus("laporan:lke_unduh", _p("unduh/lke.xlsx"), BACA_A),
    Kasus("laporan:lke_unduh_portal", _p("unduh/lke-portal.xlsx"), BACA_A),
    Kasus("laporan:lke_impor", _p("impor-lke/"), IMPOR_A),
    Kasus("laporan:paket_bukti_unduh", _p("unduh/bukti.zip"), BACA_A),
]
