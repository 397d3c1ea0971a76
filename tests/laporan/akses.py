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


def _pratinjau(c):
    """The preview of a workbook operator A uploaded: only they may open it."""
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile

    from laporan.lembar_lke import lke_buku
    from laporan.sumber import data_lke
    from laporan.unggahan_lke import unggahan_simpan

    if not hasattr(c, "_unggahan_lke"):
        data = io.BytesIO()
        lke_buku(data_lke(penilaian=_pen(c))).save(data)
        c._unggahan_lke = unggahan_simpan(
            penilaian=_pen(c),
            oleh=c.pengguna["operator_a"],
            berkas=SimpleUploadedFile("lke.xlsx", data.getvalue()),
        )
    return f"/penilaian/{_pen(c).pk}/impor-lke/{c._unggahan_lke.token}/"


BACA_A = peta(ok=PENGELOLA_A + PEMBACA_A, tidak_ada=LUAR_A)

IMPOR_A = peta(
    ok=["superuser", "kepala_a", "operator_a", "evaluator_a"],
    dilarang=["admin_x", "auditor_x"],
    tidak_ada=LUAR_A,
)

PRATINJAU_A = peta(
    ok=["operator_a"],
    dilarang=["admin_x", "auditor_x"],
    tidak_ada=[*LUAR_A, "superuser", "kepala_a", "evaluator_a"],
)

KASUS = [
    Kasus("laporan:lke_unduh", _p("unduh/lke.xlsx"), BACA_A),
    Kasus("laporan:lke_unduh_portal", _p("unduh/lke-portal.xlsx"), BACA_A),
    Kasus("laporan:lke_impor", _p("impor-lke/"), IMPOR_A),
    Kasus("laporan:paket_bukti_buat", _p("paket-bukti/"), BACA_A, metode="post"),
    Kasus("laporan:lke_impor_pratinjau", _pratinjau, PRATINJAU_A),
]
