"""Reading a stored score: predicate status, colours and failing criteria in words."""

from decimal import Decimal

import pytest

from dasbor import status as st


@pytest.mark.parametrize(
    "wbk, wbbm, harapan",
    [
        (True, True, st.WBBM),
        (True, False, st.WBK),
        (False, False, st.BELUM),
        (None, None, st.KOSONG),
    ],
)
def test_the_status_is_the_best_predicate_met(wbk, wbbm, harapan):
    assert st.status_predikat(memenuhi_wbk=wbk, memenuhi_wbbm=wbbm) == harapan


@pytest.mark.parametrize(
    "persen, perbandingan, warna",
    [
        (None, "tepat", "secondary"),
        (Decimal("59.994"), "tepat", "danger"),
        (Decimal("59.995"), "tepat", "danger"),  # below 60 %, exactly compared
        (Decimal("59.995"), "dibulatkan", "warning"),  # 60.00 once rounded
        (Decimal("60"), "tepat", "warning"),
        (Decimal("74.99"), "tepat", "warning"),
        (Decimal("75"), "tepat", "success"),
    ],
)
def test_an_area_is_coloured_against_60_and_75_percent(persen, perbandingan, warna):
    assert st.warna_persen(persen, perbandingan) == warna


@pytest.mark.parametrize(
    "persen, tampil",
    [("59.95375", "59,95"), ("60", "60"), ("70.4", "70"), ("74.996", "74,996"), ("75", "75")],
)
def test_an_areas_share_never_reads_as_reaching_a_threshold_it_misses(persen, tampil):
    from django.utils import translation

    from dasbor.templatetags.dasbor import persen_area

    with translation.override("id"):
        assert persen_area(Decimal(persen)) == tampil


def test_failing_criteria_are_named_in_indonesian_in_table_order():
    nama = {"2": "Penataan Tatalaksana"}
    assert st.kriteria_gagal(st.BELUM, ["ipak", "area_2", "total"], [], nama) == [
        "Nilai total",
        "Area 2 (Penataan Tatalaksana)",
        "IPAK",
    ]
    assert st.kriteria_gagal(st.WBK, [], ["predikat_wbk"], nama) == ["Sudah meraih WBK"]
    assert st.kriteria_gagal(st.WBBM, [], [], nama) == []


def test_statuses_and_criteria_have_english_translations():
    from django.utils import translation

    with translation.override("en"):
        assert str(st.STATUS_PREDIKAT[st.WBK]) == "Meets WBK"
        assert st.kriteria_gagal(st.BELUM, ["area_1"], [], {}) == ["Area 1"]
        assert st.label_kriteria("total", {}) == "Total score"


def test_the_short_form_groups_the_failing_areas():
    assert (
        st.kriteria_gagal_ringkas(st.BELUM, ["area_5", "ipak", "area_1", "total"], [])
        == "Total; Area 1, 5; IPAK"
    )
    assert st.kriteria_gagal_ringkas(st.WBK, ["total"], ["predikat_wbk"]) == "Belum WBK"
    assert st.kriteria_gagal_ringkas(st.WBBM, [], []) == ""


@pytest.mark.parametrize(
    ("persen", "digit"),
    [
        (None, 0),
        ("59.49", 0),
        ("59.5", 1),
        ("59.95", 2),
        ("60", 0),
        ("74.4", 0),
        ("74.5", 1),
        ("74.96", 2),
        ("75", 0),
        ("100", 0),
    ],
)
def test_an_area_share_gets_decimals_only_when_rounding_would_reach_a_threshold(persen, digit):
    assert st.digit_persen(persen) == digit


def test_the_quick_path_of_digit_persen_agrees_with_digit_banding():
    from fractions import Fraction

    from penilaian.scoring import digit_banding

    for n in range(0, 12001):
        x = Fraction(n, 100)
        lengkap = max(
            digit_banding(x, batas, memenuhi=x >= batas, tempat=0)
            for batas in (st.BATAS_WBK, st.BATAS_WBBM)
        )
        assert st.digit_persen(x) == lengkap, x
