"""The portal's one rounding rule: exact half-up on Fractions, the same function everywhere."""

from decimal import Decimal as D
from fractions import Fraction

import pytest

from inti.angka import bulat, pecahan


@pytest.mark.parametrize(
    ("x", "tempat", "harapan"),
    [
        (Fraction(117, 2), 0, "59"),  # 58.5: an exact half goes up
        (Fraction(-5, 2), 0, "-3"),  # and away from zero below it, as a spreadsheet shows
        (Fraction(1037, 200), 2, "5.19"),  # 5.185 exactly: a float would show 5.18
        (Fraction(191, 200), 2, "0.96"),  # 0.955
        (Fraction(-191, 200), 2, "-0.96"),
        (Fraction(1000, 12), 0, "83"),
        (Fraction(1000, 12), 2, "83.33"),
        (Fraction(2, 3), 4, "0.6667"),
        (Fraction(1, 3), 2, "0.33"),
        (Fraction(99999, 1000000), 4, "0.1000"),  # the places are kept, zeros too
        (Fraction(4999999, 1000000), 6, "4.999999"),
        (0, 0, "0"),
        (0, 2, "0.00"),
        (7, 2, "7.00"),
    ],
)
def test_it_rounds_the_exact_value_half_up_to_the_places_asked(x, tempat, harapan):
    assert str(bulat(x, tempat)) == harapan


def test_just_below_a_half_stays_down_however_close():
    hampir = Fraction(5, 2) - Fraction(1, 10**30)
    assert bulat(hampir, 0) == D("2")
    assert bulat(Fraction(5, 2), 0) == D("3")


def test_two_places_is_the_default():
    assert bulat(Fraction(1, 8)) == D("0.13")


def test_strings_decimals_and_floats_are_read_as_the_number_they_show():
    assert bulat("5.185") == D("5.19")
    assert bulat(D("5.185")) == D("5.19")
    assert bulat(5.185) == D("5.19")  # the float 5.185 is just below it in binary


def test_nothing_to_show_stays_nothing():
    assert bulat(None) is None
    assert bulat(None, 0) is None


def test_a_bool_or_an_infinite_value_is_refused():
    with pytest.raises(TypeError):
        pecahan(True)
    with pytest.raises(ValueError):
        pecahan(D("Infinity"))


def test_scores_and_survey_indices_round_with_the_same_function():
    from penilaian.scoring import bulat as bulat_skor
    from survei.indeks import mutu_skm

    assert bulat_skor is bulat
    # SKM grade boundaries are read on the score rounded half-up: 88.305 shows 88.31 → A.
    assert mutu_skm(Fraction(88305, 1000)) == "A"
    assert mutu_skm(Fraction(88305, 1000) - Fraction(1, 10**9)) == "B"
