"""The staff's perception beside the self-assessment on the dashboard: the unit page
highlights a large gap and shows the response rate; the Kanwil page lists every unit."""

import re

from django.utils import timezone

from tests.dasbor.bantu import unit_dinilai
from tests.factories import SatkerFactory
from tests.survei.internal_bantu import isi, periode_kini, staf

TAHUN = timezone.localdate().year


def _dinilai(satker, profil="wbk"):
    return unit_dinilai(satker, profil, periode=periode_kini(satker.induk))


def _pegawai_melihat_area_5_rendah(satker, asn=10, honorer=2):
    staf(satker, TAHUN, asn=asn + 2, honorer=honorer + 1)
    for _ in range(asn):
        isi(satker, {"5": 2}, kategori="asn")
    for _ in range(honorer):
        isi(satker, {"5": 1}, kategori="honorer")


def test_the_unit_page_shows_the_response_rate_and_highlights_the_area_5_gap(cast, masuk_sebagai):
    _dinilai(cast.satker_a, "wbbm")  # the unit claims every area in full
    _pegawai_melihat_area_5_rendah(cast.satker_a)
    html = masuk_sebagai("evaluator_a").get(f"/dasbor/kanwil-x/{TAHUN}/satker-a/").content.decode()
    assert 'data-testid="tingkat-respons">80 %<' in html  # 12 of 15
    kategori = re.search(r'data-testid="respons-kategori">(.*?)</table>', html, re.S).group(1)
    assert "ASN (PNS) + Honorer/non-ASN" in kategori and "12 / 15" in kategori
    baris = re.search(r'<tr class="table-danger" data-area="5">(.*?)</tr>', html, re.S).group(1)
    # Area 5: the unit 100 %, its staff (10 x 1/3 + 2 x 0) / 12 = 28 %: 72 points apart.
    assert re.findall(r">(\d+ %)<", baris) == ["100 %", "28 %"]
    assert "+72" in baris and "selisih besar" in baris
    assert 'data-area="1">' in html and '<tr class="table-danger" data-area="1">' not in html
    sorot = re.search(r'data-testid="sorot-persepsi">(.*?)</div>\s*</div>', html, re.S).group(1)
    assert "5. Penguatan Pengawasan" in sorot and "1. Manajemen" not in sorot


def test_the_unit_page_withholds_perception_below_five_respondents(cast, masuk_sebagai):
    _dinilai(cast.satker_a)
    _pegawai_melihat_area_5_rendah(cast.satker_a, asn=3, honorer=1)
    html = masuk_sebagai("kepala_a").get(f"/dasbor/kanwil-x/{TAHUN}/satker-a/").content.decode()
    assert 'data-testid="persepsi-ditahan"' in html
    assert 'data-testid="celah-persepsi"' not in html and "sorot-persepsi" not in html


def test_the_kanwil_page_shows_each_units_gap_and_only_counts_for_small_units(cast, masuk_sebagai):
    _dinilai(cast.satker_a, "wbbm")
    _pegawai_melihat_area_5_rendah(cast.satker_a)
    _dinilai(cast.satker_b)
    staf(cast.satker_b, TAHUN, honorer=2)
    for _ in range(2):
        isi(cast.satker_b, 1, kategori="honorer")
    client = masuk_sebagai("admin_x")
    html = client.get(f"/dasbor/kanwil-x/{TAHUN}/").content.decode()
    assert f"/dasbor/kanwil-x/{TAHUN}/survei-internal/" in html
    html = client.get(f"/dasbor/kanwil-x/{TAHUN}/survei-internal/").content.decode()
    a = re.search(r'data-satker="satker-a">(.*?)</tr>', html, re.S).group(1)
    assert '<td class="text-end text-nowrap table-danger">100 % / 28 %' in a
    b = re.search(r'data-satker="satker-b">(.*?)</tr>', html, re.S).group(1)
    assert "2 / 2" in b  # the count is shown...
    sel = re.findall(r'<td class="text-end text-nowrap">([^<]*)</td>', b)
    assert len(sel) == 6 and all(re.fullmatch(r"\d+ % / —", x) for x in sel)  # ...no perception
    assert "1 unit dengan selisih besar" in html
    kelompok = re.search(r'data-testid="kelompok-kanwil">(.*?)</table>', html, re.S).group(1)
    assert re.findall(r"(\d+ / \d+)", kelompok) == ["14 / 17"]  # honorary staff merged


def test_the_kanwil_page_costs_the_same_queries_for_more_units(cast, masuk_sebagai):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = masuk_sebagai("admin_x")
    _dinilai(cast.satker_a)
    _pegawai_melihat_area_5_rendah(cast.satker_a)
    url = f"/dasbor/kanwil-x/{TAHUN}/survei-internal/"
    with CaptureQueriesContext(connection) as sedikit:
        assert client.get(url).status_code == 200
    for _ in range(4):
        s = SatkerFactory(induk=cast.kanwil_x)
        _dinilai(s)
        _pegawai_melihat_area_5_rendah(s, asn=5, honorer=0)
    with CaptureQueriesContext(connection) as banyak:
        html = client.get(url).content.decode()
    assert html.count("data-satker=") == 5
    assert len(banyak) == len(sedikit)


def test_the_kanwil_page_costs_the_same_queries_for_more_responses(cast, masuk_sebagai):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = masuk_sebagai("admin_x")
    _dinilai(cast.satker_a)
    _dinilai(cast.satker_b)
    _pegawai_melihat_area_5_rendah(cast.satker_a, asn=5, honorer=0)
    url = f"/dasbor/kanwil-x/{TAHUN}/survei-internal/"
    with CaptureQueriesContext(connection) as sedikit:
        assert client.get(url).status_code == 200
    _pegawai_melihat_area_5_rendah(cast.satker_a, asn=40, honorer=6)
    _pegawai_melihat_area_5_rendah(cast.satker_b, asn=30, honorer=1)
    with CaptureQueriesContext(connection) as banyak:
        html = client.get(url).content.decode()
    assert len(banyak) == len(sedikit)
    assert "data-satker=" in html
    # The figures come from the day aggregates: no raw staff answer is read.
    sql = " ".join(q["sql"] for q in banyak.captured_queries)
    assert "survei_skorinternal" not in sql and "survei_responsinternal" not in sql
