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
    "persen, warna",
    [
        (None, "secondary"),
        (Decimal("59.994"), "danger"),
        (Decimal("59.995"), "warning"),  # 60.00 once rounded, as Tabel 6 compares
        (Decimal("74.99"), "warning"),
        (Decimal("75"), "success"),
    ],
)
def test_an_area_is_coloured_against_60_and_75_percent(persen, warna):
    assert st.warna_persen(persen) == warna


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
