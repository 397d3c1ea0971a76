"""Small builders shared by the assessment tests (not fixtures: plain calls read clearer)."""

from penilaian.models import Jawaban, Lapisan, Penilaian, PenugasanEvaluator, Pertanyaan
from tests.factories import PenilaianFactory


def penilaian_a(cast, status=Penilaian.Status.DRAF, **kwargs) -> Penilaian:
    penilaian = PenilaianFactory(satker=cast.satker_a, **kwargs)
    if status != penilaian.status:
        Penilaian.objects.filter(pk=penilaian.pk).update(status=status)
        penilaian.refresh_from_db()
    return penilaian


def tugaskan(penilaian, evaluator, lapisan=Lapisan.KANWIL) -> PenugasanEvaluator:
    return PenugasanEvaluator.objects.create(
        penilaian=penilaian, lapisan=lapisan, evaluator=evaluator
    )


def jawab_semua(penilaian, oleh, lapisan=Lapisan.MANDIRI, nilai_opsi="A") -> None:
    """Answers every question directly (bypassing the service) with a valid best answer."""
    baris = []
    for p in Pertanyaan.objects.filter(versi=penilaian.periode.versi):
        if p.jenis_jawaban == "%":
            nilai = {m["kunci"]: 1 for m in p.masukan}
        elif p.jenis_jawaban == "Nilai (0-4)":
            nilai = "3.5"
        elif p.jenis_jawaban == "Ya/Tidak":
            nilai = "Ya"
        else:
            nilai = nilai_opsi
        baris.append(
            Jawaban(
                penilaian=penilaian, pertanyaan=p, lapisan=lapisan, nilai=nilai, diubah_oleh=oleh
            )
        )
    Jawaban.objects.bulk_create(baris)
