"""Dashboard selectors: constant query counts, and the engine's verdicts shown as is."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from dasbor import status as st
from dasbor.selectors import periode as selectors
from penilaian.models import Bukti, Evaluasi, Lapisan, Pertanyaan, SkorSnapshot, TautanBukti
from penilaian.scoring import hitung
from penilaian.selectors.instrumen import instrumen_untuk_versi
from tests.dasbor.bantu import PROFIL, jawaban_profil, nilai, unit_dinilai
from tests.factories import KanwilFactory, PenilaianFactory, PeriodeFactory, SatkerFactory
from tests.penilaian.bantu import respons_pada


def _kanwil_dengan_unit(n: int, admin):
    """A Kanwil with n scored units: self layer for all, a finished KANWIL layer, evidence
    and a 2025 assessment for every other unit, so every part of a row has data."""
    kanwil = KanwilFactory()
    profil = list(PROFIL)
    bukti = Bukti.objects.create(
        jenis="tautan", judul="SK", url="https://x.go.id", dibuat_oleh=admin
    )
    pertanyaan = list(Pertanyaan.objects.order_by("pk")[:3])
    for i in range(n):
        satker = SatkerFactory(induk=kanwil)
        p = unit_dinilai(satker, profil[i % len(profil)], oleh=admin)
        if i % 2 == 0:
            nilai(
                p,
                jawaban_profil(instrumen_untuk_versi(p.periode.versi)),
                lapisan=Lapisan.KANWIL,
                oleh=admin,
            )
            Evaluasi.objects.create(
                penilaian=p, lapisan=Lapisan.KANWIL, selesai_pada=timezone.now()
            )
            TautanBukti.objects.bulk_create(
                TautanBukti(penilaian=p, pertanyaan=q, bukti=bukti, ditautkan_oleh=admin)
                for q in pertanyaan
            )
            lalu = PeriodeFactory(
                kanwil=kanwil,
                tahun=2025,
                batas_mandiri=datetime.date(2025, 3, 31),
                batas_reviu=datetime.date(2025, 4, 30),
            )
            unit_dinilai(satker, "belum_area", periode=lalu, oleh=admin)
        # Survey responses inside the period's window, more for later units.
        for jenis in ("spak", "spkp"):
            respons_pada(satker, jenis, 1 + i % 6, p.periode.survei_mulai, n=1 + i % 3)
    return kanwil


def _jumlah_query(client, kanwil) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(f"/dasbor/{kanwil.kode}/2026/")
    assert response.status_code == 200
    return len(ctx.captured_queries)


def test_the_overview_query_count_does_not_grow_with_units(cast, client):
    client.force_login(cast.pengguna["superuser"])
    kecil = _kanwil_dengan_unit(3, cast.pengguna["superuser"])
    besar = _kanwil_dengan_unit(12, cast.pengguna["superuser"])
    jumlah_kecil = _jumlah_query(client, kecil)
    assert len(client.get(f"/dasbor/{besar.kode}/2026/").context["baris"]) == 12
    assert _jumlah_query(client, besar) == jumlah_kecil


def test_the_national_rows_query_count_does_not_grow_with_kanwil(
    cast, django_assert_max_num_queries
):
    user = cast.pengguna["superuser"]
    _kanwil_dengan_unit(2, user)
    with CaptureQueriesContext(connection) as ctx:
        selectors.baris_nasional(user=user, tahun=2026)
    _kanwil_dengan_unit(4, user)
    _kanwil_dengan_unit(3, user)
    with django_assert_max_num_queries(len(ctx.captured_queries)):
        baris = selectors.baris_nasional(user=user, tahun=2026)
    assert sorted(b.jumlah for b in baris) == [2, 3, 4]


@pytest.mark.parametrize("profil", list(PROFIL))
@pytest.mark.parametrize("predikat_sebelumnya", ["", "WBK"])
def test_the_status_shown_equals_the_engines(cast, profil, predikat_sebelumnya):
    p = unit_dinilai(cast.satker_a, profil, predikat_sebelumnya=predikat_sebelumnya)
    instrumen = instrumen_untuk_versi(p.periode.versi)
    h = hitung(
        instrumen,
        jawaban_profil(instrumen, **PROFIL[profil]),
        predikat_sebelumnya=predikat_sebelumnya or None,
    )
    harapan = st.status_predikat(
        memenuhi_wbk=h.predikat["WBK"].memenuhi, memenuhi_wbbm=h.predikat["WBBM"].memenuhi
    )
    (baris,) = selectors.baris_periode(user=cast.pengguna["admin_x"], periode=p.periode)
    assert baris.predikat == harapan
    assert baris.resmi.total == h.total


def test_the_official_score_is_the_latest_finished_evaluator_layer(cast):
    p = unit_dinilai(cast.satker_a, "belum_area")
    instrumen = instrumen_untuk_versi(p.periode.versi)
    nilai(p, jawaban_profil(instrumen), lapisan=Lapisan.KANWIL)
    (baris,) = selectors.baris_periode(user=cast.pengguna["admin_x"], periode=p.periode)
    # An unfinished evaluator layer is shown beside the unit's but is not official yet.
    assert baris.evaluator.lapisan == Lapisan.KANWIL and not baris.evaluator.selesai
    assert baris.resmi.lapisan == Lapisan.MANDIRI and baris.predikat == st.BELUM
    Evaluasi.objects.create(penilaian=p, lapisan=Lapisan.KANWIL, selesai_pada=timezone.now())
    (baris,) = selectors.baris_periode(user=cast.pengguna["admin_x"], periode=p.periode)
    assert baris.resmi.lapisan == Lapisan.KANWIL and baris.predikat != st.BELUM


def test_rows_never_recompute_scores_they_read_the_snapshot(cast):
    p = unit_dinilai(cast.satker_a, "wbk")
    SkorSnapshot.objects.filter(penilaian=p).update(total="12.5", total_tepat="25/2")
    (baris,) = selectors.baris_periode(user=cast.pengguna["admin_x"], periode=p.periode)
    assert str(st.bulat(baris.mandiri.total)) == "12.50"


def test_evidence_completeness_counts_questions_with_live_evidence(cast):
    p = PenilaianFactory(satker=cast.satker_a)
    admin = cast.pengguna["admin_x"]
    hidup = Bukti.objects.create(
        jenis="tautan", judul="A", url="https://a.go.id", dibuat_oleh=admin
    )
    dihapus = Bukti.objects.create(
        jenis="tautan",
        judul="B",
        url="https://b.go.id",
        dibuat_oleh=admin,
        dihapus_pada=timezone.now(),
    )
    q1, q2, q3 = Pertanyaan.objects.order_by("pk")[:3]
    for q, b in ((q1, hidup), (q1, dihapus), (q2, hidup), (q3, dihapus)):
        TautanBukti.objects.create(penilaian=p, pertanyaan=q, bukti=b, ditautkan_oleh=admin)
    (baris,) = selectors.baris_periode(user=admin, periode=p.periode)
    assert baris.bukti == 2
    assert baris.jumlah_pertanyaan == Pertanyaan.objects.filter(versi=p.periode.versi).count()
