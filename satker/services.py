"""Writes for units, people and roles. Each runs in one transaction and validates fully."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from satker.lingkup import lingkup_pengguna
from satker.models import (
    KopSurat,
    PemberiPredikat,
    Pengguna,
    Peran,
    RiwayatInduk,
    RiwayatPredikat,
    Satker,
    StatusZI,
)
from satker.selectors import PERAN_TIM_SATKER

PESAN_INDUK_DI_LUAR_LINGKUP = gettext_lazy("Anda tidak mengelola Kanwil tersebut.")
PESAN_KANWIL_PUNYA_INDUK = gettext_lazy("Kanwil tidak berada di bawah Kanwil lain.")
PESAN_SATKER_WAJIB_INDUK = gettext_lazy("Satuan kerja selain Kanwil wajib punya Kanwil induk.")
PESAN_INDUK_SAMA = gettext_lazy("Satuan kerja sudah berada di bawah Kanwil tersebut.")
PESAN_PERAN_DI_LUAR_LINGKUP = gettext_lazy("Anda tidak dapat memberi peran di satuan kerja itu.")
PESAN_PERAN_KANWIL_SAJA = gettext_lazy("Peran ini hanya dapat diberikan pada sebuah Kanwil.")
PESAN_PERAN_SUDAH_ADA = gettext_lazy("Pengguna sudah memegang peran ini di satuan kerja itu.")
PESAN_PERAN_NASIONAL = gettext_lazy("Peran administrator nasional hanya diberikan superuser.")
PESAN_WBBM_TANPA_WBK = gettext_lazy("WBBM hanya dapat dicatat jika satuan kerja sudah meraih WBK.")
PESAN_EVALUATOR_TIM_SENDIRI = gettext_lazy(
    "Pemisahan tugas: pengguna ini kepala atau operator satuan kerja itu, jadi tidak dapat "
    "menjadi evaluatornya."
)
PESAN_TIM_SUDAH_EVALUATOR = gettext_lazy(
    "Pemisahan tugas: pengguna ini evaluator satuan kerja itu, jadi tidak dapat menjadi "
    "kepala atau operatornya. Cabut dulu peran evaluatornya."
)
PESAN_MANDIRI_HANYA_WBK = gettext_lazy(
    "Evaluasi secara mandiri oleh instansi hanya memberi predikat Menuju WBK "
    "(Permenpan RB 5/2024); WBBM diberikan TPN."
)
PESAN_KOP_BUKAN_KANWIL = gettext_lazy("Kop surat hanya diatur untuk Kanwil.")


def _cek_induk(*, oleh, jenis: str, induk: Satker | None) -> None:
    if jenis == Satker.Jenis.KANWIL:
        if induk is not None:
            raise ValidationError({"induk": PESAN_KANWIL_PUNYA_INDUK})
        if not lingkup_pengguna(oleh).admin_nasional:
            raise PermissionDenied(_("Hanya administrator nasional yang dapat membuat Kanwil."))
        return
    if induk is None:
        raise ValidationError({"induk": PESAN_SATKER_WAJIB_INDUK})
    lingkup = lingkup_pengguna(oleh)
    if not lingkup.boleh_kelola_kanwil(induk.pk):
        raise ValidationError({"induk": PESAN_INDUK_DI_LUAR_LINGKUP})


@transaction.atomic
def satker_buat(*, oleh: Pengguna, **data) -> Satker:
    satker = Satker(**data)
    if satker.induk_id is not None and satker.instansi_id is None:
        satker.instansi_id = satker.induk.instansi_id
    _cek_induk(oleh=oleh, jenis=satker.jenis, induk=satker.induk)
    satker.full_clean()
    satker.save()
    if satker.induk_id:
        RiwayatInduk.objects.create(
            satker=satker, induk_id=satker.induk_id, mulai=timezone.localdate(), oleh=oleh
        )
    _lupakan_lingkup(oleh)
    return satker


@transaction.atomic
def satker_ubah(*, satker: Satker, oleh: Pengguna, **data) -> Satker:
    """Edits name, type, address and head. The code never changes (it is on posters)."""
    for field in ("nama", "jenis", "alamat", "nama_kepala"):
        if field in data:
            setattr(satker, field, data[field])
    satker.full_clean()
    satker.save()
    return satker


@transaction.atomic
def satker_atur_aktif(*, satker: Satker, aktif: bool, oleh: Pengguna) -> Satker:
    Satker.objects.filter(pk=satker.pk).update(aktif=aktif, diubah=timezone.now())
    satker.refresh_from_db()
    return satker


@transaction.atomic
def satker_pindahkan(*, satker: Satker, induk_baru: Satker, oleh: Pengguna, catatan: str = ""):
    """Re-parents a unit under another Kanwil, closing the old membership row.

    All of its assessments, surveys and evidence stay attached to the unit itself,
    so nothing is lost; the old Kanwil simply stops seeing it.
    """
    if induk_baru.pk == satker.induk_id:
        raise ValidationError({"induk_baru": PESAN_INDUK_SAMA})
    _cek_induk(oleh=oleh, jenis=satker.jenis, induk=induk_baru)
    hari_ini = timezone.localdate()
    RiwayatInduk.objects.filter(satker=satker, selesai__isnull=True).update(selesai=hari_ini)
    RiwayatInduk.objects.create(
        satker=satker, induk=induk_baru, mulai=hari_ini, oleh=oleh, catatan=catatan
    )
    satker.induk = induk_baru
    satker.instansi_id = induk_baru.instansi_id
    satker.full_clean()
    satker.save(update_fields=["induk", "instansi", "diubah"])
    _lupakan_lingkup(oleh)
    return satker


@transaction.atomic
def status_zi_simpan(*, satker: Satker, tahun: int, oleh: Pengguna, **data) -> StatusZI:
    status, _created = StatusZI.objects.get_or_create(satker=satker, tahun=tahun)
    for field, value in data.items():
        setattr(status, field, value)
    status.full_clean()
    status.save()
    return status


@transaction.atomic
def predikat_catat(*, satker: Satker, oleh: Pengguna, **data) -> RiwayatPredikat:
    riwayat = RiwayatPredikat(satker=satker, **data)
    if riwayat.pemberi == PemberiPredikat.MANDIRI and riwayat.predikat != "WBK":
        raise ValidationError({"pemberi": PESAN_MANDIRI_HANYA_WBK})
    if riwayat.predikat == "WBBM":
        # The WBK held may come from the national team or the ministry's own evaluation.
        punya_wbk = satker.riwayat_predikat.filter(
            predikat="WBK", tahun__lte=riwayat.tahun, tahun_dicabut__isnull=True
        ).exists()
        if not punya_wbk:
            raise ValidationError({"predikat": PESAN_WBBM_TANPA_WBK})
    riwayat.full_clean()
    riwayat.save()
    return riwayat


@transaction.atomic
def kop_surat_simpan(*, kanwil: Satker, oleh: Pengguna, **data) -> KopSurat:
    """Stores a Kanwil's letterhead (creating it the first time). The NIP is kept as its
    18 digits; letters print it grouped."""
    if not kanwil.adalah_kanwil:
        raise ValidationError(PESAN_KOP_BUKAN_KANWIL)
    kop = KopSurat.objects.filter(kanwil=kanwil).first() or KopSurat(kanwil=kanwil)
    for field, value in data.items():
        setattr(kop, field, value)
    kop.nip_kepala = "".join(kop.nip_kepala.split())
    kop.diubah_oleh = oleh
    kop.full_clean()
    kop.save()
    return kop


@transaction.atomic
def pengguna_buat(*, oleh: Pengguna, password: str | None, peran: dict, **data) -> Pengguna:
    """Creates a person together with a first role, so they are never outside every scope."""
    pengguna = Pengguna(**data)
    if password:
        pengguna.set_password(password)
    else:
        pengguna.set_unusable_password()
    pengguna.full_clean(exclude=["password"])
    pengguna.save()
    peran_beri(pengguna=pengguna, oleh=oleh, **peran)
    return pengguna


@transaction.atomic
def pengguna_ubah(*, pengguna: Pengguna, oleh: Pengguna, **data) -> Pengguna:
    for field in ("first_name", "last_name", "email"):
        if field in data:
            setattr(pengguna, field, data[field])
    pengguna.full_clean(exclude=["password"])
    pengguna.save()
    return pengguna


@transaction.atomic
def pengguna_atur_aktif(*, pengguna: Pengguna, aktif: bool, oleh: Pengguna) -> Pengguna:
    if pengguna.pk == oleh.pk and not aktif:
        raise ValidationError(_("Anda tidak dapat menonaktifkan akun Anda sendiri."))
    Pengguna.objects.filter(pk=pengguna.pk).update(is_active=aktif)
    pengguna.refresh_from_db()
    return pengguna


@transaction.atomic
def peran_beri(*, pengguna: Pengguna, oleh: Pengguna, jenis: str, satker: Satker | None, **_x):
    lingkup = lingkup_pengguna(oleh)
    if jenis == Peran.Jenis.ADMIN_NASIONAL:
        raise ValidationError({"jenis": PESAN_PERAN_NASIONAL})
    if satker is None or not lingkup.boleh_kelola(satker.pk):
        raise ValidationError({"satker": PESAN_PERAN_DI_LUAR_LINGKUP})
    if jenis in (Peran.Jenis.ADMIN_KANWIL, Peran.Jenis.AUDITOR) and not satker.adalah_kanwil:
        raise ValidationError({"satker": PESAN_PERAN_KANWIL_SAJA})
    if Peran.objects.filter(pengguna=pengguna, jenis=jenis, satker=satker).exists():
        raise ValidationError({"jenis": PESAN_PERAN_SUDAH_ADA})
    _cek_pemisahan_tugas(pengguna, jenis, satker)
    peran = Peran(pengguna=pengguna, jenis=jenis, satker=satker)
    peran.full_clean()
    peran.save()
    _lupakan_lingkup(pengguna)
    return peran


def _cek_pemisahan_tugas(pengguna: Pengguna, jenis: str, satker: Satker) -> None:
    """No one judges their own unit: its head and operators are never its evaluator."""
    sudah = set(
        Peran.objects.filter(pengguna=pengguna, satker=satker).values_list("jenis", flat=True)
    )
    if jenis == Peran.Jenis.EVALUATOR and sudah & set(PERAN_TIM_SATKER):
        raise ValidationError({"jenis": PESAN_EVALUATOR_TIM_SENDIRI})
    if jenis in PERAN_TIM_SATKER and Peran.Jenis.EVALUATOR in sudah:
        raise ValidationError({"jenis": PESAN_TIM_SUDAH_EVALUATOR})


@transaction.atomic
def peran_cabut(*, peran: Peran, oleh: Pengguna) -> None:
    if peran.satker_id is None or not lingkup_pengguna(oleh).boleh_kelola(peran.satker_id):
        raise PermissionDenied(PESAN_PERAN_DI_LUAR_LINGKUP)
    peran.delete()
    _lupakan_lingkup(peran.pengguna)


def _lupakan_lingkup(user) -> None:
    """Drop the scope cached on a user object after its roles or units changed."""
    if hasattr(user, "_zi_lingkup"):
        del user._zi_lingkup
