"""The Kanwil overview a page of units at a time: the cards count every unit, the table
and the charts show the page, the page links keep the reader's filters."""

import re

import pytest

from dasbor import views

URL = "/dasbor/kanwil-x/2026/"


@pytest.fixture
def halaman(kanwil_x_dinilai, masuk_sebagai, monkeypatch):
    monkeypatch.setattr(views, "UNIT_PER_HALAMAN", 2)

    def buka(**get):
        return masuk_sebagai("admin_x").get(URL, get)

    return buka


def _unit(response):
    return [b.satker.kode for b in response.context["baris"]]


def test_the_pages_together_hold_every_unit_once_in_order(halaman):
    pertama, kedua, ketiga = (halaman(halaman=n) for n in (1, 2, 3))
    semua = _unit(pertama) + _unit(kedua) + _unit(ketiga)
    assert [len(_unit(r)) for r in (pertama, kedua, ketiga)] == [2, 2, 1]
    assert sorted(semua) == ["satker-a", "satker-b", "satker-d", "satker-e", "satker-f"]
    nama = [b.satker.nama.lower() for r in (pertama, kedua, ketiga) for b in r.context["baris"]]
    assert nama == sorted(nama)  # the default order (by name) runs across the pages
    # The chart shows the units of its page, the same as the table.
    assert kedua.context["grafik_total"]["label"] == [b.satker.nama for b in kedua.context["baris"]]


def test_the_cards_count_every_unit_whatever_the_page(halaman):
    for n in (1, 3):
        kartu = halaman(halaman=n).context["kartu"]
        assert kartu.jumlah == 5
        assert sum(n for *_x, n in kartu.per_predikat) == 5


def test_the_reader_is_told_which_units_the_page_shows(halaman):
    isi = halaman(halaman=2).content.decode()
    assert "Unit 3–4 dari 5 yang cocok (5 seluruhnya)." in isi
    assert "Halaman 2 dari 3" in isi


def test_page_links_keep_the_filter_and_the_sort(halaman):
    response = halaman(urut="total", jenis="", halaman=1)
    assert _unit(response) == ["satker-d", _unit(halaman(urut="total"))[1]]
    nav = response.content.decode().split('data-testid="navigasi-halaman"')[1]
    berikut = re.search(r'href="([^"]+)" rel="next"', nav).group(1).replace("&amp;", "&")
    assert "urut=total" in berikut and "halaman=2" in berikut
    kedua = halaman(**dict(p.split("=") for p in berikut.lstrip("?").split("&")))
    assert _unit(kedua) == _unit(halaman(urut="total", halaman=2))
    assert "satker-d" not in _unit(kedua)


def test_a_filter_pages_only_the_units_it_matches(halaman):
    response = halaman(jenis="lapas")
    assert _unit(response) == ["satker-b", "satker-e"]
    assert b'data-testid="navigasi-halaman"' not in response.content
    assert "2 unit ditampilkan dari 5." in response.content.decode()


@pytest.mark.parametrize("nomor", ["99", "0", "abc", "-1"])
def test_a_page_number_out_of_range_shows_a_page_not_an_error(halaman, nomor):
    response = halaman(halaman=nomor)
    assert response.status_code == 200
    assert len(_unit(response)) in (1, 2)


def test_the_page_navigation_speaks_english_too(kanwil_x_dinilai, masuk_sebagai, monkeypatch):
    from django.conf import settings

    monkeypatch.setattr(views, "UNIT_PER_HALAMAN", 2)
    client = masuk_sebagai("admin_x")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    isi = client.get(URL, {"halaman": 2}).content.decode()
    assert "Units 3–4 of 5 matching (5 in all)." in isi
    assert "Page 2 of 3" in isi and ">Next<" in isi and ">First<" in isi
