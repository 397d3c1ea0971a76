"""Which layer of an assessment may still change, in one place, so answers, notes,
evidence and imports all follow the same rule."""

from penilaian.models import Lapisan, Penilaian

# The unit edits its answers and evidence while drafting or after being returned.
STATUS_UNIT_BISA_UBAH = frozenset({Penilaian.Status.DRAF, Penilaian.Status.DIKEMBALIKAN})
# Evaluators answer while the assessment is with them for review.
STATUS_EVALUATOR_BISA_UBAH = frozenset({Penilaian.Status.DIREVIU})


def penilaian_bisa_diubah(penilaian: Penilaian, lapisan: str) -> bool:
    return lapisan in lapisan_bisa_diubah(penilaian, [lapisan])


def lapisan_bisa_diubah(penilaian: Penilaian, lapisan) -> frozenset[str]:
    """Which of the layers `lapisan` may change now, in one query at most."""
    terbuka = set()
    if Lapisan.MANDIRI in lapisan and penilaian.status in STATUS_UNIT_BISA_UBAH:
        terbuka.add(Lapisan.MANDIRI)
    evaluator = [lp for lp in lapisan if lp != Lapisan.MANDIRI]
    if evaluator and penilaian.status in STATUS_EVALUATOR_BISA_UBAH:
        selesai = set(
            penilaian.evaluasi.filter(
                lapisan__in=evaluator, selesai_pada__isnull=False
            ).values_list("lapisan", flat=True)
        )
        terbuka.update(lp for lp in evaluator if lp not in selesai)
    return frozenset(terbuka)


# Submitted and waiting for an evaluator: without an assigned one nobody can review it.
STATUS_MENUNGGU_EVALUATOR = frozenset(
    {Penilaian.Status.DIAJUKAN, Penilaian.Status.DIAJUKAN_ULANG, Penilaian.Status.DIREVIU}
)


def menunggu_tanpa_evaluator(penilaian: Penilaian, jumlah_evaluator: int) -> bool:
    """Submitted (or in review) while no evaluator is assigned to any layer."""
    return penilaian.status in STATUS_MENUNGGU_EVALUATOR and not jumlah_evaluator
