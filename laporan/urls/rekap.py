from django.urls import path

from laporan.views import rekap as v

# Included from laporan/urls/__init__.py: names live in the "laporan" namespace.
urlpatterns = [
    path("laporan/rekap/<slug:kanwil>/<int:tahun>/", v.rekap_kanwil, name="rekap_kanwil"),
    path(
        "laporan/rekap/<slug:kanwil>/<int:tahun>/unduh/",
        v.rekap_kanwil_unduh,
        name="rekap_kanwil_unduh",
    ),
    path(
        "laporan/rekap/<slug:kanwil>/<int:tahun>/latar/",
        v.rekap_kanwil_latar,
        name="rekap_kanwil_latar",
    ),
    path("laporan/rekap-nasional/<int:tahun>/", v.rekap_nasional, name="rekap_nasional"),
    path(
        "laporan/rekap-nasional/<int:tahun>/latar/",
        v.rekap_nasional_latar,
        name="rekap_nasional_latar",
    ),
    path("laporan/survei/<slug:kode>/<int:tahun>/", v.survei_data, name="survei_data"),
    path(
        "laporan/survei/<slug:kode>/<int:tahun>/unduh/",
        v.survei_data_unduh,
        name="survei_data_unduh",
    ),
    path(
        "laporan/survei/<slug:kode>/<int:tahun>/latar/",
        v.survei_data_latar,
        name="survei_data_latar",
    ),
    path("laporan/ekspor/", v.pekerjaan_daftar, name="pekerjaan_daftar"),
    path("laporan/ekspor/<int:pk>/", v.pekerjaan, name="pekerjaan"),
    path("laporan/ekspor/<int:pk>/unduh/", v.pekerjaan_unduh, name="pekerjaan_unduh"),
]
