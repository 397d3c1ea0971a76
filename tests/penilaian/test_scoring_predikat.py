"""Tabel 6: each criterion, its threshold edges, and the gap reported when it fails."""

from dataclasses import replace
from decimal import Decimal as D

import pytest

from penilaian.scoring import hitung
from penilaian.scoring.predikat import nilai_predikat
from tests.penilaian.lke import instrumen, semua_terbaik

AREA_1_PEMENUHAN = [k for k in semua_terbaik() if k.startswith("A.I.1.")]


def _dengan(**nilai):
    """An all-best result with some figures replaced, to probe one criterion at a time."""
    ins = instrumen()
    return ins, replace(hitung(ins, semua_terbaik(ins)), **nilai)


def _kriteria(hasil, predikat, kode):
    return next(k for k in hasil.predikat[predikat].kriteria if k.kode == kode)


@pytest.mark.parametrize(
    ("total", "memenuhi", "celah"),
    [
        (D("74.994"), False, D("0.01")),
        (D("74.995"), True, D("0")),
        (D("75"), True, D("0")),
        (D("74.99"), False, D("0.01")),
        (D("70"), False, D("5.0")),
    ],
)
def test_the_wbk_total_is_compared_after_rounding_half_up(total, memenuhi, celah):
    ins, hasil = _dengan(total=total)
    kriteria = next(k for k in nilai_predikat(ins, hasil, "WBK", None).kriteria)
    assert kriteria.kode == "total"
    assert (kriteria.memenuhi, kriteria.celah) == (memenuhi, celah)
    assert kriteria.nilai == total and kriteria.syarat == 75


@pytest.mark.parametrize(
    ("nama", "nilai", "wbk", "wbbm"),
    [
        ("pengungkit", D("40"), True, False),
        ("pengungkit", D("39.994"), False, False),
        ("pengungkit", D("48"), True, True),
        ("bersih_akuntabel", D("18.245"), True, False),
        ("bersih_akuntabel", D("19.5"), True, True),
        ("ipak", D("15.745"), True, True),
        ("ipak", D("15.7449"), False, False),
        ("capaian_kinerja", D("2.5"), True, False),
        ("capaian_kinerja", D("3.75"), True, True),
        ("pelayanan_prima", D("14"), True, False),
        ("pelayanan_prima", D("15.75"), True, True),
        ("pelayanan_prima", D("13.995"), True, False),
    ],
)
def test_each_hasil_and_pengungkit_criterion_has_its_wbk_and_wbbm_threshold(nama, nilai, wbk, wbbm):
    ins, hasil = _dengan(**{nama: nilai})
    for predikat, harapan in (("WBK", wbk), ("WBBM", wbbm)):
        k = next(k for k in nilai_predikat(ins, hasil, predikat, "WBK").kriteria if k.kode == nama)
        assert k.memenuhi is harapan, predikat


def _area_1(persen_reform):
    """Area 1 with full pemenuhan (4.0) and A.II.1.i.a at `persen_reform` %: the area is
    4.0 + persen / 100 (A.II.1.i has two questions and weight 2)."""
    jawaban = {k: v for k, v in semua_terbaik().items() if not k.startswith("A.II.1.")}
    jawaban["A.II.1.i.a"] = {"persen": persen_reform}
    return jawaban


@pytest.mark.parametrize(
    ("persen", "nilai_area", "memenuhi"),
    [
        (80, D("4.8"), True),  # exactly 60 % of weight 8
        ("79.5", D("4.795"), True),  # rounds to 4.80
        ("79.4", D("4.794"), False),  # rounds to 4.79
        (0, D("4.0"), False),
    ],
)
def test_an_area_at_exactly_60_percent_of_its_weight_meets_wbk(persen, nilai_area, memenuhi):
    hasil = hitung(instrumen(), _area_1(persen))
    assert hasil.area[1].nilai == nilai_area
    k = _kriteria(hasil, "WBK", "area_1")
    assert k.memenuhi is memenuhi
    assert k.syarat == D("4.8")
    assert k.celah == (D(0) if memenuhi else D("4.80") - k.nilai.quantize(D("0.01")))
    assert ("area_1" in hasil.predikat["WBK"].gagal) is not memenuhi


def test_an_area_at_exactly_60_percent_reports_60_percent_of_its_weight():
    assert hitung(instrumen(), _area_1(80)).area[1].persen_bobot == D(60)


def test_wbbm_needs_75_percent_of_each_area():
    hasil = hitung(instrumen(), _area_1(80))
    k = _kriteria(hasil, "WBBM", "area_1")
    assert (k.memenuhi, k.syarat, k.celah) == (False, D("6.00"), D("1.20"))
    assert _kriteria(hitung(instrumen(), _area_1(100)), "WBBM", "area_1").memenuhi is False
    lengkap = {**_area_1(100), "A.II.1.i.b": {"persen": 100}}
    assert _kriteria(hitung(instrumen(), lengkap), "WBBM", "area_1").nilai == D("6.0")


def test_checking_the_minimum_per_part_is_a_setting_of_the_version():
    # Pemenuhan 4.0 of 4.0, reform 0.8 of 4.0: the area passes (4.8 of 8), the reform part not.
    per_area = hitung(instrumen(), _area_1(80))
    per_bagian = hitung(instrumen(minimum_area="per_bagian"), _area_1(80))
    assert _kriteria(per_area, "WBK", "area_1").memenuhi
    k = _kriteria(per_bagian, "WBK", "area_1")
    assert not k.memenuhi
    assert (k.nilai, k.syarat, k.celah) == (D("0.8"), D("2.40"), D("1.60"))
    assert "reform" in k.label


def test_a_failing_criterion_reports_current_required_and_gap():
    hasil = hitung(instrumen(), {"B.I.a": 3.5, "B.II.a": 3.41, "B.I.b": "C"})
    ipak = _kriteria(hasil, "WBK", "ipak")
    assert tuple(ipak) == ("ipak", ipak.label, D("15.3125"), D("15.75"), D("0.44"), False)
    assert _kriteria(hasil, "WBK", "pelayanan_prima").memenuhi
    assert _kriteria(hasil, "WBK", "capaian_kinerja").memenuhi
    assert not _kriteria(hasil, "WBBM", "capaian_kinerja").memenuhi


def test_wbbm_lists_the_previous_predicate_as_its_last_criterion():
    hasil = hitung(instrumen(), semua_terbaik())
    terakhir = hasil.predikat["WBBM"].kriteria[-1]
    assert (terakhir.kode, terakhir.nilai, terakhir.syarat, terakhir.memenuhi) == (
        "predikat_wbk",
        None,
        "WBK",
        False,
    )
    assert all(k.kode != "predikat_wbk" for k in hasil.predikat["WBK"].kriteria)
