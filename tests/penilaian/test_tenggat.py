"""Deadlines: an assessment past them is shown as late to its unit and on the
dashboard; late work is still accepted."""

import datetime

from django.utils import timezone

from penilaian.selectors.tenggat import terlambat
from tests.factories import PenilaianFactory

SEHARI = datetime.timedelta(days=1)


def test_lateness_follows_the_stage_and_the_deadline_of_that_stage(cast):
    p = PenilaianFactory(satker=cast.satker_a)
    hari = p.periode.batas_mandiri + SEHARI
    assert terlambat(p, p.periode, hari) == "mandiri"
    assert terlambat(p, p.periode, p.periode.batas_mandiri) == ""
    p.status = "direviu"
    assert terlambat(p, p.periode, hari) == ""
    assert terlambat(p, p.periode, p.periode.batas_reviu + SEHARI) == "reviu"
    p.status = "final"
    assert terlambat(p, p.periode, p.periode.batas_reviu + SEHARI) == ""


def test_the_unit_sees_on_its_assessment_that_the_deadline_has_passed(cast, masuk_sebagai):
    hari_ini = timezone.localdate()
    p = PenilaianFactory(satker=cast.satker_a)
    client = masuk_sebagai("kepala_a")
    p.periode.batas_mandiri, p.periode.batas_reviu = hari_ini, hari_ini + 30 * SEHARI
    p.periode.save()
    assert 'data-testid="terlambat"' not in client.get(f"/penilaian/{p.pk}/").content.decode()
    p.periode.batas_mandiri = hari_ini - SEHARI
    p.periode.save()
    html = client.get(f"/penilaian/{p.pk}/").content.decode()
    assert 'data-testid="terlambat"' in html
    assert "Batas penilaian mandiri sudah lewat" in html
    # Late work is still accepted: the worksheet stays open for the unit.
    assert client.get(f"/penilaian/{p.pk}/lke/1/").status_code == 200
