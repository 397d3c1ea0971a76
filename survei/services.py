"""Writes for surveys. Each runs in one transaction and validates fully; messages
are module constants that tests assert on."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
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
from survei.perlindungan import baca_token
from survei.rekap import rekap_tambah
from survei.sinyal import indeks_eksternal_dicatat, umumkan_indeks_berubah

PESAN_VERSI_TIDAK_TERBIT = _("Kuesioner ini belum atau tidak lagi dibuka.")
PESAN_JAWABAN_KURANG = _("Mohon jawab semua pertanyaan.")
PESAN_DI_LUAR_SKALA = _("Pilihan jawaban tidak valid.")
PESAN_LAYANAN_TIDAK_VALID = _("Pilih layanan dari daftar.")
PESAN_KODE_WAJIB = _("Masukkan kode yang tertera pada tiket atau slip kunjungan Anda.")
PESAN_KODE_TIDAK_VALID = _("Kode tidak dikenal atau sudah dipakai.")
PESAN_TOKEN_TIDAK_SAH = _("Formulir ini kedaluwarsa. Mohon isi kembali dari awal.")
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
PESAN_AREA_WAJIB = _(
    "Setiap butir survei internal harus diberi area perubahan (1-6) atau kelompok integritas."
)

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
    """Store one anonymous response. `token` is the form token the server issued
    (`survei.perlindungan.token_baru`): one it never issued, or an expired one, raises
    ValidationError; one already used (a double tap, a resubmission) returns False and
    nothing is stored twice. `jawaban` maps item code to the answer. Raises
    ValidationError and stores nothing on bad input.

    Anonymity (README, "Survei publik"): the response gets a random key and the day
    only; the used token is kept as a keyed hash with the date; a ticket code is
    deleted when used. Nothing written here pairs a response with a code or a time."""
    dibaca = baca_token(token)
    if dibaca is None:
        raise ValidationError(PESAN_TOKEN_TIDAK_SAH, code="token")
    if TokenKirim.objects.filter(sidik=dibaca.sidik).exists():
        return False
    butir, layanan = _cek_isi(satker, versi, profil, jawaban, saran)
    hari_ini = timezone.localdate()
    # The token first: a concurrent double tap waits on its unique index and then
    # returns False here, instead of being told that its own code is already used.
    try:
        with transaction.atomic():
            TokenKirim.objects.create(sidik=dibaca.sidik, tanggal=hari_ini)
    except IntegrityError:
        return False
    _pakai_kode(satker, kode, cara)  # raising rolls the token back with everything else
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
    respons.save(force_insert=True)
    nilai = {b.pk: int(jawaban[b.kode]) for b in butir}
    Skor.objects.bulk_create(Skor(respons=respons, butir_id=b, nilai=n) for b, n in nilai.items())
    rekap_tambah(respons=respons, nilai=nilai)
    token_kirim_hapus_kedaluwarsa(hari_ini=hari_ini)
    umumkan_indeks_berubah(satker_id=satker.pk, tanggal=respons.tanggal)
    return True


def _cek_isi(satker, versi, profil, jawaban, saran) -> tuple[list[Butir], Layanan | None]:
    """The response's content, checked before anything is written."""
    if versi.status != KuesionerVersi.Status.TERBIT:
        raise ValidationError(PESAN_VERSI_TIDAK_TERBIT)
    butir = list(versi.butir.all())
    _cek_jawaban(butir, jawaban, versi.skala_maks)
    layanan = _cek_layanan(satker, profil.get("layanan"))
    if len(saran) > SARAN_MAKS:
        raise ValidationError({"saran": PESAN_SARAN_TERLALU_PANJANG})
    return butir, layanan


def token_kirim_hapus_kedaluwarsa(*, hari_ini) -> int:
    """Used-token hashes are needed only while their tokens could still be sent; deletes
    the older ones and returns how many (also run hourly by the queue, survei.tugas)."""
    hari = 1 + settings.SURVEI_TOKEN_JAM // 24
    jumlah, _ = TokenKirim.objects.filter(tanggal__lt=hari_ini - timedelta(days=hari)).delete()
    return jumlah


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
    kode = _normal_kode(kode or "")[:20]
    if not kode:
        wajib = PengaturanSurvei.objects.filter(satker=satker, wajib_kode=True).exists()
        if wajib and cara == Respons.Cara.PUBLIK:
            raise ValidationError({"kode": PESAN_KODE_WAJIB})
        return
    # Deleted, not stamped: no row is left that says when (or with which response) a
    # code was used. The delete is the lock: two phones racing on one code cannot both
    # delete it.
    dipakai, _detail = KodeSekali.objects.filter(satker=satker, kode=kode).delete()
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
    dibuat: list[KodeSekali] = []
    while len(dibuat) < jumlah:
        kode = "".join(secrets.choice(_HURUF_KODE) for _ in range(8))
        if KodeSekali.objects.filter(kode=kode).exists():
            continue
        dibuat.append(KodeSekali.objects.create(satker=satker, kode=kode))
    # Used codes are deleted, so the unit's count of used codes is "made minus left".
    pengaturan, _baru = PengaturanSurvei.objects.get_or_create(satker=satker)
    PengaturanSurvei.objects.filter(pk=pengaturan.pk).update(kode_dibuat=F("kode_dibuat") + jumlah)
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
        asal=sumber.asal if sumber else KuesionerVersi.Asal.PORTAL,
        catatan=sumber.catatan if sumber else "",
        dibuat_oleh=oleh,
    )
    if sumber:
        Butir.objects.bulk_create(
            Butir(
                versi=versi,
                urutan=b.urutan,
                kode=b.kode,
                teks_id=b.teks_id,
                teks_en=b.teks_en,
                area=b.area,
                sumber=b.sumber,
            )
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
    butir: list[tuple],
    asal: str | None = None,
) -> KuesionerVersi:
    """Replace the settings and items of a version that has no responses yet.
    `butir` is a list of (code, Indonesian text, English text[, area[, source]]) in
    order; the internal survey needs an area on every item. `asal` None keeps it."""
    versi = KuesionerVersi.objects.select_for_update().get(pk=versi.pk)
    if versi.respons.exists() or versi.respons_internal.exists():
        raise ValidationError(PESAN_VERSI_TERKUNCI)
    if versi.kuesioner.jenis == Kuesioner.Jenis.SKM and int(skala_maks) != 4:
        raise ValidationError({"skala_maks": PESAN_SKM_SKALA_4})
    if not butir:
        raise ValidationError(PESAN_BUTIR_KOSONG)
    butir = [(*b, "", "")[:5] for b in butir]  # area and source are optional
    kode = [b[0].strip() for b in butir]
    if len(set(kode)) != len(kode):
        raise ValidationError(PESAN_KODE_BUTIR_GANDA)
    if versi.kuesioner.jenis == Kuesioner.Jenis.INTERNAL and not all(b[3] for b in butir):
        raise ValidationError(PESAN_AREA_WAJIB)
    versi.skala_maks = int(skala_maks)
    versi.konversi = konversi
    versi.bobot_skm = bobot_skm
    versi.catatan = catatan
    versi.asal = asal or versi.asal
    versi.full_clean()
    versi.save()
    versi.butir.all().delete()
    baru = [
        Butir(
            versi=versi,
            urutan=i,
            kode=k.strip(),
            teks_id=t_id.strip(),
            teks_en=t_en.strip(),
            area=area or "",
            sumber=(sumber or "").strip(),
        )
        for i, (k, t_id, t_en, area, sumber) in enumerate(butir, start=1)
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
