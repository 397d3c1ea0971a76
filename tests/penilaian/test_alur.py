"""The workflow table: each move by the right person, each refusal, and the race."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from penilaian.models import Evaluasi, Jawaban, Lapisan, Penilaian, Pertanyaan, RiwayatStatus
from penilaian.services import alur
from tests.penilaian.bantu import jawab_semua, penilaian_a, tugaskan

S = Penilaian.Status


def _pesan(exc) -> str:
    return " ".join(exc.value.messages)


def test_the_head_submits_a_complete_draft_and_a_history_row_is_written(cast):
    penilaian = penilaian_a(cast)
    kepala = cast.pengguna["kepala_a"]
    jawab_semua(penilaian, kepala)
    alur.penilaian_ajukan(penilaian=penilaian, oleh=kepala)
    penilaian.refresh_from_db()
    assert penilaian.status == S.DIAJUKAN
    riwayat = RiwayatStatus.objects.get(penilaian=penilaian)
    assert (riwayat.dari, riwayat.ke, riwayat.oleh) == (S.DRAF, S.DIAJUKAN, kepala)


def test_an_operator_cannot_submit(cast):
    penilaian = penilaian_a(cast)
    with pytest.raises(PermissionDenied):
        alur.penilaian_ajukan(penilaian=penilaian, oleh=cast.pengguna["operator_a"])
    assert Penilaian.objects.get(pk=penilaian.pk).status == S.DRAF


def test_submitting_with_unanswered_questions_needs_the_heads_confirmation(cast):
    penilaian = penilaian_a(cast)
    kepala = cast.pengguna["kepala_a"]
    with pytest.raises(ValidationError) as exc:
        alur.penilaian_ajukan(penilaian=penilaian, oleh=kepala)
    jumlah = Pertanyaan.objects.filter(versi=penilaian.periode.versi).count()
    assert _pesan(exc) == alur.PESAN_BELUM_TERJAWAB % {"jumlah": jumlah}
    assert not RiwayatStatus.objects.exists()
    alur.penilaian_ajukan(penilaian=penilaian, oleh=kepala, konfirmasi_belum_terjawab=True)
    assert Penilaian.objects.get(pk=penilaian.pk).status == S.DIAJUKAN
    assert str(jumlah) in RiwayatStatus.objects.get().catatan


def test_only_an_assigned_evaluator_starts_the_review(cast):
    penilaian = penilaian_a(cast, S.DIAJUKAN)
    evaluator = cast.pengguna["evaluator_a"]
    with pytest.raises(PermissionDenied):
        alur.penilaian_mulai_reviu(penilaian=penilaian, lapisan=Lapisan.KANWIL, oleh=evaluator)
    tugaskan(penilaian, evaluator)
    with pytest.raises(PermissionDenied):
        alur.penilaian_mulai_reviu(penilaian=penilaian, lapisan=Lapisan.TPI, oleh=evaluator)
    alur.penilaian_mulai_reviu(penilaian=penilaian, lapisan=Lapisan.KANWIL, oleh=evaluator)
    assert penilaian.status == S.DIREVIU


def test_a_move_that_is_not_in_the_table_is_refused(cast):
    penilaian = penilaian_a(cast)
    with pytest.raises(ValidationError) as exc:
        alur.penilaian_pindahkan(penilaian=penilaian, ke=S.FINAL, oleh=cast.pengguna["superuser"])
    assert _pesan(exc) == alur.PESAN_TIDAK_BOLEH


def test_returning_needs_marked_questions_and_hands_the_marks_to_the_unit(cast):
    penilaian = penilaian_a(cast, S.DIREVIU)
    evaluator = cast.pengguna["evaluator_a"]
    tugaskan(penilaian, evaluator)
    with pytest.raises(ValidationError) as exc:
        alur.penilaian_kembalikan(penilaian=penilaian, lapisan=Lapisan.KANWIL, oleh=evaluator)
    assert _pesan(exc) == alur.PESAN_TANPA_REVISI
    pertanyaan = Pertanyaan.objects.get(versi=penilaian.periode.versi, kode="A.I.1.i.a")
    Jawaban.objects.create(
        penilaian=penilaian,
        pertanyaan=pertanyaan,
        lapisan=Lapisan.KANWIL,
        perlu_revisi=True,
        diubah_oleh=evaluator,
    )
    alur.penilaian_kembalikan(
        penilaian=penilaian, lapisan=Lapisan.KANWIL, oleh=evaluator, catatan="Lengkapi SK"
    )
    assert penilaian.status == S.DIKEMBALIKAN
    unit = Jawaban.objects.get(penilaian=penilaian, lapisan=Lapisan.MANDIRI)
    assert unit.perlu_revisi and unit.pertanyaan == pertanyaan
    assert "A.I.1.i.a" in RiwayatStatus.objects.get().catatan


def test_the_head_resubmits_after_a_return_and_the_marks_are_cleared(cast):
    penilaian = penilaian_a(cast, S.DIKEMBALIKAN)
    kepala = cast.pengguna["kepala_a"]
    jawab_semua(penilaian, kepala)
    Jawaban.objects.filter(penilaian=penilaian).update(perlu_revisi=True)
    alur.penilaian_ajukan(penilaian=penilaian, oleh=kepala)
    assert penilaian.status == S.DIAJUKAN_ULANG
    assert not Jawaban.objects.filter(perlu_revisi=True).exists()


def test_finishing_the_only_layer_makes_the_assessment_final(cast):
    penilaian = penilaian_a(cast, S.DIREVIU)
    evaluator = cast.pengguna["evaluator_a"]
    tugaskan(penilaian, evaluator)
    jawab_semua(penilaian, evaluator, Lapisan.KANWIL)
    alur.evaluasi_selesaikan(penilaian=penilaian, lapisan=Lapisan.KANWIL, oleh=evaluator)
    assert Penilaian.objects.get(pk=penilaian.pk).status == S.FINAL
    assert Evaluasi.objects.get(penilaian=penilaian, lapisan=Lapisan.KANWIL).selesai_pada


def test_finishing_one_layer_while_another_works_keeps_the_assessment_in_review(cast):
    penilaian = penilaian_a(cast, S.DIREVIU)
    evaluator = cast.pengguna["evaluator_a"]
    tugaskan(penilaian, evaluator, Lapisan.KANWIL)
    tugaskan(penilaian, cast.pengguna["operator_b"], Lapisan.TPI)
    jawab_semua(penilaian, evaluator, Lapisan.KANWIL)
    jawab_semua(penilaian, cast.pengguna["operator_b"], Lapisan.TPI)
    alur.evaluasi_selesaikan(penilaian=penilaian, lapisan=Lapisan.KANWIL, oleh=evaluator)
    assert Penilaian.objects.get(pk=penilaian.pk).status == S.DIREVIU
    with pytest.raises(ValidationError):
        alur.evaluasi_selesaikan(penilaian=penilaian, lapisan=Lapisan.KANWIL, oleh=evaluator)
    alur.evaluasi_selesaikan(
        penilaian=penilaian, lapisan=Lapisan.TPI, oleh=cast.pengguna["operator_b"]
    )
    assert Penilaian.objects.get(pk=penilaian.pk).status == S.FINAL


def test_an_administrator_reopens_a_final_assessment_only_with_a_reason(cast):
    penilaian = penilaian_a(cast, S.FINAL)
    Evaluasi.objects.create(
        penilaian=penilaian,
        lapisan=Lapisan.KANWIL,
        selesai_pada="2026-05-01T00:00:00Z",
        selesai_oleh=cast.pengguna["evaluator_a"],
    )
    admin = cast.pengguna["admin_x"]
    with pytest.raises(ValidationError) as exc:
        alur.penilaian_buka_kembali(penilaian=penilaian, oleh=admin, alasan="  ")
    assert alur.PESAN_ALASAN_WAJIB in exc.value.messages
    with pytest.raises(PermissionDenied):
        alur.penilaian_buka_kembali(
            penilaian=penilaian, oleh=cast.pengguna["admin_y"], alasan="Salah hitung"
        )
    alur.penilaian_buka_kembali(
        penilaian=penilaian, oleh=admin, alasan="Salah hitung", lapisan=Lapisan.KANWIL
    )
    assert penilaian.status == S.DIREVIU
    assert Evaluasi.objects.get(penilaian=penilaian).selesai_pada is None
    assert RiwayatStatus.objects.get().catatan.startswith("Salah hitung")


def test_the_second_of_two_people_acting_at_once_gets_a_clear_message_and_changes_nothing(
    cast,
):
    penilaian = penilaian_a(cast)
    kepala = cast.pengguna["kepala_a"]
    jawab_semua(penilaian, kepala)
    salinan_basi = Penilaian.objects.get(pk=penilaian.pk)  # loaded before the first move
    alur.penilaian_ajukan(penilaian=penilaian, oleh=kepala)
    # The stale copy still says draf: its conditional update matches no row.
    with pytest.raises(ValidationError) as exc:
        alur.penilaian_ajukan(penilaian=salinan_basi, oleh=kepala)
    assert _pesan(exc) == alur.PESAN_SUDAH_BERUBAH
    assert RiwayatStatus.objects.count() == 1
    assert Penilaian.objects.get(pk=penilaian.pk).status == S.DIAJUKAN


def test_the_available_moves_follow_the_role(cast):
    penilaian = penilaian_a(cast)
    assert [
        lk.nama
        for _, lk in alur.langkah_tersedia(penilaian=penilaian, user=cast.pengguna["kepala_a"])
    ] == [alur.AJUKAN]
    assert alur.langkah_tersedia(penilaian=penilaian, user=cast.pengguna["operator_a"]) == []
