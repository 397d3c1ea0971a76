"""What an evaluator layer writes per area for its report: the finding (catatan) and the
recommendation (rekomendasi), one pair per area per layer (Permenpan RB 90/2021,
Lampiran II: the TPI recommends improvements to the unit)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from penilaian.models.asesmen import Lapisan, Penilaian

CATATAN_MAKS = 4000


class CatatanArea(models.Model):
    """One layer's catatan and rekomendasi on one area of one assessment. Written by the
    layer's assigned evaluator while the layer is open (penilaian.services.aturan); a finished
    layer keeps them as they were until it is reopened with a reason."""

    penilaian = models.ForeignKey(Penilaian, on_delete=models.CASCADE, related_name="catatan_area")
    lapisan = models.CharField(max_length=10, choices=Lapisan.choices)
    area = models.ForeignKey("penilaian.Area", on_delete=models.PROTECT, related_name="+")
    catatan = models.TextField(_("catatan"), max_length=CATATAN_MAKS, blank=True)
    rekomendasi = models.TextField(_("rekomendasi"), max_length=CATATAN_MAKS, blank=True)
    diubah_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    diubah_pada = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("catatan area")
        verbose_name_plural = _("catatan area")
        constraints = [
            models.UniqueConstraint(
                fields=["penilaian", "lapisan", "area"], name="catatan_area_unik"
            ),
            models.CheckConstraint(
                condition=~models.Q(lapisan="mandiri"), name="catatan_area_bukan_mandiri"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.penilaian_id} {self.lapisan} {self.area_id}"
