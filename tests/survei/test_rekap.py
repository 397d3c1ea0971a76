"""The survey day aggregates: every figure read from them equals, exactly, the same figure
computed from the raw responses (the readers as they were, tests/survei/mentah_*.py);
storing a response costs the same whatever came before; the command finds and repairs
a drifted aggregate."""

import datetime
import random
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from survei.hasil import hasil_survei
from survei.models import RekapButir, RekapRespons, Respons
from survei.rekap import rekap_bangun_ulang, rekap_periksa
from survei.selectors import indeks_untuk_lke, ringkasan_survei_satker
from survei.services import layanan_tambah
from tests.survei import mentah_hasil, mentah_selectors
from tests.survei.conftest import isi

TAHUN = 2026
JENIS_RESPONDEN = ["keluarga", "pengacara", "pemohon", "lainnya"]


def _pada_hari(monkeypatch, hari: datetime.date) -> None:
    # The form stamps today's date: move "today" to spread responses over days.
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: hari)


def _isi_acak(monkeypatch, cast, *, n: int, seed: int) -> None:
    """`n` responses through the service, varied in unit, questionnaire, day, service,
    respondent type and every answer."""
    acak = random.Random(seed)
    layanan = [layanan_tambah(satker=cast.satker_a, nama=f"Layanan {i}").pk for i in range(3)]
    for _ in range(n):
        hari = datetime.date(TAHUN, 1, 1) + datetime.timedelta(days=acak.randrange(365))
        _pada_hari(monkeypatch, hari)
        satker = acak.choice([cast.satker_a, cast.satker_b])
        jenis = acak.choice(["spkp", "spak", "skm"])
        skala = {"spkp": 6, "spak": 6, "skm": 4}[jenis]
        banyak = {"spkp": 8, "spak": 5, "skm": 9}[jenis]
        nilai = [acak.randint(1, skala) for _ in range(banyak)]
        pilih = acak.choice(layanan) if satker == cast.satker_a else None
        assert isi(
            satker, jenis, nilai, layanan=pilih, jenis_responden=acak.choice(JENIS_RESPONDEN)
        )


JENDELA = [
    (None, None),  # the calendar year
    (datetime.date(TAHUN, 1, 1), datetime.date(TAHUN, 5, 31)),  # a period's window
    (datetime.date(TAHUN, 3, 15), datetime.date(TAHUN, 3, 15)),  # one day
    (datetime.date(TAHUN, 11, 2), datetime.date(TAHUN + 1, 2, 1)),  # across a year's end
]


@pytest.mark.parametrize("seed", [1, 2])
def test_indices_from_the_aggregates_equal_the_raw_responses_exactly(
    cast, monkeypatch, seed, django_assert_max_num_queries
):
    _isi_acak(monkeypatch, cast, n=120, seed=seed)
    ids = [cast.satker_a.pk, cast.satker_b.pk, cast.satker_c.pk]
    for mulai, selesai in JENDELA:
        jendela = {"tahun": TAHUN, "mulai": mulai, "selesai": selesai}
        rekap = ringkasan_survei_satker(satker_ids=ids, **jendela)
        assert rekap == mentah_selectors.ringkasan_survei_satker(satker_ids=ids, **jendela)
        assert any(r.ipak_survei is not None for r in rekap.values()) or mulai == selesai
        for satker in (cast.satker_a, cast.satker_b):
            assert indeks_untuk_lke(satker=satker, **jendela) == (
                mentah_selectors.indeks_untuk_lke(satker=satker, **jendela)
            )
            assert hasil_survei(satker=satker, **jendela) == (
                mentah_hasil.hasil_survei(satker=satker, **jendela)
            )
    assert rekap_periksa() == []


def test_the_results_page_reads_no_raw_answers(cast, monkeypatch):
    _isi_acak(monkeypatch, cast, n=30, seed=3)
    with CaptureQueriesContext(connection) as q:
        hasil_survei(satker=cast.satker_a, tahun=TAHUN)
        ringkasan_survei_satker(satker_ids=[cast.satker_a.pk], tahun=TAHUN)
    tabel = " ".join(x["sql"] for x in q.captured_queries)
    assert "survei_skor" not in tabel
    # Only the latest suggestions come from the responses themselves.
    assert sum('FROM "survei_respons"' in x["sql"] for x in q.captured_queries) == 1


def _query_simpan(cast, monkeypatch, sebelumnya: int) -> int:
    _pada_hari(monkeypatch, datetime.date(TAHUN, 4, 1))
    for i in range(sebelumnya):
        assert isi(cast.satker_a, "spak", [1 + i % 6, 2, 3, 4, 5])
    with CaptureQueriesContext(connection) as q:
        assert isi(cast.satker_a, "spak", [6, 5, 4, 3, 2])
    return len(q.captured_queries)


def test_storing_a_response_issues_the_same_queries_after_5_or_50_responses(cast, monkeypatch):
    sedikit = _query_simpan(cast, monkeypatch, 5)
    Respons.objects.all().delete()
    rekap_bangun_ulang()
    banyak = _query_simpan(cast, monkeypatch, 50)
    assert sedikit == banyak
    assert rekap_periksa() == []


def test_the_first_response_of_a_day_creates_its_rows_the_next_adds_to_them(cast, monkeypatch):
    _pada_hari(monkeypatch, datetime.date(TAHUN, 4, 1))
    isi(cast.satker_a, "spak", [6, 5, 4, 3, 2], jenis_responden="pemohon")
    isi(cast.satker_a, "spak", [1, 1, 1, 1, 1], jenis_responden="pemohon")
    baris = RekapRespons.objects.get(satker=cast.satker_a)
    assert (baris.responden, baris.jumlah, baris.banyak) == (2, 25, 10)
    pertama = RekapButir.objects.get(satker=cast.satker_a, butir__kode="A1")
    assert (pertama.jumlah, pertama.banyak) == (7, 2)


def test_the_command_reports_a_drifted_aggregate_and_repairs_it(cast, monkeypatch):
    _isi_acak(monkeypatch, cast, n=20, seed=4)
    call_command("rekap_survei", "--periksa", stdout=StringIO())
    baris = RekapButir.objects.filter(satker=cast.satker_a).first()
    RekapButir.objects.filter(pk=baris.pk).update(jumlah=baris.jumlah + 1)
    keluar = StringIO()
    with pytest.raises(CommandError, match="1 perbedaan"):
        call_command("rekap_survei", "--periksa", stdout=keluar)
    assert f"butir {cast.satker_a.pk} " in keluar.getvalue()
    keluar = StringIO()
    call_command("rekap_survei", "--perbaiki", stdout=keluar)
    assert "1 perbedaan diperbaiki" in keluar.getvalue()
    assert rekap_periksa() == []
    call_command("rekap_survei", "--periksa", stdout=StringIO())


def test_the_migration_fills_the_aggregates_of_responses_stored_before_them(cast, monkeypatch):
    import importlib

    from django.apps import apps

    _isi_acak(monkeypatch, cast, n=25, seed=5)
    RekapRespons.objects.all().delete()
    RekapButir.objects.all().delete()
    assert rekap_periksa() != []
    migrasi = importlib.import_module("survei.migrations.0009_rekap_survei_harian")
    migrasi.isi_dari_respons(apps, None)
    assert rekap_periksa() == []
