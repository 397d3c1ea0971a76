"""The LKE's survey items (B.I.a IPAK, B.II.a IPKP) come from the survey app, and the
stored scores follow every new response or external value."""

from decimal import Decimal

import pytest
from django.utils import timezone

from penilaian.hasil import sumber_hasil
from penilaian.models import Lapisan, SkorSnapshot
from penilaian.services.jawaban import jawaban_simpan
from penilaian.skor import hasil_lke, skor_perbarui
from survei.selectors import indeks_untuk_lke
from survei.services import indeks_eksternal_hapus, indeks_eksternal_simpan
from tests.factories import PenilaianFactory, PeriodeFactory
from tests.survei.conftest import isi


@pytest.fixture
def penilaian(cast):
    tahun = timezone.localdate().year  # survey responses count for the year they are given
    periode = PeriodeFactory(kanwil=cast.kanwil_x, tahun=tahun)
    penilaian = PenilaianFactory(satker=cast.satker_a, periode=periode)
    skor_perbarui(penilaian=penilaian, lapisan=Lapisan.MANDIRI)
    return penilaian


def _ipak_tersimpan(penilaian) -> Decimal:
    snapshot = SkorSnapshot.objects.get(penilaian=penilaian, lapisan=Lapisan.MANDIRI)
    return Decimal(snapshot.hasil_rinci["ipak"])


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


def test_without_survey_data_the_value_typed_in_the_worksheet_counts(cast, penilaian):
    _simpan_ipak_di_lke(penilaian, cast, "3.2")
    item = sumber_hasil(penilaian=penilaian)["B.I.a"]
    assert (item.nilai, item.dari_survei) == (Decimal("3.2"), False)
    assert item.sumber == "diisi di lembar kerja"
    assert _ipak_tersimpan(penilaian) == Decimal("17.5") * Decimal("3.2") / 4


def test_survey_responses_replace_the_typed_value_and_refresh_the_stored_score(
    cast, penilaian, django_capture_on_commit_callbacks
):
    _simpan_ipak_di_lke(penilaian, cast, "1")
    with django_capture_on_commit_callbacks(execute=True):
        isi(cast.satker_a, "spak", 6)
        isi(cast.satker_a, "spak", 3)
    indeks, _sumber = indeks_untuk_lke(satker=cast.satker_a, tahun=penilaian.periode.tahun)["ipak"]
    assert indeks == Decimal("4.5") * 4 / 6  # mean 4.5 on 1-6, linear to 0-4
    item = sumber_hasil(penilaian=penilaian)["B.I.a"]
    assert item.dari_survei and item.nilai == indeks
    assert _ipak_tersimpan(penilaian) == hasil_lke(penilaian=penilaian, lapisan="mandiri").ipak
    assert _ipak_tersimpan(penilaian) == Decimal("17.5") * indeks / 4


def test_an_external_value_wins_and_removing_it_goes_back_to_the_responses(
    cast, penilaian, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        isi(cast.satker_a, "spak", 6)
    with django_capture_on_commit_callbacks(execute=True):
        eksternal = indeks_eksternal_simpan(
            satker=cast.satker_a,
            tahun=penilaian.periode.tahun,
            jenis="ipak",
            nilai=Decimal("3.10"),
            sumber="BPS Kepri",
            oleh=cast.pengguna["admin_x"],
        )
    item = sumber_hasil(penilaian=penilaian)["B.I.a"]
    assert item.nilai == Decimal("3.10") and "BPS Kepri" in item.sumber
    assert _ipak_tersimpan(penilaian) == Decimal("17.5") * Decimal("3.10") / 4
    with django_capture_on_commit_callbacks(execute=True):
        indeks_eksternal_hapus(indeks=eksternal)
    assert _ipak_tersimpan(penilaian) == Decimal("17.5")


def test_a_response_of_another_unit_leaves_this_score_alone(
    cast, penilaian, django_capture_on_commit_callbacks
):
    sebelum = SkorSnapshot.objects.get(penilaian=penilaian, lapisan=Lapisan.MANDIRI)
    with django_capture_on_commit_callbacks(execute=True):
        isi(cast.satker_b, "spak", 6)
    sesudah = SkorSnapshot.objects.get(penilaian=penilaian, lapisan=Lapisan.MANDIRI)
    assert sesudah.dihitung_pada == sebelum.dihitung_pada
    assert _ipak_tersimpan(penilaian) == 0


def test_a_failing_score_refresh_never_loses_or_fails_the_response(
    cast, penilaian, django_capture_on_commit_callbacks, monkeypatch
):
    def rusak(**kwargs):
        raise RuntimeError("skor gagal")

    monkeypatch.setattr("penilaian.skor.skor_perbarui_semua_lapisan", rusak)
    with django_capture_on_commit_callbacks(execute=True):
        assert isi(cast.satker_a, "spak", 6) is True
    indeks, _sumber = indeks_untuk_lke(satker=cast.satker_a, tahun=penilaian.periode.tahun)["ipak"]
    assert indeks == 4
