"""Snapshots for the bench: through the scoring service when it is on main
(`penilaian.skor`), otherwise the same contract written from the pure engine."""

from collections import defaultdict
from decimal import Decimal

from penilaian.models import Jawaban, Penilaian, SkorSnapshot
from penilaian.scoring import hitung
from penilaian.selectors import instrumen_untuk_versi

# The snapshot column keeps 12 decimals; the engine computes to 28 digits.
TOLERANSI = Decimal("1e-10")


def _jawaban_semua():
    jawaban = defaultdict(dict)
    for pid, lapisan, kode, nilai in Jawaban.objects.values_list(
        "penilaian_id", "lapisan", "pertanyaan__kode", "nilai"
    ).iterator(chunk_size=20000):
        jawaban[(pid, lapisan)][kode] = nilai
    return jawaban


def _snapshot(penilaian, lapisan, jawaban) -> SkorSnapshot:
    instrumen = instrumen_untuk_versi(penilaian.periode.versi)
    h = hitung(instrumen, jawaban, predikat_sebelumnya=penilaian.predikat_sebelumnya or None)
    return SkorSnapshot(
        penilaian=penilaian,
        lapisan=lapisan,
        total=h.total,
        pengungkit=h.pengungkit,
        hasil=h.hasil,
        area={
            str(no): {
                "nilai": str(a.nilai),
                "pemenuhan": str(a.pemenuhan),
                "reform": str(a.reform),
                "persen": str(a.persen_bobot),
            }
            for no, a in h.area.items()
        },
        hasil_rinci={
            k: str(getattr(h, k))
            for k in ("bersih_akuntabel", "ipak", "capaian_kinerja", "pelayanan_prima")
        },
        memenuhi_wbk=h.predikat["WBK"].memenuhi,
        memenuhi_wbbm=h.predikat["WBBM"].memenuhi,
        gagal_wbk=h.predikat["WBK"].gagal,
        gagal_wbbm=h.predikat["WBBM"].gagal,
        terjawab=sum(v is not None for v in h.nilai_pertanyaan.values()),
        jumlah_pertanyaan=len(instrumen.pertanyaan),
    )


def perbarui_semua() -> tuple[int, str]:
    """Writes every layer's snapshot; returns (count, which writer was used)."""
    kunci = Jawaban.objects.values_list("penilaian_id", "lapisan").distinct().order_by()
    penilaian = {p.pk: p for p in Penilaian.objects.select_related("periode__versi")}
    try:
        from penilaian.skor import skor_perbarui
    except ImportError:
        skor_perbarui = None
    if skor_perbarui is not None:
        for pid, lapisan in kunci:
            skor_perbarui(penilaian=penilaian[pid], lapisan=lapisan)
        return len(kunci), "penilaian.skor.skor_perbarui"
    jawaban = _jawaban_semua()
    SkorSnapshot.objects.bulk_create(
        (_snapshot(penilaian[pid], lapisan, j) for (pid, lapisan), j in jawaban.items()),
        batch_size=500,
    )
    return len(jawaban), "engine (penilaian.scoring.hitung)"


def hitung_ulang_semua() -> tuple[int, int, str]:
    """A full recomputation compared with the stored snapshots: (checked, differing,
    how). Uses `skor_hitung_ulang_semua` when the scoring service is on main."""
    try:
        from penilaian.skor import skor_hitung_ulang_semua
    except ImportError:
        skor_hitung_ulang_semua = None
    if skor_hitung_ulang_semua is not None:
        beda = skor_hitung_ulang_semua()
        return SkorSnapshot.objects.count(), len(beda), "penilaian.skor.skor_hitung_ulang_semua"
    penilaian = {p.pk: p for p in Penilaian.objects.select_related("periode__versi")}
    tersimpan = {(s.penilaian_id, s.lapisan): s for s in SkorSnapshot.objects.all()}
    beda = 0
    jawaban = _jawaban_semua()
    for (pid, lapisan), j in jawaban.items():
        baru = _snapshot(penilaian[pid], lapisan, j)
        lama = tersimpan.get((pid, lapisan))
        if (
            lama is None
            or abs(lama.total - baru.total) > TOLERANSI
            or list(lama.gagal_wbk) != list(baru.gagal_wbk)
        ):
            beda += 1
    return len(jawaban), beda, "engine (penilaian.scoring.hitung)"
