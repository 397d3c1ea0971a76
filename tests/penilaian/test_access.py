"""The assessment access helpers: 404 outside scope, 403 for reading-only roles."""

import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404

from penilaian.access import (
    penilaian_untuk_dibaca,
    penilaian_untuk_diisi,
    penilaian_untuk_dikelola,
    penilaian_untuk_dinilai,
)
from penilaian.models import Evaluasi, Lapisan, Penilaian, PenugasanEvaluator
from penilaian.services.aturan import penilaian_bisa_diubah
from tests.factories import PenilaianFactory


@pytest.fixture
def penilaian_a(cast):
    return PenilaianFactory(satker=cast.satker_a)


def _hasil(fungsi, *args):
    try:
        fungsi(*args)
    except Http404:
        return 404
    except PermissionDenied:
        return 403
    return "ok"


@pytest.mark.parametrize(
    "role, baca, isi, kelola",
    [
        ("superuser", "ok", 403, "ok"),
        ("admin_x", "ok", 403, "ok"),
        ("kepala_a", "ok", "ok", 403),
        ("operator_a", "ok", "ok", 403),
        ("evaluator_a", "ok", 403, 403),
        ("auditor_x", "ok", 403, 403),
        ("operator_b", 404, 404, 404),
        ("admin_y", 404, 404, 404),
    ],
)
def test_each_role_reads_fills_or_manages_only_within_its_scope(
    cast, penilaian_a, role, baca, isi, kelola
):
    user = cast.pengguna[role]
    assert _hasil(penilaian_untuk_dibaca, user, penilaian_a.pk) == baca
    assert _hasil(penilaian_untuk_diisi, user, penilaian_a.pk) == isi
    assert _hasil(penilaian_untuk_dikelola, user, penilaian_a.pk) == kelola


def test_only_an_evaluator_assigned_to_the_layer_may_score_it(cast, penilaian_a):
    evaluator = cast.pengguna["evaluator_a"]
    assert _hasil(penilaian_untuk_dinilai, evaluator, penilaian_a.pk, Lapisan.KANWIL) == 403
    PenugasanEvaluator.objects.create(
        penilaian=penilaian_a, lapisan=Lapisan.KANWIL, evaluator=evaluator
    )
    assert _hasil(penilaian_untuk_dinilai, evaluator, penilaian_a.pk, Lapisan.KANWIL) == "ok"
    assert _hasil(penilaian_untuk_dinilai, evaluator, penilaian_a.pk, Lapisan.TPI) == 403
    assert _hasil(penilaian_untuk_dinilai, evaluator, penilaian_a.pk, Lapisan.MANDIRI) == 404


def test_an_assignment_alone_lets_an_outside_evaluator_read_the_assessment(cast, penilaian_a):
    tamu = cast.pengguna["operator_b"]
    PenugasanEvaluator.objects.create(penilaian=penilaian_a, lapisan=Lapisan.TPI, evaluator=tamu)
    assert _hasil(penilaian_untuk_dibaca, tamu, penilaian_a.pk) == "ok"


def test_the_unit_edits_while_drafting_or_returned_and_evaluators_while_in_review(
    cast, penilaian_a
):
    ubah = {}
    for status in Penilaian.Status.values:
        penilaian_a.status = status
        ubah[status] = (
            penilaian_bisa_diubah(penilaian_a, Lapisan.MANDIRI),
            penilaian_bisa_diubah(penilaian_a, Lapisan.KANWIL),
        )
    assert ubah == {
        "draf": (True, False),
        "diajukan": (False, False),
        "direviu": (False, True),
        "dikembalikan": (True, False),
        "diajukan_ulang": (False, False),
        "final": (False, False),
    }
    Evaluasi.objects.create(
        penilaian=penilaian_a,
        lapisan=Lapisan.KANWIL,
        selesai_pada="2026-04-01T10:00:00+07:00",
        selesai_oleh=cast.pengguna["evaluator_a"],
    )
    penilaian_a.status = Penilaian.Status.DIREVIU
    assert not penilaian_bisa_diubah(penilaian_a, Lapisan.KANWIL)
    assert penilaian_bisa_diubah(penilaian_a, Lapisan.TPI)
