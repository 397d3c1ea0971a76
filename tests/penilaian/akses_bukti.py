"""URL x role table of the evidence pages (read by tests/test_akses_url.py)."""

from django.core.files.uploadedfile import SimpleUploadedFile

from penilaian.models import Penilaian, Pertanyaan
from tests.akses import LUAR_A, PEMBACA_A, PENGELOLA_A, Kasus, peta
from tests.factories import PenilaianFactory
from tests.penilaian.bukti_contoh import KODE, pdf

BACA_A = peta(ok=PENGELOLA_A + PEMBACA_A, tidak_ada=LUAR_A)
ISI_A = peta(
    ok=["kepala_a", "operator_a"],
    dilarang=["superuser", "admin_x", "evaluator_a", "auditor_x"],
    tidak_ada=LUAR_A,
)
KANWIL_X = peta(
    ok=PENGELOLA_A,
    dilarang=["auditor_x"],
    tidak_ada=["kepala_a", "operator_a", "evaluator_a", *LUAR_A],
)


def _penilaian(c) -> Penilaian:
    return Penilaian.objects.filter(satker=c.satker_a).first() or PenilaianFactory(
        satker=c.satker_a
    )


def _bukti(c):
    from penilaian.services.bukti import bukti_unggah

    penilaian = _penilaian(c)
    [bukti] = bukti_unggah(
        penilaian=penilaian,
        pertanyaan=Pertanyaan.objects.get(versi=penilaian.periode.versi, kode=KODE),
        berkas=[SimpleUploadedFile("sk.pdf", pdf())],
        oleh=c.pengguna["operator_a"],
    )
    return penilaian, bukti


def _p(akhir=""):
    return lambda c: f"/penilaian/{_penilaian(c).pk}/bukti/{akhir}"


def _item(aksi):
    def url(c):
        penilaian, bukti = _bukti(c)
        return f"/penilaian/{penilaian.pk}/bukti/p/{KODE}/{bukti.pk}/{aksi}/"

    return url


def _unduh(c):
    penilaian, bukti = _bukti(c)
    return f"/penilaian/{penilaian.pk}/bukti/unduh/{bukti.versi.get().pk}/"


def _pratinjau(c):
    return _unduh(c).replace("/unduh/", "/pratinjau/")


def _bersama(c):
    return f"/penilaian/periode/{_penilaian(c).periode_id}/bukti-bersama/"


def _item_bersama(aksi):
    def url(c):
        from penilaian.services.bukti import bukti_bersama_unggah

        penilaian = _penilaian(c)
        hasil = bukti_bersama_unggah(
            periode=penilaian.periode,
            pertanyaan=Pertanyaan.objects.get(versi=penilaian.periode.versi, kode=KODE),
            berkas=SimpleUploadedFile("sk-kanwil.pdf", pdf()),
            judul="",
            penilaian_ids=[penilaian.pk],
            oleh=c.pengguna["admin_x"],
        )
        return f"{_bersama(c)}{hasil.bukti.pk}/{aksi}/"

    return url


KASUS = [
    Kasus("penilaian:bukti_daftar", _p(), BACA_A),
    Kasus("penilaian:bukti_pertanyaan", _p(f"p/{KODE}/"), BACA_A),
    Kasus("penilaian:bukti_unggah", _p(f"p/{KODE}/unggah/"), ISI_A, metode="post"),
    Kasus("penilaian:bukti_tautan", _p(f"p/{KODE}/tautan/"), ISI_A, metode="post"),
    Kasus("penilaian:bukti_ganti", _item("ganti"), ISI_A, metode="post"),
    Kasus("penilaian:bukti_hapus", _item("hapus"), ISI_A, metode="post"),
    Kasus("penilaian:bukti_unduh", _unduh, BACA_A),
    Kasus("penilaian:bukti_pratinjau", _pratinjau, BACA_A),
    Kasus("penilaian:bukti_bawa", _p("bawa/"), ISI_A, metode="post"),
    Kasus("penilaian:bukti_bersama", _bersama, KANWIL_X),
    Kasus("penilaian:bukti_bersama", _bersama, KANWIL_X, metode="post"),
    Kasus("penilaian:bukti_bersama_tautkan", _item_bersama("tautkan"), KANWIL_X, metode="post"),
    Kasus("penilaian:bukti_bersama_tarik", _item_bersama("tarik"), KANWIL_X, metode="post"),
]
