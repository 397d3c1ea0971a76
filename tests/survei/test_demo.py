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


def test_the_demo_staff_survey_shows_a_gap_and_merges_small_groups(db):
    from survei.internal.selectors import jendela_tahun, ringkasan_internal
    from survei.models import ResponsInternal

    call_command("seed_demo", force=True, stdout=StringIO())
    jumlah = ResponsInternal.objects.count()
    call_command("seed_demo", force=True, stdout=StringIO())
    assert ResponsInternal.objects.count() == jumlah
    rutan = Satker.objects.get(kode="rutan-tpi")
    # Inside the demo period's survey window, like the public demo responses.
    assert not ResponsInternal.objects.exclude(tanggal__gte=MULAI, tanggal__lte=SELESAI).exists()
    r = ringkasan_internal(satker_ids=[rutan.pk], mulai=MULAI, selesai=SELESAI)[rutan.pk]
    assert r.responden == 36
    mulai, selesai = jendela_tahun(2026)
    r = ringkasan_internal(satker_ids=[rutan.pk], mulai=mulai, selesai=selesai)[rutan.pk]
    assert (r.responden, r.pegawai) == (36, 51)
    assert [k.anggota for k in r.kelompok] == [("asn",), ("pppk", "honorer", "kontrak")]
    assert r.persen_area["5"] < r.persen_area["1"] - 20
    # The demo re-dates its staff responses; their day aggregates follow.
    call_command("rekap_survei", "--periksa", stdout=StringIO())
