from decimal import Decimal as D

from survei.indeks import bulat
from survei.models import IndeksEksternal
from survei.selectors import SumberIndeks, indeks_untuk_lke, ringkasan_survei_satker
from survei.services import layanan_tambah


def _tahun():
    from django.utils import timezone

    return timezone.localdate().year


def test_lke_indices_are_none_without_data(cast):
    hasil = indeks_untuk_lke(satker=cast.satker_a, tahun=_tahun())
    assert hasil == {
        "ipak": (None, SumberIndeks(SumberIndeks.KOSONG)),
        "ipkp": (None, SumberIndeks(SumberIndeks.KOSONG)),
    }


def test_lke_indices_come_from_responses_converted_to_0_4(cast, isi_respons):
    isi_respons(cast.satker_a, "spkp", 6)
    isi_respons(cast.satker_a, "spkp", 5)
    isi_respons(cast.satker_a, "spak", [6, 6, 5, 6, 6])
    hasil = indeks_untuk_lke(satker=cast.satker_a, tahun=_tahun())
    ipkp, sumber = hasil["ipkp"]
    assert ipkp == D("5.5") * 4 / 6
    assert sumber == SumberIndeks(SumberIndeks.SURVEI, responden=2)
    assert bulat(hasil["ipak"][0]) == D("3.87")
    assert hasil["ipak"][1].responden == 1


def test_an_external_value_wins_and_says_its_source(cast, isi_respons):
    isi_respons(cast.satker_a, "spak", 6)
    IndeksEksternal.objects.create(
        satker=cast.satker_a, tahun=_tahun(), jenis="ipak", nilai=D("3.6125"), sumber="BPS 2026"
    )
    nilai, sumber = indeks_untuk_lke(satker=cast.satker_a, tahun=_tahun())["ipak"]
    assert nilai == D("3.6125")
    assert sumber.dari_eksternal and sumber.sumber == "BPS 2026"


def test_other_years_and_units_do_not_count(cast, isi_respons):
    isi_respons(cast.satker_b, "spkp", 6)
    assert indeks_untuk_lke(satker=cast.satker_a, tahun=_tahun())["ipkp"][0] is None
    assert indeks_untuk_lke(satker=cast.satker_b, tahun=_tahun() - 1)["ipkp"][0] is None


def test_summary_has_skm_score_and_service_coverage(cast, isi_respons):
    kunjungan = layanan_tambah(satker=cast.satker_a, nama="Kunjungan")
    layanan_tambah(satker=cast.satker_a, nama="Penitipan barang")
    isi_respons(cast.satker_a, "skm", 4, layanan=kunjungan.pk)
    isi_respons(cast.satker_a, "skm", 3, layanan=kunjungan.pk)
    r = ringkasan_survei_satker(satker_ids=[cast.satker_a.pk], tahun=_tahun())[cast.satker_a.pk]
    assert r.responden("skm") == 2
    assert r.target == 30
    assert r.skm.nilai == D("87.5")
    assert r.skm.mutu == "B"
    assert len(r.layanan_kurang("skm")) == 1
    assert not r.memenuhi_target("skm")


def test_summary_for_many_units_uses_a_constant_number_of_queries(
    cast, isi_respons, django_assert_max_num_queries
):
    for satker in (cast.satker_a, cast.satker_b, cast.satker_c):
        for jenis in ("spkp", "spak", "skm"):
            isi_respons(satker, jenis, 4)
    ids = [cast.satker_a.pk, cast.satker_b.pk, cast.satker_c.pk, cast.kanwil_x.pk]
    with django_assert_max_num_queries(4):
        hasil = ringkasan_survei_satker(satker_ids=ids, tahun=_tahun())
    assert hasil[cast.satker_c.pk].responden("spak") == 1
    assert hasil[cast.kanwil_x.pk].ipkp[0] is None
