import datetime
from decimal import Decimal as D
from fractions import Fraction as F

from inti.angka import bulat
from survei.models import IndeksEksternal
from survei.selectors import indeks_untuk_lke, jendela_tahun, ringkasan_survei_satker
from survei.services import layanan_tambah


def _tahun():
    from django.utils import timezone

    return timezone.localdate().year


def _lke(satker, tahun=None):
    """The LKE's inputs over the calendar year (the public form stamps today's date)."""
    tahun = tahun or _tahun()
    mulai, selesai = jendela_tahun(tahun)
    return indeks_untuk_lke(satker=satker, tahun=tahun, mulai=mulai, selesai=selesai)


def test_lke_indices_are_none_without_data(cast):
    hasil = _lke(cast.satker_a)
    assert (hasil["ipak"].survei, hasil["ipak"].responden, hasil["ipak"].eksternal) == (
        None,
        0,
        {},
    )
    assert hasil["ipkp"].survei is None


def test_lke_indices_come_from_responses_converted_to_0_4_exactly(cast, isi_respons):
    isi_respons(cast.satker_a, "spkp", 6)
    isi_respons(cast.satker_a, "spkp", 5)
    isi_respons(cast.satker_a, "spak", [6, 6, 5, 6, 6])
    hasil = _lke(cast.satker_a)
    assert hasil["ipkp"].survei == F("5.5") * 4 / 6
    assert hasil["ipkp"].responden == 2
    assert hasil["ipak"].survei == F(29, 5) * 4 / 6  # mean 5.8 on 1-6
    assert bulat(hasil["ipak"].survei) == D("3.87")
    assert hasil["ipak"].responden == 1


def test_external_values_are_kept_by_scope_with_their_document(cast, isi_respons):
    isi_respons(cast.satker_a, "spak", 6)
    IndeksEksternal.objects.create(
        satker=cast.satker_a,
        tahun=_tahun(),
        jenis="ipak",
        nilai=D("3.6125"),
        sumber="BPS 2026",
        dokumen="Laporan BPS 12/2026",
        lingkup="kanwil",
    )
    hasil = _lke(cast.satker_a)["ipak"]
    assert hasil.survei == 4  # the portal's own value is still there
    assert set(hasil.eksternal) == {"kanwil"}
    assert hasil.eksternal["kanwil"].nilai == D("3.6125")
    # A survey page shows the external value with its source and document.
    r = ringkasan_survei_satker(satker_ids=[cast.satker_a.pk], tahun=_tahun())[cast.satker_a.pk]
    nilai, sumber = r.ipak
    assert nilai == F("3.6125") and sumber.dari_eksternal
    assert str(sumber) == "Nilai eksternal: BPS 2026 (Laporan BPS 12/2026)"


def test_other_years_and_units_do_not_count(cast, isi_respons):
    isi_respons(cast.satker_b, "spkp", 6)
    assert _lke(cast.satker_a)["ipkp"].survei is None
    assert _lke(cast.satker_b, _tahun() - 1)["ipkp"].survei is None


def test_responses_count_by_their_day_inside_the_window(cast, isi_respons):
    from django.utils import timezone

    isi_respons(cast.satker_a, "spak", 6)
    hari_ini = timezone.localdate()
    kemarin = hari_ini - datetime.timedelta(days=1)
    sebelum = indeks_untuk_lke(
        satker=cast.satker_a, tahun=hari_ini.year, mulai=kemarin.replace(day=1), selesai=kemarin
    )
    dalam = indeks_untuk_lke(
        satker=cast.satker_a, tahun=hari_ini.year, mulai=hari_ini, selesai=hari_ini
    )
    assert (sebelum["ipak"].responden, dalam["ipak"].responden) == (0, 1)


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
