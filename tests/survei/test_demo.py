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


def test_the_demo_staff_survey_shows_a_gap_and_merges_small_groups(db):
    from survei.internal.selectors import jendela_tahun, ringkasan_internal
    from survei.models import ResponsInternal

    call_command("seed_demo", force=True, stdout=StringIO())
    jumlah = ResponsInternal.objects.count()
    call_command("seed_demo", force=True, stdout=StringIO())
    assert ResponsInternal.objects.count() == jumlah
    rutan = Satker.objects.get(kode="rutan-tpi")
    mulai, selesai = jendela_tahun(timezone.localdate().year)
    r = ringkasan_internal(satker_ids=[rutan.pk], mulai=mulai, selesai=selesai)[rutan.pk]
    assert (r.responden, r.pegawai) == (36, 51)
    assert [k.anggota for k in r.kelompok] == [("asn",), ("pppk", "honorer", "kontrak")]
    assert r.persen_area["5"] < r.persen_area["1"] - 20
