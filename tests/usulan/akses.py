"""URL × role table of the proposal and the documents. The period's pages are the
Kanwil's (its administrators act, its auditor reads); a unit's documents follow its
assessment (everyone who reads the assessment)."""

from tests.akses import LUAR_A, Kasus, peta
from tests.factories import PenilaianFactory

KANWIL_X_BACA = ["superuser", "admin_x", "auditor_x"]
BUKAN_KANWIL_X = ["kepala_a", "operator_a", "operator_b", "evaluator_a", "admin_y"]
BACA = peta(ok=KANWIL_X_BACA, tidak_ada=BUKAN_KANWIL_X)
KELOLA = peta(ok=["superuser", "admin_x"], dilarang=["auditor_x"], tidak_ada=BUKAN_KANWIL_X)
UNIT_A = ["superuser", "admin_x", "auditor_x", "kepala_a", "operator_a", "evaluator_a"]


def _pen(c):
    if not hasattr(c, "_penilaian_usulan"):
        c._penilaian_usulan = PenilaianFactory(satker=c.satker_a)
    return c._penilaian_usulan


def _periode(akhir=""):
    def url(c):
        _pen(c)
        return f"/usulan/kanwil-x/2026/{akhir}"

    return url


def _dengan_usulan(c):
    from usulan.models import Usulan

    Usulan.objects.create(
        periode=_pen(c).periode,
        penandatangan_nama="Kepala",
        penandatangan_jabatan="Kepala Kantor Wilayah",
        dibuat_oleh=c.pengguna["admin_x"],
        diubah_oleh=c.pengguna["admin_x"],
    )
    return "/usulan/kanwil-x/2026/kirim/"


KASUS = [
    Kasus("usulan:periode", _periode(), BACA),
    Kasus(
        "usulan:simpan",
        _periode("simpan/"),
        KELOLA,
        metode="post",
        data=lambda c: {"penandatangan_nama": "Kepala", "penandatangan_jabatan": "Kepala"},
    ),
    Kasus("usulan:kirim", _dengan_usulan, KELOLA),
    Kasus("usulan:dokumen_periode", _periode("dokumen/layak.pdf"), BACA),
    Kasus("usulan:dokumen_periode", _periode("dokumen/sptjm.docx"), BACA),
    Kasus(
        "usulan:dokumen_penilaian",
        lambda c: f"/penilaian/{_pen(c).pk}/dokumen/laporan-kanwil.pdf",
        peta(ok=UNIT_A, tidak_ada=LUAR_A),
    ),
    Kasus(
        "usulan:dokumen_penilaian",
        lambda c: f"/penilaian/{_pen(c).pk}/dokumen/berita-acara-tpi.docx",
        peta(ok=UNIT_A, tidak_ada=LUAR_A),
    ),
]
