"""Tabel 6: each criterion, its threshold edges under both comparison settings of the
version (`tepat`, the default: the exact value; `dibulatkan`: the 2-decimal value), and
the gap reported when it fails."""

from dataclasses import replace
from decimal import Decimal as D
from fractions import Fraction as F

import pytest

from penilaian.scoring import bulat, hitung
from penilaian.scoring.predikat import nilai_predikat
from tests.penilaian.lke import instrumen, semua_terbaik

AREA_1_PEMENUHAN = [k for k in semua_terbaik() if k.startswith("A.I.1.")]


def _dengan(perbandingan="tepat", **nilai):
    """An all-best result with some figures replaced, to probe one criterion at a time."""
    ins = instrumen(perbandingan_ambang=perbandingan)
    return ins, replace(hitung(ins, semua_terbaik(ins)), **nilai)


def _kriteria(hasil, predikat, kode):
    return next(k for k in hasil.predikat[predikat].kriteria if k.kode == kode)


@pytest.mark.parametrize(
    ("total", "memenuhi", "celah"),
    [
        (F("74.996"), False, F("0.004")),  # shown as 75.00, yet below 75: not met
        (F("74.994"), False, F("0.006")),
        (F("74.995"), False, F("0.005")),
        (F("75"), True, F(0)),
        (F("74.99"), False, F("0.01")),
        (F("70"), False, F("5")),
    ],
)
def test_the_wbk_total_is_compared_exactly_by_default(total, memenuhi, celah):
    ins, hasil = _dengan(total=total)
    kriteria = next(k for k in nilai_predikat(ins, hasil, "WBK", None).kriteria)
    assert kriteria.kode == "total"
    assert (kriteria.memenuhi, kriteria.celah) == (memenuhi, celah)
    assert kriteria.nilai == total and kriteria.syarat == 75


@pytest.mark.parametrize(
    ("total", "memenuhi", "celah"),
    [
        (F("74.996"), True, F(0)),  # rounds to 75.00
        (F("74.994"), False, F("0.01")),
        (F("74.995"), True, F(0)),
        (F("75"), True, F(0)),
        (F("74.99"), False, F("0.01")),
        (F("70"), False, F("5")),
    ],
)
def test_the_wbk_total_is_compared_after_rounding_half_up_when_the_version_says_so(
    total, memenuhi, celah
):
    ins, hasil = _dengan("dibulatkan", total=total)
    kriteria = next(k for k in nilai_predikat(ins, hasil, "WBK", None).kriteria)
    assert (kriteria.kode, kriteria.memenuhi, kriteria.celah) == ("total", memenuhi, celah)


# (criterion, value, WBK met, WBBM met) under `tepat` and under `dibulatkan`.
@pytest.mark.parametrize(
    ("perbandingan", "nama", "nilai", "wbk", "wbbm"),
    [
        ("tepat", "pengungkit", F("40"), True, False),
        ("tepat", "pengungkit", F("39.996"), False, False),
        ("dibulatkan", "pengungkit", F("39.996"), True, False),
        ("tepat", "pengungkit", F("48"), True, True),
        ("tepat", "bersih_akuntabel", F("18.245"), False, False),
        ("dibulatkan", "bersih_akuntabel", F("18.245"), True, False),
        ("tepat", "bersih_akuntabel", F("19.5"), True, True),
        # IPAK index 3.5999 gives 17.5 × 3.5999 / 4 = 15.7495625: "15.75" but not 15.75.
        ("tepat", "ipak", F("15.7495625"), False, False),
        ("dibulatkan", "ipak", F("15.7495625"), True, True),
        ("tepat", "ipak", F("15.75"), True, True),  # index 3.60 exactly
        ("dibulatkan", "ipak", F("15.7449"), False, False),
        ("tepat", "capaian_kinerja", F("2.5"), True, False),
        ("tepat", "capaian_kinerja", F("3.75"), True, True),
        ("tepat", "pelayanan_prima", F("14"), True, False),
        ("tepat", "pelayanan_prima", F("15.75"), True, True),
        ("tepat", "pelayanan_prima", F("13.995"), False, False),
        ("dibulatkan", "pelayanan_prima", F("13.995"), True, False),
    ],
)
def test_each_hasil_and_pengungkit_criterion_has_its_wbk_and_wbbm_threshold(
    perbandingan, nama, nilai, wbk, wbbm
):
    ins, hasil = _dengan(perbandingan, **{nama: nilai})
    for predikat, harapan in (("WBK", wbk), ("WBBM", wbbm)):
        k = next(k for k in nilai_predikat(ins, hasil, predikat, "WBK").kriteria if k.kode == nama)
        assert k.memenuhi is harapan, predikat


def test_an_ipak_index_of_3_5999_misses_wbk_by_default_and_3_60_meets_it():
    jawaban = {**semua_terbaik(), "B.I.a": "3.5999"}
    hasil = hitung(instrumen(), jawaban)
    ipak = _kriteria(hasil, "WBK", "ipak")
    assert ipak.nilai == F("15.7495625") and not ipak.memenuhi
    assert hasil.predikat["WBK"].gagal == ["ipak"]
    assert _kriteria(
        hitung(instrumen(perbandingan_ambang="dibulatkan"), jawaban), "WBK", "ipak"
    ).memenuhi
    assert _kriteria(hitung(instrumen(), {**jawaban, "B.I.a": "3.6"}), "WBK", "ipak").memenuhi


def _area_1(persen_reform):
    """Area 1 with full pemenuhan (4.0) and A.II.1.i.a at `persen_reform` %: the area is
    4.0 + persen / 100 (A.II.1.i has two questions and weight 2)."""
    jawaban = {k: v for k, v in semua_terbaik().items() if not k.startswith("A.II.1.")}
    jawaban["A.II.1.i.a"] = {"persen": persen_reform}
    return jawaban


@pytest.mark.parametrize(
    ("perbandingan", "persen", "nilai_area", "memenuhi"),
    [
        ("tepat", 80, F("4.8"), True),  # exactly 60 % of weight 8
        ("tepat", "79.63", F("4.7963"), False),  # 59.95 % of 8: shown 4.80, not 4.80
        ("dibulatkan", "79.63", F("4.7963"), True),  # rounds to 4.80
        ("tepat", "79.5", F("4.795"), False),
        ("dibulatkan", "79.5", F("4.795"), True),  # rounds to 4.80
        ("dibulatkan", "79.4", F("4.794"), False),  # rounds to 4.79
        ("tepat", 0, F("4.0"), False),
    ],
)
def test_an_area_at_exactly_60_percent_of_its_weight_meets_wbk(
    perbandingan, persen, nilai_area, memenuhi
):
    hasil = hitung(instrumen(perbandingan_ambang=perbandingan), _area_1(persen))
    assert hasil.area[1].nilai == nilai_area
    k = _kriteria(hasil, "WBK", "area_1")
    assert k.memenuhi is memenuhi
    assert k.syarat == F("4.8")
    if memenuhi:
        assert k.celah == 0
    elif perbandingan == "tepat":
        assert k.celah == F("4.8") - nilai_area
    else:
        assert k.celah == F("4.80") - F(bulat(k.nilai))
    assert ("area_1" in hasil.predikat["WBK"].gagal) is not memenuhi


def test_an_area_at_59_95_percent_is_shown_as_59_95_percent_and_fails_wbk():
    hasil = hitung(instrumen(), _area_1("79.63"))
    assert hasil.area[1].persen_bobot == F("59.95375")
    assert "area_1" in hasil.predikat["WBK"].gagal


def test_an_area_at_exactly_60_percent_reports_60_percent_of_its_weight():
    assert hitung(instrumen(), _area_1(80)).area[1].persen_bobot == D(60)


def test_wbbm_needs_75_percent_of_each_area():
    hasil = hitung(instrumen(), _area_1(80))
    k = _kriteria(hasil, "WBBM", "area_1")
    assert (k.memenuhi, k.syarat, k.celah) == (False, F("6.00"), F("1.20"))
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
    assert (k.nilai, k.syarat, k.celah) == (F("0.8"), F("2.40"), F("1.60"))
    assert "reform" in k.label


def test_a_failing_criterion_reports_current_required_and_gap():
    hasil = hitung(instrumen(), {"B.I.a": 3.5, "B.II.a": 3.41, "B.I.b": "C"})
    ipak = _kriteria(hasil, "WBK", "ipak")
    # 15.75 − 17.5 × 3.5 / 4 = 15.75 − 15.3125 = 0.4375 (exact; shown 0.44).
    assert tuple(ipak) == ("ipak", ipak.label, F("15.3125"), F("15.75"), F("0.4375"), False)
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
