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

PETUGAS_A = PENGELOLA_A + ["kepala_a", "operator_a"]
KELOLA_SURVEI_A = peta(ok=PETUGAS_A, dilarang=["evaluator_a", "auditor_x"], tidak_ada=LUAR_A)
BACA_A = peta(ok=PENGELOLA_A + PEMBACA_A, tidak_ada=LUAR_A)
# Questionnaires are national: only superusers and national administrators.
ADMIN_NASIONAL = peta(
    ok=["superuser"], dilarang=[r for r in ADMIN + BUKAN_ADMIN if r != "superuser"]
)


def _a(akhir):
    return lambda c: f"/survei/{c.satker_a.kode}/{akhir}"


def _layanan(c):
    from survei.models import Layanan

    layanan, _ = Layanan.objects.get_or_create(satker=c.satker_a, nama="Kunjungan")
    return f"/survei/satker-a/layanan/{layanan.pk}/aktif/0/"


def _eksternal(lingkup):
    """A value of one scope to remove: the unit's own team removes the unit's values, the
    Kanwil administrators the evaluators' values; anyone else in scope gets 403."""

    def url(c):
        from survei.models import IndeksEksternal

        e, _ = IndeksEksternal.objects.get_or_create(
            satker=c.satker_a,
            tahun=2026,
            jenis="ipak",
            lingkup=lingkup,
            defaults={"nilai": 3, "sumber": "BPS", "dokumen": "Laporan"},
        )
        return f"/survei/satker-a/eksternal/{e.pk}/hapus/"

    return url


def _versi(akhir):
    def url(c):
        from survei.selectors import versi_terbit

        return f"/kuesioner/versi/{versi_terbit('spak').pk}/{akhir}"

    return url


def _kios(c):
    from survei.kios import kios_buka

    return f"/survei/satker-a/kios/{kios_buka(satker=c.satker_a, oleh=None).pk}/tutup/"


KASUS = [
    Kasus("survei:daftar", lambda c: "/survei/", peta(ok=SEMUA_BERPERAN)),
    Kasus("survei:hasil", _a(""), BACA_A),
    Kasus("survei:poster_png", _a("poster.png"), BACA_A),
    Kasus("survei:poster_pdf", _a("poster.pdf"), BACA_A),
    Kasus("survei:layanan", _a("layanan/"), KELOLA_SURVEI_A),
    Kasus("survei:layanan_aktif", _layanan, KELOLA_SURVEI_A, metode="post"),
    Kasus("survei:kode", _a("kode/"), KELOLA_SURVEI_A),
    Kasus("survei:pengaturan", _a("pengaturan/"), KELOLA_SURVEI_A, metode="post"),
    Kasus("survei:eksternal", _a("eksternal/"), KELOLA_SURVEI_A),
    Kasus(
        "survei:eksternal_hapus",
        _eksternal("unit"),
        peta(
            ok=["kepala_a", "operator_a"],
            dilarang=PENGELOLA_A + ["evaluator_a", "auditor_x"],
            tidak_ada=LUAR_A,
        ),
        metode="post",
    ),
    Kasus(
        "survei:eksternal_hapus",
        _eksternal("kanwil"),
        peta(
            ok=PENGELOLA_A,
            dilarang=["kepala_a", "operator_a", "evaluator_a", "auditor_x"],
            tidak_ada=LUAR_A,
        ),
        metode="post",
    ),
    Kasus("survei:kios_tutup", _kios, KELOLA_SURVEI_A, metode="post"),
    Kasus("survei:kuesioner", lambda c: "/kuesioner/", ADMIN_NASIONAL),
    Kasus("survei:versi_baru", lambda c: "/kuesioner/spak/versi-baru/", ADMIN_NASIONAL, "post"),
    Kasus("survei:versi", _versi(""), ADMIN_NASIONAL),
    Kasus("survei:versi_ubah", _versi("ubah/"), ADMIN_NASIONAL),
    Kasus("survei:versi_terbitkan", _versi("terbitkan/"), ADMIN_NASIONAL, "post"),
]
