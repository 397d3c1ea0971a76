"""The scoring engine on the shipped instrument, without the database."""

from decimal import Decimal as D
from fractions import Fraction as F

import pytest

from penilaian.scoring import KUNCI_GAGAL, bulat, hitung, jawaban_terbaik
from tests.penilaian.lke import instrumen, semua_terbaik

CONTOH_ISSUE = {
    "A.I.1.i.a": "Ya",
    "A.I.1.i.b": "B",
    "A.II.1.i.a": {"agen_perubahan": 10, "perubahan_dibuat": 8},
    "A.II.4.i.a": {"persen": 75},
    "B.I.a": 3.62,
    "B.I.b": "C",
    "B.II.a": 3.41,
}


@pytest.mark.parametrize(
    "pengaturan", [{}, {"nilai_abcd": "pecahan"}, {"minimum_area": "per_bagian"}]
)
def test_all_best_answers_give_exactly_100_and_both_predicates(pengaturan):
    ins = instrumen(**pengaturan)
    hasil = hitung(ins, semua_terbaik(ins), predikat_sebelumnya="WBK")
    assert hasil.total == D("100")
    assert bulat(hasil.total) == D("100.00")
    assert (hasil.pengungkit, hasil.hasil) == (D("60"), D("40"))
    assert (hasil.pemenuhan, hasil.reform) == (D("30"), D("30"))
    assert [hasil.area[no].nilai for no in range(1, 7)] == [8, 7, 10, 10, 15, 10]
    assert all(a.persen_bobot == 100 for a in hasil.area.values())
    assert (hasil.bersih_akuntabel, hasil.ipak) == (D("22.5"), D("17.5"))
    assert (hasil.capaian_kinerja, hasil.pelayanan_prima) == (D("5"), D("17.5"))
    assert hasil.nilai_hasil == {"B.I.a": D("17.5"), "B.I.b": D("5"), "B.II.a": D("17.5")}
    assert all(v == 1 for v in hasil.nilai_pertanyaan.values())
    assert hasil.predikat["WBK"].memenuhi and hasil.predikat["WBBM"].memenuhi
    assert hasil.predikat["WBK"].gagal == [] and hasil.predikat["WBBM"].gagal == []


def test_all_best_without_a_previous_wbk_misses_only_that_wbbm_criterion():
    hasil = hitung(instrumen(), semua_terbaik())
    assert hasil.predikat["WBK"].memenuhi
    assert hasil.predikat["WBBM"].gagal == ["predikat_wbk"]


def test_a_unit_that_already_holds_wbbm_counts_as_having_held_wbk():
    hasil = hitung(instrumen(), semua_terbaik(), predikat_sebelumnya="WBBM")
    assert hasil.predikat["WBBM"].memenuhi


def test_all_empty_gives_zero_and_fails_every_criterion_in_order():
    hasil = hitung(instrumen(), {})
    assert bulat(hasil.total) == D("0.00")
    assert hasil.total == hasil.pengungkit == hasil.hasil == 0
    assert all(v is None for v in hasil.nilai_pertanyaan.values())
    assert all(s.terjawab == 0 for s in hasil.subarea.values())
    assert hasil.predikat["WBK"].gagal == list(KUNCI_GAGAL[:-1])
    assert hasil.predikat["WBBM"].gagal == list(KUNCI_GAGAL)


def test_unanswered_questions_count_as_zero_in_the_mean_of_their_sub_area():
    # A.I.1.iii has three A/B/C/D questions and weight 1.0: one A gives 1/3.
    hasil = hitung(instrumen(), {"A.I.1.iii.a": "A"})
    sub = hasil.subarea["A.I.1.iii"]
    assert (sub.terjawab, sub.jumlah) == (1, 3)
    assert sub.nilai == F(1, 3)
    assert hasil.nilai_pertanyaan["A.I.1.iii.b"] is None


# (question, raw answer, its value 0..1, its sub-area, the sub-area score)
JENIS_JAWABAN = [
    ("A.I.1.i.a", "Ya", D("1"), "A.I.1.i", D("0.25")),  # Ya/Tidak, 2 questions, weight 0.5
    ("A.I.1.i.a", "Tidak", D("0"), "A.I.1.i", D("0")),
    ("A.I.1.i.b", "A", D("1"), "A.I.1.i", D("0.25")),  # A/B/C
    ("A.I.1.i.b", "B", D("0.5"), "A.I.1.i", D("0.125")),
    ("A.I.1.i.b", "C", D("0"), "A.I.1.i", D("0")),
    ("A.I.1.iii.a", "B", D("0.67"), "A.I.1.iii", F("0.67") / 3),  # A/B/C/D, 3 questions, 1.0
    ("A.I.1.iii.a", "C", D("0.33"), "A.I.1.iii", D("0.11")),
    ("A.I.1.iii.a", "D", D("0"), "A.I.1.iii", D("0")),
    ("A.II.1.ii.a", "A", D("1"), "A.II.1.ii", D("1")),  # A/B/C/D/E, 1 question, 1.0
    ("A.II.1.ii.a", "B", D("0.75"), "A.II.1.ii", D("0.75")),
    ("A.II.1.ii.a", "C", D("0.5"), "A.II.1.ii", D("0.5")),
    ("A.II.1.ii.a", "D", D("0.25"), "A.II.1.ii", D("0.25")),
    ("A.II.1.ii.a", "E", D("0"), "A.II.1.ii", D("0")),
    ("A.I.1.i.a", " ya ", D("1"), "A.I.1.i", D("0.25")),  # labels are matched leniently
    ("B.I.a", 3.62, D("0.905"), "B.I.a", D("15.8375")),  # Nilai (0-4): 17.5 × 3.62 / 4
    ("B.I.a", D("3.6"), D("0.9"), "B.I.a", D("15.75")),
    ("B.I.a", 4, D("1"), "B.I.a", D("17.5")),
    ("B.I.a", 0, D("0"), "B.I.a", D("0")),
    ("B.I.a", "3.2", D("0.8"), "B.I.a", D("14")),
    ("B.I.b", "C", D("0.5"), "B.I.b", D("2.5")),  # capaian kinerja: 5 × option value
    ("B.II.a", 3.41, D("0.8525"), "B.II.a", D("14.91875")),
]


@pytest.mark.parametrize(("kode", "jawaban", "nilai", "subarea", "skor"), JENIS_JAWABAN)
def test_each_answer_type_scores_as_worked_by_hand(kode, jawaban, nilai, subarea, skor):
    hasil = hitung(instrumen(), {kode: jawaban})
    assert hasil.nilai_pertanyaan[kode] == nilai
    assert hasil.subarea[subarea].nilai == skor
    assert hasil.total == skor


def test_exact_thirds_are_a_setting_of_the_version():
    hasil = hitung(instrumen(nilai_abcd="pecahan"), {"A.I.1.iii.a": "B", "A.I.1.iii.b": "C"})
    assert hasil.nilai_pertanyaan["A.I.1.iii.a"] == F(2, 3)
    assert hasil.subarea["A.I.1.iii"].nilai == F(1, 3)


def test_the_example_of_the_issue_gives_its_hasil_breakdown():
    hasil = hitung(instrumen(), CONTOH_ISSUE, predikat_sebelumnya="WBK")
    assert bulat(hasil.bersih_akuntabel) == D("18.34")
    assert bulat(hasil.ipak) == D("15.84")
    assert bulat(hasil.capaian_kinerja) == D("2.50")
    assert bulat(hasil.pelayanan_prima) == D("14.92")
    assert hasil.hasil == D("15.8375") + D("2.5") + D("14.91875")
    # Area 1: A.I.1.i = (1 + 0.5) / 2 × 0.5; A.II.1.i = (0.8 + 0) / 2 × 2.
    assert hasil.area[1].pemenuhan == D("0.375")
    assert hasil.area[1].reform == D("0.8")
    assert hasil.area[4].reform == D("1.5")
    assert hasil.pengungkit == D("0.375") + D("0.8") + D("1.5")
    assert hasil.total == hasil.pengungkit + hasil.hasil


def test_questions_in_normal_form_score_the_same_as_raw_answers():
    ins = instrumen()
    mentah = hitung(ins, CONTOH_ISSUE)
    assert hitung(ins, mentah.jawaban).total == mentah.total


@pytest.mark.parametrize(
    ("x", "hasil"),
    [
        (D("74.994"), D("74.99")),
        (D("74.995"), D("75.00")),
        (D("2.675"), D("2.68")),
        (D("0.005"), D("0.01")),
        (D("0.0049999"), D("0.00")),
        (D("100"), D("100.00")),
        (D("15.8375"), D("15.84")),
        (D("14.91875"), D("14.92")),
    ],
)
def test_bulat_rounds_half_up_to_two_decimals(x, hasil):
    assert bulat(x) == hasil
    assert str(bulat(x)) == str(hasil)


def test_jawaban_terbaik_reaches_one_for_every_question():
    ins = instrumen()
    for p in ins.pertanyaan:
        assert hitung(ins, {p.kode: jawaban_terbaik(p)}).nilai_pertanyaan[p.kode] == 1
