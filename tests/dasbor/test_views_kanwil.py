"""The Kanwil overview page."""

import pytest

URL = "/dasbor/kanwil-x/2026/"


@pytest.fixture
def halaman(kanwil_x_dinilai, masuk_sebagai):
    def buka(role="admin_x", **get):
        return masuk_sebagai(role).get(URL, get)

    return buka


def _unit(response):
    return [b.satker.kode for b in response.context["baris"]]


def test_it_shows_one_row_per_unit_with_its_predicate_status(halaman):
    response = halaman()
    assert response.status_code == 200
    status = {b.satker.kode: b.predikat for b in response.context["baris"]}
    assert status == {
        "satker-a": "wbk",
        "satker-b": "belum",
        "satker-d": "wbbm",
        "satker-e": "belum",
        "satker-f": "kosong",
    }


def test_it_names_the_failing_criteria_in_indonesian(halaman):
    baris = {b.satker.kode: b for b in halaman().context["baris"]}
    assert any(g.startswith("Area 1") for g in baris["satker-b"].gagal)
    assert "IPAK" in baris["satker-e"].gagal
    # A unit meeting WBK is told what stands between it and WBBM.
    assert any(g.startswith("Area 5") for g in baris["satker-a"].gagal)


def test_it_filters_by_predicate_status_type_and_search(halaman):
    assert _unit(halaman(predikat="wbk")) == ["satker-a"]
    assert _unit(halaman(jenis="lapas")) == ["satker-b", "satker-e"]
    assert _unit(halaman(q="kanim")) == ["satker-d"]
    assert _unit(halaman(q="SATKER-F")) == ["satker-f"]


def test_it_sorts_by_official_total_and_by_unit_type(halaman):
    kode = _unit(halaman(urut="total"))
    assert kode[0] == "satker-d" and kode[-1] == "satker-f"
    assert _unit(halaman(urut="jenis"))[0] == "satker-f"  # Balai Pemasyarakatan first


def test_the_cards_count_units_per_status_and_stage(halaman):
    kartu = halaman().context["kartu"]
    assert kartu.jumlah == 5
    assert {k: n for k, _l, _w, n in kartu.per_predikat} == {
        "wbbm": 1,
        "wbk": 1,
        "belum": 2,
        "kosong": 1,
    }
    assert dict((k, n) for k, _l, n in kartu.per_tahap)["draf"] == 5


def test_each_row_links_to_the_unit_page(halaman):
    assert b'href="/dasbor/kanwil-x/2026/satker-a/"' in halaman().content


def test_the_auditor_reads_it(halaman):
    assert halaman("auditor_x").status_code == 200


@pytest.mark.parametrize("role", ["admin_y", "kepala_a", "operator_b"])
def test_it_is_404_outside_the_kanwil(halaman, role):
    assert halaman(role).status_code == 404


def test_charts_carry_the_same_numbers_as_their_tables(halaman):
    response = halaman()
    grafik = response.context["grafik_total"]
    baris = response.context["baris"]
    assert grafik["label"] == [b.satker.nama for b in baris]
    assert b'id="data-total"' in response.content
    assert b"chartjs/chart.umd.min.js" in response.content
