""" "What would close the gap": questions ranked by the points they would add."""

from decimal import Decimal as D

import pytest

from penilaian.scoring import JawabanTidakValid, bulat, hitung, peluang
from tests.penilaian.lke import instrumen, semua_terbaik


def test_nothing_is_left_to_gain_when_every_answer_is_the_best():
    assert peluang(instrumen(), semua_terbaik()) == []


def test_from_empty_answers_the_gains_add_up_to_the_whole_100():
    daftar = peluang(instrumen(), {})
    assert len(daftar) == 113
    # A third of a weight is not a finite decimal: equal to 28 significant digits.
    assert bulat(sum(p.tambahan for p in daftar)) == D("100.00")
    assert abs(sum(p.tambahan for p in daftar) - 100) < D("1e-20")
    assert [p.kode for p in daftar[:4]] == ["B.I.a", "B.II.a", "B.I.b", "A.II.5.ii.a"]
    assert daftar[3].tambahan == D("3")


def test_questions_are_ranked_by_points_most_first():
    daftar = peluang(instrumen(), {"B.I.a": 3.9, "A.I.1.i.a": "Ya"})
    tambahan = [p.tambahan for p in daftar]
    assert tambahan == sorted(tambahan, reverse=True)
    assert "A.I.1.i.a" not in {p.kode for p in daftar}
    b_i_a = next(p for p in daftar if p.kode == "B.I.a")
    assert b_i_a.tambahan == D("17.5") * D("0.1") / 4
    assert b_i_a.nilai_sekarang == D("0.975")


def test_each_gain_is_what_the_total_rises_by_at_the_best_answer():
    ins = instrumen()
    jawaban = {"A.I.1.iii.a": "C", "A.II.5.ii.a": {"persen": 40}}
    dasar = hitung(ins, jawaban).total
    for p in peluang(ins, jawaban)[:20]:
        naik = hitung(ins, {**jawaban, p.kode: p.jawaban_terbaik}).total
        assert naik - dasar == p.tambahan


def test_each_question_names_the_failing_criteria_of_the_target_it_raises():
    jawaban = {k: v for k, v in semua_terbaik().items() if not k.startswith("A.II.5.")}
    daftar = peluang(instrumen(), jawaban, target="WBBM", predikat_sebelumnya="WBK")
    pengaduan = next(p for p in daftar if p.kode == "A.II.5.ii.a")
    assert pengaduan.menutup == ("area_5",)  # total 92.5 and pengungkit 52.5 already pass
    assert {p.kode[:6] for p in daftar} == {"A.II.5"}


def test_an_unknown_target_is_rejected():
    with pytest.raises(JawabanTidakValid):
        peluang(instrumen(), {}, target="ZI")
