"""Snapshots for the bench, through the scoring service (the only writer)."""

from penilaian.models import Jawaban, Penilaian, SkorSnapshot
from penilaian.services.skor import skor_hitung_ulang_semua, skor_perbarui


def perbarui_semua() -> tuple[int, str]:
    """Writes every layer's snapshot; returns (count, which writer was used)."""
    kunci = list(Jawaban.objects.values_list("penilaian_id", "lapisan").distinct().order_by())
    penilaian = Penilaian.objects.select_related("periode__versi").in_bulk()
    for pid, lapisan in kunci:
        skor_perbarui(penilaian=penilaian[pid], lapisan=lapisan)
    return len(kunci), "penilaian.services.skor.skor_perbarui"


def hitung_ulang_semua() -> tuple[int, int, str]:
    """A full recomputation compared with the stored snapshots: (checked, differing
    columns, how)."""
    beda = skor_hitung_ulang_semua()
    return (
        SkorSnapshot.objects.count(),
        len(beda),
        "penilaian.services.skor.skor_hitung_ulang_semua",
    )
