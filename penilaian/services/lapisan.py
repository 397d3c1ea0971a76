"""An evaluator layer's own work: agreeing with the unit on purpose, the count of what is
still unscored, freezing the layer when it is finished and recomputing it when it is
reopened, each with its row in the audit trail."""

from typing import overload

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from penilaian.models import Jawaban, Lapisan, Penilaian, Pertanyaan, SkorSnapshot
from penilaian.scoring import bulat
from penilaian.selectors.hasil import KODE_SURVEI
from penilaian.services.aturan import penilaian_bisa_diubah
from penilaian.services.beku import lapisan_bekukan, lapisan_cairkan, masukan_hidup
from penilaian.services.jejak import jejak_catat
from penilaian.services.skor import skor_perbarui, skor_tulis

PESAN_TERKUNCI = _("Lapisan ini tidak dapat diubah sekarang (bukan dalam reviu, atau sudah final).")
PESAN_BUKAN_EVALUATOR = _("Pilih lapisan evaluator (Kanwil atau TPI).")
PESAN_UNIT_BELUM_MENJAWAB = _("Unit belum menjawab pertanyaan ini; nilai sendiri.")

# The audit trail's name for an evaluator answer given as "the same as the unit's".
OBJEK_SAMA_UNIT = "jawaban_sama_unit"


def _pertanyaan_evaluator(penilaian: Penilaian):
    """The questions an evaluator scores: all but the survey items (penilaian.selectors.hasil)."""
    return Pertanyaan.objects.filter(versi_id=penilaian.periode.versi_id).exclude(
        kode__in=list(KODE_SURVEI)
    )


def jumlah_dinilai_evaluator(penilaian: Penilaian) -> int:
    return _pertanyaan_evaluator(penilaian).count()


def belum_dinilai(*, penilaian: Penilaian, lapisan: str) -> list[str]:
    """Codes of the questions the layer has not scored yet, in instrument order."""
    dinilai = Jawaban.objects.filter(
        penilaian=penilaian, lapisan=lapisan, nilai__isnull=False
    ).values("pertanyaan_id")
    return list(
        _pertanyaan_evaluator(penilaian)
        .exclude(pk__in=dinilai)
        .order_by("urutan")
        .values_list("kode", flat=True)
    )


def _wajib_terbuka(penilaian: Penilaian, lapisan: str) -> None:
    if lapisan == Lapisan.MANDIRI or lapisan not in Lapisan.values:
        raise ValidationError(PESAN_BUKAN_EVALUATOR, code="bukan_evaluator")
    if not penilaian_bisa_diubah(penilaian, lapisan):
        raise ValidationError(PESAN_TERKUNCI, code="terkunci")


@transaction.atomic
def jawaban_samakan_dengan_unit(
    *, penilaian: Penilaian, lapisan: str, kode: list[str], oleh, timpa: bool = True
) -> list[str]:
    """The evaluator's deliberate "same as the unit's answer" for the questions `kode`:
    each gets the unit's answer as the layer's own, written by `oleh` and recorded in the
    audit trail as such. `timpa=False` leaves questions the layer already scored (the
    sub-area action). Returns the codes changed; questions the unit left unanswered and
    the survey items are skipped. The caller checked `oleh` evaluates this layer."""
    penilaian = Penilaian.objects.select_for_update(of=("self",)).get(pk=penilaian.pk)
    _wajib_terbuka(penilaian, lapisan)
    unit = {
        j.pertanyaan_id: j
        for j in Jawaban.objects.filter(
            penilaian=penilaian, lapisan=Lapisan.MANDIRI, nilai__isnull=False
        )
    }
    sendiri = {
        j.pertanyaan_id: j
        for j in Jawaban.objects.select_for_update().filter(penilaian=penilaian, lapisan=lapisan)
    }
    diubah = []
    for p in _pertanyaan_evaluator(penilaian).filter(kode__in=kode).order_by("urutan"):
        asal = unit.get(p.pk)
        milik = sendiri.get(p.pk) or Jawaban(penilaian=penilaian, pertanyaan=p, lapisan=lapisan)
        if asal is None or (not timpa and milik.nilai is not None) or milik.nilai == asal.nilai:
            continue
        lama = milik.nilai
        milik.nilai, milik.diubah_oleh = asal.nilai, oleh
        milik.save()
        jejak_catat(
            penilaian=penilaian,
            objek=OBJEK_SAMA_UNIT,
            oleh=oleh,
            lama=lama,
            baru=asal.nilai,
            kode_pertanyaan=p.kode,
            lapisan=lapisan,
        )
        diubah.append(p.kode)
    if diubah:
        skor_perbarui(penilaian=penilaian, lapisan=lapisan)
    return diubah


@overload
def ringkasan_skor(snapshot: SkorSnapshot) -> dict: ...
@overload
def ringkasan_skor(snapshot: None) -> None: ...
def ringkasan_skor(snapshot: SkorSnapshot | None) -> dict | None:
    """What the audit trail keeps of a layer's score: the shown figures, the exact total,
    the verdicts and where its survey items came from."""
    if snapshot is None:
        return None
    sumber = {
        kode: {"jenis": data.get("jenis"), "nilai": data.get("nilai")}
        for kode, data in (snapshot.sumber_hasil or {}).items()
    }
    return {
        "total": str(bulat(snapshot.total_tepat)),
        "total_tepat": snapshot.total_tepat,
        "pengungkit": str(bulat(snapshot.pengungkit_tepat)),
        "hasil": str(bulat(snapshot.hasil_tepat)),
        "memenuhi_wbk": snapshot.memenuhi_wbk,
        "memenuhi_wbbm": snapshot.memenuhi_wbbm,
        "sumber_hasil": sumber,
    }


def _snapshot(penilaian: Penilaian, lapisan: str) -> SkorSnapshot | None:
    return SkorSnapshot.objects.filter(penilaian=penilaian, lapisan=lapisan).first()


def lapisan_selesai_bekukan(*, penilaian: Penilaian, lapisan: str, oleh) -> SkorSnapshot:
    """Freezes a layer just marked finished: stores everything its score uses and the
    score of exactly that, with the frozen score in the audit trail. Called inside the
    workflow's transaction (penilaian.services.alur)."""
    masukan = lapisan_bekukan(penilaian=penilaian, lapisan=lapisan, oleh=oleh)
    snapshot = skor_tulis(penilaian=penilaian, lapisan=lapisan, masukan=masukan)
    jejak_catat(
        penilaian=penilaian,
        objek="skor_beku",
        oleh=oleh,
        baru=ringkasan_skor(snapshot),
        lapisan=lapisan,
    )
    return snapshot


def lapisan_dibuka_hitung_ulang(*, penilaian: Penilaian, lapisan: str, oleh, alasan: str):
    """A reopened layer drops its frozen record and is scored again on its live inputs;
    the audit trail gets the old and the new score (and the reason) in one row."""
    lama = ringkasan_skor(_snapshot(penilaian, lapisan))
    lapisan_cairkan(penilaian=penilaian, lapisan=lapisan)
    snapshot = skor_tulis(
        penilaian=penilaian,
        lapisan=lapisan,
        masukan=masukan_hidup(penilaian=penilaian, lapisan=lapisan),
    )
    baru = ringkasan_skor(snapshot)
    jejak_catat(
        penilaian=penilaian,
        objek="skor_dibuka",
        oleh=oleh,
        lama=lama,
        baru={**baru, "alasan": alasan},
        lapisan=lapisan,
    )
    return snapshot
