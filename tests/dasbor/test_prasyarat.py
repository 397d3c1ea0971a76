"""Proposal prerequisites: the pure check, the service and the edit page."""

import datetime
from decimal import Decimal

import pytest

from dasbor.models import PrasyaratUsulan
from dasbor.prasyarat import periksa_prasyarat, sakip_memenuhi, zi_satu_tahun
from dasbor.services import prasyarat_simpan
from tests.factories import PenilaianFactory

URL = "/dasbor/kanwil-x/2026/satker-a/prasyarat/"


@pytest.mark.parametrize(
    "nilai, minimum, harapan",
    [
        ("AA", "B", True),
        ("B", "B", True),
        ("CC", "B", False),
        ("B", "BB", False),
        ("BB", "BB", True),
        ("A", "BB", True),
        ("", "B", False),
    ],
)
def test_a_sakip_grade_meets_a_minimum_when_at_least_as_good(nilai, minimum, harapan):
    assert sakip_memenuhi(nilai, minimum) is harapan


@pytest.mark.parametrize(
    "pencanangan, acuan, harapan",
    [
        (datetime.date(2025, 4, 30), datetime.date(2026, 4, 30), True),
        (datetime.date(2025, 5, 1), datetime.date(2026, 4, 30), False),
        (datetime.date(2024, 2, 29), datetime.date(2025, 2, 28), True),
        (None, datetime.date(2026, 4, 30), False),
    ],
)
def test_zi_counts_as_built_a_year_from_its_declaration(pencanangan, acuan, harapan):
    assert zi_satu_tahun(pencanangan, acuan) is harapan


def test_all_prerequisites_met_for_wbbm():
    butir = periksa_prasyarat(
        temuan_ditindaklanjuti=True,
        lhkpn_persen=Decimal(100),
        lhkasn_persen=Decimal("100.00"),
        nilai_sakip="BB",
        pencanangan=datetime.date(2020, 1, 1),
        acuan=datetime.date(2026, 4, 30),
        target="WBBM",
    )
    assert all(b.memenuhi for b in butir)
    assert [b.kode for b in butir] == ["temuan", "lhkpn", "lhkasn", "zi_setahun", "sakip"]


def test_wealth_reports_below_100_percent_are_not_met():
    butir = periksa_prasyarat(
        temuan_ditindaklanjuti=True,
        lhkpn_persen=Decimal("99.99"),
        lhkasn_persen=None,
        nilai_sakip="B",
        pencanangan=None,
        acuan=datetime.date(2026, 4, 30),
    )
    assert {b.kode: b.memenuhi for b in butir} == {
        "temuan": True,
        "lhkpn": False,
        "lhkasn": False,
        "zi_setahun": False,
        "sakip": True,
    }


def test_the_service_creates_then_updates_one_row_per_unit_and_year(cast):
    oleh = cast.pengguna["operator_a"]
    prasyarat_simpan(satker=cast.satker_a, tahun=2026, oleh=oleh, nilai_sakip="B")
    prasyarat_simpan(satker=cast.satker_a, tahun=2026, oleh=oleh, temuan_ditindaklanjuti=True)
    obj = PrasyaratUsulan.objects.get()
    assert (obj.nilai_sakip, obj.temuan_ditindaklanjuti) == ("B", True)


def test_the_service_refuses_an_unknown_sakip_grade(cast):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as exc:
        prasyarat_simpan(
            satker=cast.satker_a, tahun=2026, oleh=cast.pengguna["admin_x"], nilai_sakip="Z"
        )
    assert "nilai_sakip" in exc.value.error_dict
    assert not PrasyaratUsulan.objects.exists()


def test_wealth_report_compliance_is_not_typed_on_the_checklist_form(cast, masuk_sebagai):
    PenilaianFactory(satker=cast.satker_a)
    form = masuk_sebagai("operator_a").get(URL).context["form"]
    assert "lhkpn_persen" not in form.fields and "lhkasn_persen" not in form.fields


@pytest.mark.parametrize("role", ["operator_a", "kepala_a", "admin_x"])
def test_the_unit_and_its_kanwil_edit_the_checklist(cast, masuk_sebagai, role):
    PenilaianFactory(satker=cast.satker_a)
    response = masuk_sebagai(role).post(
        URL,
        {"temuan_ditindaklanjuti": "on", "nilai_sakip": "BB"},
    )
    assert response.status_code == 302
    assert response.url == "/dasbor/kanwil-x/2026/satker-a/#prasyarat"
    obj = PrasyaratUsulan.objects.get(satker=cast.satker_a, tahun=2026)
    assert obj.temuan_ditindaklanjuti and obj.diubah_oleh == cast.pengguna[role]


def test_a_bad_value_is_shown_on_the_form_and_nothing_is_saved(cast, masuk_sebagai):
    PenilaianFactory(satker=cast.satker_a)
    response = masuk_sebagai("operator_a").post(URL, {"nilai_sakip": "ZZ"})
    assert response.status_code == 200
    assert response.context["form"].errors["nilai_sakip"]
    assert not PrasyaratUsulan.objects.exists()


@pytest.mark.parametrize(
    "role, status", [("auditor_x", 403), ("evaluator_a", 403), ("admin_y", 404)]
)
def test_readers_and_outsiders_cannot_edit(cast, masuk_sebagai, role, status):
    PenilaianFactory(satker=cast.satker_a)
    assert masuk_sebagai(role).post(URL, {"nilai_sakip": "AA"}).status_code == status
    assert not PrasyaratUsulan.objects.exists()
