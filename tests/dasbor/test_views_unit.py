"""The unit page: every layer by area and sub-area, Tabel 6, gains, years, prerequisites."""

import datetime

import pytest

from penilaian.models import Lapisan
from satker.models import StatusZI
from tests.dasbor.bantu import unit_dinilai
from tests.factories import PeriodeFactory

URL = "/dasbor/kanwil-x/2026/satker-a/"


@pytest.fixture
def unit_a(cast):
    return unit_dinilai(cast.satker_a, "wbk")


def test_it_shows_each_layer_with_area_and_sub_area_scores(unit_a, masuk_sebagai):
    r = masuk_sebagai("kepala_a").get(URL).context["r"]
    assert [k for k, _l, _s in r.lapisan] == [Lapisan.MANDIRI, Lapisan.KANWIL, Lapisan.TPI]
    assert r.lapisan[0][2] is not None and r.lapisan[1][2] is None
    area_5 = next(a for a in r.area if a.no == "5")
    nilai, persen, warna = area_5.nilai[0]
    assert round(persen) == 70 and warna == "warning"
    # Sub-areas add up to the area's stored value.
    assert sum(s.nilai[0] for s in area_5.subarea) == pytest.approx(nilai)


def test_the_criteria_table_gives_value_requirement_and_gap(unit_a, masuk_sebagai):
    r = masuk_sebagai("admin_x").get(URL).context["r"]
    wbbm = {k.kode: k for k in r.kriteria["WBBM"]}
    assert not wbbm["area_5"].memenuhi
    assert wbbm["area_5"].syarat == pytest.approx(11.25)
    assert wbbm["area_5"].celah == pytest.approx(11.25 - 10.5)
    assert wbbm["total"].memenuhi and wbbm["total"].celah == 0
    assert all(k.memenuhi for k in r.kriteria["WBK"])


def test_it_lists_what_would_close_the_gap_from_the_engine(unit_a, masuk_sebagai):
    response = masuk_sebagai("admin_x").get(URL)
    peluang = response.context["peluang"]
    assert response.context["target"] == "WBBM"
    assert peluang and peluang[0].kode.startswith("A.")
    assert any("Area 5" in k for p in peluang for k in p.menutup)


def test_it_compares_years_by_area(cast, unit_a, masuk_sebagai):
    lalu = PeriodeFactory(
        kanwil=cast.kanwil_x,
        tahun=2025,
        batas_mandiri=datetime.date(2025, 3, 31),
        batas_reviu=datetime.date(2025, 4, 30),
    )
    unit_dinilai(cast.satker_a, "belum_area", periode=lalu)
    r = masuk_sebagai("admin_x").get(URL).context["r"]
    assert [t for t, _p, _total, _s in r.tahun_lalu] == [2025, 2026]
    assert r.tahun_lalu[0][1]["1"] < 60 <= r.tahun_lalu[1][1]["1"]
    assert r.tahun_lalu[1][3] == "wbk"


def test_the_radar_compares_the_unit_with_the_kanwil_average(unit_a, cast, masuk_sebagai):
    unit_dinilai(cast.satker_b, "wbbm")
    radar = masuk_sebagai("admin_x").get(URL).context["r"].radar
    assert radar["unit"][4] == 70.0
    assert radar["kanwil"][4] == 85.0
    assert len(radar["label"]) == 6


def test_the_prerequisites_checklist_shows_met_or_not(cast, unit_a, masuk_sebagai):
    StatusZI.objects.create(
        satker=cast.satker_a, tahun=2024, tanggal_pencanangan=datetime.date(2024, 1, 15)
    )
    response = masuk_sebagai("operator_a").get(URL)
    butir = {b.kode: b.memenuhi for b in response.context["butir_prasyarat"]}
    # LHKPN/LHKASN are the unit's own LKE answers (A.II.5.iii.a/b, both 100 % here).
    assert butir == {
        "temuan": False,
        "lhkpn": True,
        "lhkasn": True,
        "zi_setahun": True,
        "sakip": False,
    }
    assert response.context["hak"].prasyarat


def test_a_unit_without_scores_still_opens(cast, masuk_sebagai):
    from tests.factories import PenilaianFactory

    PenilaianFactory(satker=cast.satker_a)
    response = masuk_sebagai("kepala_a").get(URL)
    assert response.status_code == 200
    assert response.context["r"].predikat == "kosong"


@pytest.mark.parametrize("role", ["operator_b", "admin_y"])
def test_it_is_404_for_another_unit_or_kanwil(unit_a, masuk_sebagai, role):
    assert masuk_sebagai(role).get(URL).status_code == 404


def test_the_unit_head_sees_its_unit_page_but_not_the_kanwil(unit_a, masuk_sebagai):
    client = masuk_sebagai("kepala_a")
    assert client.get(URL).status_code == 200
    assert client.get("/dasbor/kanwil-x/2026/").status_code == 404
    assert client.get("/dasbor/").url == URL


def test_tabel_6_never_shows_a_shortfall_as_met_and_names_a_survey_too_small(cast, masuk_sebagai):
    from django.utils import timezone

    from penilaian.models import Evaluasi
    from penilaian.services.lapisan import lapisan_selesai_bekukan
    from tests.dasbor.bantu import nilai
    from tests.penilaian.bantu import respons_pada
    from tests.penilaian.batas import jawaban_area_1

    p = unit_dinilai(cast.satker_a, "wbk")
    kanwil = {k: v for k, v in jawaban_area_1("79.63").items() if k not in ("B.I.a", "B.II.a")}
    nilai(p, {k: _simpan(v) for k, v in kanwil.items()}, lapisan=Lapisan.KANWIL)
    respons_pada(cast.satker_a, "spak", 6, datetime.date(2026, 2, 1), n=18)
    Evaluasi.objects.create(penilaian=p, lapisan=Lapisan.KANWIL, selesai_pada=timezone.now())
    lapisan_selesai_bekukan(penilaian=p, lapisan=Lapisan.KANWIL, oleh=cast.pengguna["admin_x"])
    html = masuk_sebagai("admin_x").get(URL).content.decode()
    # Area 1 at 4.7963 of 8 (59.95 %): shown "4,796" against "< 4,80", never "4,80".
    assert 'data-testid="nilai-WBK-area_1">4,796<' in html
    assert "&lt; 4,80" in html
    assert 'data-testid="catatan-ipak">data survei belum cukup (18/30)<' in html


def _simpan(nilai):
    """An answer as the database keeps it (Decimals as text)."""
    from decimal import Decimal

    if isinstance(nilai, Decimal):
        return str(nilai)
    if isinstance(nilai, dict):
        return {k: _simpan(v) for k, v in nilai.items()}
    return nilai
