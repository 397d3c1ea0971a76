"""Where the dashboard reshapes other apps' data: the survey summary per unit and the
LHKPN/LHKASN shares as a layer's score reads them. Each reads the owning app's own
selector, so nothing here decides a score or an index; where the dashboard needs another
app's answer as it is (evidence completeness, a layer's engine result) it calls that
app's selector or service directly."""

import datetime
from collections import defaultdict
from dataclasses import dataclass
from fractions import Fraction

from penilaian.models import Evaluasi, Jawaban, Lapisan, Penilaian
from penilaian.scoring import JawabanTidakValid
from penilaian.scoring.jawaban import nilai_dari_normal, periksa_pertanyaan
from penilaian.selectors.instrumen import instrumen_untuk_versi
from survei.selectors import KUESIONER_INDEKS, ringkasan_survei_satker


@dataclass(frozen=True)
class Survei:
    """One unit's survey state for the dashboard (indices on 0..4)."""

    responden: int | None  # respondents (the lower of the two questionnaires)
    target: int | None
    ipak: Fraction | None
    ipak_sumber: str
    ipkp: Fraction | None
    ipkp_sumber: str
    ipak_jenis: str = ""  # "survei" | "eksternal" | "kosong" (SumberIndeks.jenis)
    ipkp_jenis: str = ""


def survei_per_satker(
    *,
    satker_ids,
    tahun: int,
    mulai: datetime.date | None = None,
    selesai: datetime.date | None = None,
) -> dict[int, Survei]:
    """Respondents in the survey window (the lower count of the SPKP and SPAK
    questionnaires), target and IPAK/IPKP with their source, per unit, through the
    survey app's own selector."""
    hasil = {}
    ringkasan = ringkasan_survei_satker(
        satker_ids=satker_ids, tahun=tahun, mulai=mulai, selesai=selesai
    )
    teks = {}  # SumberIndeks -> its words, translated once per distinct source

    def kata(sumber) -> str:
        if sumber not in teks:
            teks[sumber] = str(sumber)
        return teks[sumber]

    for satker_id, r in ringkasan.items():
        responden = [r.responden(jenis) for jenis in KUESIONER_INDEKS.values()]
        hasil[satker_id] = Survei(
            responden=min(responden) if responden else 0,
            target=r.target,
            ipak=r.ipak[0],
            ipak_sumber=kata(r.ipak[1]),
            ipkp=r.ipkp[0],
            ipkp_sumber=kata(r.ipkp[1]),
            ipak_jenis=r.ipak[1].jenis,
            ipkp_jenis=r.ipkp[1].jenis,
        )
    return hasil


def persen_lhk_banyak(
    *, penilaian: list[Penilaian], lapisan: dict[int, str], kode: dict[str, str]
) -> dict[int, dict]:
    """{penilaian id: {name: share 0-100 or None}} of the questions `kode` (name -> LKE
    code, e.g. LHKPN -> A.II.5.iii.a) in the layer being judged of each assessment
    (`lapisan`: id -> layer), as that layer's score reads them: a finished layer's frozen
    answers, an open layer's stored ones. Two queries whatever the number of units."""
    ids = [p.pk for p in penilaian]
    beku = {
        (pk, lp): data["jawaban"]
        for pk, lp, data in Evaluasi.objects.filter(
            penilaian_id__in=ids, selesai_pada__isnull=False, masukan_beku__isnull=False
        ).values_list("penilaian_id", "lapisan", "masukan_beku")
    }
    hidup = defaultdict(dict)
    for pk, lp, k, nilai in Jawaban.objects.filter(
        penilaian_id__in=ids, pertanyaan__kode__in=list(kode.values()), nilai__isnull=False
    ).values_list("penilaian_id", "lapisan", "pertanyaan__kode", "nilai"):
        hidup[(pk, lp)][k] = nilai
    hasil = {}
    for p in penilaian:
        kunci = (p.pk, lapisan.get(p.pk) or Lapisan.MANDIRI)
        jawaban = beku.get(kunci, hidup.get(kunci, {}))
        instrumen = instrumen_untuk_versi(p.periode.versi)
        hasil[p.pk] = {nama: _persen(instrumen, k, jawaban.get(k)) for nama, k in kode.items()}
    return hasil


def _persen(instrumen, kode: str, mentah):
    pertanyaan = instrumen.cari(kode)
    if mentah is None or pertanyaan is None:
        return None
    try:
        nilai = nilai_dari_normal(pertanyaan, periksa_pertanyaan(pertanyaan, mentah))
    except JawabanTidakValid:
        return None
    return None if nilai is None else nilai * 100
