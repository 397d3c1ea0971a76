"""Pure maths of the internal survey: perception percentages and the merging of staff
categories with fewer than 5 respondents. No database."""

from fractions import Fraction

import pytest

from survei.internal.hitung import (
    Jumlah,
    Kelompok,
    gabung_kecil,
    kelompok_tampil,
    persen_persepsi,
)

URUTAN = ["asn", "pppk", "honorer", "kontrak"]


@pytest.mark.parametrize(
    ("agregat", "harapan"),
    [
        ([Jumlah(jumlah=4, banyak=4, skala_maks=4)], Fraction(0)),  # all "1": 0 %
        ([Jumlah(jumlah=16, banyak=4, skala_maks=4)], Fraction(100)),  # all "4": 100 %
        ([Jumlah(jumlah=3 + 4, banyak=2, skala_maks=4)], Fraction(250, 3)),  # (2/3+1)/2
        ([Jumlah(jumlah=3, banyak=1, skala_maks=4, konversi="linear")], Fraction(75)),
        # Two versions: each answer converted by its own scale, every answer counts once.
        (
            [Jumlah(jumlah=4, banyak=1, skala_maks=4), Jumlah(jumlah=1, banyak=1, skala_maks=6)],
            Fraction(50),
        ),
        ([], None),
        ([Jumlah(jumlah=0, banyak=0, skala_maks=4)], None),
    ],
)
def test_perception_is_the_mean_converted_answer_as_a_percentage(agregat, harapan):
    assert persen_persepsi(agregat) == harapan


def test_an_unknown_conversion_or_scale_is_an_error():
    with pytest.raises(ValueError):
        persen_persepsi([Jumlah(jumlah=3, banyak=1, skala_maks=4, konversi="x")])
    with pytest.raises(ValueError):
        persen_persepsi([Jumlah(jumlah=1, banyak=1, skala_maks=1)])


@pytest.mark.parametrize(
    ("responden", "harapan"),
    [
        # Every category has 5 or more: each alone.
        (
            {"asn": 20, "pppk": 6, "honorer": 5, "kontrak": 9},
            [("asn",), ("pppk",), ("honorer",), ("kontrak",)],
        ),
        # Two honorary and three contract staff: merged, together five.
        (
            {"asn": 20, "pppk": 6, "honorer": 2, "kontrak": 3},
            [("asn",), ("pppk",), ("honorer", "kontrak")],
        ),
        # Two honorary staff alone below 5: they take in the smallest shown category.
        ({"asn": 20, "pppk": 6, "honorer": 2}, [("asn",), ("pppk", "honorer", "kontrak")]),
        # A tie for the smallest: the first in order is taken in.
        ({"asn": 5, "pppk": 5, "honorer": 1}, [("asn", "honorer", "kontrak"), ("pppk",)]),
        # Only one category reaches 5: the small ones cannot stand apart from it.
        ({"asn": 9, "pppk": 1, "honorer": 1}, [("asn", "pppk", "honorer", "kontrak")]),
        # Fewer than 5 in all: one group.
        ({"asn": 3, "honorer": 1}, [("asn", "pppk", "honorer", "kontrak")]),
        ({}, [("asn", "pppk", "honorer", "kontrak")]),
    ],
)
def test_categories_below_five_respondents_are_merged(responden, harapan):
    hasil = gabung_kecil(responden, URUTAN)
    assert hasil == harapan
    assert sorted(k for g in hasil for k in g) == sorted(URUTAN)  # a partition
    if sum(responden.values()) >= 5:
        assert all(sum(responden.get(k, 0) for k in g) >= 5 for g in hasil)


def test_shown_groups_carry_rate_and_perception_and_hide_nothing_smaller_than_five():
    jumlah = {
        "asn": {"5": [Jumlah(jumlah=40, banyak=10, skala_maks=4)]},  # all "4": 100 %
        "honorer": {"5": [Jumlah(jumlah=2, banyak=2, skala_maks=4)]},  # all "1": 0 %
    }
    kelompok = kelompok_tampil(
        responden={"asn": 10, "honorer": 2},
        pegawai={"asn": 12, "honorer": 3, "kontrak": 0},
        urutan=URUTAN,
        jumlah_area=jumlah,
    )
    # The two honorary staff never appear alone: merged into one group with ASN.
    assert kelompok == [
        Kelompok(
            anggota=("asn", "honorer"),
            responden=12,
            pegawai=15,
            persen_area={"5": Fraction(1000, 12)},
        )
    ]
    assert kelompok[0].tingkat_respons == Fraction(80) and kelompok[0].digabung


def test_with_fewer_than_five_respondents_only_counts_are_given():
    kelompok = kelompok_tampil(
        responden={"asn": 4},
        pegawai={"asn": 30},
        urutan=URUTAN,
        jumlah_area={"asn": {"1": [Jumlah(jumlah=16, banyak=4, skala_maks=4)]}},
    )
    assert [(k.anggota, k.responden, k.pegawai, k.persen_area) for k in kelompok] == [
        (("asn",), 4, 30, {})
    ]


def test_a_rate_without_a_staff_count_is_unknown():
    assert Kelompok(anggota=("asn",), responden=3, pegawai=0).tingkat_respons is None
