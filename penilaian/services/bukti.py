"""Writes of evidence (data dukung): upload, link, replace, delete, Kanwil-shared
evidence and carrying last period's evidence over. Every change leaves a JejakAudit row.

A file and its row are saved together or not at all: the file is written inside the
transaction and removed again if anything in it fails. Evidence linked to more than one
assessment (carried over from last year) is never changed under the other assessment:
replacing it first gives this assessment its own copy of the item and its version rows
(the stored files are shared, not copied), and deleting it here only unlinks it here.
"""

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from penilaian.models import (
    Bukti,
    JejakAudit,
    Lapisan,
    Penilaian,
    Periode,
    Pertanyaan,
    TautanBukti,
    VersiBerkas,
)
from penilaian.services.aturan import penilaian_bisa_diubah
from penilaian.services.jejak import jejak_catat
from penilaian.services.unggahan import BerkasDiperiksa, nama_aman, periksa_berkas

PESAN_TERKUNCI = _(
    "Penilaian ini sudah diajukan atau final; bukti hanya dapat diubah selama penilaian "
    "masih draf atau dikembalikan untuk perbaikan."
)
PESAN_TANPA_BERKAS = _("Pilih sedikitnya satu berkas.")
PESAN_TAUTAN_TIDAK_VALID = _("Tautan harus alamat web lengkap yang diawali http:// atau https://.")
PESAN_PERTANYAAN_LAIN = _("Pertanyaan itu bukan bagian dari instrumen penilaian ini.")
PESAN_BUKAN_BERKAS = _("Hanya bukti berupa berkas yang dapat diganti.")
PESAN_BUKTI_BERSAMA = _(
    "Bukti bersama Kanwil hanya dapat diubah oleh administrator Kanwil yang mengunggahnya."
)
PESAN_BUKTI_DIHAPUS = _("Bukti ini sudah dihapus.")
PESAN_PILIH_SATKER = _("Pilih sedikitnya satu satuan kerja.")
PESAN_SATKER_TERKUNCI = _(
    "Tidak ada satuan kerja terpilih yang penilaiannya masih dapat diubah (draf atau dikembalikan)."
)
PESAN_TANPA_PERIODE_LALU = _("Belum ada penilaian periode sebelumnya untuk satuan kerja ini.")

OBJEK_JEJAK = "bukti"
_URL = URLValidator(schemes=["http", "https"])


@dataclass(frozen=True)
class HasilBersama:
    bukti: Bukti
    ditautkan: int  # assessments the shared item was linked into
    dilewati: int  # chosen assessments no longer editable, left alone


# --- Helpers ----------------------------------------------------------------------------


def _kunci_penilaian(penilaian: Penilaian) -> Penilaian:
    """Re-read the assessment under a row lock so a concurrent submission cannot slip
    between the check and the write; refuse if the unit may no longer change it."""
    segar = Penilaian.objects.select_for_update().get(pk=penilaian.pk)
    if not penilaian_bisa_diubah(segar, Lapisan.MANDIRI):
        raise ValidationError(PESAN_TERKUNCI, code="terkunci")
    return segar


def _pastikan_pertanyaan(penilaian: Penilaian, pertanyaan: Pertanyaan) -> None:
    if pertanyaan.versi_id != penilaian.periode.versi_id:
        raise ValidationError(PESAN_PERTANYAAN_LAIN, code="pertanyaan_lain")


def _periksa_semua(berkas: Iterable) -> list[tuple[object, BerkasDiperiksa]]:
    """Check every file before writing any, so one refused file refuses the batch and
    the user sees every problem at once."""
    berkas = [b for b in berkas if b]
    if not berkas:
        raise ValidationError(PESAN_TANPA_BERKAS, code="tanpa_berkas")
    hasil, kesalahan = [], []
    for satu in berkas:
        try:
            hasil.append((satu, periksa_berkas(satu)))
        except ValidationError as exc:
            kesalahan.extend(exc.error_list)
    if kesalahan:
        raise ValidationError(kesalahan)
    return hasil


@contextmanager
def _transaksi_berkas() -> Iterator[list]:
    """A transaction that also owns the files written in it: if it fails, they go."""
    tersimpan: list = []
    try:
        with transaction.atomic():
            yield tersimpan
    except BaseException:
        for berkas in tersimpan:
            berkas.storage.delete(berkas.name)
        raise


def _simpan_versi(*, bukti: Bukti, berkas, diperiksa: BerkasDiperiksa, oleh, tersimpan: list):
    versi = VersiBerkas(
        bukti=bukti,
        nama_asli=diperiksa.nama_asli,
        ukuran=diperiksa.ukuran,
        tipe=diperiksa.tipe,
        sha256=diperiksa.sha256,
        diunggah_oleh=oleh,
    )
    # The upload_to of the field gives a generated name; the user's name stays in the row.
    versi.berkas.save("bukti", berkas, save=False)
    tersimpan.append(versi.berkas)
    versi.full_clean()
    versi.save()
    return versi


def _ringkas(bukti: Bukti, versi: VersiBerkas | None = None) -> dict:
    data = {"bukti": bukti.pk, "jenis": bukti.jenis, "judul": bukti.judul}
    if bukti.url:
        data["url"] = bukti.url
    if bukti.kanwil_bersama_id:
        data["kanwil_bersama"] = bukti.kanwil_bersama_id
    if versi is not None:
        data |= {
            "versi": versi.pk,
            "nama": versi.nama_asli,
            "ukuran": versi.ukuran,
            "tipe": versi.tipe,
            "sha256": versi.sha256,
        }
    return data


def _jejak(*, penilaian, kode: str, oleh, aksi: str, lama=None, baru=None) -> JejakAudit | None:
    """One audit row per evidence change, through the trail's only writer, in the same
    transaction as the change. The action is the first key of the value that exists."""
    if baru is not None:
        baru = {"aksi": aksi} | baru
    else:
        lama = {"aksi": aksi} | (lama or {})
    return jejak_catat(
        penilaian=penilaian,
        objek=OBJEK_JEJAK,
        oleh=oleh,
        lama=lama,
        baru=baru,
        kode_pertanyaan=kode,
        lapisan=Lapisan.MANDIRI,
    )


def _judul(judul: str, diperiksa: BerkasDiperiksa) -> str:
    return (judul or "").strip()[:200] or nama_aman(diperiksa.nama_asli)[:200]


# --- The unit's own evidence ------------------------------------------------------------


def bukti_unggah(
    *, penilaian: Penilaian, pertanyaan: Pertanyaan, berkas: list, oleh, judul: str = ""
) -> list[Bukti]:
    """Upload one or more files as evidence of a question, one item per file. All files
    are checked first; either every file is stored with its row or none is."""
    _pastikan_pertanyaan(penilaian, pertanyaan)
    diperiksa = _periksa_semua(berkas)
    hasil = []
    with _transaksi_berkas() as tersimpan:
        _kunci_penilaian(penilaian)
        for satu, info in diperiksa:
            bukti = Bukti(jenis=Bukti.Jenis.BERKAS, judul=_judul(judul, info), dibuat_oleh=oleh)
            bukti.full_clean()
            bukti.save()
            versi = _simpan_versi(
                bukti=bukti, berkas=satu, diperiksa=info, oleh=oleh, tersimpan=tersimpan
            )
            TautanBukti.objects.create(
                penilaian=penilaian, pertanyaan=pertanyaan, bukti=bukti, ditautkan_oleh=oleh
            )
            _jejak(
                penilaian=penilaian,
                kode=pertanyaan.kode,
                oleh=oleh,
                aksi="unggah",
                baru=_ringkas(bukti, versi),
            )
            hasil.append(bukti)
    return hasil


@transaction.atomic
def bukti_tautan_tambah(
    *, penilaian: Penilaian, pertanyaan: Pertanyaan, url: str, judul: str, oleh
) -> Bukti:
    """Add a link (e.g. a page on the unit's website) as evidence of a question."""
    _pastikan_pertanyaan(penilaian, pertanyaan)
    url = (url or "").strip()
    try:
        _URL(url)
    except ValidationError as exc:
        raise ValidationError({"url": PESAN_TAUTAN_TIDAK_VALID}) from exc
    _kunci_penilaian(penilaian)
    judul = (judul or "").strip()[:200] or url[:200]
    bukti = Bukti(jenis=Bukti.Jenis.TAUTAN, judul=judul, url=url, dibuat_oleh=oleh)
    bukti.full_clean()
    bukti.save()
    TautanBukti.objects.create(
        penilaian=penilaian, pertanyaan=pertanyaan, bukti=bukti, ditautkan_oleh=oleh
    )
    _jejak(
        penilaian=penilaian, kode=pertanyaan.kode, oleh=oleh, aksi="tautan", baru=_ringkas(bukti)
    )
    return bukti


def _tautan_milik_unit(tautan: TautanBukti) -> Bukti:
    bukti = tautan.bukti
    if bukti.dihapus_pada is not None:
        raise ValidationError(PESAN_BUKTI_DIHAPUS, code="dihapus")
    if bukti.kanwil_bersama_id is not None:
        raise ValidationError(PESAN_BUKTI_BERSAMA, code="bersama")
    return bukti


def _dipakai_di_tempat_lain(tautan: TautanBukti) -> bool:
    return TautanBukti.objects.filter(bukti_id=tautan.bukti_id).exclude(pk=tautan.pk).exists()


def _salin_untuk_penilaian_ini(tautan: TautanBukti, oleh) -> Bukti:
    """Give this assessment its own copy of an item another assessment also uses, with
    copies of the version rows pointing at the same stored files."""
    asal = tautan.bukti
    salinan = Bukti.objects.create(
        jenis=asal.jenis, judul=asal.judul, url=asal.url, dibuat_oleh=oleh
    )
    for versi in reversed(list(asal.versi.all())):
        pada = versi.diunggah_pada
        versi.pk = None
        versi.bukti = salinan
        versi.save()
        VersiBerkas.objects.filter(pk=versi.pk).update(diunggah_pada=pada)
    tautan.bukti = salinan
    tautan.save(update_fields=["bukti"])
    return salinan


def bukti_ganti(*, penilaian: Penilaian, tautan: TautanBukti, berkas, oleh) -> VersiBerkas:
    """Replace the file of an evidence item: a new version; earlier versions stay."""
    if tautan.bukti.jenis != Bukti.Jenis.BERKAS:
        raise ValidationError(PESAN_BUKAN_BERKAS, code="bukan_berkas")
    [(satu, info)] = _periksa_semua([berkas])
    with _transaksi_berkas() as tersimpan:
        _kunci_penilaian(penilaian)
        asal = bukti = _tautan_milik_unit(tautan)
        lama = asal.versi.first()
        if _dipakai_di_tempat_lain(tautan):
            bukti = _salin_untuk_penilaian_ini(tautan, oleh)
        versi = _simpan_versi(
            bukti=bukti, berkas=satu, diperiksa=info, oleh=oleh, tersimpan=tersimpan
        )
        _jejak(
            penilaian=penilaian,
            kode=tautan.pertanyaan.kode,
            oleh=oleh,
            aksi="ganti",
            lama=_ringkas(asal, lama),
            baru=_ringkas(bukti, versi),
        )
    return versi


@transaction.atomic
def bukti_hapus(*, penilaian: Penilaian, tautan: TautanBukti, oleh) -> None:
    """Delete an evidence item while the assessment is editable. An item only this
    assessment uses is marked deleted (kept for the record); one another assessment
    also uses (carried over) is only unlinked from this one."""
    _kunci_penilaian(penilaian)
    bukti = _tautan_milik_unit(tautan)
    kode = tautan.pertanyaan.kode
    if _dipakai_di_tempat_lain(tautan):
        tautan.delete()
        aksi = "lepas"
    else:
        bukti.dihapus_pada = timezone.now()
        bukti.dihapus_oleh = oleh
        bukti.save(update_fields=["dihapus_pada", "dihapus_oleh"])
        aksi = "hapus"
    _jejak(
        penilaian=penilaian,
        kode=kode,
        oleh=oleh,
        aksi=aksi,
        lama=_ringkas(bukti, bukti.versi.first()),
    )


# --- Kanwil-shared evidence and carry-over ----------------------------------------------


def _pilihan(periode: Periode, penilaian_ids: Iterable[int]) -> list[Penilaian]:
    pilihan = list(
        Penilaian.objects.filter(periode=periode, pk__in=list(penilaian_ids)).order_by("pk")
    )
    if not pilihan:
        raise ValidationError({"satker": PESAN_PILIH_SATKER})
    return pilihan


def _tautkan_bersama(*, bukti: Bukti, pertanyaan: Pertanyaan, pilihan: list, oleh) -> int:
    """Link a shared item into the chosen assessments still editable (locked rows, so a
    submission cannot slip in between) and not linked already; return how many."""
    terkunci = Penilaian.objects.select_for_update().filter(pk__in=[p.pk for p in pilihan])
    terbuka = [p for p in terkunci if penilaian_bisa_diubah(p, Lapisan.MANDIRI)]
    if not terbuka:
        raise ValidationError({"satker": PESAN_SATKER_TERKUNCI})
    sudah = set(
        TautanBukti.objects.filter(bukti=bukti, pertanyaan=pertanyaan).values_list(
            "penilaian_id", flat=True
        )
    )
    ringkas = _ringkas(bukti, bukti.versi.first())
    jumlah = 0
    for penilaian in terbuka:
        if penilaian.pk in sudah:
            continue
        TautanBukti.objects.create(
            penilaian=penilaian, pertanyaan=pertanyaan, bukti=bukti, ditautkan_oleh=oleh
        )
        _jejak(penilaian=penilaian, kode=pertanyaan.kode, oleh=oleh, aksi="bersama", baru=ringkas)
        jumlah += 1
    return jumlah


def bukti_bersama_unggah(
    *,
    periode: Periode,
    pertanyaan: Pertanyaan,
    berkas,
    judul: str,
    penilaian_ids: Iterable[int],
    oleh,
) -> HasilBersama:
    """A Kanwil uploads one file once and links it to the same question in the chosen
    units' assessments of the period. Units see it read-only. Assessments no longer
    editable are skipped and counted."""
    if pertanyaan.versi_id != periode.versi_id:
        raise ValidationError(PESAN_PERTANYAAN_LAIN, code="pertanyaan_lain")
    pilihan = _pilihan(periode, penilaian_ids)
    [(satu, info)] = _periksa_semua([berkas])
    with _transaksi_berkas() as tersimpan:
        bukti = Bukti(
            jenis=Bukti.Jenis.BERKAS,
            judul=_judul(judul, info),
            kanwil_bersama=periode.kanwil,
            dibuat_oleh=oleh,
        )
        bukti.full_clean()
        bukti.save()
        _simpan_versi(bukti=bukti, berkas=satu, diperiksa=info, oleh=oleh, tersimpan=tersimpan)
        jumlah = _tautkan_bersama(bukti=bukti, pertanyaan=pertanyaan, pilihan=pilihan, oleh=oleh)
    return HasilBersama(bukti=bukti, ditautkan=jumlah, dilewati=len(pilihan) - jumlah)


def _pertanyaan_bersama(periode: Periode, bukti: Bukti) -> Pertanyaan:
    if bukti.kanwil_bersama_id != periode.kanwil_id or bukti.dihapus_pada is not None:
        raise ValidationError(PESAN_BUKTI_DIHAPUS, code="dihapus")
    tautan = (
        TautanBukti.objects.select_related("pertanyaan")
        .filter(bukti=bukti, penilaian__periode=periode)
        .first()
    )
    if tautan is None:
        raise ValidationError(PESAN_BUKTI_DIHAPUS, code="dihapus")
    return tautan.pertanyaan


@transaction.atomic
def bukti_bersama_tautkan(
    *, periode: Periode, bukti: Bukti, penilaian_ids: Iterable[int], oleh
) -> HasilBersama:
    """Link an existing shared item to more units' assessments (same question)."""
    pertanyaan = _pertanyaan_bersama(periode, bukti)
    pilihan = _pilihan(periode, penilaian_ids)
    jumlah = _tautkan_bersama(bukti=bukti, pertanyaan=pertanyaan, pilihan=pilihan, oleh=oleh)
    return HasilBersama(bukti=bukti, ditautkan=jumlah, dilewati=len(pilihan) - jumlah)


@transaction.atomic
def bukti_bersama_tarik(*, periode: Periode, bukti: Bukti, oleh) -> int:
    """Withdraw a shared item from the period's assessments that are still editable
    (recorded in each). Submitted and final assessments keep it: their record does not
    change. An item left linked nowhere is marked deleted. Returns how many were unlinked."""
    _pertanyaan_bersama(periode, bukti)
    tautan = list(
        TautanBukti.objects.select_related("pertanyaan", "penilaian")
        .filter(bukti=bukti, penilaian__periode=periode)
        .order_by("pk")
    )
    terbuka = {
        p.pk
        for p in Penilaian.objects.select_for_update().filter(
            pk__in=[t.penilaian_id for t in tautan]
        )
        if penilaian_bisa_diubah(p, Lapisan.MANDIRI)
    }
    ringkas = _ringkas(bukti, bukti.versi.first())
    ditarik = [t for t in tautan if t.penilaian_id in terbuka]
    for t in ditarik:
        _jejak(penilaian=t.penilaian, kode=t.pertanyaan.kode, oleh=oleh, aksi="tarik", lama=ringkas)
        t.delete()
    if not TautanBukti.objects.filter(bukti=bukti).exists():
        bukti.dihapus_pada = timezone.now()
        bukti.dihapus_oleh = oleh
        bukti.save(update_fields=["dihapus_pada", "dihapus_oleh"])
    return len(ditarik)


@transaction.atomic
def bukti_bawa_dari_periode_lalu(*, penilaian: Penilaian, oleh) -> int:
    """Link the unit's live evidence of its previous assessment to the questions with the
    same codes in this one (the same items, no file copies). Returns how many links were
    added; running it twice adds nothing the second time."""
    from penilaian.selectors.bukti import penilaian_sebelumnya

    _kunci_penilaian(penilaian)
    lalu = penilaian_sebelumnya(penilaian=penilaian)
    if lalu is None:
        raise ValidationError(PESAN_TANPA_PERIODE_LALU, code="tanpa_periode_lalu")
    lama = list(
        TautanBukti.objects.filter(penilaian=lalu, bukti__dihapus_pada__isnull=True)
        .order_by("pk")
        .values_list("pertanyaan__kode", "bukti_id")
    )
    pertanyaan = dict(
        Pertanyaan.objects.filter(
            versi_id=penilaian.periode.versi_id, kode__in={kode for kode, _b in lama}
        ).values_list("kode", "pk")
    )
    ada = set(
        TautanBukti.objects.filter(penilaian=penilaian).values_list("pertanyaan_id", "bukti_id")
    )
    baru = []
    for kode, bukti_id in lama:
        pertanyaan_id = pertanyaan.get(kode)
        if pertanyaan_id is None:
            continue
        kunci = (pertanyaan_id, bukti_id)
        if kunci in ada:
            continue
        ada.add(kunci)
        baru.append((kode, kunci))
    TautanBukti.objects.bulk_create(
        TautanBukti(penilaian=penilaian, pertanyaan_id=p, bukti_id=b, ditautkan_oleh=oleh)
        for _k, (p, b) in baru
    )
    for kode, (_p, b) in baru:
        _jejak(
            penilaian=penilaian,
            kode=kode,
            oleh=oleh,
            aksi="bawa",
            baru={"bukti": b, "dari_penilaian": lalu.pk},
        )
    return len(baru)
