"""Saving answers: checked by the engine, stored raw, audited, scored at once."""

import pytest
from django.core.exceptions import ValidationError

from penilaian.models import Jawaban, JejakAudit, Komentar, Lapisan, Penilaian, Pertanyaan
from penilaian.scoring import JawabanTidakValid, pecahan, periksa_jawaban
from penilaian.selectors.instrumen import instrumen_untuk_versi
from penilaian.services import jawaban as layanan
from penilaian.services.pesan import terjemahkan
from tests.penilaian.bantu import penilaian_a, tugaskan

S = Penilaian.Status


def _p(penilaian, kode):
    return Pertanyaan.objects.get(versi=penilaian.periode.versi, kode=kode)


def _simpan(penilaian, kode, nilai, oleh, lapisan=Lapisan.MANDIRI, narasi="", **kw):
    return layanan.jawaban_simpan(
        penilaian=penilaian,
        pertanyaan=_p(penilaian, kode),
        lapisan=lapisan,
        nilai=nilai,
        narasi=narasi,
        oleh=oleh,
        **kw,
    )


def test_an_answer_is_stored_raw_audited_and_the_score_refreshed(cast):
    penilaian = penilaian_a(cast)
    operator = cast.pengguna["operator_a"]
    jawaban = _simpan(penilaian, "A.I.1.i.a", "ya", operator, narasi="SK Tim ZI ada")
    assert (jawaban.nilai, jawaban.narasi) == ("Ya", "SK Tim ZI ada")
    jejak = JejakAudit.objects.order_by("pk")
    assert [(j.objek, j.lama, j.baru) for j in jejak] == [
        ("jawaban", None, "Ya"),
        ("narasi", "", "SK Tim ZI ada"),
    ]
    skor = penilaian.skor.get(lapisan=Lapisan.MANDIRI)
    assert skor.terjawab == 1 and skor.total > 0


def test_a_percent_question_keeps_its_named_counts(cast):
    penilaian = penilaian_a(cast)
    jawaban = _simpan(
        penilaian,
        "A.II.1.i.a",
        {"agen_perubahan": "4", "perubahan_dibuat": "3"},
        cast.pengguna["operator_a"],
    )
    assert jawaban.nilai == {"agen_perubahan": 4, "perubahan_dibuat": 3}


def test_a_bad_answer_gets_the_engines_message_and_saves_nothing(cast):
    penilaian = penilaian_a(cast)
    instrumen = instrumen_untuk_versi(penilaian.periode.versi)
    with pytest.raises(JawabanTidakValid) as salah:
        periksa_jawaban(instrumen, "A.I.1.i.a", "Z")
    with pytest.raises(ValidationError) as exc:
        _simpan(penilaian, "A.I.1.i.a", "Z", cast.pengguna["operator_a"])
    assert exc.value.message_dict["nilai"] == [terjemahkan(salah.value)]
    assert not Jawaban.objects.exists() and not JejakAudit.objects.exists()


def test_clearing_an_answer_stores_null(cast):
    penilaian = penilaian_a(cast)
    operator = cast.pengguna["operator_a"]
    _simpan(penilaian, "A.I.1.i.a", "Ya", operator)
    jawaban = _simpan(penilaian, "A.I.1.i.a", "", operator)
    assert jawaban.nilai is None
    assert penilaian.skor.get(lapisan=Lapisan.MANDIRI).terjawab == 0


@pytest.mark.parametrize("status", [S.DIAJUKAN, S.DIREVIU, S.DIAJUKAN_ULANG, S.FINAL])
def test_the_units_answers_are_read_only_after_submission(cast, status):
    penilaian = penilaian_a(cast, status)
    with pytest.raises(ValidationError) as exc:
        _simpan(penilaian, "A.I.1.i.a", "Ya", cast.pengguna["operator_a"])
    assert exc.value.messages == [str(layanan.PESAN_TERKUNCI)]


def test_a_stale_copy_of_a_submitted_assessment_cannot_save(cast):
    penilaian = penilaian_a(cast)
    Penilaian.objects.filter(pk=penilaian.pk).update(status=S.DIAJUKAN)
    with pytest.raises(ValidationError):
        _simpan(penilaian, "A.I.1.i.a", "Ya", cast.pengguna["operator_a"])


def test_an_evaluator_answers_in_its_own_layer_with_a_note_and_a_revision_mark(cast):
    penilaian = penilaian_a(cast, S.DIREVIU)
    evaluator = cast.pengguna["evaluator_a"]
    tugaskan(penilaian, evaluator)
    jawaban = _simpan(
        penilaian,
        "A.I.1.i.a",
        "Tidak",
        evaluator,
        Lapisan.KANWIL,
        "SK belum ditandatangani",
        perlu_revisi=True,
    )
    assert (jawaban.lapisan, jawaban.perlu_revisi) == (Lapisan.KANWIL, True)
    assert set(JejakAudit.objects.values_list("objek", flat=True)) == {
        "jawaban",
        "catatan",
        "perlu_revisi",
    }
    assert penilaian.skor.get(lapisan=Lapisan.KANWIL).terjawab == 1


def test_evaluators_do_not_answer_the_survey_items(cast):
    penilaian = penilaian_a(cast, S.DIREVIU)
    with pytest.raises(ValidationError) as exc:
        _simpan(penilaian, "B.I.a", "3", cast.pengguna["evaluator_a"], Lapisan.KANWIL)
    assert exc.value.messages == [str(layanan.PESAN_DARI_SURVEI)]


def test_a_survey_value_the_unit_types_counts_for_its_own_layer_only(cast):
    penilaian = penilaian_a(cast)
    operator = cast.pengguna["operator_a"]
    _simpan(penilaian, "B.I.a", "3.2", operator)
    assert Jawaban.objects.get().nilai == "3.2"
    assert pecahan(penilaian.skor.get(lapisan=Lapisan.MANDIRI).hasil_rinci["ipak"]) == 14
    Penilaian.objects.filter(pk=penilaian.pk).update(status=S.DIREVIU)
    penilaian.refresh_from_db()
    _simpan(penilaian, "A.I.1.i.a", "Ya", cast.pengguna["superuser"], Lapisan.KANWIL)
    kanwil = penilaian.skor.get(lapisan=Lapisan.KANWIL)
    assert pecahan(kanwil.hasil_rinci["ipak"]) == 0
    assert kanwil.sumber_hasil["B.I.a"]["jenis"] == "kosong"


def test_comments_are_threaded_per_question_and_closed_when_final(cast):
    penilaian = penilaian_a(cast)
    pertanyaan = _p(penilaian, "A.I.1.i.a")
    layanan.komentar_tambah(
        penilaian=penilaian,
        pertanyaan=pertanyaan,
        teks="Mohon cek",
        oleh=cast.pengguna["operator_a"],
    )
    with pytest.raises(ValidationError):
        layanan.komentar_tambah(
            penilaian=penilaian, pertanyaan=pertanyaan, teks=" ", oleh=cast.pengguna["operator_a"]
        )
    penilaian.status = S.FINAL
    with pytest.raises(ValidationError):
        layanan.komentar_tambah(
            penilaian=penilaian, pertanyaan=pertanyaan, teks="x", oleh=cast.pengguna["operator_a"]
        )
    assert Komentar.objects.get().teks == "Mohon cek"
