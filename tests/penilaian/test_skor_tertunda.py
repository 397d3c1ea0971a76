"""A burst of survey responses queues one refresh of the unit's open layers' scores, not
one per response; the queue's worker brings the stored score to what the engine says."""

import datetime

import pytest
from django.utils import timezone

from antrean.tugas_dasar import DBTaskResult
from penilaian.models import Lapisan, SkorSnapshot, SkorTertunda
from penilaian.scoring import pecahan
from penilaian.services.pendengar import skor_tandai_tertunda
from penilaian.services.skor import hasil_lke, skor_perbarui
from tests.antrean.bantu import jalankan_pekerja
from tests.factories import PenilaianFactory, PeriodeFactory
from tests.survei.conftest import isi

TUGAS = "penilaian.tugas.skor_segarkan"


@pytest.fixture
def penilaian(cast):
    tahun = timezone.localdate().year
    periode = PeriodeFactory(
        kanwil=cast.kanwil_x,
        tahun=tahun,
        survei_mulai=datetime.date(tahun, 1, 1),
        survei_selesai=datetime.date(tahun, 12, 31),
    )
    penilaian = PenilaianFactory(satker=cast.satker_a, periode=periode)
    skor_perbarui(penilaian=penilaian, lapisan=Lapisan.MANDIRI)
    return penilaian


def _ipak(penilaian):
    snapshot = SkorSnapshot.objects.get(penilaian=penilaian, lapisan=Lapisan.MANDIRI)
    return pecahan(snapshot.hasil_rinci["ipak"])


def test_a_burst_of_responses_queues_one_refresh_that_brings_the_score_up_to_date(
    cast, penilaian, django_capture_on_commit_callbacks
):
    sebelum = _ipak(penilaian)
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(20):
            isi(cast.satker_a, "spak", 6)
    assert DBTaskResult.objects.filter(task_path=TUGAS).count() == 1
    assert SkorTertunda.objects.filter(penilaian=penilaian).exists()
    assert _ipak(penilaian) == sebelum  # not yet: the queue does it
    jalankan_pekerja()
    assert not SkorTertunda.objects.exists()
    segar = hasil_lke(penilaian=penilaian, lapisan=Lapisan.MANDIRI)
    assert _ipak(penilaian) != sebelum
    assert SkorSnapshot.objects.get(
        penilaian=penilaian, lapisan=Lapisan.MANDIRI
    ).total_tepat == str(segar.total)


def test_a_response_after_the_refresh_started_queues_the_next(
    cast, penilaian, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        isi(cast.satker_a, "spak", 6)
    jalankan_pekerja()
    with django_capture_on_commit_callbacks(execute=True):
        isi(cast.satker_a, "spak", 1)
    assert DBTaskResult.objects.filter(task_path=TUGAS).count() == 2
    jalankan_pekerja()
    segar = hasil_lke(penilaian=penilaian, lapisan=Lapisan.MANDIRI)
    assert _ipak(penilaian) == segar.ipak


def test_an_assessment_already_waiting_is_not_queued_twice(cast, penilaian):
    assert skor_tandai_tertunda(penilaian_id=penilaian.pk) is True
    assert skor_tandai_tertunda(penilaian_id=penilaian.pk) is False
    assert DBTaskResult.objects.filter(task_path=TUGAS).count() == 1


def test_a_response_of_another_unit_queues_nothing_here(
    cast, penilaian, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        isi(cast.satker_b, "spak", 6)
    assert not SkorTertunda.objects.exists()
    assert not DBTaskResult.objects.filter(task_path=TUGAS).exists()
