"""URLs of the evidence pages, included from penilaian/urls/__init__.py (names in the
`penilaian` namespace)."""

from django.urls import path

from penilaian.views import bukti

urlpatterns = [
    path("penilaian/<int:pk>/bukti/", bukti.bukti_daftar, name="bukti_daftar"),
    path("penilaian/<int:pk>/bukti/bawa/", bukti.bukti_bawa, name="bukti_bawa"),
    path("penilaian/<int:pk>/bukti/unduh/<int:versi_pk>/", bukti.bukti_unduh, name="bukti_unduh"),
    path(
        "penilaian/<int:pk>/bukti/pratinjau/<int:versi_pk>/",
        bukti.bukti_unduh,
        {"pratinjau": True},
        name="bukti_pratinjau",
    ),
    path(
        "penilaian/<int:pk>/bukti/p/<str:kode>/",
        bukti.bukti_pertanyaan,
        name="bukti_pertanyaan",
    ),
    path("penilaian/<int:pk>/bukti/p/<str:kode>/unggah/", bukti.bukti_unggah, name="bukti_unggah"),
    path("penilaian/<int:pk>/bukti/p/<str:kode>/tautan/", bukti.bukti_tautan, name="bukti_tautan"),
    path(
        "penilaian/<int:pk>/bukti/p/<str:kode>/<int:bukti_pk>/ganti/",
        bukti.bukti_ganti,
        name="bukti_ganti",
    ),
    path(
        "penilaian/<int:pk>/bukti/p/<str:kode>/<int:bukti_pk>/hapus/",
        bukti.bukti_hapus,
        name="bukti_hapus",
    ),
    path(
        "penilaian/periode/<int:periode_pk>/bukti-bersama/",
        bukti.bukti_bersama,
        name="bukti_bersama",
    ),
    path(
        "penilaian/periode/<int:periode_pk>/bukti-bersama/<int:bukti_pk>/tautkan/",
        bukti.bukti_bersama_tautkan,
        name="bukti_bersama_tautkan",
    ),
    path(
        "penilaian/periode/<int:periode_pk>/bukti-bersama/<int:bukti_pk>/tarik/",
        bukti.bukti_bersama_tarik,
        name="bukti_bersama_tarik",
    ),
]
