"""Which layer of an assessment may still change, in one place, so answers, notes,
evidence and imports all follow the same rule."""

from penilaian.models import Lapisan, Penilaian

# The unit edits its answers and evidence while drafting or after being returned.
STATUS_UNIT_BISA_UBAH = frozenset({Penilaian.Status.DRAF, Penilaian.Status.DIKEMBALIKAN})
# Evaluators answer while the assessment is with them for review.
STATUS_EVALUATOR_BISA_UBAH = frozenset({Penilaian.Status.DIREVIU})


def penilaian_bisa_diubah(penilaian: Penilaian, lapisan: str) -> bool:
    if lapisan == Lapisan.MANDIRI:
        return penilaian.status in STATUS_UNIT_BISA_UBAH
    if penilaian.status not in STATUS_EVALUATOR_BISA_UBAH:
        return False
    return not penilaian.evaluasi.filter(lapisan=lapisan, selesai_pada__isnull=False).exists()
