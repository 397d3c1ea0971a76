"""The workflow tells the people concerned: in the portal at once, by e-mail through the
queue after commit, never twice and never breaking the move."""

import datetime
import io
from unittest import mock

from django.core import mail

from pemberitahuan.models import Jenis, Pemberitahuan, PreferensiSurel
from penilaian.models import Jawaban, Lapisan, Penilaian
from penilaian.services import alur
from penilaian.services.kabar_tenggat import kabar_tenggat
from tests.antrean.bantu import jalankan_pekerja
from tests.penilaian.bantu import jawab_semua, penilaian_a, tugaskan


def _penerima(jenis):
    return set(
        Pemberitahuan.objects.filter(jenis=jenis).values_list("penerima__username", flat=True)
    )


def test_submitting_tells_the_evaluator_and_the_kanwil_admin_in_app_and_by_mail(cast):
    penilaian = penilaian_a(cast)
    tugaskan(penilaian, cast.pengguna["evaluator_a"])
    alur.penilaian_ajukan(
        penilaian=penilaian, oleh=cast.pengguna["kepala_a"], konfirmasi_belum_terjawab=True
    )
    assert _penerima(Jenis.DIAJUKAN) == {"evaluator_a", "admin_x"}
    assert mail.outbox == []  # e-mail waits for the queue
    jalankan_pekerja()
    assert sorted(m.to[0] for m in mail.outbox) == [
        "admin_x@contoh.go.id",
        "evaluator_a@contoh.go.id",
    ]
    assert "Rutan A" in mail.outbox[0].subject
    assert f"/penilaian/{penilaian.pk}/" in mail.outbox[0].body


def test_returning_lists_the_flagged_questions_with_links_to_the_unit_team(cast):
    penilaian = penilaian_a(cast, status=Penilaian.Status.DIREVIU)
    tugaskan(penilaian, cast.pengguna["evaluator_a"])
    jawab_semua(penilaian, cast.pengguna["evaluator_a"], Lapisan.KANWIL)
    Jawaban.objects.filter(
        penilaian=penilaian, lapisan=Lapisan.KANWIL, pertanyaan__kode="A.I.1.i.a"
    ).update(perlu_revisi=True)
    alur.penilaian_kembalikan(
        penilaian=penilaian,
        lapisan=Lapisan.KANWIL,
        oleh=cast.pengguna["evaluator_a"],
        catatan="SK belum ditandatangani.",
    )
    notice = Pemberitahuan.objects.filter(jenis=Jenis.DIKEMBALIKAN).first()
    assert _penerima(Jenis.DIKEMBALIKAN) == {"kepala_a", "operator_a"}
    assert "A.I.1.i.a" in notice.isi
    assert f"/penilaian/{penilaian.pk}/lke/1/#q-A.I.1.i.a" in notice.isi
    assert "SK belum ditandatangani." in notice.isi


def test_finishing_the_last_layer_tells_the_unit_and_admin(cast):
    penilaian = penilaian_a(cast, status=Penilaian.Status.DIREVIU)
    tugaskan(penilaian, cast.pengguna["evaluator_a"])
    jawab_semua(penilaian, cast.pengguna["evaluator_a"], Lapisan.KANWIL)
    alur.evaluasi_selesaikan(
        penilaian=penilaian, lapisan=Lapisan.KANWIL, oleh=cast.pengguna["evaluator_a"]
    )
    assert _penerima(Jenis.LAPISAN_SELESAI) == {"kepala_a", "operator_a", "admin_x"}
    assert "final" in Pemberitahuan.objects.filter(jenis=Jenis.LAPISAN_SELESAI).first().isi


def test_a_person_who_switched_mail_off_gets_the_notice_but_no_mail(cast):
    PreferensiSurel.objects.create(
        pengguna=cast.pengguna["evaluator_a"], jenis=Jenis.DIAJUKAN, surel=False
    )
    penilaian = penilaian_a(cast)
    tugaskan(penilaian, cast.pengguna["evaluator_a"])
    alur.penilaian_ajukan(
        penilaian=penilaian, oleh=cast.pengguna["kepala_a"], konfirmasi_belum_terjawab=True
    )
    jalankan_pekerja()
    assert "evaluator_a" in _penerima(Jenis.DIAJUKAN)
    assert [m.to[0] for m in mail.outbox] == ["admin_x@contoh.go.id"]


def test_a_failing_notice_never_breaks_the_move(cast):
    penilaian = penilaian_a(cast)
    with mock.patch("pemberitahuan.services._kirim", side_effect=RuntimeError("mail store down")):
        alur.penilaian_ajukan(
            penilaian=penilaian, oleh=cast.pengguna["kepala_a"], konfirmasi_belum_terjawab=True
        )
    assert Penilaian.objects.get(pk=penilaian.pk).status == Penilaian.Status.DIAJUKAN
    assert not Pemberitahuan.objects.exists()


def test_a_failing_mail_is_retried_by_the_queue(cast):
    penilaian = penilaian_a(cast)
    alur.penilaian_ajukan(
        penilaian=penilaian, oleh=cast.pengguna["kepala_a"], konfirmasi_belum_terjawab=True
    )
    with mock.patch("pemberitahuan.tugas.send_mail", side_effect=OSError("smtp down")):
        jalankan_pekerja()
    assert mail.outbox == []
    notice = Pemberitahuan.objects.get(jenis=Jenis.DIAJUKAN)
    assert notice.surel_terkirim_pada is None
    from antrean.tugas_dasar import DBTaskResult, TaskResultStatus

    tugas = DBTaskResult.objects.get(task_path__endswith="pemberitahuan_surel_kirim")
    assert tugas.status == TaskResultStatus.READY  # queued again, later
    DBTaskResult.objects.filter(pk=tugas.pk).update(run_after=tugas.enqueued_at)
    jalankan_pekerja()
    assert [m.to[0] for m in mail.outbox] == ["admin_x@contoh.go.id"]


def test_deadline_reminders_are_sent_once_however_often_the_check_runs(cast):
    penilaian = penilaian_a(cast)  # batas_mandiri 31 March 2026
    assert kabar_tenggat(hari_ini=datetime.date(2026, 3, 20)) == 0
    assert kabar_tenggat(hari_ini=datetime.date(2026, 3, 25)) == 2
    assert kabar_tenggat(hari_ini=datetime.date(2026, 3, 26)) == 0
    assert _penerima(Jenis.TENGGAT_DEKAT) == {"kepala_a", "operator_a"}
    assert kabar_tenggat(hari_ini=datetime.date(2026, 4, 2)) == 3
    assert kabar_tenggat(hari_ini=datetime.date(2026, 4, 3)) == 0
    assert _penerima(Jenis.TENGGAT_LEWAT) == {"kepala_a", "operator_a", "admin_x"}
    assert (
        penilaian.satker.nama
        in Pemberitahuan.objects.filter(jenis=Jenis.TENGGAT_LEWAT).first().judul
    )


def test_a_survey_reaching_its_target_is_told_once_to_the_team_and_admin(cast, monkeypatch):
    from django.core.management import call_command
    from django.utils import timezone

    from penilaian.services.kabar_tenggat import kabar_target_survei
    from tests.factories import PenilaianFactory, PeriodeFactory
    from tests.survei.conftest import isi

    monkeypatch.setattr("survei.selectors.TARGET_RESPONDEN", 2)
    hari_ini = timezone.localdate()
    periode = PeriodeFactory(
        kanwil=cast.kanwil_x,
        tahun=hari_ini.year,
        survei_mulai=hari_ini - datetime.timedelta(days=30),
        survei_selesai=hari_ini + datetime.timedelta(days=30),
    )
    PenilaianFactory(satker=cast.satker_a, periode=periode)
    isi(cast.satker_a, "spkp", 5)
    assert kabar_target_survei(hari_ini=hari_ini) == 0
    isi(cast.satker_a, "spkp", 6)
    assert kabar_target_survei(hari_ini=hari_ini) == 3
    assert _penerima(Jenis.TARGET_SURVEI) == {"kepala_a", "operator_a", "admin_x"}
    assert "SPKP" in Pemberitahuan.objects.filter(jenis=Jenis.TARGET_SURVEI).first().judul
    keluar = io.StringIO()
    call_command("kirim_pengingat", stdout=keluar)  # the command runs it again: nothing new
    assert "target survei: 0" in keluar.getvalue()
    assert Pemberitahuan.objects.filter(jenis=Jenis.TARGET_SURVEI).count() == 3
