from pemberitahuan.models import Jenis
from pemberitahuan.services import pemberitahuan_kirim
from tests.akses import SEMUA_BERPERAN, Kasus, peta


def _milik_kepala_a(c):
    notice = pemberitahuan_kirim(
        jenis=Jenis.DIAJUKAN, penerima=[c.pengguna["kepala_a"]], judul="uji", tautan="/"
    )[0]
    return f"/pemberitahuan/{notice.pk}/baca/"


KASUS = [
    Kasus("pemberitahuan:daftar", lambda c: "/pemberitahuan/", peta(ok=SEMUA_BERPERAN)),
    Kasus(
        "pemberitahuan:pengaturan", lambda c: "/pemberitahuan/pengaturan/", peta(ok=SEMUA_BERPERAN)
    ),
    Kasus(
        "pemberitahuan:baca_semua",
        lambda c: "/pemberitahuan/baca-semua/",
        peta(ok=SEMUA_BERPERAN),
        metode="post",
    ),
    # Only the recipient opens a notice; for everyone else it does not exist.
    Kasus(
        "pemberitahuan:baca",
        _milik_kepala_a,
        peta(ok=["kepala_a"], tidak_ada=[r for r in SEMUA_BERPERAN if r != "kepala_a"]),
        metode="post",
    ),
]
