"""The staff survey's day aggregates: every figure read from them equals, exactly, the
same figure computed from the raw responses (the readers as they were,
tests/survei/mentah_internal.py), anonymity rule included; storing a staff response costs
the same whatever came before; the command finds and repairs a drifted aggregate."""

import datetime
import random
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from survei import services
from survei.internal.hitung import MINIMUM_TAMPIL
from survei.internal.rekap import rekap_internal_bangun_ulang, rekap_internal_periksa
from survei.internal.selectors import (
    jendela_tahun,
    rerata_butir_internal,
    ringkasan_internal,
    ringkasan_internal_gabungan,
    satker_cukup,
    versi_internal,
)
from survei.internal.services import kode_internal_buat, respons_internal_simpan
from survei.models import RekapButirInternal, RekapResponsInternal, ResponsInternal
from survei.perlindungan import token_baru
from tests.factories import SatkerFactory
from tests.survei import mentah_internal
from tests.survei.internal_bantu import isi, staf

TAHUN = 2026
KATEGORI = ["asn", "pppk", "honorer", "kontrak"]
MASA_KERJA = ["lt2", "2-5", "6-10", "gt10"]


def _pada_hari(monkeypatch, hari: datetime.date) -> None:
    # The service stamps today's date: move "today" to spread responses over days.
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: hari)


def _versi_kedua():
    """A second published version beside the first: every other item, answered on a
    1-6 scale converted linearly (the first: 1-4, range)."""
    asli = versi_internal()
    draf = services.versi_buat(kuesioner=asli.kuesioner, oleh=None)
    butir = [(b.kode, b.teks_id, b.teks_en, b.area, b.sumber) for b in asli.butir.all()][::2]
    services.versi_ubah(
        versi=draf,
        skala_maks=6,
        konversi="linear",
        bobot_skm=asli.bobot_skm,
        catatan="v2",
        butir=butir,
    )
    return asli, services.versi_terbitkan(versi=draf, oleh=None)


def _unit(cast) -> list:
    unit = [cast.satker_a, cast.satker_b, cast.satker_c]
    unit += [SatkerFactory(induk=cast.kanwil_x) for _ in range(2)]
    for s in unit:
        for tahun in (TAHUN, TAHUN + 1):  # codes need the staff count of their year
            staf(s, tahun, asn=40, pppk=8, honorer=6, kontrak=5)
    return unit


def _isi_acak(monkeypatch, unit, versi, *, n: int, seed: int) -> None:
    """`n` staff responses through the service, varied in unit (some units get few),
    version, day (over 14 months), category (the small ones rare) and every answer."""
    acak = random.Random(seed)
    butir = {v.pk: list(v.butir.all()) for v in versi}
    for _ in range(n):
        hari = datetime.date(TAHUN, 1, 1) + datetime.timedelta(days=acak.randrange(425))
        _pada_hari(monkeypatch, hari)
        satker = acak.choices(unit, weights=[8, 5, 3, 1, 0.4])[0]
        v = acak.choice(versi)
        assert respons_internal_simpan(
            satker=satker,
            versi=v,
            profil={
                "kategori": acak.choices(KATEGORI, weights=[10, 3, 1, 1])[0],
                "masa_kerja": acak.choice(MASA_KERJA),
                "melayani_publik": acak.random() < 0.5,
            },
            jawaban={b.kode: acak.randint(1, v.skala_maks) for b in butir[v.pk]},
            token=token_baru(),
            kode=kode_internal_buat(satker=satker, jumlah=1)[0],
        )


JENDELA = [
    jendela_tahun(TAHUN),  # the survey pages' calendar year
    (datetime.date(TAHUN, 1, 1), datetime.date(TAHUN, 5, 31)),  # a period's window
    (datetime.date(TAHUN, 3, 1), datetime.date(TAHUN, 3, 21)),  # short: most units below 5
    (datetime.date(TAHUN, 3, 15), datetime.date(TAHUN, 3, 15)),  # one day
    (datetime.date(TAHUN, 11, 2), datetime.date(TAHUN + 1, 2, 1)),  # across a year's end
    (datetime.date(TAHUN + 2, 1, 1), datetime.date(TAHUN + 2, 12, 31)),  # no responses
]


@pytest.mark.parametrize("seed", [1, 2])
def test_staff_figures_from_the_aggregates_equal_the_raw_responses_exactly(cast, monkeypatch, seed):
    unit = _unit(cast)
    _isi_acak(monkeypatch, unit, _versi_kedua(), n=160, seed=seed)
    ids = [s.pk for s in unit]
    cukup_sebagian = False
    for mulai, selesai in JENDELA:
        jendela = {"mulai": mulai, "selesai": selesai}
        per_unit = ringkasan_internal(satker_ids=ids, **jendela)
        assert per_unit == mentah_internal.ringkasan_internal(satker_ids=ids, **jendela)
        assert ringkasan_internal_gabungan(satker_ids=ids, **jendela) == (
            mentah_internal.ringkasan_internal_gabungan(satker_ids=ids, **jendela)
        )
        for pilih in (ids, ids[:1], ids[3:]):
            assert rerata_butir_internal(satker_ids=pilih, **jendela) == (
                mentah_internal.rerata_butir_internal(satker_ids=pilih, **jendela)
            )
        cukup = sorted(satker_cukup(satker_ids=ids, **jendela))
        assert cukup == sorted(mentah_internal.satker_cukup(satker_ids=ids, **jendela))
        cukup_sebagian |= 0 < len(cukup) < len(ids)
    # The data exercised the rule: a window where some units may be shown and some not,
    # and a small category merged somewhere.
    assert cukup_sebagian
    tahun = ringkasan_internal(satker_ids=ids, mulai=JENDELA[0][0], selesai=JENDELA[0][1])
    assert any(k.digabung for r in tahun.values() for k in r.kelompok)
    assert any(0 < r.responden < MINIMUM_TAMPIL or r.cukup for r in tahun.values())
    assert rekap_internal_periksa() == []


def test_the_staff_readers_read_no_raw_responses(cast, monkeypatch):
    unit = _unit(cast)
    _isi_acak(monkeypatch, unit, [versi_internal()], n=30, seed=3)
    ids = [s.pk for s in unit]
    mulai, selesai = jendela_tahun(TAHUN)
    with CaptureQueriesContext(connection) as q:
        ringkasan_internal(satker_ids=ids, mulai=mulai, selesai=selesai)
        ringkasan_internal_gabungan(satker_ids=ids, mulai=mulai, selesai=selesai)
        rerata_butir_internal(satker_ids=ids, mulai=mulai, selesai=selesai)
    tabel = " ".join(x["sql"] for x in q.captured_queries)
    assert "survei_responsinternal" not in tabel and "survei_skorinternal" not in tabel


def _query_simpan(cast, monkeypatch, sebelumnya: int) -> int:
    _pada_hari(monkeypatch, datetime.date(TAHUN, 4, 1))
    for i in range(sebelumnya):
        assert isi(cast.satker_a, 1 + i % 4, kategori=KATEGORI[i % 2])
    kode = kode_internal_buat(satker=cast.satker_a, jumlah=1)[0]
    with CaptureQueriesContext(connection) as q:
        assert isi(cast.satker_a, 3, kode=kode, kategori="asn")
    return len(q.captured_queries)


def test_storing_a_staff_response_issues_the_same_queries_after_5_or_50(cast, monkeypatch):
    staf(cast.satker_a, TAHUN, asn=60)
    sedikit = _query_simpan(cast, monkeypatch, 5)
    ResponsInternal.objects.all().delete()
    rekap_internal_bangun_ulang()
    banyak = _query_simpan(cast, monkeypatch, 50)
    assert sedikit == banyak
    assert rekap_internal_periksa() == []


def test_the_first_staff_response_of_a_day_creates_its_rows_the_next_adds_to_them(
    cast, monkeypatch
):
    staf(cast.satker_a, TAHUN, asn=10, honorer=2)
    _pada_hari(monkeypatch, datetime.date(TAHUN, 4, 1))
    isi(cast.satker_a, 4, kategori="asn")
    isi(cast.satker_a, 1, kategori="asn")
    isi(cast.satker_a, 2, kategori="honorer")
    baris = dict(
        RekapResponsInternal.objects.filter(satker=cast.satker_a).values_list(
            "kategori", "responden"
        )
    )
    assert baris == {"asn": 2, "honorer": 1}
    pertama = RekapButirInternal.objects.get(
        satker=cast.satker_a, kategori="asn", butir=versi_internal().butir.first()
    )
    assert (pertama.jumlah, pertama.banyak) == (5, 2)
    assert RekapButirInternal.objects.filter(kategori="honorer").count() == (
        versi_internal().butir.count()
    )


def test_the_command_reports_a_drifted_staff_aggregate_and_repairs_it(cast, monkeypatch):
    _isi_acak(monkeypatch, _unit(cast), [versi_internal()], n=20, seed=4)
    call_command("rekap_survei", "--periksa", stdout=StringIO())
    baris = RekapButirInternal.objects.filter(satker=cast.satker_a).first()
    RekapButirInternal.objects.filter(pk=baris.pk).update(banyak=baris.banyak + 1)
    RekapResponsInternal.objects.filter(satker=cast.satker_a).first().delete()
    keluar = StringIO()
    with pytest.raises(CommandError, match="2 perbedaan"):
        call_command("rekap_survei", "--periksa", stdout=keluar)
    assert f"butir-internal {cast.satker_a.pk} " in keluar.getvalue()
    assert f"respons-internal {cast.satker_a.pk} " in keluar.getvalue()
    keluar = StringIO()
    call_command("rekap_survei", "--perbaiki", stdout=keluar)
    assert "2 perbedaan diperbaiki" in keluar.getvalue()
    assert rekap_internal_periksa() == []
    call_command("rekap_survei", "--periksa", stdout=StringIO())


def test_rebuilding_one_unit_leaves_the_others_alone(cast, monkeypatch):
    unit = _unit(cast)
    _isi_acak(monkeypatch, unit, [versi_internal()], n=20, seed=6)
    RekapResponsInternal.objects.filter(satker=cast.satker_b).update(responden=99)
    assert rekap_internal_periksa(satker_ids=[cast.satker_a.pk]) == []
    rekap_internal_bangun_ulang(satker_ids=[cast.satker_a.pk])
    assert rekap_internal_periksa(satker_ids=[cast.satker_b.pk]) != []
    call_command("rekap_survei", "--perbaiki", "--satker", str(cast.satker_b.pk), stdout=StringIO())
    assert rekap_internal_periksa() == []


def test_the_migration_fills_the_aggregates_of_staff_responses_stored_before_them(
    cast, monkeypatch
):
    import importlib

    from django.apps import apps

    _isi_acak(monkeypatch, _unit(cast), _versi_kedua(), n=25, seed=5)
    RekapResponsInternal.objects.all().delete()
    RekapButirInternal.objects.all().delete()
    assert rekap_internal_periksa() != []
    migrasi = importlib.import_module("survei.migrations.0010_rekap_survei_internal_harian")
    migrasi.isi_dari_respons_internal(apps, None)
    assert rekap_internal_periksa() == []
