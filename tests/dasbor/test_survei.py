"""Survey figures on the overview: respondents against target and the indices' source."""

from decimal import Decimal

from django.utils import timezone

from dasbor import selectors
from survei.models import Kuesioner
from tests.dasbor.bantu import unit_dinilai
from tests.factories import PeriodeFactory
from tests.survei.conftest import isi


def test_respondents_and_indices_come_from_the_survey_app(cast):
    # Responses are dated today, so the period is this year's.
    tahun = timezone.localdate().year
    p = unit_dinilai(
        cast.satker_a, "wbk", periode=PeriodeFactory(kanwil=cast.kanwil_x, tahun=tahun)
    )
    for _ in range(2):
        isi(cast.satker_a, Kuesioner.Jenis.SPKP, 6)
    isi(cast.satker_a, Kuesioner.Jenis.SPAK, 6)
    (baris,) = selectors.baris_periode(user=cast.pengguna["admin_x"], periode=p.periode)
    assert (baris.responden, baris.target) == (1, 30)
    assert baris.ipak == Decimal(4) and "1 responden" in baris.ipak_sumber
    assert baris.ipkp == Decimal(4) and "2 responden" in baris.ipkp_sumber


def test_without_survey_data_the_lke_values_are_shown_with_their_layer(cast):
    p = unit_dinilai(cast.satker_a, "belum_ipak")
    (baris,) = selectors.baris_periode(user=cast.pengguna["admin_x"], periode=p.periode)
    assert baris.responden == 0
    assert baris.ipak == Decimal(3) and baris.ipak_sumber == "Penilaian mandiri"
    assert baris.ipkp == Decimal(4)
