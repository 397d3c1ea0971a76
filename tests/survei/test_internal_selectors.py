"""Results of the internal survey for a date window: response rate per category with
small categories merged, perception per area, item means; fixed query counts."""

import datetime
from fractions import Fraction

from django.utils import timezone

from survei.internal.selectors import (
    jendela_tahun,
    rerata_butir_internal,
    ringkasan_internal,
    ringkasan_internal_gabungan,
)
from survei.models import ResponsInternal
from tests.factories import SatkerFactory
from tests.survei.internal_bantu import isi, staf

HARI_INI = timezone.localdate()
JENDELA = jendela_tahun(HARI_INI.year)


def _rutan_dengan_dua_honorer(satker):
    """Ten ASN answer 4 everywhere except area 5 (2); two honorary staff answer 1."""
    staf(satker, HARI_INI.year, asn=12, honorer=3)
    for _ in range(10):
        isi(satker, {"5": 2}, kategori="asn")
    for _ in range(2):
        isi(satker, 1, kategori="honorer")


def test_two_honorary_staff_are_never_shown_apart(cast):
    _rutan_dengan_dua_honorer(cast.satker_a)
    r = ringkasan_internal(satker_ids=[cast.satker_a.pk], mulai=JENDELA[0], selesai=JENDELA[1])
    ringkasan = r[cast.satker_a.pk]
    assert (ringkasan.responden, ringkasan.pegawai) == (12, 15)
    assert ringkasan.tingkat_respons == Fraction(80)
    assert [(k.anggota, k.responden, k.pegawai) for k in ringkasan.kelompok] == [
        (("asn", "honorer"), 12, 15)
    ]
    # Area 5: ten answers of 2 per item (1/3) and two of 1 (0) -> (10/3)/12 of 100 %.
    assert ringkasan.persen_area["5"] == Fraction(10, 3) / 12 * 100
    assert ringkasan.persen_area["1"] == Fraction(10, 12) * 100
    assert ringkasan.cukup


def test_five_honorary_staff_are_shown_apart(cast):
    staf(cast.satker_a, HARI_INI.year, asn=8, honorer=6)
    for _ in range(5):
        isi(cast.satker_a, 4, kategori="asn")
    for _ in range(5):
        isi(cast.satker_a, 1, kategori="honorer")
    ringkasan = ringkasan_internal(
        satker_ids=[cast.satker_a.pk], mulai=JENDELA[0], selesai=JENDELA[1]
    )[cast.satker_a.pk]
    per = {k.anggota: k for k in ringkasan.kelompok}
    assert set(per) == {("asn",), ("honorer",)}
    assert per[("honorer",)].persen_area["5"] == 0
    assert per[("asn",)].persen_area["5"] == 100
    assert per[("honorer",)].tingkat_respons == Fraction(500, 6)


def test_fewer_than_five_respondents_show_counts_only(cast):
    staf(cast.satker_a, HARI_INI.year, asn=30)
    for _ in range(4):
        isi(cast.satker_a, 4)
    ringkasan = ringkasan_internal(
        satker_ids=[cast.satker_a.pk], mulai=JENDELA[0], selesai=JENDELA[1]
    )[cast.satker_a.pk]
    assert ringkasan.responden == 4 and not ringkasan.cukup
    assert ringkasan.persen_area == {}
    assert all(k.persen_area == {} for k in ringkasan.kelompok)
    assert (
        rerata_butir_internal(satker_ids=[cast.satker_a.pk], mulai=JENDELA[0], selesai=JENDELA[1])
        == []
    )


def test_responses_count_by_their_day_inside_the_window(cast, monkeypatch):
    kemarin = HARI_INI - datetime.timedelta(days=1)
    for tahun in {kemarin.year, HARI_INI.year}:  # codes need the staff count of their year
        staf(cast.satker_a, tahun, asn=30)
    # The service dates a response today: two answered "yesterday", four today.
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: kemarin)
    for _ in range(2):
        isi(cast.satker_a, 4)
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: HARI_INI)
    for _ in range(4):
        isi(cast.satker_a, 4)
    assert ResponsInternal.objects.filter(tanggal=kemarin).count() == 2
    hanya_hari_ini = ringkasan_internal(
        satker_ids=[cast.satker_a.pk], mulai=HARI_INI, selesai=HARI_INI
    )[cast.satker_a.pk]
    assert hanya_hari_ini.responden == 4 and not hanya_hari_ini.cukup
    keduanya = ringkasan_internal(satker_ids=[cast.satker_a.pk], mulai=kemarin, selesai=HARI_INI)
    assert keduanya[cast.satker_a.pk].responden == 6


def test_item_means_say_where_each_item_comes_from(cast):
    _rutan_dengan_dua_honorer(cast.satker_a)
    butir = rerata_butir_internal(
        satker_ids=[cast.satker_a.pk], mulai=JENDELA[0], selesai=JENDELA[1]
    )
    per = {b.kode: b for b in butir}
    assert per["PW1"].rerata == Fraction(10 * 2 + 2 * 1, 12) and per["PW1"].jumlah == 12
    assert per["PW1"].area == "5" and per["PW1"].sumber.startswith("LKE A.I.5")
    assert per["MP1"].persen == Fraction(10, 12) * 100


def test_a_kanwil_combines_only_units_with_five_or_more_respondents(cast):
    staf(cast.satker_a, HARI_INI.year, asn=10)
    staf(cast.satker_b, HARI_INI.year, asn=4, honorer=2)
    for _ in range(5):
        isi(cast.satker_a, 4)
    for _ in range(2):
        isi(cast.satker_b, 1, kategori="honorer")
    ids = [cast.satker_a.pk, cast.satker_b.pk]
    kanwil = ringkasan_internal_gabungan(satker_ids=ids, mulai=JENDELA[0], selesai=JENDELA[1])
    assert (kanwil.responden, kanwil.pegawai, kanwil.unit_dihitung) == (7, 16, 1)
    assert kanwil.persen_area["5"] == 100  # unit B's two answers are not mixed in
    assert all(k.persen_area == {} for k in kanwil.kelompok)  # no perception per category
    assert [k.anggota for k in kanwil.kelompok] == [("asn", "honorer")]
    means = rerata_butir_internal(satker_ids=ids, mulai=JENDELA[0], selesai=JENDELA[1])
    assert {b.jumlah for b in means} == {5}


def test_query_count_does_not_grow_with_units(cast, django_assert_num_queries):
    satker = [SatkerFactory(induk=cast.kanwil_x) for _ in range(6)]
    for s in satker[:3]:
        staf(s, HARI_INI.year, asn=6, kontrak=1)
        for _ in range(5):
            isi(s, 3)
    ids = [s.pk for s in satker]
    with django_assert_num_queries(3):
        hasil = ringkasan_internal(satker_ids=ids, mulai=JENDELA[0], selesai=JENDELA[1])
    assert len(hasil) == 6 and hasil[satker[0].pk].responden == 5
    with django_assert_num_queries(3):
        ringkasan_internal_gabungan(satker_ids=ids, mulai=JENDELA[0], selesai=JENDELA[1])
    with django_assert_num_queries(2):
        rerata_butir_internal(satker_ids=ids, mulai=JENDELA[0], selesai=JENDELA[1])


def test_a_year_no_date_can_hold_is_a_window_with_no_data(cast):
    assert jendela_tahun(10**30)[1] == datetime.date(9999, 12, 31)
    assert jendela_tahun(-5)[0] == datetime.date(1, 1, 1)
