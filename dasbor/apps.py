from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DasborConfig(AppConfig):
    name = "dasbor"
    verbose_name = _("Dasbor Zona Integritas")
