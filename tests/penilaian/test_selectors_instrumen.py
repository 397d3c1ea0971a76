from django.db import connection
from django.test.utils import CaptureQueriesContext

from penilaian.models import InstrumenVersi
from penilaian.scoring import Pengaturan, hitung, instrumen_dari_berkas
from penilaian.selectors import instrumen as selectors
from penilaian.selectors.instrumen import instrumen_untuk_versi, versi_punya_jawaban
from penilaian.services.muat import BERKAS_BAWAAN
from tests.penilaian.lke import semua_terbaik

KODE = "permenpan-rb-90-2021"


def test_the_instrument_read_from_the_database_equals_the_shipped_file(db):
    assert instrumen_untuk_versi(KODE) == instrumen_dari_berkas(BERKAS_BAWAAN)


def test_it_reads_a_version_in_one_query_then_serves_it_from_the_cache(db):
    versi = InstrumenVersi.objects.get(kode=KODE)
    selectors._CACHE.clear()
    with CaptureQueriesContext(connection) as pertama:
        instrumen = instrumen_untuk_versi(versi)
    with CaptureQueriesContext(connection) as kedua:
        assert instrumen_untuk_versi(versi) is instrumen
    assert (len(pertama), len(kedua)) == (1, 0)
    with CaptureQueriesContext(connection) as dengan_kode:
        instrumen_untuk_versi(KODE)
    assert len(dengan_kode) == 1


def test_changing_a_setting_gives_a_fresh_instrument(db):
    versi = InstrumenVersi.objects.get(kode=KODE)
    assert instrumen_untuk_versi(versi).pengaturan == Pengaturan()
    versi.nilai_abcd = "pecahan"
    versi.save()
    instrumen = instrumen_untuk_versi(versi.pk)
    assert instrumen.pengaturan.nilai_abcd == "pecahan"
    assert hitung(instrumen, semua_terbaik(instrumen)).total == 100


def test_no_version_has_answers_before_the_assessment_models_exist(db):
    assert versi_punya_jawaban(InstrumenVersi.objects.get(kode=KODE)) is False
