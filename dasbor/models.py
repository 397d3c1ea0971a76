"""The dashboard reads everything and owns one thing: the proposal prerequisites
checklist a unit and its Kanwil keep outside the LKE (ZI-DOMAIN.md, Tabel 6 notes)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class NilaiSakip(models.TextChoices):
    """The internal SAKIP grade, best first."""

    AA = "AA", "AA"
    A = "A", "A"
    BB = "BB", "BB"
    B = "B", "B"
    CC = "CC", "CC"
    C = "C", "C"
    D = "D", "D"


class PrasyaratUsulan(models.Model):
    """What a unit must show besides its LKE score before it is proposed for WBK/WBBM,
    for one year. Two prerequisites are not stored here: 'ZI built at least a year'
    comes from the unit's pencanangan date (satker.StatusZI) and the period's proposal
    date; LHKPN/LHKASN compliance from the LKE's own questions A.II.5.iii.a/b."""

    satker = models.ForeignKey(
        "satker.Satker",
        on_delete=models.CASCADE,
        related_name="prasyarat_usulan",
        verbose_name=_("satuan kerja"),
    )
    tahun = models.PositiveSmallIntegerField(_("tahun"))
    temuan_ditindaklanjuti = models.BooleanField(
        _("temuan audit sudah ditindaklanjuti 100%"), default=False
    )
    nilai_sakip = models.CharField(
        _("nilai SAKIP internal"), max_length=2, choices=NilaiSakip.choices, blank=True
    )
    catatan = models.TextField(_("catatan"), blank=True, max_length=2000)
    diubah_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    diubah_pada = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("prasyarat usulan")
        verbose_name_plural = _("prasyarat usulan")
        ordering = ["satker", "-tahun"]
        constraints = [
            models.UniqueConstraint(fields=["satker", "tahun"], name="prasyarat_satu_per_tahun"),
        ]

    def __str__(self) -> str:
        return f"{self.satker} {self.tahun}"
