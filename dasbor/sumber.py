"""Where the dashboard reads other apps' data: the survey summary, evidence
completeness and the engine's result for one layer. Each is one small function over the
owning app's own selector or service, so nothing here decides a score or an index."""

import datetime
from dataclasses import dataclass
from fractions import Fraction

from penilaian.models import Penilaian
from penilaian.scoring import HasilLke
from penilaian.selectors_bukti import kelengkapan_bukti as _kelengkapan_bukti
from penilaian.skor import hasil_lke, jawaban_untuk_skor
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
    for satker_id, r in ringkasan.items():
        responden = [r.responden(jenis) for jenis in KUESIONER_INDEKS.values()]
        hasil[satker_id] = Survei(
            responden=min(responden) if responden else 0,
            target=r.target,
            ipak=r.ipak[0],
            ipak_sumber=str(r.ipak[1]),
            ipkp=r.ipkp[0],
            ipkp_sumber=str(r.ipkp[1]),
            ipak_jenis=r.ipak[1].jenis,
            ipkp_jenis=r.ipkp[1].jenis,
        )
    return hasil


def kelengkapan_bukti(*, penilaian_ids) -> dict[int, int]:
    """Questions with at least one live evidence item, per assessment, in one query."""
    return _kelengkapan_bukti(penilaian_ids=penilaian_ids)


def jawaban_lapisan(*, penilaian: Penilaian, lapisan: str) -> dict[str, object]:
    """The raw answers a layer is scored on (survey items included), as the engine
    takes them: the same input the snapshot was computed from."""
    return jawaban_untuk_skor(penilaian=penilaian, lapisan=lapisan)


def hasil_lapisan(*, penilaian: Penilaian, lapisan: str) -> HasilLke:
    """The engine's full result of one layer, on exactly the snapshot's inputs."""
    return hasil_lke(penilaian=penilaian, lapisan=lapisan)
