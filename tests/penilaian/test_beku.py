"""A finished evaluator layer is the official record: frozen with everything its score
used, unmoved by late responses, external index edits or recomputation, changed only by
reopening with a reason (old and new in the audit trail)."""

import datetime
from fractions import Fraction

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from laporan.sumber import jawaban_semua_lapisan
from penilaian.models import Evaluasi, JejakAudit, Lapisan, Penilaian, SkorSnapshot
from penilaian.scoring import bulat, pecahan
from penilaian.selectors.hasil import KURANG, SURVEI
from penilaian.services import alur
from penilaian.services.skor import KOLOM, hasil_lke, skor_hitung_ulang_semua, skor_perbarui
from survei.models import IndeksEksternal
from tests.antrean.bantu import jalankan_pekerja
from tests.factories import PeriodeFactory
from tests.penilaian.bantu import jawab_semua, penilaian_a, respons_pada, tugaskan
from tests.survei.conftest import isi

S = Penilaian.Status


@pytest.fixture
def dinilai(cast):
    """An assessment under Kanwil review, every question answered by the unit and the
    evaluator, 30 SPAK and 30 SPKP respondents today in a window holding today."""
    hari_ini = timezone.localdate()
    periode = PeriodeFactory(
        kanwil=cast.kanwil_x,
        tahun=hari_ini.year,
        survei_mulai=datetime.date(hari_ini.year, 1, 1),
        survei_selesai=datetime.date(hari_ini.year, 12, 31),
    )
    penilaian = penilaian_a(cast, S.DIREVIU, periode=periode)
    tugaskan(penilaian, cast.pengguna["evaluator_a"])
    jawab_semua(penilaian, cast.pengguna["kepala_a"])
    jawab_semua(penilaian, cast.pengguna["evaluator_a"], Lapisan.KANWIL)
    for jenis in ("spak", "spkp"):
        respons_pada(cast.satker_a, jenis, 6, hari_ini, n=30)
    for lapisan in (Lapisan.MANDIRI, Lapisan.KANWIL):
        skor_perbarui(penilaian=penilaian, lapisan=lapisan)
    return penilaian


def _selesaikan(cast, penilaian):
    alur.evaluasi_selesaikan(
        penilaian=penilaian, lapisan=Lapisan.KANWIL, oleh=cast.pengguna["evaluator_a"]
    )


def _snapshot(penilaian, lapisan=Lapisan.KANWIL) -> dict:
    s = SkorSnapshot.objects.get(penilaian=penilaian, lapisan=lapisan)
    return {k: getattr(s, k) for k in KOLOM}


def test_finishing_freezes_everything_the_score_used(cast, dinilai):
    _selesaikan(cast, dinilai)
    beku = Evaluasi.objects.get(penilaian=dinilai, lapisan=Lapisan.KANWIL).masukan_beku
    assert beku["jawaban"]["A.I.1.i.a"] == "Ya" and len(beku["jawaban"]) == 113
    ipak = beku["hasil"]["B.I.a"]
    assert (ipak["nilai"], ipak["jenis"], ipak["responden"], ipak["minimum"]) == (
        "4",
        SURVEI,
        30,
        30,
    )
    assert ipak["mulai"] == f"{dinilai.periode.tahun}-01-01"
    assert beku["pengaturan"]["perbandingan_ambang"] == "tepat"
    assert beku["pengaturan"]["min_responden"] == 30
    assert beku["dibekukan_oleh"] == "evaluator_a"
    jejak = JejakAudit.objects.get(penilaian=dinilai, objek="skor_beku")
    total = hasil_lke(penilaian=dinilai, lapisan=Lapisan.KANWIL).total
    assert jejak.baru["total_tepat"] == str(total) and jejak.baru["total"] == str(bulat(total))
    assert jejak.baru["sumber_hasil"]["B.I.a"] == {"jenis": SURVEI, "nilai": "4"}


def test_a_final_layer_is_unchanged_after_50_new_responses(
    cast, dinilai, django_capture_on_commit_callbacks
):
    _selesaikan(cast, dinilai)
    sebelum = _snapshot(dinilai)
    unduhan = jawaban_semua_lapisan(penilaian=dinilai)[Lapisan.KANWIL]
    mandiri = _snapshot(dinilai, Lapisan.MANDIRI)
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(25):
            isi(cast.satker_a, "spak", 1)
            isi(cast.satker_a, "spkp", 1)
    jalankan_pekerja()  # the queued refresh of open layers' scores
    assert _snapshot(dinilai) == sebelum
    total = hasil_lke(penilaian=dinilai, lapisan=Lapisan.KANWIL).total
    assert str(total) == sebelum["total_tepat"]
    assert jawaban_semua_lapisan(penilaian=dinilai)[Lapisan.KANWIL] == unduhan
    # The unit's own (open) layer follows the new responses.
    assert _snapshot(dinilai, Lapisan.MANDIRI)["total_tepat"] != mandiri["total_tepat"]


def test_an_external_index_edit_by_unit_staff_never_touches_a_final_layer(
    cast, dinilai, masuk_sebagai, django_capture_on_commit_callbacks
):
    _selesaikan(cast, dinilai)
    sebelum = _snapshot(dinilai)
    kanwil = IndeksEksternal.objects.create(
        satker=cast.satker_a,
        tahun=dinilai.periode.tahun,
        jenis="ipak",
        nilai=4,
        sumber="BPS",
        dokumen="Laporan BPS",
        lingkup="kanwil",
    )
    client = masuk_sebagai("operator_a")
    data = {
        "tahun": dinilai.periode.tahun,
        "jenis": "ipak",
        "nilai": "0",
        "sumber": "Survei sendiri",
        "dokumen": "Laporan unit",
    }
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post("/survei/satker-a/eksternal/", data).status_code == 302
        # Where an edit would touch what the evaluator layers use: 403, nothing changes.
        tolak = client.post("/survei/satker-a/eksternal/", {**data, "lingkup": "kanwil"})
        assert tolak.status_code == 403
        assert client.post(f"/survei/satker-a/eksternal/{kanwil.pk}/hapus/").status_code == 403
    jalankan_pekerja()  # the queued refresh of open layers' scores
    assert _snapshot(dinilai) == sebelum
    # The unit's own layer uses its value; the audit trail says who recorded what.
    mandiri = SkorSnapshot.objects.get(penilaian=dinilai, lapisan=Lapisan.MANDIRI)
    assert mandiri.sumber_hasil["B.I.a"]["jenis"] == "eksternal_unit"
    jejak = JejakAudit.objects.get(penilaian=dinilai, objek="indeks_eksternal")
    assert (jejak.oleh, jejak.lapisan, jejak.baru["nilai"]) == (
        cast.pengguna["operator_a"],
        "mandiri",
        "0.0000",
    )


def test_recomputation_compares_a_final_layer_with_its_frozen_inputs_and_never_rewrites_it(
    cast, dinilai
):
    _selesaikan(cast, dinilai)
    respons_pada(cast.satker_a, "spak", 1, timezone.localdate(), n=40)  # late, lower
    assert [s for s in skor_hitung_ulang_semua(simpan=False) if s.lapisan == "kanwil"] == []
    SkorSnapshot.objects.filter(penilaian=dinilai, lapisan=Lapisan.KANWIL).update(
        total_tepat="90", total="90"
    )
    selisih = [s for s in skor_hitung_ulang_semua() if s.lapisan == Lapisan.KANWIL]
    assert {s.kolom for s in selisih} == {"total", "total_tepat"} and all(s.beku for s in selisih)
    # Reported, not rewritten: only reopening changes a final layer.
    assert SkorSnapshot.objects.get(penilaian=dinilai, lapisan=Lapisan.KANWIL).total_tepat == "90"


def test_reopening_recomputes_the_layer_and_writes_old_and_new_to_the_audit_trail(cast, dinilai):
    _selesaikan(cast, dinilai)
    beku = pecahan(_snapshot(dinilai)["total_tepat"])
    respons_pada(cast.satker_a, "spak", 1, timezone.localdate(), n=30)  # late and low
    assert pecahan(_snapshot(dinilai)["total_tepat"]) == beku
    alur.penilaian_buka_kembali(
        penilaian=dinilai,
        oleh=cast.pengguna["admin_x"],
        alasan="Survei susulan diterima",
        lapisan=Lapisan.KANWIL,
    )
    baru = SkorSnapshot.objects.get(penilaian=dinilai, lapisan=Lapisan.KANWIL)
    # IPAK = (30 × 4 + 30 × 2/3) / 60 = 7/3: 17.5 × 7/3 / 4 = 245/24 points, 175/24 less.
    assert baru.hasil_rinci["ipak"] == "245/24"
    assert pecahan(baru.total_tepat) == beku - Fraction(175, 24)
    assert Evaluasi.objects.get(penilaian=dinilai, lapisan=Lapisan.KANWIL).masukan_beku is None
    jejak = JejakAudit.objects.get(penilaian=dinilai, objek="skor_dibuka")
    assert (jejak.oleh, jejak.lapisan) == (cast.pengguna["admin_x"], Lapisan.KANWIL)
    assert (jejak.lama["total_tepat"], jejak.baru["total_tepat"]) == (
        str(beku),
        baru.total_tepat,
    )
    assert jejak.lama["total"] == str(bulat(beku))
    assert jejak.baru["sumber_hasil"]["B.I.a"] == {"jenis": SURVEI, "nilai": "7/3"}
    assert jejak.baru["alasan"] == "Survei susulan diterima"


def test_finishing_is_refused_while_questions_are_unscored(cast, dinilai):
    from penilaian.models import Jawaban

    Jawaban.objects.filter(
        penilaian=dinilai, lapisan=Lapisan.KANWIL, pertanyaan__kode__startswith="A.II."
    ).delete()
    belum = (
        111
        - Jawaban.objects.filter(
            penilaian=dinilai, lapisan=Lapisan.KANWIL, pertanyaan__kode__startswith="A.I."
        ).count()
        - 1
    )  # B.I.b is still scored
    with pytest.raises(ValidationError) as exc:
        _selesaikan(cast, dinilai)
    assert exc.value.messages == [alur.PESAN_BELUM_DINILAI % {"jumlah": belum, "total": 111}]
    evaluasi = Evaluasi.objects.filter(penilaian=dinilai, lapisan=Lapisan.KANWIL).first()
    assert evaluasi is None or (evaluasi.selesai_pada is None and evaluasi.masukan_beku is None)
    assert Penilaian.objects.get(pk=dinilai.pk).status == S.DIREVIU


@pytest.mark.parametrize(("jumlah", "dipakai"), [(29, False), (30, True)])
def test_a_portal_index_enters_an_evaluator_layer_only_with_enough_respondents(
    cast, jumlah, dipakai
):
    hari_ini = timezone.localdate()
    periode = PeriodeFactory(
        kanwil=cast.kanwil_x,
        tahun=hari_ini.year,
        survei_mulai=datetime.date(hari_ini.year, 1, 1),
        survei_selesai=datetime.date(hari_ini.year, 12, 31),
    )
    penilaian = penilaian_a(cast, S.DIREVIU, periode=periode, predikat_sebelumnya="WBK")
    jawab_semua(penilaian, cast.pengguna["kepala_a"])
    jawab_semua(penilaian, cast.pengguna["evaluator_a"], Lapisan.KANWIL)
    for jenis in ("spak", "spkp"):
        respons_pada(cast.satker_a, jenis, 6, hari_ini, n=jumlah)
    kanwil = hasil_lke(penilaian=penilaian, lapisan=Lapisan.KANWIL)
    mandiri = hasil_lke(penilaian=penilaian, lapisan=Lapisan.MANDIRI)
    from penilaian.selectors.hasil import sumber_hasil

    item = sumber_hasil(penilaian=penilaian, lapisan=Lapisan.KANWIL)["B.I.a"]
    if dipakai:
        assert (item.jenis, item.nilai) == (SURVEI, 4)
        assert kanwil.predikat["WBBM"].memenuhi
    else:
        assert (item.jenis, item.nilai) == (KURANG, None)
        assert item.keterangan == f"data survei belum cukup ({jumlah}/30)"
        assert kanwil.ipak == 0 and not kanwil.predikat["WBK"].memenuhi
        assert {"ipak", "pelayanan_prima"} <= set(kanwil.predikat["WBK"].gagal)
    # The unit's own layer may use the provisional index either way.
    assert mandiri.ipak == 17.5


def test_the_minimum_respondents_is_a_setting_of_the_version(cast, dinilai):
    from penilaian.selectors.hasil import sumber_hasil

    versi = dinilai.periode.versi
    type(versi).objects.filter(pk=versi.pk).update(min_responden=31)
    dinilai.periode.versi.refresh_from_db()
    item = sumber_hasil(penilaian=dinilai, lapisan=Lapisan.KANWIL)["B.I.a"]
    assert item.keterangan == "data survei belum cukup (30/31)"


def test_a_layer_finished_before_freezing_existed_is_frozen_by_the_recomputation(cast, dinilai):
    Evaluasi.objects.create(
        penilaian=dinilai,
        lapisan=Lapisan.KANWIL,
        selesai_pada=timezone.now(),
        selesai_oleh=cast.pengguna["evaluator_a"],
    )
    selisih = skor_hitung_ulang_semua()
    assert any(s.kolom == "masukan_beku" and s.beku for s in selisih)
    beku = Evaluasi.objects.get(penilaian=dinilai, lapisan=Lapisan.KANWIL).masukan_beku
    assert beku["dibekukan_oleh"] == "hitung_ulang_skor" and beku["hasil"]["B.I.a"]["nilai"] == "4"
    respons_pada(cast.satker_a, "spak", 1, timezone.localdate(), n=30)
    assert [s for s in skor_hitung_ulang_semua() if s.lapisan == Lapisan.KANWIL] == []
