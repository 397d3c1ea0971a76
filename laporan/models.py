"""Background export jobs. The generated files live in the file store under ekspor/
(never behind a public URL) and are streamed only to the person who asked for them."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class PekerjaanEkspor(models.Model):
    """One export asked for by one person: what, how far, and the file when done."""

    class Jenis(models.TextChoices):
        REKAP = "rekap", _("Rekap Kanwil")
        SURVEI = "survei", _("Data survei")
        BUKTI = "bukti", _("Paket data dukung")

    class Status(models.TextChoices):
        ANTRI = "antri", _("Menunggu")
        BERJALAN = "berjalan", _("Sedang dibuat")
        SELESAI = "selesai", _("Selesai")
        GAGAL = "gagal", _("Gagal")

    pemohon = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="pekerjaan_ekspor"
    )
    jenis = models.CharField(_("jenis"), max_length=10, choices=Jenis.choices)
    judul = models.CharField(_("judul"), max_length=300)
    parameter = models.JSONField(default=dict)
    bahasa = models.CharField(max_length=10, default="id")
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.ANTRI
    )
    kemajuan = models.PositiveSmallIntegerField(_("kemajuan (%)"), default=0)
    # Runs started so far: the queue tries a failed export again before giving up.
    percobaan = models.PositiveSmallIntegerField(_("percobaan"), default=0)
    berkas = models.FileField(max_length=200, blank=True)
    nama_berkas = models.CharField(max_length=200, blank=True)
    galat = models.TextField(_("galat"), blank=True)
    dibuat_pada = models.DateTimeField(_("dibuat pada"), auto_now_add=True)
    mulai_pada = models.DateTimeField(null=True, blank=True)
    selesai_pada = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("pekerjaan ekspor")
        verbose_name_plural = _("pekerjaan ekspor")
        ordering = ["-dibuat_pada", "-pk"]

    def __str__(self) -> str:
        return f"{self.judul} ({self.status})"

    @property
    def aktif(self) -> bool:
        return self.status in (self.Status.ANTRI, self.Status.BERJALAN)


class UnggahanLke(models.Model):
    """An LKE workbook uploaded for import, kept between the preview and the confirm
    step: in the database (never a public file, never the session cookie), for the
    person who uploaded it and that assessment only, and only for a while
    (`laporan.unggahan_lke.UMUR`)."""

    token = models.UUIDField(unique=True, editable=False)
    pemilik = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    penilaian = models.ForeignKey("penilaian.Penilaian", on_delete=models.CASCADE, related_name="+")
    nama_berkas = models.CharField(max_length=200)
    isi = models.BinaryField()
    ukuran = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    dibuat_pada = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("unggahan LKE")
        verbose_name_plural = _("unggahan LKE")

    def __str__(self) -> str:
        return f"{self.nama_berkas} ({self.penilaian_id})"
