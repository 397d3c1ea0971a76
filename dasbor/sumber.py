"""Where the dashboard reads other apps' data: the survey summary, evidence
completeness and a layer's answers. Each is one small function so it follows the owning
app's selector (used as soon as it exists on main); each runs in a constant number of
queries."""

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count

from survei.selectors import KUESIONER_INDEKS, ringkasan_survei_satker


@dataclass(frozen=True)
class Survei:
    """One unit's survey state for the dashboard (indices on 0..4)."""

    responden: int | None  # respondents (the lower of the two questionnaires)
    target: int | None
    ipak: Decimal | None
    ipak_sumber: str
    ipkp: Decimal | None
    ipkp_sumber: str


def survei_per_satker(*, satker_ids, tahun: int) -> dict[int, Survei]:
    """Respondents (the lower count of the SPKP and SPAK questionnaires), target and
    IPAK/IPKP with their source, per unit, through the survey app's own selector."""
    hasil = {}
    for satker_id, r in ringkasan_survei_satker(satker_ids=satker_ids, tahun=tahun).items():
        responden = [r.responden(jenis) for jenis in KUESIONER_INDEKS.values()]
        hasil[satker_id] = Survei(
            responden=min(responden) if responden else 0,
            target=r.target,
            ipak=r.ipak[0],
            ipak_sumber=str(r.ipak[1]),
            ipkp=r.ipkp[0],
            ipkp_sumber=str(r.ipkp[1]),
        )
    return hasil


def kelengkapan_bukti(*, penilaian_ids) -> dict[int, int]:
    """Questions with at least one live evidence item, per assessment, in one query."""
    try:
        from penilaian.selectors import kelengkapan_bukti as dari_penilaian
    except ImportError:
        dari_penilaian = None
    if dari_penilaian is not None:
        return dari_penilaian(penilaian_ids=penilaian_ids)
    from penilaian.models import TautanBukti

    baris = (
        TautanBukti.objects.filter(penilaian_id__in=penilaian_ids, bukti__dihapus_pada__isnull=True)
        .values("penilaian_id")
        .annotate(n=Count("pertanyaan_id", distinct=True))
        .order_by()
    )
    return {r["penilaian_id"]: r["n"] for r in baris}


def jawaban_lapisan(*, penilaian, lapisan: str) -> dict[str, object]:
    """The raw answers of one layer, code -> answer, as the engine takes them."""
    try:
        from penilaian.selectors import jawaban_per_lapisan
    except ImportError:
        jawaban_per_lapisan = None
    if jawaban_per_lapisan is not None:
        return jawaban_per_lapisan(penilaian=penilaian, lapisan=lapisan)
    from penilaian.models import Jawaban

    return dict(
        Jawaban.objects.filter(penilaian=penilaian, lapisan=lapisan, nilai__isnull=False)
        .values_list("pertanyaan__kode", "nilai")
        .order_by()
    )
