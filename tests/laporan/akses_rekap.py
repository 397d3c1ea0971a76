"""URL × role table of the recap, survey data and export job pages."""

from laporan.models import PekerjaanEkspor
from laporan.pekerjaan import pekerjaan_buat
from tests.akses import LUAR_A, Kasus, peta
from tests.antrean.bantu import jalankan_pekerja
from tests.factories import PeriodeFactory

UNIT_A = ["superuser", "admin_x", "auditor_x", "kepala_a", "operator_a", "evaluator_a"]
KANWIL_X = ["superuser", "admin_x", "auditor_x"]
BUKAN_KANWIL_X = ["kepala_a", "operator_a", "operator_b", "evaluator_a", "admin_y"]
BERPERAN_SELAIN_SUPER = [*UNIT_A[1:], *LUAR_A]


def _rekap(akhir=""):
    def url(c):
        PeriodeFactory(kanwil=c.kanwil_x)
        return f"/laporan/rekap/kanwil-x/2026/{akhir}"

    return url


def _nasional(akhir=""):
    def url(c):
        PeriodeFactory(kanwil=c.kanwil_x)
        return f"/laporan/rekap-nasional/2026/{akhir}"

    return url


def _survei(kode, akhir=""):
    return lambda c: f"/laporan/survei/{kode}/2026/{akhir}"


def _pekerjaan(akhir=""):
    def url(c):
        p = pekerjaan_buat(
            oleh=c.pengguna["admin_x"],
            jenis=PekerjaanEkspor.Jenis.SURVEI,
            judul="Data survei",
            parameter={"kode": "satker-a", "tahun": 2026},
            nama_berkas="survei.xlsx",
        )
        jalankan_pekerja()  # the queue builds the file; then its owner may download it
        return f"/laporan/ekspor/{p.pk}/{akhir}"

    return url


KASUS = [
    Kasus("laporan:rekap_kanwil", _rekap(), peta(ok=KANWIL_X, tidak_ada=BUKAN_KANWIL_X)),
    Kasus(
        "laporan:rekap_kanwil_unduh", _rekap("unduh/"), peta(ok=KANWIL_X, tidak_ada=BUKAN_KANWIL_X)
    ),
    Kasus(
        "laporan:rekap_kanwil_latar",
        _rekap("latar/"),
        peta(ok=KANWIL_X, tidak_ada=BUKAN_KANWIL_X),
        metode="post",
    ),
    Kasus(
        "laporan:rekap_nasional",
        _nasional(),
        peta(ok=["superuser"], dilarang=BERPERAN_SELAIN_SUPER),
    ),
    Kasus(
        "laporan:rekap_nasional_latar",
        _nasional("latar/"),
        peta(ok=["superuser"], dilarang=BERPERAN_SELAIN_SUPER),
        metode="post",
        data=lambda c: {"kanwil": ["kanwil-x"]},
    ),
    Kasus("laporan:survei_data", _survei("satker-a"), peta(ok=UNIT_A, tidak_ada=LUAR_A)),
    Kasus("laporan:survei_data", _survei("kanwil-x"), peta(ok=KANWIL_X, tidak_ada=BUKAN_KANWIL_X)),
    Kasus(
        "laporan:survei_data_unduh",
        _survei("satker-a", "unduh/"),
        peta(ok=UNIT_A, tidak_ada=LUAR_A),
    ),
    Kasus(
        "laporan:survei_data_unduh",
        _survei("kanwil-x", "unduh/"),
        peta(ok=KANWIL_X, tidak_ada=BUKAN_KANWIL_X),
    ),
    Kasus(
        "laporan:survei_data_latar",
        _survei("satker-a", "latar/"),
        peta(ok=UNIT_A, tidak_ada=LUAR_A),
        metode="post",
    ),
    Kasus(
        "laporan:survei_data_latar",
        _survei("kanwil-x", "latar/"),
        peta(ok=KANWIL_X, tidak_ada=BUKAN_KANWIL_X),
        metode="post",
    ),
    Kasus("laporan:pekerjaan_daftar", lambda c: "/laporan/ekspor/", peta(ok=UNIT_A + LUAR_A)),
    Kasus(
        "laporan:pekerjaan",
        _pekerjaan(),
        peta(
            ok=["superuser", "admin_x"],
            tidak_ada=[r for r in BERPERAN_SELAIN_SUPER if r != "admin_x"],
        ),
    ),
    Kasus(
        "laporan:pekerjaan_unduh",
        _pekerjaan("unduh/"),
        peta(
            ok=["superuser", "admin_x"],
            tidak_ada=[r for r in BERPERAN_SELAIN_SUPER if r != "admin_x"],
        ),
    ),
]
