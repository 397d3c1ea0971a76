from django.urls import path

from laporan.views import lke

app_name = "laporan"

urlpatterns = [
    path("penilaian/<int:pk>/unduh/lke.xlsx", lke.lke_unduh, name="lke_unduh"),
    path("penilaian/<int:pk>/impor-lke/", lke.lke_impor, name="lke_impor"),
]
