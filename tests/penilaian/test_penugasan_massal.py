"""A Kanwil administrator assigns one evaluator to several units of a period in one
POST: all or nothing, only in their own Kanwil, with the separation of duties kept."""

import pytest

from penilaian.models import PenugasanEvaluator
from satker.models import Peran
from tests.factories import PenilaianFactory, PeranFactory, PeriodeFactory


@pytest.fixture
def periode(cast):
    a = PenilaianFactory(satker=cast.satker_a)
    b = PenilaianFactory(satker=cast.satker_b, periode=a.periode)
    return a.periode, a, b


@pytest.fixture
def evaluator_kanwil(cast):
    return PeranFactory(
        jenis=Peran.Jenis.EVALUATOR, satker=cast.kanwil_x, pengguna__username="ev_kanwil"
    ).pengguna


def _kirim(client, periode, penilaian, evaluator, lapisan="kanwil"):
    return client.post(
        f"/penilaian/periode/{periode.pk}/penugasan/",
        {"lapisan": lapisan, "evaluator": evaluator.pk, "penilaian": [p.pk for p in penilaian]},
        follow=True,
    )


def test_one_post_assigns_the_evaluator_to_every_ticked_unit(
    masuk_sebagai, periode, evaluator_kanwil
):
    periode, a, b = periode
    respons = _kirim(masuk_sebagai("admin_x"), periode, [a, b], evaluator_kanwil)
    assert "ditugaskan ke 2 satuan kerja" in respons.content.decode()
    assert set(
        PenugasanEvaluator.objects.filter(evaluator=evaluator_kanwil).values_list(
            "penilaian_id", "lapisan"
        )
    ) == {(a.pk, "kanwil"), (b.pk, "kanwil")}


def test_one_refused_unit_keeps_nothing_and_names_the_unit(masuk_sebagai, periode, cast):
    periode, a, b = periode
    # evaluator_a evaluates satker A only: not an evaluator of Lapas B or its Kanwil.
    respons = _kirim(masuk_sebagai("admin_x"), periode, [a, b], cast.pengguna["evaluator_a"])
    html = respons.content.decode()
    assert "Lapas B" in html and "Tidak ada penugasan yang disimpan." in html
    assert not PenugasanEvaluator.objects.exists()


def test_the_units_own_team_is_never_its_evaluator(masuk_sebagai, periode, evaluator_kanwil):
    periode, a, b = periode
    PeranFactory(jenis=Peran.Jenis.OPERATOR, satker=b.satker, pengguna=evaluator_kanwil)
    html = _kirim(masuk_sebagai("admin_x"), periode, [a, b], evaluator_kanwil).content.decode()
    assert "Pemisahan tugas" in html
    assert not PenugasanEvaluator.objects.exists()


def test_an_existing_assignment_refuses_the_whole_batch(masuk_sebagai, periode, evaluator_kanwil):
    periode, a, b = periode
    PenugasanEvaluator.objects.create(penilaian=b, lapisan="kanwil", evaluator=evaluator_kanwil)
    _kirim(masuk_sebagai("admin_x"), periode, [a, b], evaluator_kanwil)
    assert PenugasanEvaluator.objects.count() == 1


def test_an_assessment_of_another_period_is_not_accepted(masuk_sebagai, periode, evaluator_kanwil):
    periode, a, _b = periode
    lain = PenilaianFactory(
        satker=a.satker, periode=PeriodeFactory(kanwil=a.periode.kanwil, tahun=2025)
    )
    _kirim(masuk_sebagai("admin_x"), periode, [a, lain], evaluator_kanwil)
    assert not PenugasanEvaluator.objects.exists()


def test_an_evaluator_of_another_kanwil_is_not_offered_nor_accepted(masuk_sebagai, periode, cast):
    periode, a, _b = periode
    luar = PeranFactory(
        jenis=Peran.Jenis.EVALUATOR, satker=cast.kanwil_y, pengguna__username="ev_y"
    ).pengguna
    client = masuk_sebagai("admin_x")
    assert "ev_y" not in client.get(f"/penilaian/periode/{periode.pk}/").content.decode()
    _kirim(client, periode, [a], luar)
    assert not PenugasanEvaluator.objects.exists()


def test_nothing_ticked_is_a_clear_message(masuk_sebagai, periode, evaluator_kanwil):
    periode, _a, _b = periode
    html = _kirim(masuk_sebagai("admin_x"), periode, [], evaluator_kanwil).content.decode()
    assert "Pilih sedikitnya satu satuan kerja untuk ditugaskan." in html


@pytest.mark.parametrize(("role", "status"), [("admin_y", 404), ("operator_a", 403)])
def test_only_the_kanwils_administrator_assigns(
    masuk_sebagai, periode, evaluator_kanwil, role, status
):
    periode, a, b = periode
    client = masuk_sebagai(role)
    respons = client.post(
        f"/penilaian/periode/{periode.pk}/penugasan/",
        {"lapisan": "kanwil", "evaluator": evaluator_kanwil.pk, "penilaian": [a.pk, b.pk]},
    )
    assert respons.status_code == status
    assert not PenugasanEvaluator.objects.exists()


def test_the_period_page_shows_the_bulk_form_to_the_administrator_only(
    masuk_sebagai, periode, evaluator_kanwil
):
    periode, _a, _b = periode
    url = f"/penilaian/periode/{periode.pk}/"
    html = masuk_sebagai("admin_x").get(url).content.decode()
    assert 'data-testid="penugasan-massal"' in html and 'form="form-massal"' in html
    assert "ev_kanwil" in html or str(evaluator_kanwil) in html
    assert (
        'data-testid="penugasan-massal"' not in masuk_sebagai("auditor_x").get(url).content.decode()
    )
