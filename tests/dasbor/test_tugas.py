""" "Tugas saya": each role's next work, in a constant number of queries."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

from dasbor.selectors import tugas as selectors_tugas
from penilaian.models import Jawaban, Lapisan, Penilaian, PenugasanEvaluator, Pertanyaan
from penilaian.services import alur
from satker.models import Peran
from tests.factories import PenilaianFactory, PeriodeFactory, SatkerFactory
from tests.penilaian.bantu import jawab_semua, penilaian_a, tugaskan


def _jawab(penilaian, kode, oleh, lapisan=Lapisan.MANDIRI, nilai="Ya", **kw):
    return Jawaban.objects.create(
        penilaian=penilaian,
        pertanyaan=Pertanyaan.objects.get(versi=penilaian.periode.versi, kode=kode),
        lapisan=lapisan,
        nilai=nilai,
        diubah_oleh=oleh,
        **kw,
    )


def test_login_lands_on_my_tasks(cast, client):
    jawab = client.post(
        "/masuk/", {"username": "kepala_a", "password": "rahasia-uji-123"}, follow=False
    )
    assert jawab.url == "/dasbor/tugas/"


def test_the_unit_team_sees_the_next_unanswered_question_and_progress(cast, masuk_sebagai):
    penilaian = penilaian_a(cast)
    _jawab(penilaian, "A.I.1.i.a", cast.pengguna["kepala_a"])
    html = masuk_sebagai("operator_a").get("/dasbor/tugas/").content.decode()
    assert "Rutan A" in html
    berikut = Pertanyaan.objects.filter(versi=penilaian.periode.versi).order_by(
        "subarea__area__urutan", "subarea__urutan", "urutan", "pk"
    )[1]
    assert f'/penilaian/{penilaian.pk}/lke/1/#q-{berikut.kode}" data-testid="lanjutkan"' in html
    assert "1 dari 113 pertanyaan terjawab" in html
    assert f'href="/penilaian/{penilaian.pk}/bukti/"' in html
    assert f'href="/penilaian/{penilaian.pk}/reviu/' not in html  # not the team's page


def test_returned_questions_are_listed_with_the_evaluators_notes_and_links(cast, masuk_sebagai):
    penilaian = penilaian_a(cast, status=Penilaian.Status.DIREVIU)
    tugaskan(penilaian, cast.pengguna["evaluator_a"])
    _jawab(
        penilaian,
        "A.I.1.i.a",
        cast.pengguna["evaluator_a"],
        lapisan=Lapisan.KANWIL,
        nilai="Tidak",
        narasi="SK tanpa tanda tangan",
        perlu_revisi=True,
    )
    alur.penilaian_kembalikan(
        penilaian=penilaian,
        lapisan=Lapisan.KANWIL,
        oleh=cast.pengguna["evaluator_a"],
        catatan="Lengkapi SK.",
    )
    html = masuk_sebagai("kepala_a").get("/dasbor/tugas/").content.decode()
    assert "1 pertanyaan dikembalikan untuk diperbaiki" in html
    assert f'href="/penilaian/{penilaian.pk}/lke/1/#q-A.I.1.i.a"' in html
    assert "SK tanpa tanda tangan" in html
    assert "Lengkapi SK." in html
    assert "Perlu perbaikan: A.I.1.i.a" not in html  # the list says it, once


def test_the_evaluator_sees_unscored_different_and_flagged_counts(cast, masuk_sebagai):
    penilaian = penilaian_a(cast, status=Penilaian.Status.DIAJUKAN)
    tugaskan(penilaian, cast.pengguna["evaluator_a"])
    _jawab(penilaian, "A.I.1.i.a", cast.pengguna["kepala_a"])
    _jawab(penilaian, "A.I.1.i.b", cast.pengguna["kepala_a"])
    _jawab(penilaian, "A.I.1.i.a", cast.pengguna["evaluator_a"], Lapisan.KANWIL, "Tidak")
    _jawab(
        penilaian,
        "A.I.1.i.b",
        cast.pengguna["evaluator_a"],
        Lapisan.KANWIL,
        "Ya",
        perlu_revisi=True,
    )
    [tugas] = selectors_tugas.tugas_reviu(user=cast.pengguna["evaluator_a"])
    assert (tugas.belum_dinilai, tugas.berbeda, tugas.ditandai) == (109, 1, 1)
    html = masuk_sebagai("evaluator_a").get("/dasbor/tugas/").content.decode()
    assert f'/penilaian/{penilaian.pk}/reviu/kanwil/lke/1/?saring=berbeda" data-testid' in html


def test_the_kanwil_admin_sees_late_units_and_units_without_an_evaluator(
    cast, masuk_sebagai, settings
):
    terlambat = PenilaianFactory(satker=cast.satker_b)  # draft, past 31 March 2026
    tanpa = penilaian_a(cast, status=Penilaian.Status.DIAJUKAN)
    hari = datetime.date(2026, 4, 10)
    [k] = selectors_tugas.tugas_kanwil(user=cast.pengguna["admin_x"], hari_ini=hari)
    assert [p.pk for p in k.terlambat] == [terlambat.pk]
    assert [p.pk for p in k.tanpa_evaluator] == [tanpa.pk]
    html = masuk_sebagai("admin_x").get("/dasbor/tugas/").content.decode()
    assert "/dasbor/kanwil-x/2026/?terlambat=1" in html
    assert "Diajukan tanpa evaluator: 1" in html
    assert "/usulan/kanwil-x/2026/" in html


def _unit_penuh(kanwil, i, evaluator):
    satker = SatkerFactory(induk=kanwil, kode=f"u{i}")
    for jenis in (Peran.Jenis.KEPALA, Peran.Jenis.OPERATOR):
        Peran.objects.create(pengguna=evaluator, jenis=jenis, satker=satker)
    p = PenilaianFactory(satker=satker)
    _jawab(p, "A.I.1.i.a", evaluator, perlu_revisi=True)
    return p


def test_query_count_does_not_grow_with_units(cast, django_assert_max_num_queries):
    """One person on the team of many units, evaluator of many, admin of the Kanwil."""
    orang = cast.pengguna["admin_x"]

    def hitung():
        with CaptureQueriesContext(connection) as q:
            selectors_tugas.tugas_unit(user=orang)
            selectors_tugas.tugas_reviu(user=orang)
            selectors_tugas.tugas_kanwil(user=orang)
        return len(q)

    def tambah(n, mulai):
        for i in range(mulai, mulai + n):
            p = _unit_penuh(cast.kanwil_x, i, orang)
            Penilaian.objects.filter(pk=p.pk).update(status=Penilaian.Status.DIKEMBALIKAN)
            lain = PenilaianFactory(satker=SatkerFactory(induk=cast.kanwil_y))
            Penilaian.objects.filter(pk=lain.pk).update(status=Penilaian.Status.DIAJUKAN)
            PenugasanEvaluator.objects.create(
                penilaian=lain, lapisan=Lapisan.KANWIL, evaluator=orang
            )
            jawab_semua(lain, orang, Lapisan.MANDIRI)

    tambah(2, 0)
    if hasattr(orang, "_zi_lingkup"):
        del orang._zi_lingkup
    sedikit = hitung()
    tambah(6, 10)
    del orang._zi_lingkup
    assert hitung() == sedikit


def test_the_dashboard_stays_on_the_year_being_worked_on(cast, masuk_sebagai):
    penilaian = penilaian_a(cast)
    _jawab(penilaian, "A.I.1.i.a", cast.pengguna["kepala_a"])
    PenilaianFactory(satker=cast.satker_a, periode=PeriodeFactory(kanwil=cast.kanwil_x, tahun=2027))
    assert masuk_sebagai("admin_x").get("/dasbor/").url == "/dasbor/kanwil-x/2026/"
    assert masuk_sebagai("kepala_a").get("/dasbor/").url == "/dasbor/kanwil-x/2026/satker-a/"


def test_the_late_card_links_to_the_late_filter(cast, masuk_sebagai, monkeypatch):
    PenilaianFactory(satker=cast.satker_b)
    penilaian_a(cast, status=Penilaian.Status.FINAL)
    monkeypatch.setattr(
        "dasbor.selectors.periode.timezone.localdate", lambda: datetime.date(2026, 4, 10)
    )
    klien = masuk_sebagai("admin_x")
    html = klien.get("/dasbor/kanwil-x/2026/").content.decode()
    assert 'href="?terlambat=1" data-testid="kartu-terlambat"' in html
    html = klien.get("/dasbor/kanwil-x/2026/?terlambat=1").content.decode()
    assert "Lapas B" in html and ">Rutan A</a>" not in html
    assert 'data-testid="saringan-terlambat"' in html


def test_the_unit_page_links_to_the_units_pages_the_user_may_open(cast, masuk_sebagai):
    penilaian = penilaian_a(cast)
    tugaskan(penilaian, cast.pengguna["evaluator_a"])
    url = "/dasbor/kanwil-x/2026/satker-a/"
    html = masuk_sebagai("evaluator_a").get(url).content.decode()
    assert f'href="/penilaian/{penilaian.pk}/reviu/kanwil/lke/1/"' in html
    html = masuk_sebagai("kepala_a").get(url).content.decode()
    for tautan in ("", "lke/1/", "bukti/"):
        assert f'href="/penilaian/{penilaian.pk}/{tautan}"' in html
    assert "/survei/satker-a/?mulai=2026-01-01" in html
    assert "/reviu/" not in html


def test_a_new_empty_year_does_not_drop_the_trend_to_zero(cast):
    from dasbor.selectors import periode as selectors
    from penilaian.services.skor import skor_perbarui

    lama = penilaian_a(cast)
    jawab_semua(lama, cast.pengguna["kepala_a"])
    skor_perbarui(penilaian=lama, lapisan=Lapisan.MANDIRI)
    baru = PenilaianFactory(
        satker=cast.satker_a, periode=PeriodeFactory(kanwil=cast.kanwil_x, tahun=2027)
    )
    skor_perbarui(penilaian=baru, lapisan=Lapisan.MANDIRI)
    [baris] = selectors.baris_periode(user=cast.pengguna["admin_x"], periode=baru.periode)[:1]
    assert [t for t, _total, _s in baris.tren] == [2026]
