from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class UsulanConfig(AppConfig):
    name = "usulan"
    verbose_name = _("Usulan dan dokumen evaluasi")
