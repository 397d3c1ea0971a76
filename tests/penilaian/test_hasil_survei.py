"""The LKE's survey items (B.I.a IPAK, B.II.a IPKP) of the unit's own layer come from the
survey app, counted in the period's survey window, and its stored score follows every
new response or external value."""

import datetime
from decimal import Decimal
from fractions import Fraction

import pytest
from django.utils import timezone

from penilaian.models import Lapisan, SkorSnapshot
from penilaian.scoring import pecahan
from penilaian.selectors import hasil as h
from penilaian.selectors.hasil import sumber_hasil
from penilaian.services.jawaban import jawaban_simpan
from penilaian.services.skor import hasil_lke, skor_perbarui
from survei.selectors import indeks_untuk_lke
from survei.services import indeks_eksternal_hapus, indeks_eksternal_simpan
from tests.antrean.bantu import jalankan_pekerja
from tests.factories import PenilaianFactory, PeriodeFactory
from tests.penilaian.bantu import respons_pada
from tests.survei.conftest import isi


@pytest.fixture
def penilaian(cast):
    # The public form stamps today's date: this period's window holds the whole year.
    tahun = timezone.localdate().year
    periode = PeriodeFactory(
        kanwil=cast.kanwil_x,
        tahun=tahun,
        survei_mulai=datetime.date(tahun, 1, 1),
        survei_selesai=datetime.date(tahun, 12, 31),
    )
    penilaian = PenilaianFactory(satker=cast.satker_a, periode=periode)
    skor_perbarui(penilaian=penilaian, lapisan=Lapisan.MANDIRI)
    return penilaian


def _ipak_tersimpan(penilaian) -> Fraction:
    snapshot = SkorSnapshot.objects.get(penilaian=penilaian, lapisan=Lapisan.MANDIRI)
    return pecahan(snapshot.hasil_rinci["ipak"])


def _simpan_ipak_di_lke(penilaian, cast, nilai):
    pertanyaan = penilaian.periode.versi.pertanyaan.get(kode="B.I.a")
    jawaban_simpan(
        penilaian=penilaian,
        pertanyaan=pertanyaan,
        lapisan=Lapisan.MANDIRI,
        nilai=nilai,
        narasi="",
        oleh=cast.pengguna["operator_a"],
    )


def _indeks(penilaian):
    p = penilaian.periode
    return indeks_untuk_lke(
        satker=penilaian.satker, tahun=p.tahun, mulai=p.survei_mulai, selesai=p.survei_selesai
    )["ipak"]


def test_without_survey_data_the_value_typed_in_the_worksheet_counts(cast, penilaian):
    _simpan_ipak_di_lke(penilaian, cast, "3.2")
    item = sumber_hasil(penilaian=penilaian)["B.I.a"]
    assert (item.nilai, item.jenis, item.dari_survei) == (Fraction("3.2"), h.LKE, False)
    assert item.keterangan == "diisi di lembar kerja"
    assert _ipak_tersimpan(penilaian) == Fraction("17.5") * Fraction("3.2") / 4


def test_survey_responses_replace_the_typed_value_marked_provisional_below_the_minimum(
    cast, penilaian, django_capture_on_commit_callbacks
):
    _simpan_ipak_di_lke(penilaian, cast, "1")
    with django_capture_on_commit_callbacks(execute=True):
        isi(cast.satker_a, "spak", 6)
        isi(cast.satker_a, "spak", 3)
    jalankan_pekerja()  # the queued refresh of open layers' scores
    indeks = _indeks(penilaian)
    assert indeks.survei == Fraction(3)  # mean 4.5 on 1-6, linear to 0-4: exactly 3
    assert indeks.responden == 2
    item = sumber_hasil(penilaian=penilaian)["B.I.a"]
    assert item.dari_survei and item.nilai == 3 and item.sementara
    assert item.keterangan.startswith("Sementara: survei portal baru 2 dari minimal 30")
    assert _ipak_tersimpan(penilaian) == hasil_lke(penilaian=penilaian, lapisan="mandiri").ipak
    assert _ipak_tersimpan(penilaian) == Fraction("17.5") * 3 / 4


def test_a_unit_external_value_wins_for_its_own_layer_and_removing_it_goes_back(
    cast, penilaian, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        isi(cast.satker_a, "spak", 6)
    jalankan_pekerja()  # the queued refresh of open layers' scores
    with django_capture_on_commit_callbacks(execute=True):
        eksternal = indeks_eksternal_simpan(
            satker=cast.satker_a,
            tahun=penilaian.periode.tahun,
            jenis="ipak",
            nilai=Decimal("3.10"),
            sumber="BPS Kepri",
            dokumen="Laporan SPAK BPS No. 7/2026",
            oleh=cast.pengguna["operator_a"],
        )
    jalankan_pekerja()  # the queued refresh of open layers' scores
    item = sumber_hasil(penilaian=penilaian)["B.I.a"]
    assert (item.nilai, item.jenis) == (Fraction("3.1"), h.EKSTERNAL_UNIT)
    assert "BPS Kepri" in item.keterangan and "No. 7/2026" in item.keterangan
    assert _ipak_tersimpan(penilaian) == Fraction("17.5") * Fraction("3.10") / 4
    with django_capture_on_commit_callbacks(execute=True):
        indeks_eksternal_hapus(indeks=eksternal, oleh=cast.pengguna["operator_a"])
    jalankan_pekerja()  # the queued refresh of open layers' scores
    assert _ipak_tersimpan(penilaian) == Fraction("17.5")


def test_responses_count_by_their_day_inside_the_window_not_by_their_year(cast):
    periode = PeriodeFactory(kanwil=cast.kanwil_x, tahun=2026)  # window 1 Jan - 31 May 2026
    penilaian = PenilaianFactory(satker=cast.satker_a, periode=periode)
    respons_pada(cast.satker_a, "spak", 6, datetime.date(2025, 12, 31))  # before the window
    respons_pada(cast.satker_a, "spak", 6, datetime.date(2026, 6, 1))  # after it, same year
    respons_pada(cast.satker_a, "spak", 3, datetime.date(2026, 1, 1), n=2)  # first day
    respons_pada(cast.satker_a, "spak", 3, datetime.date(2026, 5, 31))  # last day
    indeks = _indeks(penilaian)
    assert (indeks.responden, indeks.survei) == (3, Fraction(2))  # 3 × 4 / 6


def test_a_response_of_another_unit_leaves_this_score_alone(
    cast, penilaian, django_capture_on_commit_callbacks
):
    sebelum = SkorSnapshot.objects.get(penilaian=penilaian, lapisan=Lapisan.MANDIRI)
    with django_capture_on_commit_callbacks(execute=True):
        isi(cast.satker_b, "spak", 6)
    jalankan_pekerja()  # the queued refresh of open layers' scores
    sesudah = SkorSnapshot.objects.get(penilaian=penilaian, lapisan=Lapisan.MANDIRI)
    assert sesudah.dihitung_pada == sebelum.dihitung_pada
    assert _ipak_tersimpan(penilaian) == 0


def test_a_failing_score_refresh_never_loses_or_fails_the_response(
    cast, penilaian, django_capture_on_commit_callbacks, monkeypatch
):
    def rusak(**kwargs):
        raise RuntimeError("skor gagal")

    monkeypatch.setattr("penilaian.services.skor.skor_perbarui_lapisan_terbuka", rusak)
    with django_capture_on_commit_callbacks(execute=True):
        assert isi(cast.satker_a, "spak", 6) is True
    jalankan_pekerja()  # the queued refresh of open layers' scores
    assert _indeks(penilaian).survei == 4
