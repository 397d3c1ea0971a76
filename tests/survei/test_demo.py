import datetime
from io import StringIO

from django.core.management import call_command

from satker.models import Satker
from survei.models import IndeksEksternal, Respons
from survei.selectors import indeks_untuk_lke, ringkasan_survei_satker

MULAI, SELESAI = datetime.date(2026, 1, 1), datetime.date(2026, 5, 31)  # the demo window


def test_demo_surveys_give_the_demo_units_realistic_indices_and_are_idempotent(db):
    call_command("seed_demo", force=True, stdout=StringIO())
    jumlah = Respons.objects.count()
    call_command("seed_demo", force=True, stdout=StringIO())
    assert Respons.objects.count() == jumlah
    # Every demo response falls inside the demo period's survey window.
    assert not Respons.objects.exclude(tanggal__gte=MULAI, tanggal__lte=SELESAI).exists()
    rutan = Satker.objects.get(kode="rutan-tpi")
    jendela = {"tahun": 2026, "mulai": MULAI, "selesai": SELESAI}
    ringkasan = ringkasan_survei_satker(satker_ids=[rutan.pk], **jendela)[rutan.pk]
    assert ringkasan.memenuhi_target("skm")
    ipkp = indeks_untuk_lke(satker=rutan, **jendela)["ipkp"]
    assert 3 < ipkp.survei < 4 and ipkp.responden == 42
    kanim = Satker.objects.get(kode="kanim-batam")
    eksternal = indeks_untuk_lke(satker=kanim, **jendela)["ipak"].eksternal
    assert eksternal["kanwil"].dokumen and eksternal["kanwil"].lingkup == "kanwil"
    assert IndeksEksternal.objects.filter(dokumen="").count() == 0
