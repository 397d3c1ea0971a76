"""Prerequisites from the record: LHKPN/LHKASN are the LKE's own answers of the layer
being judged, "ZI >= 1 year" is measured to the proposal date, and the headline says
the score's verdict and the prerequisites together."""

import datetime

from dasbor.models import PrasyaratUsulan
from penilaian.models import Jawaban, Lapisan, Penilaian, Pertanyaan
from penilaian.services import alur
from satker.models import StatusZI
from tests.dasbor.bantu import unit_dinilai
from tests.factories import PeriodeFactory
from tests.penilaian.bantu import jawab_semua, tugaskan

URL = "/dasbor/kanwil-x/2026/satker-a/"
LHKASN = "A.II.5.iii.b"


def _lhkasn(penilaian, lapisan, sudah):
    Jawaban.objects.update_or_create(
        penilaian=penilaian,
        pertanyaan=Pertanyaan.objects.get(versi=penilaian.periode.versi, kode=LHKASN),
        lapisan=lapisan,
        defaults={
            "nilai": {
                "wajib_lhkasn_administrator": 2,
                "wajib_lhkasn_pengawas": 6,
                "wajib_lhkasn_fungsional_pelaksana": 12,
                "sudah_lapor_lhkasn": sudah,
            },
            "diubah_oleh": penilaian.periode.dibuat_oleh,
        },
    )


def _butir(response) -> dict:
    return {b.kode: b for b in response.context["butir_prasyarat"]}


def test_lhkasn_compliance_is_the_lke_answer_of_the_layer_being_judged(cast, masuk_sebagai):
    from penilaian.services.skor import skor_perbarui

    p = unit_dinilai(cast.satker_a, "wbk")
    _lhkasn(p, Lapisan.MANDIRI, 16)  # 16 of 20 reported
    skor_perbarui(penilaian=p, lapisan=Lapisan.MANDIRI)
    butir = _butir(masuk_sebagai("admin_x").get(URL))
    assert (butir["lhkasn"].nilai, butir["lhkasn"].memenuhi) == ("80 %", False)
    assert "A.II.5.iii.b" in butir["lhkasn"].sumber and "mandiri" in butir["lhkasn"].sumber
    # Once the Kanwil layer (20 of 20) is finished it is the layer judged.
    Penilaian.objects.filter(pk=p.pk).update(status=Penilaian.Status.DIREVIU)
    p.refresh_from_db()
    evaluator = cast.pengguna["evaluator_a"]
    tugaskan(p, evaluator)
    jawab_semua(p, evaluator, Lapisan.KANWIL)
    _lhkasn(p, Lapisan.KANWIL, 20)
    alur.evaluasi_selesaikan(penilaian=p, lapisan=Lapisan.KANWIL, oleh=evaluator)
    butir = _butir(masuk_sebagai("admin_x").get(URL))
    assert (butir["lhkasn"].nilai, butir["lhkasn"].memenuhi) == ("100 %", True)
    assert "Kanwil" in butir["lhkasn"].sumber


def test_zi_built_a_year_is_measured_to_the_proposal_date(cast, masuk_sebagai):
    periode = PeriodeFactory(
        kanwil=cast.kanwil_x,
        tahun=2026,
        batas_reviu=datetime.date(2026, 8, 31),  # later than the proposal date
        tanggal_usulan=datetime.date(2026, 5, 31),
    )
    unit_dinilai(cast.satker_a, "wbk", periode=periode)
    zi = StatusZI.objects.create(
        satker=cast.satker_a, tahun=2025, tanggal_pencanangan=datetime.date(2025, 6, 1)
    )
    butir = _butir(masuk_sebagai("admin_x").get(URL))
    assert not butir["zi_setahun"].memenuhi  # a year by the review deadline, not by 31 May
    assert "2026-05-31" in str(butir["zi_setahun"].sumber)
    StatusZI.objects.filter(pk=zi.pk).update(tanggal_pencanangan=datetime.date(2025, 5, 31))
    assert _butir(masuk_sebagai("admin_x").get(URL))["zi_setahun"].memenuhi


def test_the_headline_says_the_score_verdict_and_the_prerequisites(cast, masuk_sebagai):
    unit_dinilai(cast.satker_a, "wbk")
    StatusZI.objects.create(
        satker=cast.satker_a, tahun=2024, tanggal_pencanangan=datetime.date(2024, 1, 15)
    )
    PrasyaratUsulan.objects.create(
        satker=cast.satker_a,
        tahun=2026,
        temuan_ditindaklanjuti=True,
        nilai_sakip="CC",
        diubah_oleh=cast.pengguna["admin_x"],
    )
    html = masuk_sebagai("admin_x").get(URL).content.decode()
    assert 'data-testid="status-predikat">Nilai memenuhi WBK · prasyarat belum: SAKIP<' in html
    PrasyaratUsulan.objects.update(nilai_sakip="B")
    html = masuk_sebagai("admin_x").get(URL).content.decode()
    assert 'data-testid="status-predikat">Nilai memenuhi WBK · prasyarat lengkap<' in html


def test_the_kanwil_list_says_the_score_verdict_and_the_prerequisites(cast, masuk_sebagai):
    unit_dinilai(cast.satker_a, "wbk")
    PrasyaratUsulan.objects.create(
        satker=cast.satker_a,
        tahun=2026,
        temuan_ditindaklanjuti=True,
        nilai_sakip="CC",
        diubah_oleh=cast.pengguna["admin_x"],
    )
    html = masuk_sebagai("admin_x").get("/dasbor/kanwil-x/2026/").content.decode()
    assert 'data-testid="status-predikat">Nilai memenuhi WBK<' in html
    assert 'data-testid="prasyarat-ringkas">prasyarat belum: ZI 1 tahun, SAKIP<' in html
