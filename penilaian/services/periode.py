"""Opening an assessment period for chosen units of a Kanwil, adding units later, and
assigning evaluators to the layers of each assessment."""

from collections.abc import Iterable

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _

from penilaian.models import (
    InstrumenVersi,
    Lapisan,
    Penilaian,
    PenugasanEvaluator,
    Periode,
)
from penilaian.selectors.tenggat import jadwal_bawaan
from penilaian.services.jejak import jejak_catat
from penilaian.services.skor import skor_perbarui
from satker.lingkup import lingkup_pengguna
from satker.models import Peran, Predikat, RiwayatPredikat, Satker
from satker.selectors import PERAN_TIM_SATKER, pengguna_bertugas_di_satker

PESAN_BUKAN_ADMIN_KANWIL = _("Anda tidak mengelola Kanwil ini.")
PESAN_PERIODE_SUDAH_ADA = _("Kanwil ini sudah punya periode penilaian untuk tahun %(tahun)s.")
PESAN_SATKER_BUKAN_ANAK = _("%(nama)s tidak berada di bawah Kanwil ini.")
PESAN_SATKER_KOSONG = _("Pilih sedikitnya satu satuan kerja.")
PESAN_BATAS_TERBALIK = _("Batas reviu tidak boleh sebelum batas penilaian mandiri.")
PESAN_JENDELA_TERBALIK = _("Akhir jendela survei tidak boleh sebelum awalnya.")
PESAN_VERSI_TIDAK_AKTIF = _("Versi instrumen ini tidak aktif.")
PESAN_BUKAN_EVALUATOR = _(
    "%(nama)s tidak memegang peran evaluator pada satuan kerja ini atau Kanwil-nya."
)
PESAN_SUDAH_DITUGASKAN = _("Evaluator ini sudah ditugaskan pada lapisan tersebut.")
PESAN_LAPISAN_EVALUATOR = _("Pilih lapisan Kanwil atau TPI.")
PESAN_EVALUATOR_TIM_SENDIRI = _(
    "Pemisahan tugas: %(nama)s adalah kepala atau operator satuan kerja ini, jadi tidak "
    "dapat menjadi evaluatornya."
)


def _wajib_admin_kanwil(oleh, kanwil: Satker) -> None:
    lingkup = lingkup_pengguna(oleh)
    if not lingkup.boleh_kelola_kanwil(kanwil.pk):
        raise PermissionDenied(PESAN_BUKAN_ADMIN_KANWIL)


def predikat_sebelum(satker: Satker, tahun: int) -> str:
    """The highest predicate the unit holds before `tahun` (not revoked by then)."""
    dimiliki = set(
        RiwayatPredikat.objects.filter(satker=satker, tahun__lt=tahun)
        .exclude(tahun_dicabut__isnull=False, tahun_dicabut__lte=tahun)
        .values_list("predikat", flat=True)
    )
    for predikat in (Predikat.WBBM, Predikat.WBK):
        if predikat in dimiliki:
            return predikat
    return ""


def _satker_anak(kanwil: Satker, satker_ids: Iterable[int]) -> list[Satker]:
    ids = set(satker_ids)
    if not ids:
        raise ValidationError({"satker": PESAN_SATKER_KOSONG})
    daftar = list(Satker.objects.filter(pk__in=ids))
    for satker in daftar:
        if satker.induk_id != kanwil.pk:
            raise ValidationError({"satker": PESAN_SATKER_BUKAN_ANAK % {"nama": satker.nama}})
    return daftar


def _buat_penilaian(periode: Periode, daftar: list[Satker]) -> list[Penilaian]:
    sudah = set(periode.penilaian.values_list("satker_id", flat=True))
    baru = [
        Penilaian(
            periode=periode,
            satker=satker,
            predikat_sebelumnya=predikat_sebelum(satker, periode.tahun),
        )
        for satker in daftar
        if satker.pk not in sudah
    ]
    dibuat = Penilaian.objects.bulk_create(baru)
    for penilaian in Penilaian.objects.filter(pk__in=[p.pk for p in dibuat]).select_related(
        "periode__versi"
    ):
        skor_perbarui(penilaian=penilaian, lapisan=Lapisan.MANDIRI)  # lists show 0, not blank
    return dibuat


@transaction.atomic
def periode_buka(
    *,
    kanwil: Satker,
    tahun: int,
    versi: InstrumenVersi,
    batas_mandiri,
    batas_reviu,
    satker_ids: Iterable[int],
    oleh,
    tanggal_usulan=None,
    survei_mulai=None,
    survei_selesai=None,
) -> Periode:
    """Opens the period and creates one draft assessment per chosen unit, each with the
    predicate the unit already holds (WBBM requires WBK). The proposal date defaults to
    31 May of the year, the survey window to 1 January up to the proposal date."""
    _wajib_admin_kanwil(oleh, kanwil)
    if not versi.aktif:
        raise ValidationError({"versi": PESAN_VERSI_TIDAK_AKTIF})
    if batas_reviu < batas_mandiri:
        raise ValidationError({"batas_reviu": PESAN_BATAS_TERBALIK})
    jadwal = jadwal_bawaan(tahun, tanggal_usulan)
    survei_mulai = survei_mulai or jadwal["survei_mulai"]
    survei_selesai = survei_selesai or jadwal["survei_selesai"]
    if survei_selesai < survei_mulai:
        raise ValidationError({"survei_selesai": PESAN_JENDELA_TERBALIK})
    if Periode.objects.filter(kanwil=kanwil, tahun=tahun).exists():
        raise ValidationError({"tahun": PESAN_PERIODE_SUDAH_ADA % {"tahun": tahun}})
    daftar = _satker_anak(kanwil, satker_ids)
    periode = Periode(
        kanwil=kanwil,
        tahun=tahun,
        versi=versi,
        batas_mandiri=batas_mandiri,
        batas_reviu=batas_reviu,
        tanggal_usulan=jadwal["tanggal_usulan"],
        survei_mulai=survei_mulai,
        survei_selesai=survei_selesai,
        dibuat_oleh=oleh,
    )
    periode.full_clean()
    periode.save()
    _buat_penilaian(periode, daftar)
    return periode


@transaction.atomic
def periode_atur_jadwal(
    *,
    periode: Periode,
    oleh,
    batas_mandiri,
    batas_reviu,
    tanggal_usulan,
    survei_mulai,
    survei_selesai,
) -> Periode:
    """Changes a period's deadlines, proposal date and survey window. The survey items
    of every open layer of its assessments are read again in the new window; finished
    layers keep their frozen scores."""
    from penilaian.services.skor import skor_perbarui_lapisan_terbuka

    _wajib_admin_kanwil(oleh, periode.kanwil)
    if batas_reviu < batas_mandiri:
        raise ValidationError({"batas_reviu": PESAN_BATAS_TERBALIK})
    if survei_selesai < survei_mulai:
        raise ValidationError({"survei_selesai": PESAN_JENDELA_TERBALIK})
    periode = Periode.objects.select_for_update().get(pk=periode.pk)
    periode.batas_mandiri, periode.batas_reviu = batas_mandiri, batas_reviu
    periode.tanggal_usulan = tanggal_usulan
    periode.survei_mulai, periode.survei_selesai = survei_mulai, survei_selesai
    periode.full_clean()
    periode.save()
    for penilaian in periode.penilaian.select_related("periode__versi"):
        skor_perbarui_lapisan_terbuka(penilaian=penilaian)
    return periode


@transaction.atomic
def periode_tambah_satker(*, periode: Periode, satker_ids: Iterable[int], oleh) -> list[Penilaian]:
    """Adds units to an open period; units already in it are left as they are."""
    _wajib_admin_kanwil(oleh, periode.kanwil)
    return _buat_penilaian(periode, _satker_anak(periode.kanwil, satker_ids))


def _evaluator_unit_dan_kanwil(penilaian: Penilaian):
    from satker.models import Pengguna

    return Pengguna.objects.filter(
        is_active=True,
        peran__jenis=Peran.Jenis.EVALUATOR,
        peran__satker_id__in=[penilaian.satker_id, penilaian.periode.kanwil_id],
    )


def _tim_unit(penilaian: Penilaian):
    return Peran.objects.filter(satker_id=penilaian.satker_id, jenis__in=PERAN_TIM_SATKER).values(
        "pengguna_id"
    )


def evaluator_calon(penilaian: Penilaian):
    """People who may be assigned: evaluators of the unit or of its Kanwil, except the
    unit's own head and operators (separation of duties)."""
    return (
        _evaluator_unit_dan_kanwil(penilaian)
        .exclude(pk__in=_tim_unit(penilaian))
        .distinct()
        .order_by("first_name", "username")
    )


def evaluator_terhalang(penilaian: Penilaian) -> list:
    """Evaluators of the unit or its Kanwil left out of `evaluator_calon` because they
    are on the unit's team: the assignment page names them and says why."""
    return list(
        _evaluator_unit_dan_kanwil(penilaian)
        .filter(pk__in=_tim_unit(penilaian))
        .distinct()
        .order_by("first_name", "username")
    )


@transaction.atomic
def penugasan_beri(*, penilaian: Penilaian, lapisan: str, evaluator, oleh) -> PenugasanEvaluator:
    _wajib_admin_kanwil(oleh, penilaian.periode.kanwil)
    if lapisan not in (Lapisan.KANWIL, Lapisan.TPI):
        raise ValidationError({"lapisan": PESAN_LAPISAN_EVALUATOR})
    if pengguna_bertugas_di_satker(pengguna=evaluator, satker_id=penilaian.satker_id):
        raise ValidationError({"evaluator": PESAN_EVALUATOR_TIM_SENDIRI % {"nama": str(evaluator)}})
    if not evaluator_calon(penilaian).filter(pk=evaluator.pk).exists():
        raise ValidationError({"evaluator": PESAN_BUKAN_EVALUATOR % {"nama": str(evaluator)}})
    if PenugasanEvaluator.objects.filter(
        penilaian=penilaian, lapisan=lapisan, evaluator=evaluator
    ).exists():
        raise ValidationError({"evaluator": PESAN_SUDAH_DITUGASKAN})
    penugasan = PenugasanEvaluator.objects.create(
        penilaian=penilaian, lapisan=lapisan, evaluator=evaluator
    )
    jejak_catat(
        penilaian=penilaian,
        objek="penugasan",
        oleh=oleh,
        baru=evaluator.username,
        lapisan=lapisan,
    )
    return penugasan


@transaction.atomic
def penugasan_cabut(*, penugasan: PenugasanEvaluator, oleh) -> None:
    penilaian = penugasan.penilaian
    _wajib_admin_kanwil(oleh, penilaian.periode.kanwil)
    jejak_catat(
        penilaian=penilaian,
        objek="penugasan",
        oleh=oleh,
        lama=penugasan.evaluator.username,
        lapisan=penugasan.lapisan,
    )
    penugasan.delete()


PESAN_MASSAL_KOSONG = _("Pilih sedikitnya satu satuan kerja untuk ditugaskan.")
PESAN_MASSAL_BUKAN_PERIODE = _("Ada penilaian yang tidak termasuk periode ini.")
PESAN_MASSAL_GAGAL = _("%(satker)s: %(pesan)s Tidak ada penugasan yang disimpan.")


@transaction.atomic
def penugasan_beri_massal(
    *, periode: Periode, penilaian_ids: Iterable[int], lapisan: str, evaluator, oleh
) -> list[PenugasanEvaluator]:
    """Assigns one evaluator to one layer of several assessments of a period, all or
    nothing: each goes through `penugasan_beri` (scope, evaluator role, separation of
    duties, no duplicate); the first refusal names its unit and nothing is kept."""
    _wajib_admin_kanwil(oleh, periode.kanwil)
    ids = set(penilaian_ids)
    if not ids:
        raise ValidationError({"penilaian": PESAN_MASSAL_KOSONG})
    daftar = list(
        Penilaian.objects.filter(pk__in=ids, periode=periode)
        .select_related("periode__kanwil", "satker")
        .order_by("satker__nama")
    )
    if len(daftar) != len(ids):
        raise ValidationError({"penilaian": PESAN_MASSAL_BUKAN_PERIODE})
    hasil = []
    for penilaian in daftar:
        try:
            hasil.append(
                penugasan_beri(penilaian=penilaian, lapisan=lapisan, evaluator=evaluator, oleh=oleh)
            )
        except ValidationError as exc:
            pesan = " ".join(exc.messages)
            raise ValidationError(
                PESAN_MASSAL_GAGAL % {"satker": penilaian.satker.nama, "pesan": pesan},
                code="massal_gagal",
            ) from exc
    return hasil


def evaluator_calon_periode(periode: Periode):
    """Who the bulk form offers: active evaluators of the Kanwil or of its units. Each
    assignment is still checked against its own unit (evaluator_calon)."""
    from satker.models import Pengguna

    return (
        # One filter() call, so the role and its place are the same Peran row.
        Pengguna.objects.filter(
            models.Q(peran__satker_id=periode.kanwil_id)
            | models.Q(peran__satker__induk_id=periode.kanwil_id),
            is_active=True,
            peran__jenis=Peran.Jenis.EVALUATOR,
        )
        .distinct()
        .order_by("first_name", "username")
    )
