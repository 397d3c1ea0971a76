"""One permission object per assessment: `penilaian_untuk` returns the assessment and
what the user may do with it, read once; the summary page shows exactly the buttons the
user's `Hak` allows."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from penilaian.access import penilaian_untuk
from penilaian.models import Lapisan, Penilaian
from tests.penilaian.bantu import penilaian_a, tugaskan

S = Penilaian.Status


def _hak(cast, role, penilaian):
    return penilaian_untuk(cast.pengguna[role], penilaian.pk)[1]


def test_a_final_assessment_shows_its_administrator_exactly_one_reopen_button(cast, masuk_sebagai):
    penilaian = penilaian_a(cast, S.FINAL)
    html = masuk_sebagai("admin_x").get(f"/penilaian/{penilaian.pk}/").content.decode()
    assert html.count("Buka kembali") == 1
    assert f'href="/penilaian/{penilaian.pk}/buka-kembali/"' in html
    assert f'action="/penilaian/{penilaian.pk}/ajukan/"' not in html


def test_the_reopen_button_it_shows_opens_the_reopen_form(cast, masuk_sebagai):
    penilaian = penilaian_a(cast, S.FINAL)
    client = masuk_sebagai("admin_x")
    html = client.get(f"/penilaian/{penilaian.pk}/").content.decode()
    (href,) = re.findall(r'href="([^"]*buka-kembali/)"', html)
    assert client.get(href).status_code == 200


@pytest.mark.parametrize(
    ("role", "ajukan", "buka_kembali", "kelola", "audit", "isi"),
    [
        ("kepala_a", True, False, False, False, True),
        ("operator_a", False, False, False, False, True),
        ("admin_x", False, False, True, True, False),
        ("auditor_x", False, False, False, True, False),
        ("evaluator_a", False, False, False, False, False),
    ],
)
def test_the_rights_on_a_draft_follow_the_role(
    cast, role, ajukan, buka_kembali, kelola, audit, isi
):
    penilaian = penilaian_a(cast, S.DRAF)
    tugaskan(penilaian, cast.pengguna["evaluator_a"])
    hak = _hak(cast, role, penilaian)
    assert (bool(hak.ajukan), hak.buka_kembali, hak.kelola, hak.audit, hak.isi) == (
        ajukan,
        buka_kembali,
        kelola,
        audit,
        isi,
    )


def test_only_the_administrator_may_reopen_a_final_assessment(cast):
    penilaian = penilaian_a(cast, S.FINAL)
    assert _hak(cast, "admin_x", penilaian).buka_kembali
    assert not _hak(cast, "kepala_a", penilaian).buka_kembali
    assert _hak(cast, "kepala_a", penilaian).ajukan is None


def test_an_assigned_evaluator_may_start_the_review_of_their_own_layer_only(cast):
    penilaian = penilaian_a(cast, S.DIAJUKAN)
    tugaskan(penilaian, cast.pengguna["evaluator_a"], Lapisan.KANWIL)
    hak = _hak(cast, "evaluator_a", penilaian)
    assert hak.lapisan == (Lapisan.KANWIL,)
    assert hak.reviu == {Lapisan.KANWIL}
    assert hak.impor == (Lapisan.KANWIL,)


def test_the_units_own_team_never_scores_it_whatever_the_assignments_say(cast):
    penilaian = penilaian_a(cast, S.DIAJUKAN)
    tugaskan(penilaian, cast.pengguna["kepala_a"], Lapisan.KANWIL)
    hak = _hak(cast, "kepala_a", penilaian)
    assert hak.lapisan == ()
    assert hak.impor == (Lapisan.MANDIRI,)


def test_the_rights_are_read_in_a_fixed_number_of_queries(cast):
    penilaian = penilaian_a(cast, S.DIREVIU)
    tugaskan(penilaian, cast.pengguna["evaluator_a"], Lapisan.KANWIL)
    tugaskan(penilaian, cast.pengguna["evaluator_a"], Lapisan.TPI)
    user = cast.pengguna["evaluator_a"]
    penilaian_untuk(user, penilaian.pk)  # the user's scope is cached on the user
    with CaptureQueriesContext(connection) as q:
        _penilaian, hak = penilaian_untuk(user, penilaian.pk)
        flags = (hak.isi, hak.ubah, hak.kelola, hak.reviu, hak.selesaikan, hak.impor)
    assert flags[4] == {Lapisan.KANWIL, Lapisan.TPI}
    assert flags[5] == (Lapisan.KANWIL, Lapisan.TPI)
    # the assessment, the own-team role, the assignments, the finished layers
    assert len(q) == 4
