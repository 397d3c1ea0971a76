"""Survey figures on the overview: respondents against target and the indices' source."""

import datetime

from django.utils import timezone

from dasbor.selectors import periode as selectors
from survei.models import Kuesioner
from tests.antrean.bantu import jalankan_pekerja
from tests.dasbor.bantu import unit_dinilai
from tests.factories import PeriodeFactory
from tests.penilaian.bantu import respons_pada
from tests.survei.conftest import isi


def test_respondents_and_indices_come_from_the_survey_app(cast, django_capture_on_commit_callbacks):
    # Responses are dated today, so the period is this year's with a window holding today.
    tahun = timezone.localdate().year
    periode = PeriodeFactory(
        kanwil=cast.kanwil_x, tahun=tahun, survei_selesai=datetime.date(tahun, 12, 31)
    )
    p = unit_dinilai(cast.satker_a, "wbk", periode=periode)
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(2):
            isi(cast.satker_a, Kuesioner.Jenis.SPKP, 6)
        isi(cast.satker_a, Kuesioner.Jenis.SPAK, 6)
    jalankan_pekerja()  # the queued refresh of open layers' scores
    (baris,) = selectors.baris_periode(user=cast.pengguna["admin_x"], periode=p.periode)
    assert (baris.responden, baris.target) == (1, 30)
    # The official layer (the unit's own) uses them, marked provisional below 30.
    assert baris.ipak == 4 and "baru 1 dari minimal 30" in baris.ipak_sumber
    assert baris.ipkp == 4 and "baru 2 dari minimal 30" in baris.ipkp_sumber
    assert baris.sumber_indeks == "survei"


def test_responses_outside_the_periods_window_are_not_counted(cast):
    p = unit_dinilai(cast.satker_a, "wbk")  # 2026, window 1 January - 31 May
    respons_pada(cast.satker_a, Kuesioner.Jenis.SPAK, 6, datetime.date(2026, 6, 1), n=3)
    respons_pada(cast.satker_a, Kuesioner.Jenis.SPKP, 6, datetime.date(2026, 5, 31), n=2)
    respons_pada(cast.satker_a, Kuesioner.Jenis.SPAK, 6, datetime.date(2026, 1, 1), n=1)
    (baris,) = selectors.baris_periode(user=cast.pengguna["admin_x"], periode=p.periode)
    assert baris.responden == 1  # the lower of SPAK (1 in the window) and SPKP (2)


def test_without_survey_data_the_lke_values_are_shown_with_their_layer(cast):
    p = unit_dinilai(cast.satker_a, "belum_ipak")
    (baris,) = selectors.baris_periode(user=cast.pengguna["admin_x"], periode=p.periode)
    assert baris.responden == 0
    assert baris.ipak == 3 and baris.ipak_sumber == "Penilaian mandiri: diisi di lembar kerja"
    assert baris.ipkp == 4 and baris.sumber_indeks == "lke"


def test_the_respondent_count_links_to_the_survey_results_of_the_periods_window(
    cast, masuk_sebagai
):
    unit_dinilai(cast.satker_a, "wbk")  # 2026, window 1 January - 31 May
    html = masuk_sebagai("admin_x").get("/dasbor/kanwil-x/2026/").content.decode()
    assert "/survei/satker-a/?mulai=2026-01-01&amp;selesai=2026-05-31&amp;tahun=2026" in html
