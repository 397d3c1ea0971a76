"""In-app notices and each person's e-mail choice per kind of notice."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Jenis(models.TextChoices):
    DIAJUKAN = "diajukan", _("Penilaian diajukan")
    DIKEMBALIKAN = "dikembalikan", _("Penilaian dikembalikan untuk perbaikan")
    LAPISAN_SELESAI = "lapisan_selesai", _("Lapisan evaluasi selesai")
    DIBUKA_KEMBALI = "dibuka_kembali", _("Penilaian dibuka kembali")
    TENGGAT_DEKAT = "tenggat_dekat", _("Tenggat dalam 7 hari")
    TENGGAT_LEWAT = "tenggat_lewat", _("Tenggat terlewati")
    TARGET_SURVEI = "target_survei", _("Responden survei mencapai target")


class Pemberitahuan(models.Model):
    """One notice to one person. `kunci` names the event (e.g. a deadline of one
    assessment) so a scheduled check that runs again never tells anyone twice."""

    penerima = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="pemberitahuan"
    )
    jenis = models.CharField(_("jenis"), max_length=30, choices=Jenis.choices)
    judul = models.CharField(_("judul"), max_length=200)
    isi = models.TextField(_("isi"), blank=True)
    tautan = models.CharField(_("tautan"), max_length=500, blank=True)
    kunci = models.CharField(max_length=200, blank=True)
    dibuat_pada = models.DateTimeField(auto_now_add=True)
    dibaca_pada = models.DateTimeField(null=True, blank=True)
    surel_terkirim_pada = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-dibuat_pada", "-pk"]
        verbose_name = _("pemberitahuan")
        verbose_name_plural = _("pemberitahuan")
        indexes = [models.Index(fields=["penerima", "dibaca_pada"], name="pemberitahuan_belum")]
        constraints = [
            models.UniqueConstraint(
                fields=["penerima", "kunci"],
                condition=~models.Q(kunci=""),
                name="pemberitahuan_sekali_per_kunci",
            )
        ]

    def __str__(self) -> str:
        return self.judul


class PreferensiSurel(models.Model):
    """A person's choice to receive (or not) e-mail for one kind; no row means yes."""

    pengguna = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="preferensi_surel"
    )
    jenis = models.CharField(_("jenis"), max_length=30, choices=Jenis.choices)
    surel = models.BooleanField(_("kirim e-mail"), default=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["pengguna", "jenis"], name="preferensi_surel_unik")
        ]

    def __str__(self) -> str:
        return f"{self.pengguna} {self.jenis}"
