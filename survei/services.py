"""Writes for surveys. Each runs in one transaction and validates fully; messages
are module constants that tests assert on."""

import secrets

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from satker.models import Satker
from survei.models import (
    Butir,
    IndeksEksternal,
    KodeSekali,
    Kuesioner,
    KuesionerVersi,
    Layanan,
    PengaturanSurvei,
    Respons,
    Skor,
    TokenKirim,
)
from survei.sinyal import indeks_eksternal_dicatat, umumkan_indeks_berubah

PESAN_VERSI_TIDAK_TERBIT = _("Kuesioner ini belum atau tidak lagi dibuka.")
PESAN_JAWABAN_KURANG = _("Mohon jawab semua pertanyaan.")
PESAN_DI_LUAR_SKALA = _("Pilihan jawaban tidak valid.")
PESAN_LAYANAN_TIDAK_VALID = _("Pilih layanan dari daftar.")
PESAN_KODE_WAJIB = _("Masukkan kode yang tertera pada tiket atau slip kunjungan Anda.")
PESAN_KODE_TIDAK_VALID = _("Kode tidak dikenal atau sudah dipakai.")
PESAN_SARAN_TERLALU_PANJANG = _("Saran paling banyak 1000 karakter.")
PESAN_VERSI_TERKUNCI = _(
    "Versi ini sudah memiliki respons dan tidak dapat diubah. Buat versi baru."
)
PESAN_SKM_SKALA_4 = _("SKM memakai skala 1-4 (Permenpan RB 14/2017).")
PESAN_BUTIR_KOSONG = _("Sebuah versi harus memiliki paling sedikit satu butir.")
PESAN_KODE_BUTIR_GANDA = _("Kode butir harus unik dalam satu versi.")
PESAN_SUDAH_TERBIT = _("Versi ini sudah terbit.")
PESAN_LAYANAN_ADA = _("Layanan dengan nama ini sudah ada.")
PESAN_JUMLAH_KODE = _("Buat antara 1 dan 500 kode sekaligus.")
PESAN_DOKUMEN_WAJIB = _("Sebutkan dokumen sumber nilai ini (judul, nomor dan tanggal laporan).")

SARAN_MAKS = 1000
# No 0/O, 1/I/L: codes are read off paper and typed on a phone.
_HURUF_KODE = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def _normal_kode(kode: str) -> str:
    return "".join(kode.split()).upper().replace("-", "")


@transaction.atomic
def respons_simpan(
    *,
    satker: Satker,
    versi: KuesionerVersi,
    profil: dict,
    jawaban: dict[str, int],
    saran: str = "",
    cara: str = Respons.Cara.PUBLIK,
    token: str,
    kode: str = "",
) -> bool:
    """Store one anonymous response. Returns False when `token` was already used (a
    double tap or a resubmission): nothing is stored twice. `jawaban` maps item code
    to the answer. Raises ValidationError and stores nothing on bad input."""
    if TokenKirim.objects.filter(token=token).exists():
        return False
    if versi.status != KuesionerVersi.Status.TERBIT:
        raise ValidationError(PESAN_VERSI_TIDAK_TERBIT)
    butir = list(versi.butir.all())
    _cek_jawaban(butir, jawaban, versi.skala_maks)
    layanan = _cek_layanan(satker, profil.get("layanan"))
    if len(saran) > SARAN_MAKS:
        raise ValidationError({"saran": PESAN_SARAN_TERLALU_PANJANG})
    # The token first: a concurrent double tap waits on its unique index and then
    # returns False here, instead of being told that its own code is already used.
    try:
        with transaction.atomic():
            TokenKirim.objects.create(token=token)
    except IntegrityError:
        return False
    _pakai_kode(satker, kode, cara)  # raising rolls the token back with everything else
    hari_ini = timezone.localdate()
    respons = Respons(
        satker=satker,
        versi=versi,
        tahun=hari_ini.year,
        tanggal=hari_ini,
        cara=cara,
        usia=profil.get("usia", ""),
        jenis_kelamin=profil.get("jenis_kelamin", ""),
        pendidikan=profil.get("pendidikan", ""),
        pekerjaan=profil.get("pekerjaan", ""),
        jenis_responden=profil.get("jenis_responden", ""),
        layanan=layanan,
        saran=saran.strip(),
    )
    respons.full_clean()
    respons.save()
    Skor.objects.bulk_create(
        Skor(respons=respons, butir=b, nilai=int(jawaban[b.kode])) for b in butir
    )
    umumkan_indeks_berubah(satker_id=satker.pk, tanggal=respons.tanggal)
    return True


def _cek_jawaban(butir: list[Butir], jawaban: dict, skala_maks: int) -> None:
    kurang = [b.kode for b in butir if jawaban.get(b.kode) in (None, "")]
    if kurang:
        raise ValidationError({f"b_{k}": PESAN_JAWABAN_KURANG for k in kurang})
    salah = {}
    for b in butir:
        try:
            nilai = int(jawaban[b.kode])
        except (TypeError, ValueError):
            nilai = 0
        if not 1 <= nilai <= skala_maks:
            salah[f"b_{b.kode}"] = PESAN_DI_LUAR_SKALA
    if salah:
        raise ValidationError(salah)


def _cek_layanan(satker: Satker, layanan) -> Layanan | None:
    if layanan in (None, ""):
        if Layanan.objects.filter(satker=satker, aktif=True).exists():
            raise ValidationError({"layanan": PESAN_LAYANAN_TIDAK_VALID})
        return None
    layanan_id = getattr(layanan, "pk", layanan)
    hasil = Layanan.objects.filter(satker=satker, aktif=True, pk=layanan_id).first()
    if hasil is None:
        raise ValidationError({"layanan": PESAN_LAYANAN_TIDAK_VALID})
    return hasil


def _pakai_kode(satker: Satker, kode: str, cara: str) -> None:
    kode = _normal_kode(kode or "")
    if not kode:
        wajib = PengaturanSurvei.objects.filter(satker=satker, wajib_kode=True).exists()
        if wajib and cara == Respons.Cara.PUBLIK:
            raise ValidationError({"kode": PESAN_KODE_WAJIB})
        return
    # A conditional update: two phones racing on one code cannot both use it.
    dipakai = KodeSekali.objects.filter(satker=satker, kode=kode, dipakai_pada__isnull=True).update(
        dipakai_pada=timezone.now()
    )
    if dipakai != 1:
        raise ValidationError({"kode": PESAN_KODE_TIDAK_VALID})


# ---- Units: services, one-time codes, settings, external values ----------------


@transaction.atomic
def layanan_tambah(*, satker: Satker, nama: str) -> Layanan:
    nama = " ".join(nama.split())
    if Layanan.objects.filter(satker=satker, nama__iexact=nama).exists():
        raise ValidationError({"nama": PESAN_LAYANAN_ADA})
    layanan = Layanan(satker=satker, nama=nama)
    layanan.full_clean()
    layanan.save()
    return layanan


@transaction.atomic
def layanan_atur_aktif(*, layanan: Layanan, aktif: bool) -> Layanan:
    Layanan.objects.filter(pk=layanan.pk).update(aktif=aktif)
    layanan.refresh_from_db()
    return layanan


@transaction.atomic
def kode_buat(*, satker: Satker, jumlah: int) -> list[KodeSekali]:
    if not 1 <= jumlah <= 500:
        raise ValidationError({"jumlah": PESAN_JUMLAH_KODE})
    dibuat = []
    while len(dibuat) < jumlah:
        kode = "".join(secrets.choice(_HURUF_KODE) for _ in range(8))
        if KodeSekali.objects.filter(kode=kode).exists():
            continue
        dibuat.append(KodeSekali.objects.create(satker=satker, kode=kode))
    return dibuat


@transaction.atomic
def pengaturan_simpan(*, satker: Satker, wajib_kode: bool) -> PengaturanSurvei:
    pengaturan, _ = PengaturanSurvei.objects.update_or_create(
        satker=satker, defaults={"wajib_kode": wajib_kode}
    )
    return pengaturan


def _isi_eksternal(indeks: IndeksEksternal | None) -> dict | None:
    """What an external value row holds, for the audit trail."""
    if indeks is None:
        return None
    return {
        "nilai": str(indeks.nilai),
        "sumber": indeks.sumber,
        "dokumen": indeks.dokumen,
        "tautan": indeks.tautan,
        "lingkup": indeks.lingkup,
    }


def _umumkan_eksternal(indeks: IndeksEksternal, lama, baru, oleh) -> None:
    indeks_eksternal_dicatat.send(
        sender=IndeksEksternal,
        satker_id=indeks.satker_id,
        tahun=indeks.tahun,
        jenis=indeks.jenis,
        lingkup=indeks.lingkup,
        lama=lama,
        baru=baru,
        oleh=oleh,
    )
    umumkan_indeks_berubah(satker_id=indeks.satker_id, tahun=indeks.tahun)


@transaction.atomic
def indeks_eksternal_simpan(
    *,
    satker: Satker,
    tahun: int,
    jenis: str,
    nilai,
    sumber: str,
    dokumen: str,
    oleh,
    lingkup: str = IndeksEksternal.Lingkup.UNIT,
    tautan: str = "",
) -> IndeksEksternal:
    """Records (or changes) the external value of one index, year and scope, with its
    source and source document. Who may record which scope is the caller's check
    (survei.access); this one names the document and writes the audit trail."""
    if not (dokumen or "").strip():
        raise ValidationError({"dokumen": PESAN_DOKUMEN_WAJIB})
    indeks = (
        IndeksEksternal.objects.select_for_update()
        .filter(satker=satker, tahun=tahun, jenis=jenis, lingkup=lingkup)
        .first()
    )
    lama = _isi_eksternal(indeks)
    indeks = indeks or IndeksEksternal(satker=satker, tahun=tahun, jenis=jenis, lingkup=lingkup)
    indeks.nilai = nilai
    indeks.sumber = sumber.strip()
    indeks.dokumen = dokumen.strip()
    indeks.tautan = (tautan or "").strip()
    indeks.dicatat_oleh = oleh
    indeks.full_clean()
    indeks.save()
    indeks.refresh_from_db(fields=["nilai"])  # the stored 4-decimal value, for the trail
    _umumkan_eksternal(indeks, lama, _isi_eksternal(indeks), oleh)
    return indeks


@transaction.atomic
def indeks_eksternal_hapus(*, indeks: IndeksEksternal, oleh) -> None:
    lama = _isi_eksternal(indeks)
    indeks.delete()
    _umumkan_eksternal(indeks, lama, None, oleh)


# ---- Questionnaire versions (administrators) ------------------------------------


@transaction.atomic
def versi_buat(*, kuesioner: Kuesioner, oleh) -> KuesionerVersi:
    """A new draft version, copied from the latest one, to edit and then publish."""
    sumber = kuesioner.versi.order_by("-nomor").first()
    versi = KuesionerVersi.objects.create(
        kuesioner=kuesioner,
        nomor=(sumber.nomor + 1) if sumber else 1,
        skala_maks=sumber.skala_maks if sumber else 4,
        konversi=sumber.konversi if sumber else KuesionerVersi.Konversi.LINEAR,
        bobot_skm=sumber.bobot_skm if sumber else KuesionerVersi.Bobot.SEPERSEMBILAN,
        catatan=sumber.catatan if sumber else "",
        dibuat_oleh=oleh,
    )
    if sumber:
        Butir.objects.bulk_create(
            Butir(versi=versi, urutan=b.urutan, kode=b.kode, teks_id=b.teks_id, teks_en=b.teks_en)
            for b in sumber.butir.all()
        )
    return versi


@transaction.atomic
def versi_ubah(
    *,
    versi: KuesionerVersi,
    skala_maks: int,
    konversi: str,
    bobot_skm: str,
    catatan: str,
    butir: list[tuple[str, str, str]],
) -> KuesionerVersi:
    """Replace the settings and items of a version that has no responses yet.
    `butir` is a list of (code, Indonesian text, English text) in order."""
    versi = KuesionerVersi.objects.select_for_update().get(pk=versi.pk)
    if versi.respons.exists():
        raise ValidationError(PESAN_VERSI_TERKUNCI)
    if versi.kuesioner.jenis == Kuesioner.Jenis.SKM and int(skala_maks) != 4:
        raise ValidationError({"skala_maks": PESAN_SKM_SKALA_4})
    if not butir:
        raise ValidationError(PESAN_BUTIR_KOSONG)
    kode = [k.strip() for k, _, _ in butir]
    if len(set(kode)) != len(kode):
        raise ValidationError(PESAN_KODE_BUTIR_GANDA)
    versi.skala_maks = int(skala_maks)
    versi.konversi = konversi
    versi.bobot_skm = bobot_skm
    versi.catatan = catatan
    versi.full_clean()
    versi.save()
    versi.butir.all().delete()
    baru = [
        Butir(versi=versi, urutan=i, kode=k.strip(), teks_id=t_id.strip(), teks_en=t_en.strip())
        for i, (k, t_id, t_en) in enumerate(butir, start=1)
    ]
    for b in baru:
        b.full_clean(exclude=["versi"])
    Butir.objects.bulk_create(baru)
    return versi


@transaction.atomic
def versi_terbitkan(*, versi: KuesionerVersi, oleh) -> KuesionerVersi:
    """Publish a draft: from now on the public form uses it for new responses."""
    diubah = KuesionerVersi.objects.filter(pk=versi.pk, status=KuesionerVersi.Status.DRAF).update(
        status=KuesionerVersi.Status.TERBIT, diterbitkan_pada=timezone.now()
    )
    if diubah != 1:
        raise ValidationError(PESAN_SUDAH_TERBIT)
    versi.refresh_from_db()
    return versi
