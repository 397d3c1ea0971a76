from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


class AntreanConfig(AppConfig):
    name = "antrean"
    verbose_name = _("Antrean tugas")

    def ready(self):
        from antrean.services import setelah_tugas_selesai
        from antrean.tugas_dasar import task_finished

        task_finished.connect(setelah_tugas_selesai, dispatch_uid="antrean_ulang_jadwal")
        # Every app keeps its queue tasks in <app>/tugas.py; importing them registers
        # their retry and schedule policies before the worker looks for work.
        autodiscover_modules("tugas")
