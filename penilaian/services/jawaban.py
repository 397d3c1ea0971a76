"""Saving one answer of one layer (the unit's, or an evaluator's with its note and
revision mark), and the comment thread per question.

Each save is one small transaction: the answer is checked by the engine
(`periksa_jawaban`), stored in the engine's raw format, the change goes into the audit
trail, and the layer's score snapshot is refreshed. A bad answer saves nothing."""

from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from penilaian.models import Jawaban, Komentar, Lapisan, Penilaian, Pertanyaan
from penilaian.scoring import JawabanTidakValid, periksa_jawaban
from penilaian.selectors.hasil import KODE_SURVEI
from penilaian.selectors.instrumen import instrumen_untuk_versi
from penilaian.services.aturan import penilaian_bisa_diubah
from penilaian.services.jejak import jejak_catat
from penilaian.services.pesan import terjemahkan
from penilaian.services.skor import skor_perbarui

PESAN_TERKUNCI = _(
    "Jawaban lapisan ini tidak dapat diubah pada status penilaian sekarang "
    "(sudah diajukan, sedang direviu, atau final)."
)
PESAN_PERTANYAAN_LAIN = _("Pertanyaan ini bukan bagian dari instrumen penilaian ini.")
PESAN_DARI_SURVEI = _("Nilai ini berasal dari survei eksternal; evaluator tidak mengisinya.")
PESAN_NARASI_PANJANG = _("Penjelasan paling banyak 5000 karakter.")
PESAN_KOMENTAR_KOSONG = _("Komentar tidak boleh kosong.")
PESAN_KOMENTAR_FINAL = _("Penilaian sudah final; diskusi ditutup.")

NARASI_MAKS = 5000


def nilai_tersimpan(nilai):
    """The engine's normal form as stored JSON: whole counts as ints, other numbers as
    strings. The LKE import compares and stores answers in this same form."""
    if isinstance(nilai, Decimal):
        return int(nilai) if nilai == nilai.to_integral_value() else str(nilai.normalize())
    if isinstance(nilai, dict):
        return {k: nilai_tersimpan(v) for k, v in nilai.items()}
    return nilai


def _kosong(nilai) -> bool:
    if nilai is None or nilai == "":
        return True
    return isinstance(nilai, dict) and all(v in (None, "") for v in nilai.values())


def nilai_normal(*, penilaian: Penilaian, pertanyaan: Pertanyaan, nilai):
    """The checked answer in its stored form (None when empty), or ValidationError with
    the engine's message in the active language."""
    if _kosong(nilai):
        return None
    instrumen = instrumen_untuk_versi(penilaian.periode.versi)
    try:
        return nilai_tersimpan(periksa_jawaban(instrumen, pertanyaan.kode, nilai))
    except JawabanTidakValid as exc:
        raise ValidationError({"nilai": terjemahkan(exc)}, code="jawaban_tidak_valid") from exc


def _kunci(penilaian: Penilaian) -> Penilaian:
    """Re-reads the assessment under a row lock, so a save and a status move cannot
    interleave: a save after the submission sees the new status and is refused."""
    return (
        # of=("self",): lock the assessment row only, never the shared period/version rows.
        Penilaian.objects.select_for_update(of=("self",))
        .select_related("periode__versi")
        .get(pk=penilaian.pk)
    )


@transaction.atomic
def jawaban_simpan(
    *,
    penilaian: Penilaian,
    pertanyaan: Pertanyaan,
    lapisan: str,
    nilai,
    narasi: str,
    oleh,
    perlu_revisi: bool | None = None,
) -> Jawaban:
    """Stores one layer's answer and explanation/note (and, for evaluators, whether the
    question needs revision). Caller has checked who `oleh` is (access helpers); this
    checks the layer may still change and the answer is valid."""
    penilaian = _kunci(penilaian)
    if not penilaian_bisa_diubah(penilaian, lapisan):
        raise ValidationError(PESAN_TERKUNCI, code="terkunci")
    if pertanyaan.versi_id != penilaian.periode.versi_id:
        raise ValidationError(PESAN_PERTANYAAN_LAIN, code="pertanyaan_lain")
    if lapisan != Lapisan.MANDIRI and pertanyaan.kode in KODE_SURVEI:
        raise ValidationError(PESAN_DARI_SURVEI, code="dari_survei")
    narasi = (narasi or "").strip()
    if len(narasi) > NARASI_MAKS:
        raise ValidationError({"narasi": PESAN_NARASI_PANJANG}, code="narasi_panjang")
    baru = nilai_normal(penilaian=penilaian, pertanyaan=pertanyaan, nilai=nilai)
    jawaban = (
        Jawaban.objects.select_for_update()
        .filter(penilaian=penilaian, pertanyaan=pertanyaan, lapisan=lapisan)
        .first()
    ) or Jawaban(penilaian=penilaian, pertanyaan=pertanyaan, lapisan=lapisan)
    lama = {"nilai": jawaban.nilai, "narasi": jawaban.narasi, "perlu_revisi": jawaban.perlu_revisi}
    jawaban.nilai, jawaban.narasi, jawaban.diubah_oleh = baru, narasi, oleh
    if perlu_revisi is not None and lapisan != Lapisan.MANDIRI:
        jawaban.perlu_revisi = perlu_revisi
    jawaban.save()
    objek_narasi = "narasi" if lapisan == Lapisan.MANDIRI else "catatan"
    for objek, kolom in (("jawaban", "nilai"), (objek_narasi, "narasi"), ("perlu_revisi",) * 2):
        jejak_catat(
            penilaian=penilaian,
            objek=objek,
            oleh=oleh,
            lama=lama[kolom],
            baru=getattr(jawaban, kolom),
            kode_pertanyaan=pertanyaan.kode,
            lapisan=lapisan,
        )
    if lama["nilai"] != baru:
        # A survey item typed into the worksheet counts for the unit's own layer only.
        skor_perbarui(penilaian=penilaian, lapisan=lapisan)
    return jawaban


@transaction.atomic
def komentar_tambah(*, penilaian: Penilaian, pertanyaan: Pertanyaan, teks: str, oleh) -> Komentar:
    """A message in the question's thread between the unit and its evaluators. The
    caller checked `oleh` is the unit's team, an assigned evaluator or an administrator."""
    teks = (teks or "").strip()
    if not teks:
        raise ValidationError({"teks": PESAN_KOMENTAR_KOSONG}, code="kosong")
    if penilaian.status == Penilaian.Status.FINAL:
        raise ValidationError(PESAN_KOMENTAR_FINAL, code="final")
    if pertanyaan.versi_id != penilaian.periode.versi_id:
        raise PermissionDenied(PESAN_PERTANYAAN_LAIN)
    komentar = Komentar(penilaian=penilaian, pertanyaan=pertanyaan, penulis=oleh, teks=teks)
    komentar.full_clean()
    komentar.save()
    jejak_catat(
        penilaian=penilaian,
        objek="komentar",
        oleh=oleh,
        baru=teks,
        kode_pertanyaan=pertanyaan.kode,
    )
    return komentar
