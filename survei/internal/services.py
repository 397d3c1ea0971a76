"""Writes of the internal survey: staff counts, one-time codes, staff responses.
Each runs in one transaction and validates fully; messages are module constants.

The anonymity promise is the public surveys' (README, "Survei publik"), made stronger
for codes: a code exists in clear only on the slip printed for it (or the kiosk screen
that showed it). The table keeps a keyed hash (`sidik_kode`) under a random key, and
deletes the row in the transaction that stores the response, so no row, key or order
pairs a code with the answers it admitted.
"""

import secrets

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from satker.models import Satker
from survei.internal.rekap import rekap_internal_tambah
from survei.internal.selectors import sidik_kode, total_pegawai
from survei.models import (
    Butir,
    JumlahPegawai,
    KodeInternal,
    Kuesioner,
    KuesionerVersi,
    ProfilPegawai,
    ResponsInternal,
    SkorInternal,
    TokenKirim,
)
from survei.perlindungan import baca_token
from survei.services import (
    _HURUF_KODE,
    PESAN_TOKEN_TIDAK_SAH,
    PESAN_VERSI_TIDAK_TERBIT,
    _cek_jawaban,
    _normal_kode,
    token_kirim_hapus_kedaluwarsa,
)

PESAN_KODE_WAJIB = _("Masukkan kode pada slip survei pegawai Anda.")
PESAN_KODE_TIDAK_VALID = _("Kode tidak dikenal atau sudah dipakai.")
PESAN_PROFIL = _("Pilih salah satu jawaban.")
PESAN_BUKAN_INTERNAL = _("Kuesioner ini bukan survei internal pegawai.")
PESAN_JUMLAH_PEGAWAI = _("Jumlah pegawai harus bilangan bulat antara 0 dan 100000.")
PESAN_PEGAWAI_KOSONG = _("Isi jumlah pegawai paling sedikit satu kategori.")
PESAN_BELUM_ADA_PEGAWAI = _(
    "Catat dulu jumlah pegawai unit ini: kode dibagikan satu untuk setiap pegawai."
)
PESAN_KODE_MELEBIHI = _(
    "Kode yang belum dipakai tidak boleh melebihi jumlah pegawai (%(pegawai)s); sekarang "
    "%(tersisa)s belum dipakai. Batalkan kode lama bila slipnya hilang, lalu cetak lagi."
)
PESAN_JUMLAH_KODE = _("Buat antara 1 dan 500 kode sekaligus.")

PANJANG_KODE = 8
MAKS_PEGAWAI = 100000


# ---- Staff counts ---------------------------------------------------------------


@transaction.atomic
def jumlah_pegawai_simpan(*, satker: Satker, tahun: int, jumlah: dict[str, int]) -> None:
    """The unit's staff per category for a year (every category; a missing one is 0)."""
    angka = {}
    for kategori in ProfilPegawai.Kategori.values:
        nilai = jumlah.get(kategori) or 0
        if not isinstance(nilai, int) or not 0 <= nilai <= MAKS_PEGAWAI:
            raise ValidationError({kategori: PESAN_JUMLAH_PEGAWAI})
        angka[kategori] = nilai
    if not any(angka.values()):
        raise ValidationError(PESAN_PEGAWAI_KOSONG)
    for kategori, nilai in angka.items():
        JumlahPegawai.objects.update_or_create(
            satker=satker, tahun=tahun, kategori=kategori, defaults={"jumlah": nilai}
        )


# ---- Codes -----------------------------------------------------------------------


@transaction.atomic
def kode_internal_buat(*, satker: Satker, jumlah: int) -> list[str]:
    """`jumlah` new codes for the unit's staff, returned in clear once (to print or to
    show) and stored only as keyed hashes. Unused codes never outnumber the staff: a
    unit cannot print itself a second electorate."""
    if not isinstance(jumlah, int) or not 1 <= jumlah <= 500:
        raise ValidationError({"jumlah": PESAN_JUMLAH_KODE})
    # One unit's codes are made one request at a time, so the ceiling holds under races.
    Satker.objects.select_for_update().filter(pk=satker.pk).first()
    pegawai = total_pegawai(satker=satker, tahun=timezone.localdate().year)
    if not pegawai:
        raise ValidationError(PESAN_BELUM_ADA_PEGAWAI)
    tersisa = KodeInternal.objects.filter(satker=satker).count()
    if tersisa + jumlah > pegawai:
        raise ValidationError(
            {"jumlah": PESAN_KODE_MELEBIHI % {"pegawai": pegawai, "tersisa": tersisa}}
        )
    dibuat: list[str] = []
    while len(dibuat) < jumlah:
        kode = "".join(secrets.choice(_HURUF_KODE) for _ in range(PANJANG_KODE))
        try:
            with transaction.atomic():
                KodeInternal.objects.create(satker=satker, sidik=sidik_kode(kode))
        except IntegrityError:  # the same code (or random key) exists: draw again
            continue
        dibuat.append(kode)
    return dibuat


@transaction.atomic
def kode_internal_batalkan(*, satker: Satker) -> int:
    """Voids every unused code of the unit (lost slips); returns how many."""
    jumlah, _detail = KodeInternal.objects.filter(satker=satker).delete()
    return jumlah


# ---- Responses -------------------------------------------------------------------


@transaction.atomic
def respons_internal_simpan(
    *,
    satker: Satker,
    versi: KuesionerVersi,
    profil: dict,
    jawaban: dict[str, int],
    token: str,
    kode: str,
) -> bool:
    """Store one anonymous staff response admitted by `kode`, which is used up. Like
    `survei.services.respons_simpan`: a token the server never issued raises, one
    already used returns False and stores nothing twice; bad input raises
    ValidationError and stores nothing (the code stays unused)."""
    dibaca = baca_token(token)
    if dibaca is None:
        raise ValidationError(PESAN_TOKEN_TIDAK_SAH, code="token")
    if TokenKirim.objects.filter(sidik=dibaca.sidik).exists():
        return False
    butir = _cek_isi(versi, profil, jawaban)
    hari_ini = timezone.localdate()
    try:
        with transaction.atomic():
            TokenKirim.objects.create(sidik=dibaca.sidik, tanggal=hari_ini)
    except IntegrityError:
        return False
    _pakai_kode(satker, kode)  # raising rolls the token back with everything else
    respons = ResponsInternal(
        satker=satker,
        versi=versi,
        tanggal=hari_ini,
        kategori=profil["kategori"],
        masa_kerja=profil["masa_kerja"],
        melayani_publik=profil["melayani_publik"],
    )
    respons.full_clean()
    respons.save(force_insert=True)
    nilai = {b.pk: int(jawaban[b.kode]) for b in butir}
    SkorInternal.objects.bulk_create(
        SkorInternal(respons=respons, butir_id=b, nilai=n) for b, n in nilai.items()
    )
    # The day's aggregates, which the pages read, in the same transaction as the answers.
    rekap_internal_tambah(respons=respons, nilai=nilai)
    token_kirim_hapus_kedaluwarsa(hari_ini=hari_ini)
    return True


def _cek_isi(versi: KuesionerVersi, profil: dict, jawaban: dict) -> list[Butir]:
    if versi.kuesioner.jenis != Kuesioner.Jenis.INTERNAL:
        raise ValidationError(PESAN_BUKAN_INTERNAL)
    if versi.status != KuesionerVersi.Status.TERBIT:
        raise ValidationError(PESAN_VERSI_TIDAK_TERBIT)
    salah = {}
    if profil.get("kategori") not in ProfilPegawai.Kategori.values:
        salah["kategori"] = PESAN_PROFIL
    if profil.get("masa_kerja") not in ProfilPegawai.MasaKerja.values:
        salah["masa_kerja"] = PESAN_PROFIL
    if not isinstance(profil.get("melayani_publik"), bool):
        salah["melayani_publik"] = PESAN_PROFIL
    if salah:
        raise ValidationError(salah)
    butir = list(versi.butir.all())
    _cek_jawaban(butir, jawaban, versi.skala_maks)
    return butir


def _pakai_kode(satker: Satker, kode: str) -> None:
    kode = _normal_kode(kode or "")[:20]
    if not kode:
        raise ValidationError({"kode": PESAN_KODE_WAJIB})
    # Deleted, not stamped; the delete is the lock (two phones racing on one code
    # cannot both delete it).
    dipakai, _detail = KodeInternal.objects.filter(satker=satker, sidik=sidik_kode(kode)).delete()
    if dipakai != 1:
        raise ValidationError({"kode": PESAN_KODE_TIDAK_VALID})
