"""The proposal of a period's units to KemenPAN-RB (Permenpan RB 5/2024, Lampiran II
Bab II.A): which units, with the official figures they were proposed on, who signs, when
it was sent. Once sent it is a record: its units, figures and letterhead no longer move."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from penilaian.models import Lapisan
from satker.models import NIP_VALIDATOR, Predikat


class Usulan(models.Model):
    """One period's proposal (one letter for all its units, with the SPTJM)."""

    class Status(models.TextChoices):
        DRAF = "draf", _("Draf")
        DIKIRIM = "dikirim", _("Dikirim")

    periode = models.OneToOneField(
        "penilaian.Periode", on_delete=models.PROTECT, related_name="usulan"
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAF
    )
    penandatangan_nama = models.CharField(_("nama penanda tangan"), max_length=200)
    penandatangan_jabatan = models.CharField(_("jabatan penanda tangan"), max_length=200)
    penandatangan_nip = models.CharField(
        _("NIP penanda tangan"), max_length=18, blank=True, validators=[NIP_VALIDATOR]
    )
    nomor_surat = models.CharField(_("nomor surat"), max_length=200, blank=True)
    tanggal_surat = models.DateField(_("tanggal surat"), null=True, blank=True)
    tanggal_kirim = models.DateField(_("tanggal dikirim"), null=True, blank=True)
    # The letterhead as printed on the letter that was sent (usulan.dokumen.data.DataKop).
    kop = models.JSONField(default=dict, blank=True)
    dibuat_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    dibuat_pada = models.DateTimeField(auto_now_add=True)
    diubah_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    diubah_pada = models.DateTimeField(auto_now=True)
    dikirim_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("usulan")
        verbose_name_plural = _("usulan")
        ordering = ["-periode__tahun"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status="draf")
                | (
                    models.Q(tanggal_kirim__isnull=False)
                    & models.Q(tanggal_surat__isnull=False)
                    & ~models.Q(nomor_surat="")
                ),
                name="usulan_dikirim_lengkap",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.periode} ({self.status})"


class UsulanSatker(models.Model):
    """One proposed unit with the official figures it was proposed on: the finished
    evaluator layer (and when it was finished) and its exact totals as text."""

    usulan = models.ForeignKey(Usulan, on_delete=models.CASCADE, related_name="unit")
    penilaian = models.ForeignKey("penilaian.Penilaian", on_delete=models.PROTECT, related_name="+")
    urutan = models.PositiveSmallIntegerField(default=0)
    predikat = models.CharField(_("usulan predikat"), max_length=4, choices=Predikat.choices)
    lapisan = models.CharField(_("lapisan"), max_length=10, choices=Lapisan.choices)
    lapisan_selesai_pada = models.DateTimeField()
    total = models.CharField(max_length=200)
    pengungkit = models.CharField(max_length=200)
    hasil = models.CharField(max_length=200)
    alasan = models.TextField(
        _("alasan tetap diusulkan"),
        blank=True,
        max_length=2000,
        help_text=_("Wajib bila ada prasyarat pengusulan yang belum terpenuhi."),
    )

    class Meta:
        verbose_name = _("unit yang diusulkan")
        verbose_name_plural = _("unit yang diusulkan")
        ordering = ["usulan", "urutan", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["usulan", "penilaian"], name="usulan_satker_unik"),
        ]

    def __str__(self) -> str:
        return f"{self.penilaian} → {self.predikat}"
