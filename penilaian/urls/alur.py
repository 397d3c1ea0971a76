"""URLs of periods, the worksheet, review, workflow moves and the audit trail,
included from penilaian/urls/__init__.py (names in the `penilaian` namespace)."""

from django.urls import path

from penilaian.views import evaluator, lembar, periode, reviu, ringkasan

P = "penilaian/<int:pk>/"
R = P + "reviu/<str:lapisan>/"

urlpatterns = [
    path("penilaian/", periode.daftar, name="daftar"),
    path("penilaian/periode/baru/", periode.periode_baru, name="periode_baru"),
    path("penilaian/periode/<int:pk>/", periode.periode_detail, name="periode_detail"),
    path("penilaian/periode/<int:pk>/jadwal/", periode.periode_jadwal, name="periode_jadwal"),
    path(
        "penilaian/periode/<int:pk>/tambah/",
        periode.periode_tambah_satker,
        name="periode_tambah_satker",
    ),
    path(
        "penilaian/periode/<int:pk>/penugasan/",
        periode.periode_penugasan_massal,
        name="periode_penugasan_massal",
    ),
    path(P, ringkasan.detail, name="detail"),
    path(P + "lke/<str:area>/", lembar.lembar, name="lembar"),
    path(P + "jawaban/<str:kode>/", lembar.jawaban_simpan, name="jawaban_simpan"),
    path(P + "komentar/<str:kode>/", lembar.komentar_tambah, name="komentar_tambah"),
    path(P + "ajukan/", lembar.ajukan, name="ajukan"),
    path(R + "mulai/", reviu.reviu_mulai, name="reviu_mulai"),
    path(R + "kembalikan/", reviu.kembalikan, name="kembalikan"),
    path(R + "selesai/", evaluator.selesaikan, name="selesaikan"),
    path(R + "sama/<str:kode>/", evaluator.sama_pertanyaan, name="sama_pertanyaan"),
    path(R + "sama-subarea/<str:kode>/", evaluator.sama_subarea, name="sama_subarea"),
    path(R + "indeks/<str:jenis>/", evaluator.indeks_simpan, name="indeks_simpan"),
    path(
        R + "indeks/<str:jenis>/konfirmasi/",
        evaluator.indeks_konfirmasi,
        name="indeks_konfirmasi",
    ),
    path(R + "indeks/<str:jenis>/hapus/", evaluator.indeks_hapus, name="indeks_hapus"),
    path(R + "jawaban/<str:kode>/", reviu.reviu_simpan, name="reviu_simpan"),
    path(R + "lke/<str:area>/", reviu.reviu, name="reviu"),
    path(R, reviu.reviu, name="reviu_semua"),  # every area, or ?area=; with ?saring=
    path(R + "catatan/<str:area>/", reviu.catatan_area_simpan, name="catatan_area_simpan"),
    path(P + "penugasan/", ringkasan.penugasan_beri, name="penugasan_beri"),
    path(
        P + "penugasan/<int:penugasan_pk>/cabut/",
        ringkasan.penugasan_cabut,
        name="penugasan_cabut",
    ),
    path(P + "buka-kembali/", ringkasan.buka_kembali, name="buka_kembali"),
    path(P + "jejak/", ringkasan.jejak, name="jejak"),
]
