from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PenilaianConfig(AppConfig):
    name = "penilaian"
    verbose_name = _("Penilaian LKE")

    def ready(self):
        from penilaian.services.pendengar import saat_eksternal_dicatat, saat_indeks_berubah
        from survei.sinyal import indeks_berubah, indeks_eksternal_dicatat

        indeks_berubah.connect(saat_indeks_berubah, dispatch_uid="penilaian_skor_hasil")
        indeks_eksternal_dicatat.connect(
            saat_eksternal_dicatat, dispatch_uid="penilaian_jejak_eksternal"
        )
