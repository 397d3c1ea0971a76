"""A unit's self-assessment per change area beside its staff's perception
(penilaian.selectors.persepsi): the gap is evidence, computed where both are known."""

from fractions import Fraction

import pytest

from penilaian.models import Area, Lapisan, SkorSnapshot
from penilaian.selectors.persepsi import (
    CelahArea,
    celah_area,
    jendela_survei,
    persen_area_snapshot,
    persepsi_penilaian,
    persepsi_penilaian_banyak,
)
from tests.dasbor.bantu import unit_dinilai
from tests.factories import SatkerFactory
from tests.survei.internal_bantu import isi, periode_kini, staf


@pytest.mark.parametrize(
    ("mandiri", "pegawai", "selisih", "mencolok"),
    [
        (Fraction(90), Fraction(58), Fraction(32), True),
        (Fraction(70), Fraction(55), Fraction(15), True),  # exactly the threshold
        (Fraction(70), Fraction(5501, 100), Fraction(1499, 100), False),
        (Fraction(40), Fraction(80), Fraction(-40), False),  # staff see more than claimed
        (None, Fraction(80), None, False),
        (Fraction(80), None, None, False),
    ],
)
def test_the_gap_is_the_claim_minus_the_perception(mandiri, pegawai, selisih, mencolok):
    celah = CelahArea(no="5", nama="Penguatan Pengawasan", mandiri=mandiri, pegawai=pegawai)
    assert (celah.selisih, celah.mencolok) == (selisih, mencolok)


def test_areas_follow_the_instrument_order_and_names():
    hasil = celah_area(
        mandiri={"1": Fraction(50)},
        pegawai={"2": Fraction(10), "integritas": Fraction(1)},
        nama_area={"1": "Satu", "2": "Dua"},
    )
    assert [(a.no, a.nama, a.mandiri, a.pegawai) for a in hasil] == [
        ("1", "Satu", Fraction(50), None),
        ("2", "Dua", None, Fraction(10)),
    ]


def test_the_snapshot_share_is_read_as_decimal_text_or_exact_fraction():
    area = {"1": {"nilai": "5.6", "persen": "70.0"}, "5": {"persen": "173/2"}, "6": {}}
    assert persen_area_snapshot(area) == {"1": Fraction(70), "5": Fraction(173, 2)}


def _unit_dengan_pegawai(satker):
    """Area 5 of the self-assessment left 45 % blank; ten staff answer 2 on area 5."""
    penilaian = unit_dinilai(satker, "wbk", periode=periode_kini(satker.induk))
    staf(satker, penilaian.periode.tahun, asn=10, honorer=2)
    for _ in range(10):
        isi(satker, {"5": 2})
    return penilaian


def _persen_mandiri(penilaian, no):
    snapshot = SkorSnapshot.objects.get(penilaian=penilaian, lapisan=Lapisan.MANDIRI)
    bobot = Area.objects.get(versi=penilaian.periode.versi, kode=no).bobot
    return Fraction(snapshot.area[no]["nilai"]) * 100 / Fraction(str(bobot))


def test_the_unit_claims_area_5_well_above_what_its_staff_perceive(cast):
    penilaian = _unit_dengan_pegawai(cast.satker_a)
    persepsi = persepsi_penilaian(penilaian=penilaian)
    area5 = persepsi.untuk_area(5)
    assert area5.nama == "Penguatan Pengawasan"
    assert area5.pegawai == Fraction(100, 3)  # every answer 2 on 1-4
    assert area5.mandiri == _persen_mandiri(penilaian, "5")
    assert area5.selisih == area5.mandiri - area5.pegawai and area5.mencolok
    assert persepsi.untuk_area(1).pegawai == 100 and not persepsi.untuk_area(1).mencolok
    assert persepsi.integritas == 100
    assert persepsi.survei.responden == 10 and persepsi.survei.pegawai == 12


def test_without_five_respondents_there_is_no_staff_side(cast):
    penilaian = unit_dinilai(cast.satker_a, "wbk", periode=periode_kini(cast.kanwil_x))
    staf(cast.satker_a, penilaian.periode.tahun, asn=10)
    for _ in range(4):
        isi(cast.satker_a, 1)
    persepsi = persepsi_penilaian(penilaian=penilaian)
    assert all(a.pegawai is None and a.selisih is None for a in persepsi.area)
    assert all(a.mandiri is not None for a in persepsi.area)


def test_the_window_is_the_periods_survey_window(cast):
    from tests.factories import PeriodeFactory

    periode = PeriodeFactory(kanwil=cast.kanwil_x, tahun=2026)
    assert [str(d) for d in jendela_survei(periode)] == ["2026-01-01", "2026-05-31"]


def test_many_units_cost_a_fixed_number_of_queries(cast, django_assert_num_queries):
    from tests.factories import PenilaianFactory

    daftar = [_unit_dengan_pegawai(cast.satker_a)]
    for _ in range(4):
        daftar.append(
            PenilaianFactory(satker=SatkerFactory(induk=cast.kanwil_x), periode=daftar[0].periode)
        )
    daftar = list(
        type(daftar[0]).objects.select_related("periode").filter(pk__in=[p.pk for p in daftar])
    )
    with django_assert_num_queries(5):
        hasil = persepsi_penilaian_banyak(daftar=daftar)
    assert len(hasil) == 5
