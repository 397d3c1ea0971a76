from django.urls import path

from satker.views import pengguna, satker

app_name = "satker"

urlpatterns = [
    path("satker/", satker.satker_daftar, name="daftar"),
    path("satker/baru/", satker.satker_baru, name="baru"),
    path("satker/impor/", satker.satker_impor_view, name="impor"),
    path("satker/<slug:kode>/", satker.satker_detail, name="detail"),
    path("satker/<slug:kode>/ubah/", satker.satker_ubah, name="ubah"),
    path("satker/<slug:kode>/nonaktifkan/", satker.satker_nonaktifkan, name="nonaktifkan"),
    path("satker/<slug:kode>/aktifkan/", satker.satker_aktifkan, name="aktifkan"),
    path("satker/<slug:kode>/pindah/", satker.satker_pindah, name="pindah"),
    path("satker/<slug:kode>/status-zi/", satker.status_zi_simpan, name="status_zi"),
    path("satker/<slug:kode>/predikat/", satker.predikat_catat, name="predikat"),
    path("satker/<slug:kode>/kop-surat/", satker.kop_surat, name="kop_surat"),
    path("pengguna/", pengguna.pengguna_daftar, name="pengguna_daftar"),
    path("pengguna/baru/", pengguna.pengguna_baru, name="pengguna_baru"),
    path("pengguna/<int:pk>/", pengguna.pengguna_detail, name="pengguna_detail"),
    path(
        "pengguna/<int:pk>/aktif/<int:aktif>/",
        pengguna.pengguna_atur_aktif,
        name="pengguna_atur_aktif",
    ),
    path("pengguna/<int:pk>/peran/", pengguna.peran_beri, name="peran_beri"),
    path("pengguna/<int:pk>/peran/<int:peran_pk>/cabut/", pengguna.peran_cabut, name="peran_cabut"),
]
