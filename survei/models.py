"""Questionnaires as versioned data, the units' services, anonymous responses.

A response row holds the questionnaire version, the unit, the year and day, coarse
demographics, the answers and an optional suggestion. Never an IP address, a user
agent, a session, a user or a one-time code: see tests/survei/test_anonim.py.

Responses and their answers have random keys, not a counter: a key that grows with
each response would tell the order in which people answered. Nothing in these tables
records a time finer than the day.
"""

import secrets

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from satker.models import Satker
from survei.indeks import BobotSkm, Konversi


class Kuesioner(models.Model):
    """One of the three surveys. Its content lives in versions."""

    class Jenis(models.TextChoices):
        SPKP = "spkp", _("SPKP — Survei Persepsi Kualitas Pelayanan")
        SPAK = "spak", _("SPAK — Survei Persepsi Anti Korupsi")
        SKM = "skm", _("SKM — Survei Kepuasan Masyarakat")
        # The unit's own staff, by one-time code (survei.internal); never a public form.
        INTERNAL = "szi", _("SZI — Survei Internal Zona Integritas (pegawai)")

    # The kinds the public answers (posters, kiosks, results, the LKE's indices).
    JENIS_PUBLIK = (Jenis.SPKP, Jenis.SPAK, Jenis.SKM)

    jenis = models.CharField(_("jenis"), max_length=4, choices=Jenis.choices, unique=True)
    urutan = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("kuesioner")
        verbose_name_plural = _("kuesioner")
        ordering = ["urutan"]

    def __str__(self) -> str:
        return self.get_jenis_display()

    @property
    def singkatan(self) -> str:
        return self.jenis.upper()


class KuesionerVersi(models.Model):
    """A version of a questionnaire: its scale, items and index rule.

    Never changed once a response points at it; the public form uses the latest
    published version.
    """

    class Status(models.TextChoices):
        DRAF = "draf", _("Draf")
        TERBIT = "terbit", _("Terbit")

    class Konversi(models.TextChoices):
        LINEAR = Konversi.LINEAR, _("Linear: rata-rata × 4 / nilai skala tertinggi")
        RENTANG = Konversi.RENTANG, _("Rentang: (rata-rata − 1) × 4 / (skala tertinggi − 1)")

    class Bobot(models.TextChoices):
        SEPERSEMBILAN = BobotSkm.SEPERSEMBILAN, _("Tepat 1/9")
        CETAK = BobotSkm.CETAK, _("0,111 (angka tercetak)")

    class Asal(models.TextChoices):
        PORTAL = "portal", _("Instrumen portal (bukan instrumen resmi regulasi)")
        REGULASI = "regulasi", _("Instrumen resmi dari regulasi")

    kuesioner = models.ForeignKey(Kuesioner, on_delete=models.PROTECT, related_name="versi")
    nomor = models.PositiveSmallIntegerField(_("nomor versi"))
    status = models.CharField(
        _("status"), max_length=6, choices=Status.choices, default=Status.DRAF
    )
    skala_maks = models.PositiveSmallIntegerField(
        _("skala"),
        choices=[(4, _("1-4")), (6, _("1-6"))],
        default=4,
        help_text=_("Nilai jawaban dari 1 sampai angka ini."),
    )
    konversi = models.CharField(
        _("konversi ke 0-4"),
        max_length=10,
        choices=Konversi.choices,
        default=Konversi.LINEAR,
        help_text=_("Cara mengubah rata-rata jawaban menjadi indeks 0-4 (SPKP/SPAK)."),
    )
    bobot_skm = models.CharField(
        _("bobot unsur SKM"),
        max_length=5,
        choices=Bobot.choices,
        default=Bobot.SEPERSEMBILAN,
        help_text=_("Bobot tiap unsur dalam IKM (hanya SKM)."),
    )
    # Says to every reader whether the items are a regulation's or written for the portal.
    asal = models.CharField(
        _("asal instrumen"), max_length=8, choices=Asal.choices, default=Asal.PORTAL
    )
    catatan = models.TextField(_("catatan"), blank=True)
    dibuat_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    dibuat_pada = models.DateTimeField(auto_now_add=True)
    diterbitkan_pada = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("versi kuesioner")
        verbose_name_plural = _("versi kuesioner")
        ordering = ["kuesioner__urutan", "-nomor"]
        constraints = [
            models.UniqueConstraint(fields=["kuesioner", "nomor"], name="versi_nomor_unik"),
        ]

    def __str__(self) -> str:
        return f"{self.kuesioner.singkatan} v{self.nomor}"


class AreaButir(models.TextChoices):
    """Which LKE change area an item of the internal survey speaks to (Lampiran III of
    Permenpan RB 90/2021), or the integrity items only staff can answer. Results are
    grouped by it; the names are the regulation's, kept here so survei needs no LKE."""

    A1 = "1", _("1. Manajemen Perubahan")
    A2 = "2", _("2. Penataan Tatalaksana")
    A3 = "3", _("3. Penataan Sistem Manajemen SDM")
    A4 = "4", _("4. Penguatan Akuntabilitas")
    A5 = "5", _("5. Penguatan Pengawasan")
    A6 = "6", _("6. Peningkatan Kualitas Pelayanan Publik")
    INTEGRITAS = "integritas", _("Integritas yang dialami pegawai")


class Butir(models.Model):
    """One question (item) of a version, in Indonesian and English."""

    versi = models.ForeignKey(KuesionerVersi, on_delete=models.CASCADE, related_name="butir")
    urutan = models.PositiveSmallIntegerField(_("urutan"))
    kode = models.CharField(_("kode"), max_length=10)
    teks_id = models.CharField(_("teks (Indonesia)"), max_length=300)
    teks_en = models.CharField(_("teks (Inggris)"), max_length=300)
    area = models.CharField(
        _("area perubahan"), max_length=10, choices=AreaButir.choices, blank=True
    )
    sumber = models.CharField(
        _("sumber butir"),
        max_length=300,
        blank=True,
        help_text=_("Dari mana butir ini berasal, mis. LKE A.I.5.iv.a (Whistle-Blowing System)."),
    )

    class Meta:
        verbose_name = _("butir")
        verbose_name_plural = _("butir")
        ordering = ["versi", "urutan"]
        constraints = [
            models.UniqueConstraint(fields=["versi", "kode"], name="butir_kode_unik"),
        ]

    def __str__(self) -> str:
        return f"{self.kode}. {self.teks}"

    @property
    def teks(self) -> str:
        return self.teks_en if (get_language() or "id").startswith("en") else self.teks_id


class Layanan(models.Model):
    """A service the unit offers; respondents say which one they received."""

    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="layanan_survei")
    nama = models.CharField(_("nama layanan"), max_length=150)
    aktif = models.BooleanField(_("aktif"), default=True)

    class Meta:
        verbose_name = _("layanan")
        verbose_name_plural = _("layanan")
        ordering = ["satker", "nama"]
        constraints = [
            models.UniqueConstraint(fields=["satker", "nama"], name="layanan_nama_unik"),
        ]

    def __str__(self) -> str:
        return self.nama


def kunci_acak() -> int:
    """A random positive 63-bit primary key (collisions: about one in 10^18 per pair)."""
    return secrets.randbits(63) or 1


class Profil:
    """Coarse respondent demographics: never enough to identify anyone."""

    class Usia(models.TextChoices):
        U_17 = "lt17", _("Di bawah 17 tahun")
        U17_25 = "17-25", _("17-25 tahun")
        U26_35 = "26-35", _("26-35 tahun")
        U36_45 = "36-45", _("36-45 tahun")
        U46_55 = "46-55", _("46-55 tahun")
        U56 = "gt55", _("Di atas 55 tahun")

    class Kelamin(models.TextChoices):
        L = "l", _("Laki-laki")
        P = "p", _("Perempuan")
        X = "x", _("Tidak ingin menyebutkan")

    class Pendidikan(models.TextChoices):
        SD = "sd", _("SD atau lebih rendah")
        SMP = "smp", _("SMP")
        SMA = "sma", _("SMA/SMK")
        D = "diploma", _("Diploma")
        S1 = "s1", _("S1")
        S2 = "s2", _("S2 atau lebih tinggi")

    class Pekerjaan(models.TextChoices):
        PNS = "pns", _("PNS/TNI/Polri")
        SWASTA = "swasta", _("Pegawai swasta")
        WIRAUSAHA = "wirausaha", _("Wiraswasta")
        PELAJAR = "pelajar", _("Pelajar/mahasiswa")
        TIDAK = "tidak", _("Tidak bekerja")
        LAINNYA = "lainnya", _("Lainnya")

    class JenisResponden(models.TextChoices):
        PENGUNJUNG = "pengunjung", _("Pengunjung")
        KELUARGA = "keluarga", _("Keluarga warga binaan/tahanan")
        WARGA_BINAAN = "warga_binaan", _("Warga binaan/tahanan")
        PENGACARA = "pengacara", _("Penasihat hukum")
        PEMOHON = "pemohon", _("Pemohon layanan")
        LAINNYA = "lainnya", _("Lainnya")


class Respons(models.Model):
    """One anonymous response to one questionnaire version."""

    id = models.BigIntegerField(primary_key=True, default=kunci_acak, editable=False)

    class Cara(models.TextChoices):
        PUBLIK = "publik", _("Ponsel (kode QR/tautan)")
        KIOSK = "kiosk", _("Kios")
        DIBANTU = "dibantu", _("Kios, dibantu petugas")

    satker = models.ForeignKey(Satker, on_delete=models.PROTECT, related_name="respons_survei")
    versi = models.ForeignKey(KuesionerVersi, on_delete=models.PROTECT, related_name="respons")
    tahun = models.PositiveSmallIntegerField(_("tahun"))
    tanggal = models.DateField(_("tanggal"))
    cara = models.CharField(_("cara"), max_length=8, choices=Cara.choices)
    usia = models.CharField(_("usia"), max_length=5, choices=Profil.Usia.choices)
    jenis_kelamin = models.CharField(
        _("jenis kelamin"), max_length=1, choices=Profil.Kelamin.choices
    )
    pendidikan = models.CharField(_("pendidikan"), max_length=8, choices=Profil.Pendidikan.choices)
    pekerjaan = models.CharField(_("pekerjaan"), max_length=10, choices=Profil.Pekerjaan.choices)
    jenis_responden = models.CharField(
        _("jenis responden"), max_length=12, choices=Profil.JenisResponden.choices
    )
    layanan = models.ForeignKey(
        Layanan, on_delete=models.PROTECT, null=True, blank=True, related_name="respons"
    )
    saran = models.TextField(_("saran"), blank=True, max_length=1000)

    class Meta:
        verbose_name = _("respons")
        verbose_name_plural = _("respons")
        indexes = [
            models.Index(fields=["satker", "tahun"], name="respons_satker_tahun"),
            # Responses count for a period by their day inside its survey window.
            models.Index(fields=["satker", "tanggal"], name="respons_satker_tanggal"),
        ]

    def __str__(self) -> str:
        return f"{self.versi} — {self.satker} {self.tanggal}"


class Skor(models.Model):
    """One answer (1..scale max) of a response to one item."""

    id = models.BigIntegerField(primary_key=True, default=kunci_acak, editable=False)
    respons = models.ForeignKey(Respons, on_delete=models.CASCADE, related_name="skor")
    butir = models.ForeignKey(Butir, on_delete=models.PROTECT, related_name="skor")
    nilai = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(6)]
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["respons", "butir"], name="skor_sekali_per_butir"),
            models.CheckConstraint(
                condition=models.Q(nilai__gte=1, nilai__lte=6), name="skor_dalam_skala"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.butir_id}: {self.nilai}"


class TokenKirim(models.Model):
    """A used form token, kept so it is accepted once: only a keyed hash of it
    (`survei.perlindungan.TokenForm.sidik`) and the day, deleted once the token could
    no longer be sent. Not linked to the response it produced."""

    sidik = models.CharField(max_length=64, unique=True)
    tanggal = models.DateField(db_index=True)

    def __str__(self) -> str:
        return self.sidik


class KodeSekali(models.Model):
    """A one-time code a unit prints on queue tickets; each accepts one response and
    is deleted when used, so no row says when a code was used or by which response."""

    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="kode_survei")
    kode = models.CharField(_("kode"), max_length=12, unique=True)
    dibuat_pada = models.DateField(auto_now_add=True)

    class Meta:
        verbose_name = _("kode sekali pakai")
        verbose_name_plural = _("kode sekali pakai")
        ordering = ["-dibuat_pada", "kode"]

    def __str__(self) -> str:
        return self.kode


class PengaturanSurvei(models.Model):
    """A unit's survey settings."""

    satker = models.OneToOneField(
        Satker, on_delete=models.CASCADE, related_name="pengaturan_survei"
    )
    wajib_kode = models.BooleanField(
        _("wajib kode sekali pakai"),
        default=False,
        help_text=_("Jika aktif, formulir publik hanya diterima dengan kode dari tiket."),
    )
    # Codes ever made; used ones are deleted, so "used" is this minus those left.
    kode_dibuat = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return str(self.satker)


class IndeksEksternal(models.Model):
    """An IPAK or IPKP value from an outside survey (BPS, an Itjen survey, a third
    party), with its source document, for a unit and year.

    Its scope says which score may use it: a value the unit records is the unit's own
    evidence and counts for its self-assessment only; a value the Kanwil administrator
    records counts for the evaluator layers (penilaian.selectors.hasil decides, layer by layer).
    A unit's team never enters or changes a Kanwil-scope value."""

    class Jenis(models.TextChoices):
        IPAK = "ipak", _("IPAK")
        IPKP = "ipkp", _("IPKP")

    class Lingkup(models.TextChoices):
        UNIT = "unit", _("Penilaian mandiri unit")
        KANWIL = "kanwil", _("Lapisan evaluator (dicatat administrator Kanwil)")

    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="indeks_eksternal")
    tahun = models.PositiveSmallIntegerField(_("tahun"))
    jenis = models.CharField(_("indeks"), max_length=4, choices=Jenis.choices)
    lingkup = models.CharField(
        _("berlaku untuk"), max_length=6, choices=Lingkup.choices, default=Lingkup.UNIT
    )
    nilai = models.DecimalField(
        _("nilai (0-4)"),
        max_digits=6,
        decimal_places=4,
        validators=[MinValueValidator(0), MaxValueValidator(4)],
    )
    sumber = models.CharField(_("sumber"), max_length=300)
    dokumen = models.CharField(
        _("dokumen sumber"),
        max_length=300,
        default="",  # rows from before the field; every new entry must name its document
        help_text=_("Judul, nomor dan tanggal laporan survei yang memuat nilai ini."),
    )
    tautan = models.URLField(_("tautan dokumen"), max_length=500, blank=True)
    dicatat_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    dicatat_pada = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("indeks eksternal")
        verbose_name_plural = _("indeks eksternal")
        ordering = ["satker", "-tahun", "jenis", "lingkup"]
        constraints = [
            models.UniqueConstraint(
                fields=["satker", "tahun", "jenis", "lingkup"], name="indeks_eksternal_unik"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_jenis_display()} {self.satker} {self.tahun}: {self.nilai}"


class Kios(models.Model):
    """A tablet at the counter locked to one unit's surveys. Staff open it from their
    own login, which the tablet then forgets: the tablet holds only a signed pass for
    this row, good for the unit's kiosk pages until it expires or staff close it.
    Which responses came through it is deliberately not recorded."""

    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="kios")
    dibuka_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    dibuka_pada = models.DateTimeField(auto_now_add=True)
    berlaku_sampai = models.DateTimeField(_("berlaku sampai"))
    ditutup_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    ditutup_pada = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("kios")
        verbose_name_plural = _("kios")
        ordering = ["-dibuka_pada"]

    def __str__(self) -> str:
        return f"{self.satker} · {self.dibuka_pada:%Y-%m-%d %H:%M}"


# ---- The internal survey: the unit's own staff, honorary staff included -----------


class ProfilPegawai:
    """The only profile a staff respondent gives: coarse on purpose. Results show a
    category apart only when it has at least 5 respondents (survei.internal.hitung)."""

    class Kategori(models.TextChoices):
        ASN = "asn", _("ASN (PNS)")
        PPPK = "pppk", _("PPPK")
        HONORER = "honorer", _("Honorer/non-ASN")
        KONTRAK = "kontrak", _("Tenaga kontrak/alih daya")

    class MasaKerja(models.TextChoices):
        KURANG_2 = "lt2", _("Kurang dari 2 tahun")
        M2_5 = "2-5", _("2-5 tahun")
        M6_10 = "6-10", _("6-10 tahun")
        LEBIH_10 = "gt10", _("Lebih dari 10 tahun")


class JumlahPegawai(models.Model):
    """How many staff of one category a unit has in a year: the denominator of the
    internal survey's response rate, and the ceiling on its unused codes."""

    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="jumlah_pegawai")
    tahun = models.PositiveSmallIntegerField(_("tahun"))
    kategori = models.CharField(
        _("kategori pegawai"), max_length=8, choices=ProfilPegawai.Kategori.choices
    )
    jumlah = models.PositiveIntegerField(
        _("jumlah pegawai"), validators=[MaxValueValidator(100000)]
    )

    class Meta:
        verbose_name = _("jumlah pegawai")
        verbose_name_plural = _("jumlah pegawai")
        ordering = ["satker", "-tahun", "kategori"]
        constraints = [
            models.UniqueConstraint(
                fields=["satker", "tahun", "kategori"], name="jumlah_pegawai_unik"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.satker} {self.tahun} {self.kategori}: {self.jumlah}"


class KodeInternal(models.Model):
    """A staff member's one-time code for the internal survey. Only a keyed hash of the
    code is kept (survei.internal.services.sidik_kode): the printed slip is the only
    place the code itself exists. The row has a random key, so not even the order of
    the slips on the sheet can be read from the table, and it is deleted when its
    response is stored."""

    id = models.BigIntegerField(primary_key=True, default=kunci_acak, editable=False)
    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="kode_internal")
    sidik = models.CharField(max_length=64, unique=True)
    dibuat_pada = models.DateField(auto_now_add=True)

    class Meta:
        verbose_name = _("kode survei internal")
        verbose_name_plural = _("kode survei internal")

    def __str__(self) -> str:
        return f"{self.satker} · {self.dibuat_pada}"


class ResponsInternal(models.Model):
    """One anonymous staff response: the unit, the version, the day and the three
    coarse profile answers. Never a code, an account, an address, a time or free text
    (a sentence in one's own words is how a small office recognises its writer)."""

    id = models.BigIntegerField(primary_key=True, default=kunci_acak, editable=False)
    satker = models.ForeignKey(Satker, on_delete=models.PROTECT, related_name="respons_internal")
    versi = models.ForeignKey(
        KuesionerVersi, on_delete=models.PROTECT, related_name="respons_internal"
    )
    tanggal = models.DateField(_("tanggal"))
    kategori = models.CharField(
        _("kategori pegawai"), max_length=8, choices=ProfilPegawai.Kategori.choices
    )
    masa_kerja = models.CharField(
        _("masa kerja"), max_length=5, choices=ProfilPegawai.MasaKerja.choices
    )
    melayani_publik = models.BooleanField(_("melayani publik langsung"))

    class Meta:
        verbose_name = _("respons survei internal")
        verbose_name_plural = _("respons survei internal")
        indexes = [models.Index(fields=["satker", "tanggal"], name="respons_internal_satker_tgl")]

    def __str__(self) -> str:
        return f"{self.versi} — {self.satker} {self.tanggal}"


class SkorInternal(models.Model):
    """One answer (1..scale max) of a staff response to one item."""

    id = models.BigIntegerField(primary_key=True, default=kunci_acak, editable=False)
    respons = models.ForeignKey(ResponsInternal, on_delete=models.CASCADE, related_name="skor")
    butir = models.ForeignKey(Butir, on_delete=models.PROTECT, related_name="skor_internal")
    nilai = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(6)]
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["respons", "butir"], name="skor_internal_sekali_per_butir"
            ),
            models.CheckConstraint(
                condition=models.Q(nilai__gte=1, nilai__lte=6), name="skor_internal_dalam_skala"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.butir_id}: {self.nilai}"


class RekapRespons(models.Model):
    """How many responses a unit received on one day for one questionnaire version, per
    service and respondent type, with the sum and number of all their answers.

    Kept up to date by the service that stores a response, in the same transaction
    (survei.rekap), so indices and pages read these few rows, never the raw answers.
    A day is the finest grain a response has, so any survey window is a sum of days.
    `layanan_kunci` is the service's id, 0 when the response named none (a key column
    must not be NULL for the unique constraint to hold on every database)."""

    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="+")
    versi = models.ForeignKey(KuesionerVersi, on_delete=models.PROTECT, related_name="+")
    tanggal = models.DateField(_("tanggal"))
    layanan_kunci = models.PositiveBigIntegerField(default=0)
    jenis_responden = models.CharField(max_length=12, blank=True)
    responden = models.PositiveIntegerField(default=0)
    jumlah = models.PositiveBigIntegerField(default=0)  # sum of the answers
    banyak = models.PositiveBigIntegerField(default=0)  # number of answers

    class Meta:
        verbose_name = _("rekap respons")
        verbose_name_plural = _("rekap respons")
        constraints = [
            models.UniqueConstraint(
                fields=["satker", "versi", "tanggal", "layanan_kunci", "jenis_responden"],
                name="rekap_respons_kunci",
            ),
        ]
        indexes = [models.Index(fields=["satker", "tanggal"], name="rekap_respons_satker_tgl")]

    def __str__(self) -> str:
        return f"{self.satker_id} {self.versi_id} {self.tanggal}: {self.responden}"


class RekapButir(models.Model):
    """The sum and number of the answers to one item on one day in one unit, per service
    and respondent type (the item means, SKM elements and breakdowns read these)."""

    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="+")
    versi = models.ForeignKey(KuesionerVersi, on_delete=models.PROTECT, related_name="+")
    butir = models.ForeignKey(Butir, on_delete=models.PROTECT, related_name="+")
    tanggal = models.DateField(_("tanggal"))
    layanan_kunci = models.PositiveBigIntegerField(default=0)
    jenis_responden = models.CharField(max_length=12, blank=True)
    jumlah = models.PositiveBigIntegerField(default=0)
    banyak = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = _("rekap butir")
        verbose_name_plural = _("rekap butir")
        constraints = [
            models.UniqueConstraint(
                fields=["satker", "versi", "butir", "tanggal", "layanan_kunci", "jenis_responden"],
                name="rekap_butir_kunci",
            ),
        ]
        indexes = [models.Index(fields=["satker", "tanggal"], name="rekap_butir_satker_tgl")]

    def __str__(self) -> str:
        return f"{self.satker_id} {self.butir_id} {self.tanggal}: {self.jumlah}/{self.banyak}"


class RekapResponsInternal(models.Model):
    """How many staff of one category answered one version in a unit on one day.

    The internal survey's counterpart of `RekapRespons`, kept by the service that stores
    a staff response in the same transaction (survei.internal.rekap), so the results
    pages read these rows, never the raw responses. It holds nothing the raw rows do not
    (a day and a category, as they have), and its key is random like theirs, so not even
    the order in which a day's groups first answered can be read from it."""

    id = models.BigIntegerField(primary_key=True, default=kunci_acak, editable=False)
    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="+")
    versi = models.ForeignKey(KuesionerVersi, on_delete=models.PROTECT, related_name="+")
    tanggal = models.DateField(_("tanggal"))
    kategori = models.CharField(
        _("kategori pegawai"), max_length=8, choices=ProfilPegawai.Kategori.choices
    )
    responden = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("rekap respons internal")
        verbose_name_plural = _("rekap respons internal")
        constraints = [
            models.UniqueConstraint(
                fields=["satker", "versi", "tanggal", "kategori"],
                name="rekap_respons_internal_kunci",
            ),
        ]
        indexes = [models.Index(fields=["satker", "tanggal"], name="rekap_resp_int_satker_tgl")]

    def __str__(self) -> str:
        return f"{self.satker_id} {self.versi_id} {self.tanggal} {self.kategori}: {self.responden}"


class RekapButirInternal(models.Model):
    """The sum and number of one category's answers to one item on one day in one unit
    (perception per area and the item means read these)."""

    id = models.BigIntegerField(primary_key=True, default=kunci_acak, editable=False)
    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="+")
    versi = models.ForeignKey(KuesionerVersi, on_delete=models.PROTECT, related_name="+")
    butir = models.ForeignKey(Butir, on_delete=models.PROTECT, related_name="+")
    tanggal = models.DateField(_("tanggal"))
    kategori = models.CharField(
        _("kategori pegawai"), max_length=8, choices=ProfilPegawai.Kategori.choices
    )
    jumlah = models.PositiveBigIntegerField(default=0)  # sum of the answers
    banyak = models.PositiveBigIntegerField(default=0)  # number of answers

    class Meta:
        verbose_name = _("rekap butir internal")
        verbose_name_plural = _("rekap butir internal")
        constraints = [
            models.UniqueConstraint(
                fields=["satker", "versi", "butir", "tanggal", "kategori"],
                name="rekap_butir_internal_kunci",
            ),
        ]
        indexes = [models.Index(fields=["satker", "tanggal"], name="rekap_butir_int_satker_tgl")]

    def __str__(self) -> str:
        return f"{self.satker_id} {self.butir_id} {self.tanggal}: {self.jumlah}/{self.banyak}"
