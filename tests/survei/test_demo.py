from io import StringIO

from django.core.management import call_command
from django.utils import timezone

from satker.models import Satker
from survei.models import Respons
from survei.selectors import indeks_untuk_lke, ringkasan_survei_satker


def test_demo_surveys_give_the_demo_units_realistic_indices_and_are_idempotent(db):
    call_command("seed_demo", force=True, stdout=StringIO())
    jumlah = Respons.objects.count()
    call_command("seed_demo", force=True, stdout=StringIO())
    assert Respons.objects.count() == jumlah
    tahun = timezone.localdate().year
    rutan = Satker.objects.get(kode="rutan-tpi")
    ringkasan = ringkasan_survei_satker(satker_ids=[rutan.pk], tahun=tahun)[rutan.pk]
    assert ringkasan.memenuhi_target("skm")
    ipkp, sumber = indeks_untuk_lke(satker=rutan, tahun=tahun)["ipkp"]
    assert 3 < ipkp < 4 and sumber.responden == 42
    kanim = Satker.objects.get(kode="kanim-batam")
    assert indeks_untuk_lke(satker=kanim, tahun=tahun)["ipak"][1].dari_eksternal
