"""The LKE instrument as versioned reference data.

One `InstrumenVersi` per regulation (e.g. "permenpan-rb-90-2021") holds its areas,
sub-areas and questions, and every reading of the regulation that is ours rather than
the regulation's (option values, the complaint-handling formula, how the area minimum is
checked, the predicate thresholds) as a setting with a default and a note. A version
that answers point at is never edited in place: a new reading is a new version.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from satker.models import KODE_VALIDATOR


class JenisJawaban(models.TextChoices):
    YA_TIDAK = "Ya/Tidak", _("Ya/Tidak")
    ABC = "A/B/C", _("A/B/C")
    ABCD = "A/B/C/D", _("A/B/C/D")
    ABCDE = "A/B/C/D/E", _("A/B/C/D/E")
    PERSEN = "%", _("Persentase (%)")
    NILAI = "Nilai (0-4)", _("Nilai (0-4)")


class InstrumenVersi(models.Model):
    """One version of the LKE, with the settings for every ambiguity of the regulation."""

    class NilaiABCD(models.TextChoices):
        DESIMAL = "desimal", _("Dua desimal: B = 0,67, C = 0,33 (Excel resmi)")
        PECAHAN = "pecahan", _("Pecahan tepat: B = 2/3, C = 1/3")

    class RumusPengaduan(models.TextChoices):
        SELESAI_PER_WAJIB = "selesai_per_wajib", _("Selesai ÷ yang harus ditindaklanjuti")
        SELESAI_PER_DITANGANI = (
            "selesai_per_ditangani",
            _("Selesai ÷ (sedang diproses + selesai)"),
        )

    class MinimumArea(models.TextChoices):
        PER_AREA = "per_area", _("Per area (pemenuhan + reform), sesuai teks peraturan")
        PER_BAGIAN = "per_bagian", _("Per bagian (pemenuhan dan reform masing-masing)")

    class PerbandinganAmbang(models.TextChoices):
        TEPAT = "tepat", _("Nilai tepat (tanpa pembulatan), seperti lembar kerja evaluator")
        DIBULATKAN = "dibulatkan", _("Nilai yang dibulatkan ke 2 desimal")

    kode = models.CharField(
        _("kode"),
        max_length=30,
        unique=True,
        validators=[KODE_VALIDATOR],
        help_text=_("Mis. permenpan-rb-90-2021; tidak boleh berubah."),
    )
    judul = models.CharField(_("judul"), max_length=300)
    dasar_hukum = models.TextField(_("dasar hukum"), blank=True)
    aktif = models.BooleanField(
        _("aktif"), default=True, help_text=_("Versi yang dapat dipilih untuk penilaian baru.")
    )
    sidik = models.CharField(
        _("sidik berkas"),
        max_length=64,
        blank=True,
        help_text=_("SHA-256 isi instrumen yang dimuat; sama berarti tidak ada perubahan."),
    )

    # Settings: each ambiguity of the regulation, with our default (ZI-DOMAIN.md, last section).
    nilai_abcd = models.CharField(
        _("nilai opsi A/B/C/D"),
        max_length=10,
        choices=NilaiABCD.choices,
        default=NilaiABCD.DESIMAL,
        help_text=_(
            "Peraturan hanya mencetak contoh semua A. Excel resmi dan dua aplikasi publik "
            "memakai 0,67 dan 0,33; pilihan lain adalah 2/3 dan 1/3."
        ),
    )
    rumus_pengaduan = models.CharField(
        _("rumus penanganan pengaduan"),
        max_length=30,
        choices=RumusPengaduan.choices,
        default=RumusPengaduan.SELESAI_PER_WAJIB,
        help_text=_(
            "Peraturan hanya menyebut realisasi penanganan pengaduan yang harus "
            "diselesaikan; contohnya (1, 1, 1 = 100%) cocok dengan selesai ÷ wajib. "
            "Berlaku bagi pertanyaan yang punya varian rumus dengan nama ini."
        ),
    )
    minimum_area = models.CharField(
        _("cara memeriksa minimum area"),
        max_length=12,
        choices=MinimumArea.choices,
        default=MinimumArea.PER_AREA,
        help_text=_(
            "Tabel 6 mensyaratkan tiap area minimal 60% (WBK) / 75% (WBBM) dari bobotnya; "
            "sebagian evaluator memeriksanya per bagian pemenuhan dan reform."
        ),
    )
    perbandingan_ambang = models.CharField(
        _("cara membandingkan dengan ambang"),
        max_length=10,
        choices=PerbandinganAmbang.choices,
        default=PerbandinganAmbang.TEPAT,
        help_text=_(
            "Lembar kerja evaluator (Itjen) membandingkan sel yang tidak dibulatkan: area 1 "
            "bernilai 59,95% dari bobotnya tidak memenuhi 60%, IPAK 3,5999 (15,7496) tidak "
            "memenuhi 15,75. Pilihan lain membandingkan nilai 2 desimal yang ditampilkan."
        ),
    )
    min_responden = models.PositiveSmallIntegerField(
        _("minimal responden survei"),
        default=30,
        validators=[MinValueValidator(1)],
        help_text=_(
            "Indeks survei portal (IPAK/IPKP) masuk nilai lapisan evaluator hanya dengan "
            "sekurang-kurangnya sekian responden dalam jendela survei periode; penilaian "
            "mandiri boleh menampilkannya sebagai nilai sementara."
        ),
    )
    ambang_predikat = models.JSONField(
        _("ambang predikat"),
        default=dict,
        help_text=_("Tabel 6 Lampiran II: syarat WBK dan WBBM, dimuat dari berkas instrumen."),
    )
    catatan_penyebut_nol = models.TextField(
        _("catatan penyebut nol"),
        blank=True,
        help_text=_(
            "Peraturan tidak mengatur penyebut nol pada pertanyaan %; aturan tiap "
            "pertanyaan tersimpan pada pertanyaan itu."
        ),
    )
    catatan = models.TextField(_("catatan"), blank=True)
    dibuat = models.DateTimeField(auto_now_add=True)
    diubah = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("versi instrumen")
        verbose_name_plural = _("versi instrumen")
        ordering = ["-dibuat"]

    def __str__(self) -> str:
        return self.judul


class Area(models.Model):
    """An area of change (pengungkit 1-6) or a group of results (hasil I and II)."""

    class Komponen(models.TextChoices):
        PENGUNGKIT = "A", _("Pengungkit")
        HASIL = "B", _("Hasil")

    versi = models.ForeignKey(
        InstrumenVersi, on_delete=models.CASCADE, related_name="area", verbose_name=_("versi")
    )
    komponen = models.CharField(_("komponen"), max_length=1, choices=Komponen.choices)
    kode = models.CharField(_("kode"), max_length=10, help_text=_("1-6, atau B.I / B.II"))
    no = models.PositiveSmallIntegerField(_("nomor area"), null=True, blank=True)
    nama = models.CharField(_("nama"), max_length=200)
    bobot = models.DecimalField(_("bobot"), max_digits=7, decimal_places=3)
    urutan = models.PositiveSmallIntegerField(_("urutan"), default=0)

    class Meta:
        verbose_name = _("area")
        verbose_name_plural = _("area")
        ordering = ["versi", "urutan"]
        constraints = [
            models.UniqueConstraint(fields=["versi", "kode"], name="area_kode_unik_per_versi"),
        ]

    def __str__(self) -> str:
        return self.nama


class SubArea(models.Model):
    """A sub-area in one aspect (pemenuhan or reform) of an area; scores mean × weight."""

    class Aspek(models.TextChoices):
        PEMENUHAN = "pemenuhan", _("Pemenuhan")
        REFORM = "reform", _("Reform")
        HASIL = "hasil", _("Hasil")

    area = models.ForeignKey(
        Area, on_delete=models.CASCADE, related_name="subarea", verbose_name=_("area")
    )
    aspek = models.CharField(_("aspek"), max_length=10, choices=Aspek.choices)
    kode = models.CharField(_("kode"), max_length=20, help_text=_("Mis. A.I.1.i atau B.I.a"))
    nama = models.CharField(_("nama"), max_length=300)
    bobot = models.DecimalField(_("bobot"), max_digits=7, decimal_places=3)
    urutan = models.PositiveSmallIntegerField(_("urutan"), default=0)

    class Meta:
        verbose_name = _("sub-area")
        verbose_name_plural = _("sub-area")
        ordering = ["area", "urutan"]
        constraints = [
            models.UniqueConstraint(fields=["area", "kode"], name="subarea_kode_unik_per_area"),
        ]

    def __str__(self) -> str:
        return f"{self.kode} {self.nama}"


class Pertanyaan(models.Model):
    """One question of the LKE, or one hasil item (B.I.a, B.I.b, B.II.a).

    `opsi` is a list of {"label", "teks", "nilai"} with the value as a decimal string;
    `masukan` a list of {"kunci", "label"} for % questions, whose `rumus` names those
    keys; `batasan` lists relations between inputs that cannot be false in reality.
    """

    class AturanPenyebutNol(models.TextChoices):
        NOL = "zero", _("Penyebut 0 → nilai 0")
        PENUH = "full", _("Penyebut 0 → nilai 1 (tidak ada yang wajib, tidak ada yang kurang)")
        PENUH_JIKA_PEMBILANG_NOL = (
            "full_if_numerator_le_zero",
            _("Penyebut 0 → nilai 1 jika pembilang ≤ 0, selain itu 0"),
        )

    versi = models.ForeignKey(
        InstrumenVersi,
        on_delete=models.CASCADE,
        related_name="pertanyaan",
        verbose_name=_("versi"),
    )
    subarea = models.ForeignKey(
        SubArea, on_delete=models.CASCADE, related_name="pertanyaan", verbose_name=_("sub-area")
    )
    kode = models.CharField(_("kode"), max_length=30)
    teks = models.TextField(_("pertanyaan"))
    jenis_jawaban = models.CharField(
        _("jenis jawaban"), max_length=12, choices=JenisJawaban.choices
    )
    opsi = models.JSONField(_("opsi jawaban"), default=list, blank=True)
    masukan = models.JSONField(_("masukan %"), default=list, blank=True)
    rumus = models.CharField(_("rumus"), max_length=300, blank=True)
    varian_rumus = models.JSONField(
        _("varian rumus"),
        default=dict,
        blank=True,
        help_text=_("Nama varian → rumus; pengaturan versi memilih varian yang dipakai."),
    )
    aturan_penyebut_nol = models.CharField(
        _("aturan penyebut nol"),
        max_length=30,
        choices=AturanPenyebutNol.choices,
        blank=True,
    )
    batasan = models.JSONField(_("batasan masukan"), default=list, blank=True)
    catatan_rumus = models.TextField(_("catatan rumus"), blank=True)
    catatan = models.TextField(_("catatan"), blank=True)
    nilai_maks = models.DecimalField(
        _("nilai maksimum"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("Untuk jenis Nilai (0-4): nilai indeks tertinggi."),
    )
    urutan = models.PositiveSmallIntegerField(_("urutan"), default=0)

    class Meta:
        verbose_name = _("pertanyaan")
        verbose_name_plural = _("pertanyaan")
        ordering = ["versi", "urutan"]
        constraints = [
            models.UniqueConstraint(
                fields=["versi", "kode"], name="pertanyaan_kode_unik_per_versi"
            ),
        ]

    def __str__(self) -> str:
        return self.kode
