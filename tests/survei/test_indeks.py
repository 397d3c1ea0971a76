"""Pure survey index maths: hand-worked tables, no database."""

from decimal import Decimal as D
from fractions import Fraction

import pytest

from inti.angka import bulat
from survei.indeks import (
    AgregatVersi,
    BobotSkm,
    Konversi,
    hitung_skm,
    indeks_persepsi,
    konversi_0_4,
    mutu_skm,
)

# Four respondents; sums per element (each element answered 4 times on 1-4).
# NRR: 3.5, 3.25, 3.0, 4.0, 3.5, 3.75, 3.75, 3.0, 3.25 -> sum 31.0
SKM_CONTOH = {
    "U1": (14, 4),
    "U2": (13, 4),
    "U3": (12, 4),
    "U4": (16, 4),
    "U5": (14, 4),
    "U6": (15, 4),
    "U7": (15, 4),
    "U8": (12, 4),
    "U9": (13, 4),
}


def test_the_hand_worked_skm_example_with_the_exact_weight_one_ninth():
    hasil = hitung_skm(SKM_CONTOH)
    assert hasil.nrr["U2"] == D("3.25")
    assert bulat(hasil.ikm, 4) == D("3.4444")
    assert bulat(hasil.nilai) == D("86.11")
    assert hasil.mutu == "B"
    assert hasil.bobot == BobotSkm.SEPERSEMBILAN


def test_the_printed_weight_0_111_changes_the_second_decimal():
    hasil = hitung_skm(SKM_CONTOH, bobot=BobotSkm.CETAK)
    assert hasil.ikm == D("3.441")
    assert hasil.nilai == D("86.025")
    assert bulat(hasil.nilai) == D("86.03")


def test_perfect_answers_score_exactly_100():
    hasil = hitung_skm({f"U{i}": (12, 3) for i in range(1, 10)})
    assert hasil.ikm == D(4) and hasil.nilai == D(100) and hasil.mutu == "A"


def test_skm_without_answers_is_none():
    assert hitung_skm({}) is None
    assert hitung_skm({"U1": (0, 0)}) is None


@pytest.mark.parametrize(
    "nilai, mutu",
    [
        ("100", "A"),
        ("88.31", "A"),
        ("88.305", "A"),  # shown as 88.31, so graded as 88.31
        ("88.3049", "B"),
        ("88.30", "B"),
        ("76.61", "B"),
        ("76.605", "B"),
        ("76.60", "C"),
        ("65.00", "C"),
        ("64.995", "C"),
        ("64.99", "D"),
        ("25", "D"),
    ],
)
def test_skm_grade_boundaries(nilai, mutu):
    assert mutu_skm(D(nilai)) == mutu


@pytest.mark.parametrize(
    "rerata, skala, konversi, indeks",
    [
        ("3.2", 4, Konversi.LINEAR, "3.2"),  # 1-4 scale: unchanged
        ("4", 4, Konversi.LINEAR, "4"),
        ("5.4", 6, Konversi.LINEAR, "3.6"),  # 1-6: mean x 4 / 6
        ("6", 6, Konversi.LINEAR, "4"),
        ("4.8", 6, Konversi.LINEAR, "3.2"),
        ("1", 6, Konversi.RENTANG, "0"),  # 1-6 range map: minimum is 0
        ("6", 6, Konversi.RENTANG, "4"),
        ("5.5", 6, Konversi.RENTANG, "3.6"),
        ("3.4", 4, Konversi.RENTANG, "3.2"),
    ],
)
def test_scale_conversion_to_0_4(rerata, skala, konversi, indeks):
    assert konversi_0_4(D(rerata), skala_maks=skala, konversi=konversi) == D(indeks)


def test_an_unknown_conversion_is_refused():
    with pytest.raises(ValueError):
        konversi_0_4(D(3), skala_maks=4, konversi="ajaib")


def test_perception_index_keeps_full_precision():
    # 3 respondents x 5 items on 1-6, sum 76 of 15 answers: mean 5.0666.. -> 3.3777..
    indeks = indeks_persepsi([AgregatVersi(responden=3, jumlah=76, banyak=15, skala_maks=6)])
    assert indeks == Fraction(76 * 4, 90)  # exact, not a 28-digit approximation
    assert bulat(indeks) == D("3.38")


def test_perception_index_weighs_versions_by_respondents():
    lama = AgregatVersi(responden=10, jumlah=280, banyak=80, skala_maks=4)  # mean 3.5 -> 3.5
    baru = AgregatVersi(responden=30, jumlah=1080, banyak=240, skala_maks=6)  # 4.5 -> 3.0
    assert indeks_persepsi([lama, baru]) == D("3.125")


def test_perception_index_without_respondents_is_none():
    assert indeks_persepsi([]) is None
    assert indeks_persepsi([AgregatVersi(responden=0, jumlah=0, banyak=0, skala_maks=6)]) is None
