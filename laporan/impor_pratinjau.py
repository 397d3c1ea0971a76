"""The import of an LKE workbook after its preview: which answer column goes to which
layer of the assessment, what that would change, and the import itself.

The person maps each layer they may write (the unit's team its own layer, an assigned
evaluator its layer: `laporan.access.impor.lapisan_boleh_impor`) to one answer column of
the file, or to none. Nothing is written until they confirm; then every mapped column
goes through `laporan.impor.bacaan_simpan` in one transaction — all or nothing, row by
row messages — and the stored file is deleted.
"""

import io
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from laporan.impor import BacaanLapisan, bacaan_simpan
from laporan.models import UnggahanLke
from laporan.pembaca_lke.baca import HasilBaca, lke_kenali
from laporan.pembaca_lke.jawaban import Sumber
from laporan.unggahan_lke import unggahan_hapus, unggahan_simpan
from penilaian.models import Jawaban, Lapisan, Penilaian
from penilaian.selectors.hasil import KODE_SURVEI
from penilaian.selectors.instrumen import instrumen_untuk_versi
from penilaian.services.aturan import penilaian_bisa_diubah
from penilaian.services.jawaban import nilai_tersimpan

PESAN_PILIH = _("Pilih kolom jawaban untuk sedikitnya satu lapisan.")
PESAN_GANDA = _("Kolom %(sumber)s dipilih untuk lebih dari satu lapisan; pilih satu saja.")
PESAN_TIDAK_ADA = _("Kolom yang dipilih tidak ada di berkas ini.")
PESAN_TERKUNCI = _(
    "Lapisan %(lapisan)s tidak dapat diubah pada status penilaian sekarang (sudah "
    "diajukan, sedang direviu, atau final): tidak ada yang diimpor."
)


def pratinjau_baca(*, unggahan: UnggahanLke, penilaian: Penilaian) -> HasilBaca:
    """What the stored workbook holds, read for this assessment's instrument."""
    instrumen = instrumen_untuk_versi(penilaian.periode.versi)
    return lke_kenali(io.BytesIO(bytes(unggahan.isi)), instrumen=instrumen)


def pratinjau_siapkan(*, penilaian: Penilaian, oleh, berkas) -> UnggahanLke:
    """Keeps an uploaded workbook for its preview once it reads as an LKE; a file that
    does not is not kept (ValidationError says why, in the user's language)."""
    unggahan = unggahan_simpan(penilaian=penilaian, oleh=oleh, berkas=berkas)
    try:
        pratinjau_baca(unggahan=unggahan, penilaian=penilaian)
    except ValidationError:
        unggahan_hapus(unggahan=unggahan)
        raise
    return unggahan


def pemetaan_awal(hasil: HasilBaca, lapisan: list[str]) -> dict[str, str]:
    """The column each layer would take unless the person chooses otherwise: the one
    whose header names the layer most surely; with one layer and one column, that one."""
    pemetaan, dipakai = {}, set()
    for lap in lapisan:
        calon = sorted(
            (s.tebakan[1], i, s.id)
            for i, s in enumerate(hasil.sumber)
            if s.tebakan and s.tebakan[0] == lap and s.id not in dipakai
        )
        if calon:
            pemetaan[lap] = calon[0][2]
            dipakai.add(calon[0][2])
    if not pemetaan and len(lapisan) == 1 and len(hasil.sumber) == 1:
        pemetaan[lapisan[0]] = hasil.sumber[0].id
    return pemetaan


@dataclass(frozen=True)
class Perubahan:
    """What importing a column into a layer would do to the stored answers."""

    terisi: int  # answers the column holds
    berubah: int  # answers that differ from the stored ones (new ones included)
    dikosongkan: int  # stored answers the column leaves empty


def _sama(lama, baru) -> bool:
    if lama is None or baru is None:
        return lama == baru
    return nilai_tersimpan(lama) == nilai_tersimpan(baru)


def perubahan(*, penilaian: Penilaian, hasil: HasilBaca, lapisan: list[str]) -> dict:
    """{(layer, source id): Perubahan} for every layer the person may write (one query)."""
    tersimpan: dict[str, dict] = {lap: {} for lap in lapisan}
    for kode, lap, nilai in Jawaban.objects.filter(
        penilaian=penilaian, lapisan__in=lapisan, nilai__isnull=False
    ).values_list("pertanyaan__kode", "lapisan", "nilai"):
        tersimpan[lap][kode] = nilai
    hasil_ubah = {}
    for lap in lapisan:
        for s in hasil.sumber:
            berubah = dikosongkan = 0
            for kode in s.baris:
                lama, baru = tersimpan[lap].get(kode), s.jawaban.get(kode)
                if baru is None and lama not in (None, ""):
                    dikosongkan += 1
                elif baru is not None and not _sama(lama, baru):
                    berubah += 1
            hasil_ubah[(lap, s.id)] = Perubahan(s.terisi, berubah, dikosongkan)
    return hasil_ubah


def periksa_pemetaan(hasil: HasilBaca, pemetaan: dict[str, str]) -> dict[str, Sumber]:
    """{layer: source} of a chosen mapping, or ValidationError."""
    dipilih = {lap: sid for lap, sid in pemetaan.items() if sid}
    if not dipilih:
        raise ValidationError(PESAN_PILIH, code="tanpa_pemetaan")
    hasil_sumber = {}
    for lap, sid in dipilih.items():
        sumber = hasil.sumber_dengan(sid)
        if sumber is None:
            raise ValidationError(PESAN_TIDAK_ADA, code="sumber_tidak_ada")
        if list(dipilih.values()).count(sid) > 1:
            raise ValidationError(PESAN_GANDA % {"sumber": sumber.label}, code="sumber_ganda")
        hasil_sumber[lap] = sumber
    return hasil_sumber


def _bacaan(sumber: Sumber) -> BacaanLapisan:
    baris = {k: r for k, r in sumber.baris.items() if k not in KODE_SURVEI}
    return BacaanLapisan(
        jawaban={k: sumber.jawaban.get(k) for k in baris},
        catatan=dict(sumber.catatan),
        baris=baris,
        ada_catatan=sumber.kolom_catatan is not None,
        label=sumber.label,
    )


@dataclass
class Pratinjau:
    """Everything the preview shows and the import needs, read once per request."""

    unggahan: UnggahanLke
    hasil: HasilBaca
    lapisan: list[str]  # the layers the person may write
    ubah: dict  # (layer, source id) -> Perubahan
    awal: dict  # layer -> source id chosen unless the person says otherwise
    baris: list  # [BarisTampil]
    cara: list  # [(how, count)]


def pratinjau_untuk(
    *, penilaian: Penilaian, unggahan: UnggahanLke, lapisan: list[str]
) -> Pratinjau:
    hasil = pratinjau_baca(unggahan=unggahan, penilaian=penilaian)
    instrumen = instrumen_untuk_versi(penilaian.periode.versi)
    urutan = {p.kode: i for i, p in enumerate(instrumen.pertanyaan)}
    return Pratinjau(
        unggahan=unggahan,
        hasil=hasil,
        lapisan=lapisan,
        ubah=perubahan(penilaian=penilaian, hasil=hasil, lapisan=lapisan),
        awal=pemetaan_awal(hasil, lapisan),
        baris=baris_tampil(hasil, urutan),
        cara=[(str(CARA.get(k, k)), n) for k, n in sorted(hasil.cara().items())],
    )


@transaction.atomic
def pratinjau_impor(
    *, penilaian: Penilaian, pratinjau: Pratinjau, oleh, pemetaan: dict[str, str]
) -> dict[str, int]:
    """Imports the mapped columns into their layers (only the layers `oleh` may write:
    `pratinjau.lapisan`), all or nothing, and deletes the stored file. Returns {layer:
    answers changed}; raises ValidationError (the mapping, or one message per bad row)."""
    hasil = pratinjau.hasil
    dipilih = periksa_pemetaan(hasil, {k: v for k, v in pemetaan.items() if k in pratinjau.lapisan})
    terkunci = [lap for lap in dipilih if not penilaian_bisa_diubah(penilaian, lap)]
    if terkunci:  # one message, not one per row
        nama = ", ".join(nama_lapisan(lap) for lap in terkunci)
        raise ValidationError(PESAN_TERKUNCI % {"lapisan": nama}, code="terkunci")
    galat = [g for s in dipilih.values() for g in s.galat]
    if galat:
        raise ValidationError(galat, code="baris_salah")
    diubah = bacaan_simpan(
        penilaian=penilaian, bacaan={lap: _bacaan(s) for lap, s in dipilih.items()}, oleh=oleh
    )
    unggahan_hapus(unggahan=pratinjau.unggahan)
    return diubah


def nama_lapisan(lapisan: str) -> str:
    return str(Lapisan(lapisan).label)


# --- what the preview page shows ----------------------------------------------------------

CARA = {
    "kode": _("kode pertanyaan"),
    "nomor": _("nomor bertingkat"),
    "teks": _("teks pertanyaan"),
    "teks_mirip": _("teks mirip"),
}


@dataclass(frozen=True)
class BarisTampil:
    kode: str
    lembar: str
    baris: int
    cara: str
    jawaban: tuple[str, ...]  # per source, in the order of `hasil.sumber`


def tampil_jawaban(nilai) -> str:
    if nilai is None:
        return "—"
    if isinstance(nilai, dict):
        if set(nilai) == {"persen"}:
            return f"{nilai_tersimpan(nilai['persen'])} %"
        return ", ".join(f"{k.replace('_', ' ')}: {nilai_tersimpan(v)}" for k, v in nilai.items())
    return str(nilai_tersimpan(nilai))


def baris_tampil(hasil: HasilBaca, urutan: dict[str, int]) -> list[BarisTampil]:
    """Every matched row, in the instrument's order: how it was matched, and what each
    answer column holds on it."""
    baris = []
    for t in hasil.tabel:
        for kode, c in t.cocok.items():
            cara = str(CARA.get(c.cara, c.cara))
            if c.rincian:
                cara = f"{cara} ({c.rincian})"
            jawaban = tuple(
                tampil_jawaban(s.jawaban.get(kode)) if s.lembar == t.lembar else ""
                for s in hasil.sumber
            )
            baris.append(BarisTampil(kode, t.lembar, c.baris, cara, jawaban))
    return sorted(baris, key=lambda b: (urutan.get(b.kode, 0), b.lembar))
