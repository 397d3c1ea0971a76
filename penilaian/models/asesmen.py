"""Assessment periods, each unit's assessment, the answers of every layer (the unit's
own and each evaluator's), their history, comments, evidence and stored score snapshots.

The instrument models (version, area, sub-area, question) live beside these; an
instrument version is never changed once an assessment points at it."""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class Lapisan(models.TextChoices):
    """Who answered: the unit itself, or an evaluation layer. Each layer answers every
    question independently; the latest finished evaluator layer is the official score."""

    MANDIRI = "mandiri", _("Penilaian mandiri")
    KANWIL = "kanwil", _("Penilaian pendahuluan Kanwil")
    TPI = "tpi", _("Tim Penilai Internal (TPI)")


LAPISAN_EVALUATOR = (Lapisan.KANWIL, Lapisan.TPI)


class Periode(models.Model):
    """An assessment year opened by a Kanwil for chosen units, with one instrument version,
    its survey window (responses count for the period by their day inside it) and the
    proposal date ("ZI built at least a year" is measured to it)."""

    kanwil = models.ForeignKey(
        "satker.Satker",
        on_delete=models.PROTECT,
        related_name="periode_penilaian",
        limit_choices_to={"jenis": "kanwil"},
        verbose_name=_("Kanwil"),
    )
    tahun = models.PositiveSmallIntegerField(_("tahun"))
    versi = models.ForeignKey(
        "penilaian.InstrumenVersi",
        on_delete=models.PROTECT,
        related_name="periode",
        verbose_name=_("versi instrumen"),
    )
    batas_mandiri = models.DateField(_("batas penilaian mandiri"))
    batas_reviu = models.DateField(_("batas reviu"))
    tanggal_usulan = models.DateField(
        _("tanggal usulan"),
        help_text=_(
            "Tanggal usulan ke KemenPAN-RB (biasanya 31 Mei); ZI minimal satu tahun "
            "diukur sampai tanggal ini."
        ),
    )
    survei_mulai = models.DateField(
        _("survei mulai"), help_text=_("Respons survei dihitung mulai tanggal ini.")
    )
    survei_selesai = models.DateField(
        _("survei selesai"), help_text=_("Respons survei dihitung sampai tanggal ini.")
    )
    dibuat_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    dibuat_pada = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("periode penilaian")
        verbose_name_plural = _("periode penilaian")
        ordering = ["-tahun", "kanwil__nama"]
        constraints = [
            models.UniqueConstraint(fields=["kanwil", "tahun"], name="periode_unik_per_kanwil"),
            models.CheckConstraint(
                condition=models.Q(batas_reviu__gte=models.F("batas_mandiri")),
                name="periode_batas_reviu_setelah_mandiri",
            ),
            models.CheckConstraint(
                condition=models.Q(survei_selesai__gte=models.F("survei_mulai")),
                name="periode_jendela_survei_urut",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kanwil} {self.tahun}"


class Penilaian(models.Model):
    """One unit's assessment in one period. Status changes only through the
    TRANSITIONS table in penilaian.services.alur, as a conditional update with a history row."""

    class Status(models.TextChoices):
        DRAF = "draf", _("Draf")
        DIAJUKAN = "diajukan", _("Diajukan")
        DIREVIU = "direviu", _("Dalam reviu")
        DIKEMBALIKAN = "dikembalikan", _("Dikembalikan untuk perbaikan")
        DIAJUKAN_ULANG = "diajukan_ulang", _("Diajukan ulang")
        FINAL = "final", _("Final")

    periode = models.ForeignKey(
        Periode, on_delete=models.PROTECT, related_name="penilaian", verbose_name=_("periode")
    )
    satker = models.ForeignKey(
        "satker.Satker",
        on_delete=models.PROTECT,
        related_name="penilaian",
        verbose_name=_("satuan kerja"),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAF
    )
    status_diubah_pada = models.DateTimeField(_("status diubah pada"), auto_now_add=True)
    predikat_sebelumnya = models.CharField(
        _("predikat yang sudah dimiliki"),
        max_length=10,
        blank=True,
        help_text=_(
            "Diisi dari riwayat predikat satker saat periode dibuka; WBBM mensyaratkan WBK."
        ),
    )

    class Meta:
        verbose_name = _("penilaian")
        verbose_name_plural = _("penilaian")
        ordering = ["periode", "satker__nama"]
        constraints = [
            models.UniqueConstraint(
                fields=["periode", "satker"], name="penilaian_unik_per_periode"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.satker} — {self.periode.tahun}"


class RiwayatStatus(models.Model):
    """One workflow step: who moved the assessment, from which status to which, and why."""

    penilaian = models.ForeignKey(Penilaian, on_delete=models.CASCADE, related_name="riwayat")
    dari = models.CharField(max_length=20, choices=Penilaian.Status.choices)
    ke = models.CharField(max_length=20, choices=Penilaian.Status.choices)
    oleh = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    pada = models.DateTimeField(auto_now_add=True)
    catatan = models.TextField(blank=True)

    class Meta:
        ordering = ["pada", "pk"]

    def __str__(self) -> str:
        return f"{self.penilaian_id}: {self.dari} → {self.ke}"


class PenugasanEvaluator(models.Model):
    """An evaluator assigned to one layer of one unit's assessment."""

    penilaian = models.ForeignKey(Penilaian, on_delete=models.CASCADE, related_name="penugasan")
    lapisan = models.CharField(max_length=10, choices=Lapisan.choices)
    evaluator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="penugasan_evaluasi"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["penilaian", "lapisan", "evaluator"], name="penugasan_unik"
            ),
            models.CheckConstraint(
                condition=~models.Q(lapisan="mandiri"), name="penugasan_bukan_mandiri"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.evaluator} ({self.lapisan})"


class Evaluasi(models.Model):
    """The state of one evaluator layer on one assessment; finished layers are official.

    A finished layer is frozen: `masukan_beku` holds everything its score used (its
    answers, the IPAK/IPKP values with their source, the version's settings and the
    predicate already held), and its score is computed from that alone until someone
    reopens the layer with a reason (penilaian.services.beku)."""

    penilaian = models.ForeignKey(Penilaian, on_delete=models.CASCADE, related_name="evaluasi")
    lapisan = models.CharField(max_length=10, choices=Lapisan.choices)
    selesai_pada = models.DateTimeField(null=True, blank=True)
    selesai_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    masukan_beku = models.JSONField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["penilaian", "lapisan"], name="evaluasi_unik"),
        ]

    def __str__(self) -> str:
        return f"{self.penilaian_id} {self.lapisan}"


class Jawaban(models.Model):
    """One layer's answer to one question. `nilai` holds the raw answer exactly as the
    scoring engine takes it (an option label, a dict of named `%` inputs, or a number
    as a string for Nilai 0-4), so the stored answer and the score can never disagree."""

    penilaian = models.ForeignKey(Penilaian, on_delete=models.CASCADE, related_name="jawaban")
    pertanyaan = models.ForeignKey(
        "penilaian.Pertanyaan", on_delete=models.PROTECT, related_name="jawaban"
    )
    lapisan = models.CharField(max_length=10, choices=Lapisan.choices, default=Lapisan.MANDIRI)
    nilai = models.JSONField(_("jawaban"), null=True, blank=True)
    narasi = models.TextField(_("penjelasan"), blank=True)
    perlu_revisi = models.BooleanField(_("perlu perbaikan"), default=False)
    diubah_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    diubah_pada = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["penilaian", "pertanyaan", "lapisan"], name="jawaban_unik_per_lapisan"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.pertanyaan_id} ({self.lapisan})"


class Komentar(models.Model):
    """A message in the per-question thread between the unit and its evaluators."""

    penilaian = models.ForeignKey(Penilaian, on_delete=models.CASCADE, related_name="komentar")
    pertanyaan = models.ForeignKey(
        "penilaian.Pertanyaan", on_delete=models.PROTECT, related_name="+"
    )
    penulis = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    teks = models.TextField(_("komentar"), max_length=4000)
    dibuat_pada = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["dibuat_pada", "pk"]

    def __str__(self) -> str:
        return self.teks[:60]


class JejakAudit(models.Model):
    """Append-only trail of every change to answers, evaluator answers, notes and
    evidence. Written by services only; the portal offers no way to edit it."""

    penilaian = models.ForeignKey(Penilaian, on_delete=models.CASCADE, related_name="jejak")
    kode_pertanyaan = models.CharField(max_length=40, blank=True)
    lapisan = models.CharField(max_length=10, blank=True)
    objek = models.CharField(max_length=30)  # jawaban, narasi, catatan, bukti, status, ...
    lama = models.JSONField(null=True, blank=True)
    baru = models.JSONField(null=True, blank=True)
    oleh = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    pada = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-pada", "-pk"]
        indexes = [models.Index(fields=["penilaian", "-pada"])]

    def __str__(self) -> str:
        return f"{self.objek} {self.kode_pertanyaan} {self.pada:%Y-%m-%d %H:%M}"


class SkorSnapshot(models.Model):
    """The stored score of one layer of one assessment, refreshed by the scoring service
    whenever that layer's inputs change, so lists never recompute scores per row.

    Exact: every shown number comes from the exact rationals stored as text ("p/q", read
    back with `penilaian.scoring.pecahan`). The decimal columns are those values cut to 12
    places for sorting and database aggregates; a cut keeps every half-up rounding to 2
    places and every comparison with a threshold as the exact value gives it."""

    penilaian = models.ForeignKey(Penilaian, on_delete=models.CASCADE, related_name="skor")
    lapisan = models.CharField(max_length=10, choices=Lapisan.choices)
    total = models.DecimalField(max_digits=20, decimal_places=12)
    pengungkit = models.DecimalField(max_digits=20, decimal_places=12)
    hasil = models.DecimalField(max_digits=20, decimal_places=12)
    total_tepat = models.CharField(max_length=200, default="0")
    pengungkit_tepat = models.CharField(max_length=200, default="0")
    hasil_tepat = models.CharField(max_length=200, default="0")
    # {"1": {"nilai": "28/5", "pemenuhan": "31/10", "reform": "5/2", "persen": "70"}, ...}
    area = models.JSONField(default=dict)
    # {"bersih_akuntabel": "...", "ipak": "...", "capaian_kinerja": "...", "pelayanan_prima": "..."}
    hasil_rinci = models.JSONField(default=dict)
    # {"A.I.1": {"nilai": "3/2", "rata_rata": "3/4"}, ...}: every sub-area of the
    # instrument (pengungkit and hasil), for reports that show sub-area scores per unit.
    subarea = models.JSONField(default=dict)
    # Where the layer's survey items came from: {"B.I.a": {"nilai": "p/q" | null,
    # "jenis": "survei" | "eksternal_kanwil" | ..., "responden": 42, "minimum": 30, ...}}
    sumber_hasil = models.JSONField(default=dict)
    memenuhi_wbk = models.BooleanField(default=False)
    memenuhi_wbbm = models.BooleanField(default=False)
    gagal_wbk = models.JSONField(default=list)  # keys as in hitung_lke: total, area_1, ...
    gagal_wbbm = models.JSONField(default=list)
    terjawab = models.PositiveIntegerField(default=0)
    jumlah_pertanyaan = models.PositiveIntegerField(default=0)
    dihitung_pada = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["penilaian", "lapisan"], name="skor_unik_per_lapisan"),
        ]

    def __str__(self) -> str:
        return f"{self.penilaian_id} {self.lapisan}: {self.total}"


class IndeksLapisan(models.Model):
    """An IPAK or IPKP value one evaluator layer uses: entered by that layer's evaluator
    with its source document, or the unit's external value they confirmed (recorded as
    theirs). It wins over the Kanwil's value and the portal survey for that layer only."""

    class Jenis(models.TextChoices):
        IPAK = "ipak", _("IPAK")
        IPKP = "ipkp", _("IPKP")

    penilaian = models.ForeignKey(Penilaian, on_delete=models.CASCADE, related_name="indeks")
    lapisan = models.CharField(max_length=10, choices=Lapisan.choices)
    jenis = models.CharField(_("indeks"), max_length=4, choices=Jenis.choices)
    nilai = models.DecimalField(
        _("nilai (0-4)"),
        max_digits=6,
        decimal_places=4,
        validators=[MinValueValidator(0), MaxValueValidator(4)],
    )
    sumber = models.CharField(_("sumber"), max_length=300)
    dokumen = models.CharField(_("dokumen sumber"), max_length=300)
    dikonfirmasi_dari = models.CharField(
        _("dikonfirmasi dari"),
        max_length=300,
        blank=True,
        help_text=_("Diisi bila evaluator mengonfirmasi nilai eksternal yang dicatat unit."),
    )
    dicatat_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    dicatat_pada = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("indeks lapisan evaluator")
        verbose_name_plural = _("indeks lapisan evaluator")
        constraints = [
            models.UniqueConstraint(
                fields=["penilaian", "lapisan", "jenis"], name="indeks_lapisan_unik"
            ),
            models.CheckConstraint(
                condition=~models.Q(lapisan="mandiri"), name="indeks_lapisan_bukan_mandiri"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.penilaian_id} {self.lapisan} {self.jenis}: {self.nilai}"


def _nama_berkas_bukti(instance, filename: str) -> str:
    # A generated name: the original name is kept in the row, never used on disk.
    nama = uuid.uuid4().hex
    return f"bukti/{nama[:2]}/{nama}"


class Bukti(models.Model):
    """An evidence item (data dukung): a file with its version history, or a link.
    Kanwil-wide evidence (a decree, a shared SOP) has no assessment of its own and is
    linked to the same question in many assessments through TautanBukti."""

    class Jenis(models.TextChoices):
        BERKAS = "berkas", _("Berkas")
        TAUTAN = "tautan", _("Tautan")

    jenis = models.CharField(max_length=10, choices=Jenis.choices)
    judul = models.CharField(_("judul"), max_length=200)
    url = models.URLField(_("tautan"), max_length=1000, blank=True)
    kanwil_bersama = models.ForeignKey(
        "satker.Satker",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="bukti_bersama",
        help_text=_("Diisi bila bukti diunggah sekali oleh Kanwil untuk banyak satker."),
    )
    dibuat_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    dibuat_pada = models.DateTimeField(auto_now_add=True)
    dihapus_pada = models.DateTimeField(null=True, blank=True)
    dihapus_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    def __str__(self) -> str:
        return self.judul


class VersiBerkas(models.Model):
    """One uploaded version of a file evidence item; replacing adds a version."""

    bukti = models.ForeignKey(Bukti, on_delete=models.CASCADE, related_name="versi")
    berkas = models.FileField(upload_to=_nama_berkas_bukti, max_length=200)
    nama_asli = models.CharField(max_length=255)
    ukuran = models.PositiveBigIntegerField()
    tipe = models.CharField(max_length=120)
    sha256 = models.CharField(max_length=64)
    diunggah_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    diunggah_pada = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-diunggah_pada", "-pk"]

    def __str__(self) -> str:
        return self.nama_asli


class TautanBukti(models.Model):
    """Links an evidence item to a question of an assessment (own, shared or carried over)."""

    penilaian = models.ForeignKey(Penilaian, on_delete=models.CASCADE, related_name="tautan_bukti")
    pertanyaan = models.ForeignKey(
        "penilaian.Pertanyaan", on_delete=models.PROTECT, related_name="+"
    )
    bukti = models.ForeignKey(Bukti, on_delete=models.PROTECT, related_name="tautan")
    ditautkan_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    ditautkan_pada = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["penilaian", "pertanyaan", "bukti"], name="tautan_bukti_unik"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.bukti_id} → {self.pertanyaan_id}"
