"""Separation of duties: a unit's head or operator is never its evaluator. The role
cannot be given, the assignment cannot be made, and if the data says otherwise (a row
written by hand, a role held at the Kanwil) every review action still refuses."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from penilaian.models import Lapisan, Penilaian, RiwayatStatus
from penilaian.selectors.peran import PESAN_SATKER_SENDIRI
from penilaian.services import alur
from penilaian.services import periode as layanan_periode
from satker import services as layanan_satker
from satker.models import Peran
from tests.penilaian.bantu import jawab_semua, penilaian_a, tugaskan

S = Penilaian.Status
URL_SELESAI = "/penilaian/{pk}/reviu/{lapisan}/selesai/"


def test_a_head_cannot_be_given_the_evaluator_role_of_their_unit(cast):
    with pytest.raises(ValidationError) as exc:
        layanan_satker.peran_beri(
            pengguna=cast.pengguna["kepala_a"],
            oleh=cast.pengguna["admin_x"],
            jenis=Peran.Jenis.EVALUATOR,
            satker=cast.satker_a,
        )
    assert exc.value.message_dict["jenis"] == [str(layanan_satker.PESAN_EVALUATOR_TIM_SENDIRI)]
    assert not Peran.objects.filter(pengguna=cast.pengguna["kepala_a"], jenis="evaluator")


def test_an_evaluator_cannot_become_head_or_operator_of_the_unit_they_evaluate(cast):
    with pytest.raises(ValidationError) as exc:
        layanan_satker.peran_beri(
            pengguna=cast.pengguna["evaluator_a"],
            oleh=cast.pengguna["admin_x"],
            jenis=Peran.Jenis.OPERATOR,
            satker=cast.satker_a,
        )
    assert exc.value.message_dict["jenis"] == [str(layanan_satker.PESAN_TIM_SUDAH_EVALUATOR)]


def test_the_administration_page_says_why_the_role_was_refused(cast, masuk_sebagai):
    kepala = cast.pengguna["kepala_a"]
    client = masuk_sebagai("admin_x")
    r = client.post(
        f"/pengguna/{kepala.pk}/peran/",
        {"jenis": "evaluator", "satker": cast.satker_a.pk},
        follow=True,
    )
    assert "Pemisahan tugas" in r.content.decode()
    assert not Peran.objects.filter(pengguna=kepala, jenis="evaluator").exists()


def _kepala_juga_evaluator_kanwil(cast):
    """The head also holds an evaluator role at the Kanwil (allowed: they may evaluate
    other units), which would make them a candidate for their own unit."""
    kepala = cast.pengguna["kepala_a"]
    Peran.objects.create(pengguna=kepala, jenis=Peran.Jenis.EVALUATOR, satker=cast.kanwil_x)
    return kepala


def test_a_head_cannot_be_assigned_as_evaluator_of_their_unit(cast):
    kepala = _kepala_juga_evaluator_kanwil(cast)
    penilaian = penilaian_a(cast)
    assert kepala not in layanan_periode.evaluator_calon(penilaian)
    assert layanan_periode.evaluator_terhalang(penilaian) == [kepala]
    with pytest.raises(ValidationError) as exc:
        layanan_periode.penugasan_beri(
            penilaian=penilaian,
            lapisan=Lapisan.KANWIL,
            evaluator=kepala,
            oleh=cast.pengguna["admin_x"],
        )
    assert "Pemisahan tugas" in exc.value.message_dict["evaluator"][0]
    assert not penilaian.penugasan.exists()


def test_the_assignment_page_names_who_cannot_be_assigned_and_why(cast, masuk_sebagai):
    kepala = _kepala_juga_evaluator_kanwil(cast)
    penilaian = penilaian_a(cast)
    html = masuk_sebagai("admin_x").get(f"/penilaian/{penilaian.pk}/").content.decode()
    assert 'data-testid="evaluator-terhalang"' in html
    assert str(kepala) in html and "pemisahan tugas" in html


def test_a_head_assigned_by_hand_still_cannot_review_or_finish_their_unit(cast):
    """The issue's case: kepala.rutan submitted, reviewed and finished their own
    assessment. Here the data says they are assigned; every review move refuses."""
    kepala = _kepala_juga_evaluator_kanwil(cast)
    penilaian = penilaian_a(cast)
    tugaskan(penilaian, kepala)  # written around the service, as a bad import might
    jawab_semua(penilaian, kepala)
    alur.penilaian_ajukan(penilaian=penilaian, oleh=kepala)  # their own job: allowed
    assert alur.langkah_tersedia(penilaian=penilaian, user=kepala, lapisan=Lapisan.KANWIL) == []
    with pytest.raises(PermissionDenied) as exc:
        alur.penilaian_mulai_reviu(penilaian=penilaian, lapisan=Lapisan.KANWIL, oleh=kepala)
    assert str(exc.value) == str(PESAN_SATKER_SENDIRI)
    Penilaian.objects.filter(pk=penilaian.pk).update(status=S.DIREVIU)
    penilaian.refresh_from_db()
    with pytest.raises(PermissionDenied):
        alur.evaluasi_selesaikan(penilaian=penilaian, lapisan=Lapisan.KANWIL, oleh=kepala)
    assert Penilaian.objects.get(pk=penilaian.pk).status == S.DIREVIU
    assert RiwayatStatus.objects.filter(ke=S.FINAL).count() == 0


def test_a_superuser_who_heads_the_unit_is_refused_too(cast):
    su = cast.pengguna["superuser"]
    Peran.objects.create(pengguna=su, jenis=Peran.Jenis.KEPALA, satker=cast.satker_a)
    penilaian = penilaian_a(cast, S.DIAJUKAN)
    with pytest.raises(PermissionDenied):
        alur.penilaian_mulai_reviu(penilaian=penilaian, lapisan=Lapisan.KANWIL, oleh=su)


def test_the_evaluator_pages_and_import_refuse_the_units_own_head(cast, masuk_sebagai):
    kepala = _kepala_juga_evaluator_kanwil(cast)
    penilaian = penilaian_a(cast, S.DIREVIU)
    tugaskan(penilaian, kepala)
    client = masuk_sebagai("kepala_a")
    r = client.post(URL_SELESAI.format(pk=penilaian.pk, lapisan=Lapisan.KANWIL))
    assert r.status_code == 403
    assert Penilaian.objects.get(pk=penilaian.pk).status == S.DIREVIU
    from laporan.access.impor import lapisan_boleh_impor

    assert lapisan_boleh_impor(kepala, penilaian) == [Lapisan.MANDIRI]
