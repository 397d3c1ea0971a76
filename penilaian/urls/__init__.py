from django.urls import include, path

from penilaian.views import instrumen

app_name = "penilaian"

urlpatterns = [
    # -- instrument (administrators) --
    path("instrumen/", instrumen.instrumen_daftar, name="instrumen_daftar"),
    path("instrumen/<slug:kode>/", instrumen.instrumen_detail, name="instrumen_detail"),
    path(
        "instrumen/<slug:kode>/pengaturan/",
        instrumen.instrumen_pengaturan,
        name="instrumen_pengaturan",
    ),
    path(
        "instrumen/<slug:kode>/pertanyaan/<str:kode_pertanyaan>/",
        instrumen.pertanyaan_detail,
        name="pertanyaan_detail",
    ),
    # -- assessments --
    path("", include("penilaian.urls.alur")),  # periods, worksheet, review, workflow
    path("", include("penilaian.urls.bukti")),  # evidence (data dukung)
]
