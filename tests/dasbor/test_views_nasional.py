"""The national view: Kanwil as rows, drilling down into each Kanwil's units."""

import pytest

from satker.models import Peran
from tests.dasbor.bantu import unit_dinilai
from tests.factories import PeranFactory


@pytest.fixture
def admin_nasional(cast):
    return PeranFactory(
        jenis=Peran.Jenis.ADMIN_NASIONAL, satker=None, instansi=cast.kanwil_x.instansi
    ).pengguna


def test_national_administrators_get_kanwil_rows_and_drill_down(cast, client, admin_nasional):
    unit_dinilai(cast.satker_a, "wbk")
    unit_dinilai(cast.satker_b, "belum_area")
    unit_dinilai(cast.satker_c, "wbbm")
    client.force_login(admin_nasional)
    assert client.get("/dasbor/").url == "/dasbor/nasional/2026/"
    response = client.get("/dasbor/nasional/2026/")
    baris = {b.periode.kanwil.kode: b for b in response.context["baris"]}
    assert baris["kanwil-x"].jumlah == 2
    assert baris["kanwil-x"].per_predikat == {"wbk": 1, "belum": 1}
    assert baris["kanwil-y"].per_predikat == {"wbk": 1}  # WBBM needs WBK held first
    assert b'href="/dasbor/kanwil-x/2026/?predikat=wbk"' in response.content
    kanwil = client.get("/dasbor/kanwil-x/2026/")
    assert kanwil.status_code == 200 and len(kanwil.context["baris"]) == 2
    assert client.get("/dasbor/kanwil-x/2026/satker-a/").status_code == 200


def test_a_kanwil_administrator_is_sent_to_its_own_kanwil(cast, masuk_sebagai):
    unit_dinilai(cast.satker_a, "wbk")
    unit_dinilai(cast.satker_c, "wbk")
    assert masuk_sebagai("admin_x").get("/dasbor/").url == "/dasbor/kanwil-x/2026/"
    assert masuk_sebagai("admin_y").get("/dasbor/").url == "/dasbor/kanwil-y/2026/"
    assert masuk_sebagai("admin_x").get("/dasbor/nasional/2026/").status_code == 403


def test_without_any_period_the_landing_page_says_so(cast, masuk_sebagai):
    response = masuk_sebagai("admin_x").get("/dasbor/")
    assert response.status_code == 200
    assert "Belum ada periode" in response.content.decode()
