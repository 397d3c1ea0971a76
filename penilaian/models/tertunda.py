"""Assessments whose open layers' stored scores wait for a refresh after a survey change."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from penilaian.models.asesmen import Penilaian


class SkorTertunda(models.Model):
    """A row means: a survey response (or external value) changed what this assessment's
    open layers read, and one queued refresh (`penilaian.tugas.skor_segarkan`) is on its
    way. Created with that task in one transaction, deleted by the task when it starts,
    so a burst of responses queues one refresh, and a response arriving while the
    refresh runs queues the next."""

    penilaian = models.OneToOneField(
        Penilaian, on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    sejak = models.DateTimeField(_("sejak"), auto_now_add=True)

    class Meta:
        verbose_name = _("skor menunggu penyegaran")
        verbose_name_plural = _("skor menunggu penyegaran")

    def __str__(self) -> str:
        return f"{self.penilaian_id} sejak {self.sejak:%Y-%m-%d %H:%M}"
