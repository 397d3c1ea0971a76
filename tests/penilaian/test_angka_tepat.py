"""Exact numbers: hand-worked half cents are rounded up, thresholds are compared as the
version says, and a value that fails never reads as meeting its threshold."""

from decimal import Decimal as D
from fractions import Fraction as F

import pytest

from penilaian.scoring import bulat, digit_banding, hitung, pecahan
from penilaian.scoring.angka import bawah
from tests.penilaian.batas import (
    JAWABAN_0_955,
    jawaban_5_185,
    jawaban_area_1,
    jawaban_ipak,
    jawaban_total,
)
from tests.penilaian.lke import instrumen


@pytest.mark.parametrize(
    ("nilai", "tampil"),
    [
        (F("5.185"), "5.19"),
        (F(191, 200), "0.96"),
        (F(153, 200), "0.77"),
        (F("74.995"), "75.00"),
        (F("74.994999"), "74.99"),
        (F(2, 3), "0.67"),
        (F(1, 3), "0.33"),
        (F(0), "0.00"),
        ("191/200", "0.96"),  # as a snapshot stores it
        (D("5.185"), "5.19"),
        (5.185, "5.19"),  # a float means its decimal form, not its binary expansion
    ],
)
def test_bulat_rounds_the_exact_value_half_up(nilai, tampil):
    assert str(bulat(nilai)) == tampil


def test_bulat_rounds_a_negative_half_away_from_zero_like_a_spreadsheet():
    assert str(bulat(F("-0.005"))) == "-0.01"


def test_a_cut_to_12_places_rounds_and_compares_like_the_exact_value():
    # Just below a half cent and just below a threshold, by less than 1e-12.
    x = F("5.185") - F(1, 10**15)
    assert bulat(bawah(x)) == bulat(x) == D("5.18")
    assert (bawah(F(75) - F(1, 10**14)) >= 75) is False


def test_the_engine_gives_0_955_exactly_and_shows_0_96():
    hasil = hitung(instrumen(), JAWABAN_0_955)
    assert hasil.total == F(191, 200)
    assert bulat(hasil.total) == D("0.96")


def test_the_engine_gives_5_185_exactly_and_shows_5_19():
    hasil = hitung(instrumen(), jawaban_5_185())
    assert hasil.total == F("5.185")
    assert bulat(hasil.total) == D("5.19")


@pytest.mark.parametrize(
    ("jawaban", "kode", "tepat", "dibulatkan"),
    [
        # (answers, criterion, met when compared exactly, met when compared rounded)
        (jawaban_area_1("79.63"), "area_1", False, True),  # 59.95 % of the weight
        (jawaban_area_1(80), "area_1", True, True),  # exactly 60 %
        (jawaban_ipak("3.5999"), "ipak", False, True),  # 15.7495625
        (jawaban_ipak("3.6"), "ipak", True, True),  # 15.75
        (jawaban_total("49.6"), "total", False, True),  # 74.996
        (jawaban_total(50), "total", True, True),  # 75
    ],
)
def test_each_threshold_just_below_and_at_it_under_both_settings(jawaban, kode, tepat, dibulatkan):
    for cara, harapan in (("tepat", tepat), ("dibulatkan", dibulatkan)):
        hasil = hitung(instrumen(perbandingan_ambang=cara), jawaban)
        wbk = hasil.predikat["WBK"]
        kriteria = next(k for k in wbk.kriteria if k.kode == kode)
        assert kriteria.memenuhi is harapan, cara
        # In these sets that criterion alone decides WBK.
        assert wbk.memenuhi is harapan, (cara, wbk.gagal)


@pytest.mark.parametrize(
    ("nilai", "syarat", "digit", "tampil"),
    [
        (F("4.7963"), F("4.8"), 3, "4.796"),  # area 1 at 59.95 %: not "4.80"
        (F("15.7495625"), F("15.75"), 4, "15.7496"),  # IPAK 3.5999: not "15.75"
        (F("74.996"), F(75), 3, "74.996"),
        (F("59.95375"), F(60), 2, "59.95"),  # already below 60 at two decimals
        (F("74.99"), F(75), 2, "74.99"),
    ],
)
def test_a_value_failing_by_less_than_half_a_cent_is_shown_with_enough_digits(
    nilai, syarat, digit, tampil
):
    d = digit_banding(nilai, syarat, memenuhi=False)
    assert d == digit and str(bulat(nilai, d)) == tampil
    assert bulat(nilai, d) < syarat
    assert digit_banding(syarat, syarat, memenuhi=True) == 2


def test_stored_exact_text_reads_back_as_the_same_fraction():
    for x in (F(191, 200), F(1, 3), F(75), F(-7, 9)):
        assert pecahan(str(x)) == x
