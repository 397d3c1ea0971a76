"""URL × role table of periods, the worksheet, review, workflow moves and the trail.

Every case works on one draft assessment of satker A with evaluator A assigned to the
KANWIL layer; a move that the status does not allow still answers 302 with a message,
so the table checks who may call it, not the workflow (tests/penilaian/test_alur.py)."""

from penilaian.models import Lapisan, PenugasanEvaluator
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
from tests.factories import PenilaianFactory


def _pen(c):
    if not hasattr(c, "_penilaian"):
        c._penilaian = PenilaianFactory(satker=c.satker_a)
        PenugasanEvaluator.objects.create(
            penilaian=c._penilaian, lapisan=Lapisan.KANWIL, evaluator=c.pengguna["evaluator_a"]
        )
    return c._penilaian


def _final(c):
    """The same draft moved to Final (its administrator may reopen it from the summary)."""
    penilaian = _pen(c)
    penilaian.status = penilaian.Status.FINAL
    penilaian.save(update_fields=["status"])
    return f"/penilaian/{penilaian.pk}/"


def _p(akhir=""):
    return lambda c: f"/penilaian/{_pen(c).pk}/{akhir}"


def _periode(akhir=""):
    return lambda c: f"/penilaian/periode/{_pen(c).periode_id}/{akhir}"


def _cabut(c):
    penugasan = _pen(c).penugasan.get()
    return f"/penilaian/{_pen(c).pk}/penugasan/{penugasan.pk}/cabut/"


BACA_A = peta(ok=PENGELOLA_A + PEMBACA_A, tidak_ada=LUAR_A)
KELOLA_A = peta(ok=PENGELOLA_A, dilarang=PEMBACA_A, tidak_ada=LUAR_A)
ISI_A = peta(
    ok=["kepala_a", "operator_a"],
    dilarang=["superuser", "admin_x", "evaluator_a", "auditor_x"],
    tidak_ada=LUAR_A,
)
KEPALA_A = peta(
    ok=["kepala_a"],
    dilarang=["superuser", "admin_x", "operator_a", "evaluator_a", "auditor_x"],
    tidak_ada=LUAR_A,
)
NILAI_A = peta(
    ok=["superuser", "evaluator_a"],
    dilarang=["admin_x", "kepala_a", "operator_a", "auditor_x"],
    tidak_ada=LUAR_A,
)
DISKUSI_A = peta(
    ok=PENGELOLA_A + ["kepala_a", "operator_a", "evaluator_a"],
    dilarang=["auditor_x"],
    tidak_ada=LUAR_A,
)
AUDIT_A = peta(
    ok=PENGELOLA_A + ["auditor_x"],
    dilarang=["kepala_a", "operator_a", "evaluator_a"],
    tidak_ada=LUAR_A,
)
R = "reviu/kanwil/"

KASUS = [
    Kasus("penilaian:daftar", lambda c: "/penilaian/", peta(ok=SEMUA_BERPERAN)),
    Kasus(
        "penilaian:periode_baru",
        lambda c: "/penilaian/periode/baru/",
        peta(ok=ADMIN, dilarang=BUKAN_ADMIN),
    ),
    Kasus("penilaian:periode_detail", _periode(), BACA_A),
    Kasus("penilaian:periode_tambah_satker", _periode("tambah/"), KELOLA_A),
    Kasus("penilaian:periode_jadwal", _periode("jadwal/"), KELOLA_A),
    Kasus("penilaian:periode_penugasan_massal", _periode("penugasan/"), KELOLA_A, metode="post"),
    Kasus("penilaian:detail", _p(), BACA_A),
    Kasus("penilaian:detail", _final, BACA_A),  # the buttons of a Final assessment
    Kasus("penilaian:lembar", _p("lke/1/"), BACA_A),
    Kasus(
        "penilaian:jawaban_simpan",
        _p("jawaban/A.I.1.i.a/"),
        ISI_A,
        metode="post",
        data=lambda c: {"nilai": "Ya", "narasi": "SK ada"},
    ),
    Kasus(
        "penilaian:komentar_tambah",
        _p("komentar/A.I.1.i.a/"),
        DISKUSI_A,
        metode="post",
        data=lambda c: {"teks": "Mohon dicek"},
    ),
    Kasus("penilaian:ajukan", _p("ajukan/"), KEPALA_A, metode="post"),
    Kasus("penilaian:reviu", _p(R + "lke/1/"), NILAI_A),
    Kasus("penilaian:reviu_semua", _p(R + "?saring=berbeda"), NILAI_A),
    Kasus(
        "penilaian:reviu_simpan",
        _p(R + "jawaban/A.I.1.i.a/"),
        NILAI_A,
        metode="post",
        data=lambda c: {"nilai": "Ya"},
    ),
    Kasus(
        "penilaian:catatan_area_simpan",
        _p(R + "catatan/1/"),
        NILAI_A,
        metode="post",
        data=lambda c: {"catatan": "SK tim belum ada", "rekomendasi": "Tetapkan SK tim"},
    ),
    Kasus("penilaian:reviu_mulai", _p(R + "mulai/"), NILAI_A, metode="post"),
    Kasus("penilaian:kembalikan", _p(R + "kembalikan/"), NILAI_A, metode="post"),
    Kasus("penilaian:selesaikan", _p(R + "selesai/"), NILAI_A),
    Kasus("penilaian:selesaikan", _p(R + "selesai/"), NILAI_A, metode="post"),
    Kasus("penilaian:sama_pertanyaan", _p(R + "sama/A.I.1.i.a/"), NILAI_A, metode="post"),
    Kasus("penilaian:sama_subarea", _p(R + "sama-subarea/A.I.1.i/"), NILAI_A, metode="post"),
    Kasus(
        "penilaian:indeks_simpan",
        _p(R + "indeks/ipak/"),
        NILAI_A,
        metode="post",
        data=lambda c: {"nilai": "3.7", "sumber": "BPS", "dokumen": "Laporan BPS"},
    ),
    Kasus("penilaian:indeks_konfirmasi", _p(R + "indeks/ipak/konfirmasi/"), NILAI_A, "post"),
    Kasus("penilaian:indeks_hapus", _p(R + "indeks/ipak/hapus/"), NILAI_A, metode="post"),
    Kasus(
        "penilaian:penugasan_beri",
        _p("penugasan/"),
        KELOLA_A,
        metode="post",
        data=lambda c: {"lapisan": "tpi", "evaluator": c.pengguna["evaluator_a"].pk},
    ),
    Kasus("penilaian:penugasan_cabut", _cabut, KELOLA_A, metode="post"),
    Kasus("penilaian:buka_kembali", _p("buka-kembali/"), KELOLA_A),
    Kasus("penilaian:jejak", _p("jejak/"), AUDIT_A),
]
