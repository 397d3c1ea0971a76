"""Hand-worked answer sets at exact half cents and at each Tabel 6 threshold, just below
and at it, on the shipped instrument (plain data: the engine, the database and the
workbook tests all use them). Each says how its figure is reached."""

from penilaian.scoring import jawaban_terbaik
from tests.penilaian.lke import instrumen, semua_terbaik

# 1/3 + 1/12 + 5/24 + 33/100 = (200 + 50 + 125 + 198) / 600 = 573/600 = 191/200 = 0.955:
#   A.I.1.ii.a Ya   → 1 × weight 1 / 3 questions           = 1/3
#   A.I.2.i.b D     → 0.25 × weight 1 / 3 questions        = 1/12
#   A.I.3.iii.a Ya  → 1 × weight 1.25 / 6 questions        = 5/24
#   A.II.1.iii.a C  → 0.33 × weight 1 / 1 question         = 33/100
# Decimal at 28 digits made it 0.95499…9 and showed 0.95; exactly it is 0.96.
JAWABAN_0_955 = {
    "A.I.1.ii.a": "Ya",
    "A.I.2.i.b": "D",
    "A.I.3.iii.a": "Ya",
    "A.II.1.iii.a": "C",
}


def jawaban_5_185() -> dict:
    """Area 1 pemenuhan all best (4) + 1/4 + 17/300 + 5/24 + 67/100 = 4 + 1.185 = 5.185:
    A.I.2.i.a B (0.75 × 1 / 3), A.I.6.ii.a C (0.34 × 1 / 6 = 17/300), A.I.3.iii.a Ya
    (1.25 / 6), A.II.1.iii.a B (0.67). Decimal showed 5.18; exactly it is 5.19."""
    ins = instrumen()
    jawaban = {
        p.kode: jawaban_terbaik(p)
        for p in ins.pertanyaan
        if p.area == "1" and p.kode.startswith("A.I.")
    }
    jawaban.update({"A.I.2.i.a": "B", "A.I.6.ii.a": "C", "A.I.3.iii.a": "Ya", "A.II.1.iii.a": "B"})
    return jawaban


def jawaban_area_1(persen) -> dict:
    """Area 1 = pemenuhan 4 (all best) + A.II.1.i.a at `persen` % (× weight 2 / 2):
    "79.63" gives 4.7963 of 8 = 59.95375 % (below 60 %); 80 gives 4.8 = 60 %. The other
    reform sub-areas of area 1 are left unanswered; everything else is best."""
    jawaban = {k: v for k, v in semua_terbaik().items() if not k.startswith("A.II.1.")}
    jawaban["A.II.1.i.a"] = {"persen": persen}
    return jawaban


def jawaban_ipak(indeks: str) -> dict:
    """Everything best but the IPAK index: 3.5999 gives 17.5 × 3.5999 / 4 = 15.7495625
    (shown 15.75, below 15.75); 3.6 gives 15.75 exactly."""
    return {**semua_terbaik(), "B.I.a": indeks}


# Sub-areas left unanswered for the total case: 18 points, no area below 60 %.
KOSONG_TOTAL = (
    "A.I.1.iv",
    "A.I.1.ii",
    "A.I.2.ii",
    "A.I.2.iii",
    "A.I.3.iv",
    "A.II.3.iii",
    "A.I.4.i",
    "A.II.4.ii",
    "A.II.5.ii",
    "A.II.5.iii",
)


def jawaban_total(persen) -> dict:
    """Total = 100 − 18 (the sub-areas of KOSONG_TOTAL) − 1.75 (IPAK 3.6) − 3.5 (IPKP
    3.2) − 1.25 (capaian B) − (100 − persen)/100 (A.II.1.i.a): "49.6" gives 74.996 (shown
    75.00, below 75), 50 gives 75. Every other criterion of WBK is met."""
    ins = instrumen()
    kosong = {k for s in ins.subarea if s.kode in KOSONG_TOTAL for k in s.pertanyaan}
    jawaban = {k: v for k, v in semua_terbaik(ins).items() if k not in kosong}
    jawaban.update({"B.I.a": "3.6", "B.II.a": "3.2", "B.I.b": "B"})
    jawaban["A.II.1.i.a"] = {"persen": persen}
    return jawaban
