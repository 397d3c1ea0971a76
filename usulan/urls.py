from django.urls import path, register_converter

from usulan import views


class _Pilihan:
    """A URL segment that is one of a few fixed words (anything else is a 404)."""

    regex = ""

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


class FormatConverter(_Pilihan):
    regex = "docx|pdf"


class DokumenPeriodeConverter(_Pilihan):
    regex = "layak|pengajuan|sptjm"


class DokumenPenilaianConverter(_Pilihan):
    regex = "laporan|berita-acara"


register_converter(FormatConverter, "format")
register_converter(DokumenPeriodeConverter, "dokumen_periode")
register_converter(DokumenPenilaianConverter, "dokumen_penilaian")

app_name = "usulan"

P = "usulan/<slug:kanwil>/<int:tahun>/"

urlpatterns = [
    path(P, views.periode, name="periode"),
    path(P + "simpan/", views.simpan, name="simpan"),
    path(P + "kirim/", views.kirim, name="kirim"),
    path(
        P + "dokumen/<dokumen_periode:jenis>.<format:format>",
        views.dokumen_periode,
        name="dokumen_periode",
    ),
    path(
        "penilaian/<int:pk>/dokumen/<dokumen_penilaian:jenis>-<slug:lapisan>.<format:format>",
        views.dokumen_penilaian,
        name="dokumen_penilaian",
    ),
]
