import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from penilaian.models import InstrumenVersi, Lapisan, Penilaian, PenugasanEvaluator
from penilaian.services import periode as layanan
from satker.models import RiwayatPredikat

VERSI = "permenpan-rb-90-2021"


def _buka(cast, oleh, satker_ids, **kwargs):
    data = {
        "kanwil": cast.kanwil_x,
        "tahun": 2026,
        "versi": InstrumenVersi.objects.get(kode=VERSI),
        "batas_mandiri": datetime.date(2026, 3, 31),
        "batas_reviu": datetime.date(2026, 4, 30),
        "satker_ids": satker_ids,
        "oleh": oleh,
    }
    data.update(kwargs)
    return layanan.periode_buka(**data)


def test_the_kanwil_admin_opens_a_period_with_one_draft_per_chosen_unit(cast):
    RiwayatPredikat.objects.create(satker=cast.satker_a, predikat="WBK", tahun=2019)
    periode = _buka(cast, cast.pengguna["admin_x"], [cast.satker_a.pk])
    penilaian = Penilaian.objects.get(periode=periode)
    assert (penilaian.satker, penilaian.status) == (cast.satker_a, Penilaian.Status.DRAF)
    assert penilaian.predikat_sebelumnya == "WBK"


def test_a_revoked_or_later_predicate_does_not_count(cast):
    RiwayatPredikat.objects.create(
        satker=cast.satker_a, predikat="WBK", tahun=2019, tahun_dicabut=2022
    )
    RiwayatPredikat.objects.create(satker=cast.satker_b, predikat="WBK", tahun=2026)
    assert layanan.predikat_sebelum(cast.satker_a, 2026) == ""
    assert layanan.predikat_sebelum(cast.satker_b, 2026) == ""


def test_another_kanwils_admin_cannot_open_it(cast):
    with pytest.raises(PermissionDenied):
        _buka(cast, cast.pengguna["admin_y"], [cast.satker_a.pk])


def test_a_unit_of_another_kanwil_is_refused(cast):
    with pytest.raises(ValidationError) as exc:
        _buka(cast, cast.pengguna["admin_x"], [cast.satker_c.pk])
    assert exc.value.message_dict["satker"] == [
        layanan.PESAN_SATKER_BUKAN_ANAK % {"nama": cast.satker_c.nama}
    ]


def test_one_period_per_kanwil_and_year_and_deadlines_in_order(cast):
    admin = cast.pengguna["admin_x"]
    with pytest.raises(ValidationError) as exc:
        _buka(cast, admin, [cast.satker_a.pk], batas_reviu=datetime.date(2026, 1, 1))
    assert exc.value.message_dict["batas_reviu"] == [layanan.PESAN_BATAS_TERBALIK]
    _buka(cast, admin, [cast.satker_a.pk])
    with pytest.raises(ValidationError) as exc:
        _buka(cast, admin, [cast.satker_b.pk])
    assert exc.value.message_dict["tahun"] == [layanan.PESAN_PERIODE_SUDAH_ADA % {"tahun": 2026}]


def test_units_can_be_added_later_and_an_existing_one_is_left_alone(cast):
    admin = cast.pengguna["admin_x"]
    periode = _buka(cast, admin, [cast.satker_a.pk])
    baru = layanan.periode_tambah_satker(
        periode=periode, satker_ids=[cast.satker_a.pk, cast.satker_b.pk], oleh=admin
    )
    assert [p.satker for p in baru] == [cast.satker_b]
    assert periode.penilaian.count() == 2


def test_evaluators_are_assigned_per_layer_from_the_units_evaluators(cast):
    admin = cast.pengguna["admin_x"]
    periode = _buka(cast, admin, [cast.satker_a.pk])
    penilaian = periode.penilaian.get()
    evaluator = cast.pengguna["evaluator_a"]
    layanan.penugasan_beri(
        penilaian=penilaian, lapisan=Lapisan.KANWIL, evaluator=evaluator, oleh=admin
    )
    with pytest.raises(ValidationError):
        layanan.penugasan_beri(
            penilaian=penilaian, lapisan=Lapisan.KANWIL, evaluator=evaluator, oleh=admin
        )
    with pytest.raises(ValidationError) as exc:
        layanan.penugasan_beri(
            penilaian=penilaian,
            lapisan=Lapisan.TPI,
            evaluator=cast.pengguna["operator_a"],
            oleh=admin,
        )
    assert "evaluator" in exc.value.message_dict
    penugasan = PenugasanEvaluator.objects.get()
    layanan.penugasan_cabut(penugasan=penugasan, oleh=admin)
    assert not PenugasanEvaluator.objects.exists()
    assert penilaian.jejak.filter(objek="penugasan").count() == 2


def test_an_instrument_version_with_assessments_is_never_changed_in_place(cast):
    from penilaian.models import InstrumenVersi
    from penilaian.selectors.instrumen import versi_punya_jawaban

    versi = InstrumenVersi.objects.get(kode=VERSI)
    assert versi_punya_jawaban(versi) is False
    _buka(cast, cast.pengguna["admin_x"], [cast.satker_a.pk])
    assert versi_punya_jawaban(versi) is True
