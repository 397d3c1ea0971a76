from django.urls import include, path

from laporan.views import lke, pratinjau

app_name = "laporan"

urlpatterns = [
    path("", include("laporan.urls.rekap")),
    path("penilaian/<int:pk>/unduh/lke.xlsx", lke.lke_unduh, name="lke_unduh"),
    path("penilaian/<int:pk>/unduh/lke-portal.xlsx", lke.lke_unduh_portal, name="lke_unduh_portal"),
    path("penilaian/<int:pk>/impor-lke/", lke.lke_impor, name="lke_impor"),
    path("penilaian/<int:pk>/paket-bukti/", lke.paket_bukti_buat, name="paket_bukti_buat"),
    path(
        "penilaian/<int:pk>/impor-lke/<uuid:token>/",
        pratinjau.lke_impor_pratinjau,
        name="lke_impor_pratinjau",
    ),
]
