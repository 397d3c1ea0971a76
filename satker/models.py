"""Units (satker) in their hierarchy, people and the roles that scope what they see."""

from django.contrib.auth.models import AbstractUser
from django.core.validators import RegexValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

KODE_VALIDATOR = RegexValidator(
    r"^[a-z0-9][a-z0-9-]{1,29}$",
    _("Kode hanya huruf kecil, angka dan tanda hubung (2-30 karakter)."),
)


class Pengguna(AbstractUser):
    """A person who logs in. Logs in with username or e-mail, so e-mail is unique."""

    email = models.EmailField(_("e-mail"))

    class Meta:
        verbose_name = _("pengguna")
        verbose_name_plural = _("pengguna")
        constraints = [
            models.UniqueConstraint(Lower("email"), name="pengguna_email_unik"),
        ]

    def __str__(self) -> str:
        return self.get_full_name() or self.username


class Instansi(models.Model):
    """A ministry or agency (Kementerian) at the top of the hierarchy."""

    kode = models.CharField(_("kode"), max_length=30, unique=True, validators=[KODE_VALIDATOR])
    nama = models.CharField(_("nama"), max_length=200)

    class Meta:
        verbose_name = _("instansi")
        verbose_name_plural = _("instansi")
        ordering = ["nama"]

    def __str__(self) -> str:
        return self.nama


class Satker(models.Model):
    """A work unit. A Kanwil is itself a Satker of type KANWIL with children below it."""

    class Jenis(models.TextChoices):
        KANWIL = "kanwil", _("Kantor Wilayah")
        KANIM = "kanim", _("Kantor Imigrasi")
        RUDENIM = "rudenim", _("Rumah Detensi Imigrasi")
        LAPAS = "lapas", _("Lembaga Pemasyarakatan")
        RUTAN = "rutan", _("Rumah Tahanan Negara")
        LPKA = "lpka", _("Lembaga Pembinaan Khusus Anak")
        BAPAS = "bapas", _("Balai Pemasyarakatan")
        RUPBASAN = "rupbasan", _("Rumah Penyimpanan Benda Sitaan Negara")
        LAINNYA = "lainnya", _("Lainnya")

    kode = models.CharField(
        _("kode"),
        max_length=30,
        unique=True,
        validators=[KODE_VALIDATOR],
        help_text=_("Kode pendek, dipakai di alamat web dan kode QR; tidak boleh berubah."),
    )
    nama = models.CharField(_("nama"), max_length=200)
    jenis = models.CharField(_("jenis"), max_length=20, choices=Jenis.choices)
    instansi = models.ForeignKey(
        Instansi, on_delete=models.PROTECT, related_name="satker", verbose_name=_("instansi")
    )
    induk = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="anak",
        limit_choices_to={"jenis": "kanwil"},
        verbose_name=_("Kanwil induk"),
    )
    alamat = models.TextField(_("alamat"), blank=True)
    nama_kepala = models.CharField(_("nama kepala"), max_length=200, blank=True)
    aktif = models.BooleanField(_("aktif"), default=True)
    dibuat = models.DateTimeField(auto_now_add=True)
    diubah = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("satuan kerja")
        verbose_name_plural = _("satuan kerja")
        ordering = ["nama"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(jenis="kanwil") | models.Q(induk__isnull=True),
                name="kanwil_tanpa_induk",
            ),
        ]

    def __str__(self) -> str:
        return self.nama

    @property
    def adalah_kanwil(self) -> bool:
        return self.jenis == self.Jenis.KANWIL


class RiwayatInduk(models.Model):
    """Which Kanwil a unit belonged to and when, so a move keeps its history."""

    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="riwayat_induk")
    induk = models.ForeignKey(Satker, on_delete=models.PROTECT, related_name="+")
    mulai = models.DateField(_("mulai"))
    selesai = models.DateField(_("selesai"), null=True, blank=True)
    oleh = models.ForeignKey(Pengguna, on_delete=models.SET_NULL, null=True, related_name="+")
    catatan = models.CharField(_("catatan"), max_length=300, blank=True)

    class Meta:
        ordering = ["satker", "-mulai"]

    def __str__(self) -> str:
        return f"{self.satker} → {self.induk} ({self.mulai})"


class Predikat(models.TextChoices):
    WBK = "WBK", "WBK"
    WBBM = "WBBM", "WBBM"


class StatusZI(models.Model):
    """A unit's Zona Integritas plan for one year: when it declared, what it aims for."""

    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="status_zi")
    tahun = models.PositiveSmallIntegerField(_("tahun"))
    tanggal_pencanangan = models.DateField(_("tanggal pencanangan"), null=True, blank=True)
    target_predikat = models.CharField(
        _("target predikat"), max_length=4, choices=Predikat.choices, default=Predikat.WBK
    )

    class Meta:
        verbose_name = _("status ZI")
        verbose_name_plural = _("status ZI")
        ordering = ["satker", "-tahun"]
        constraints = [
            models.UniqueConstraint(fields=["satker", "tahun"], name="status_zi_satu_per_tahun")
        ]

    def __str__(self) -> str:
        return f"{self.satker} {self.tahun}"


class PemberiPredikat(models.TextChoices):
    """Who awarded a predicate. Since Permenpan RB 5/2024 (Lampiran II, Bab II.B) a
    ministry may award Menuju WBK through its own evaluation ("secara mandiri"); that
    predicate counts the same as the national team's, e.g. as the WBK a WBBM proposal
    needs."""

    TPN = "tpn", _("TPN (KemenPAN-RB)")
    MANDIRI = "mandiri", _("Evaluasi mandiri instansi (Permenpan RB 5/2024)")


class RiwayatPredikat(models.Model):
    """A predicate a unit was awarded, by whom and by which decision letter (WBBM
    requires WBK first, from either awarder)."""

    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="riwayat_predikat")
    predikat = models.CharField(_("predikat"), max_length=4, choices=Predikat.choices)
    tahun = models.PositiveSmallIntegerField(_("tahun diraih"))
    pemberi = models.CharField(
        _("pemberi predikat"),
        max_length=10,
        choices=PemberiPredikat.choices,
        default=PemberiPredikat.TPN,
    )
    nomor_sk = models.CharField(_("nomor SK"), max_length=200, blank=True)
    tanggal_sk = models.DateField(_("tanggal SK"), null=True, blank=True)
    tahun_dicabut = models.PositiveSmallIntegerField(_("tahun dicabut"), null=True, blank=True)

    class Meta:
        verbose_name = _("riwayat predikat")
        verbose_name_plural = _("riwayat predikat")
        ordering = ["satker", "-tahun"]
        constraints = [
            models.UniqueConstraint(
                fields=["satker", "predikat", "tahun"], name="predikat_sekali_per_tahun"
            )
        ]

    def __str__(self) -> str:
        return f"{self.satker}: {self.predikat} {self.tahun}"


NIP_VALIDATOR = RegexValidator(
    r"^\d{18}$", _("NIP terdiri atas 18 angka (spasi boleh, mis. 19700101 199003 1 001).")
)


class KopSurat(models.Model):
    """A Kanwil's letterhead and signatory as its letters print them: the lines of the
    letterhead, the address and contacts, the city a letter is signed in, and the head
    who signs (name and NIP). The evaluation's documents are generated with it."""

    kanwil = models.OneToOneField(
        Satker,
        on_delete=models.CASCADE,
        related_name="kop_surat",
        limit_choices_to={"jenis": "kanwil"},
        verbose_name=_("Kanwil"),
    )
    instansi = models.CharField(
        _("baris instansi"),
        max_length=200,
        help_text=_("Baris pertama kop, mis. KEMENTERIAN HUKUM REPUBLIK INDONESIA."),
    )
    nama_kantor = models.CharField(
        _("nama kantor"),
        max_length=200,
        help_text=_("Baris kedua kop, mis. KANTOR WILAYAH KEPULAUAN RIAU."),
    )
    alamat = models.CharField(_("alamat"), max_length=300)
    telepon = models.CharField(_("telepon/faksimile"), max_length=100, blank=True)
    email = models.EmailField(_("pos-el"), blank=True)
    laman = models.CharField(_("laman"), max_length=200, blank=True)
    kota = models.CharField(
        _("kota penandatanganan"), max_length=100, help_text=_("Mis. Tanjungpinang.")
    )
    jabatan_kepala = models.CharField(
        _("jabatan penanda tangan"), max_length=200, default="Kepala Kantor Wilayah"
    )
    nama_kepala = models.CharField(_("nama kepala"), max_length=200)
    nip_kepala = models.CharField(
        _("NIP kepala"), max_length=18, blank=True, validators=[NIP_VALIDATOR]
    )
    nama_tpi = models.CharField(
        _("Tim Penilai Internal (TPI)"),
        max_length=200,
        blank=True,
        help_text=_(
            "Unit yang menjadi TPI, mis. Inspektorat Jenderal Kementerian Hukum; "
            "dituju oleh surat pernyataan layak dievaluasi."
        ),
    )
    diubah_oleh = models.ForeignKey(Pengguna, on_delete=models.PROTECT, null=True, related_name="+")
    diubah_pada = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("kop surat")
        verbose_name_plural = _("kop surat")

    def __str__(self) -> str:
        return f"{self.nama_kantor}"


class Peran(models.Model):
    """A role a person holds at one place in the hierarchy. One person may hold several."""

    class Jenis(models.TextChoices):
        ADMIN_NASIONAL = "admin_nasional", _("Administrator nasional")
        ADMIN_KANWIL = "admin_kanwil", _("Administrator Kanwil")
        KEPALA = "kepala", _("Kepala satker")
        OPERATOR = "operator", _("Operator / Tim Kerja ZI")
        EVALUATOR = "evaluator", _("Evaluator")
        AUDITOR = "auditor", _("Auditor")

    pengguna = models.ForeignKey(Pengguna, on_delete=models.CASCADE, related_name="peran")
    jenis = models.CharField(_("peran"), max_length=20, choices=Jenis.choices)
    satker = models.ForeignKey(
        Satker,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="peran",
        verbose_name=_("satuan kerja"),
    )
    instansi = models.ForeignKey(
        Instansi,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="peran",
        verbose_name=_("instansi"),
    )
    dibuat = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("peran")
        verbose_name_plural = _("peran")
        constraints = [
            models.UniqueConstraint(
                fields=["pengguna", "jenis", "satker"], name="peran_unik_per_satker"
            ),
            models.CheckConstraint(
                condition=(
                    models.Q(jenis="admin_nasional", instansi__isnull=False, satker__isnull=True)
                    | (~models.Q(jenis="admin_nasional") & models.Q(satker__isnull=False))
                ),
                name="peran_punya_lingkup",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_jenis_display()} — {self.satker or self.instansi}"
