from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SatkerConfig(AppConfig):
    name = "satker"
    verbose_name = _("Satuan kerja dan pengguna")
