from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PemberitahuanConfig(AppConfig):
    name = "pemberitahuan"
    verbose_name = _("Pemberitahuan")
