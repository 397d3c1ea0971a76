"""The Django admin keeps the rule of penilaian/services/instrumen.py: a version that an
assessment period points at, and its areas, sub-areas and questions, are never changed or
deleted in place; only whether the version is offered (`aktif`) may change."""

import pytest
from django.contrib import admin
from django.urls import reverse

from penilaian.models import Area, InstrumenVersi, Pertanyaan, SubArea
from penilaian.services.instrumen import PESAN_VERSI_SUDAH_DIPAKAI
from tests.factories import PeriodeFactory

KODE = "permenpan-rb-90-2021"


@pytest.fixture
def versi(db):
    return InstrumenVersi.objects.get(kode=KODE)


@pytest.fixture
def dipakai(versi, cast):
    PeriodeFactory(kanwil=cast.kanwil_x, versi=versi)
    return versi


@pytest.fixture
def admin_web(masuk_sebagai):
    return masuk_sebagai("superuser")


def _ubah(model, pk) -> str:
    return reverse(f"admin:penilaian_{model._meta.model_name}_change", args=[pk])


def _hapus(model, pk) -> str:
    return reverse(f"admin:penilaian_{model._meta.model_name}_delete", args=[pk])


def _data_area(area, **ubah) -> dict:
    data = {
        "versi": area.versi_id,
        "komponen": area.komponen,
        "kode": area.kode,
        "no": area.no or "",
        "nama": area.nama,
        "bobot": str(area.bobot),
        "urutan": area.urutan,
    }
    return data | ubah


def test_an_unused_version_s_area_can_still_be_corrected(versi, admin_web):
    area = Area.objects.filter(versi=versi).first()
    halaman = admin_web.get(_ubah(Area, area.pk))
    assert b'name="bobot"' in halaman.content
    jawab = admin_web.post(_ubah(Area, area.pk), _data_area(area, nama="Nama diperbaiki"))
    assert jawab.status_code == 302
    assert Area.objects.get(pk=area.pk).nama == "Nama diperbaiki"


@pytest.mark.parametrize(
    ("model", "ambil"),
    [
        (Area, lambda v: Area.objects.filter(versi=v).first()),
        (SubArea, lambda v: SubArea.objects.filter(area__versi=v).first()),
        (Pertanyaan, lambda v: Pertanyaan.objects.filter(versi=v).first()),
    ],
)
def test_a_used_version_s_rows_are_shown_read_only_and_refuse_change_and_delete(
    dipakai, admin_web, model, ambil
):
    baris = ambil(dipakai)
    halaman = admin_web.get(_ubah(model, baris.pk))
    assert halaman.status_code == 200
    assert b'name="bobot"' not in halaman.content and b'name="kode"' not in halaman.content
    assert b'name="_save"' not in halaman.content
    assert admin_web.post(_ubah(model, baris.pk), {"kode": "X"}).status_code == 403
    assert admin_web.get(_hapus(model, baris.pk)).status_code == 403
    assert admin_web.post(_hapus(model, baris.pk), {"post": "yes"}).status_code == 403
    assert model.objects.get(pk=baris.pk).kode == baris.kode


def test_the_weight_of_a_used_version_s_area_does_not_change(dipakai, admin_web):
    area = Area.objects.filter(versi=dipakai).first()
    jawab = admin_web.post(_ubah(Area, area.pk), _data_area(area, bobot="99.000"))
    assert jawab.status_code == 403
    assert Area.objects.get(pk=area.pk).bobot == area.bobot


def test_no_row_is_added_under_a_used_version(dipakai, admin_web):
    sebelum = Area.objects.count()
    jawab = admin_web.post(
        reverse("admin:penilaian_area_add"),
        {"versi": dipakai.pk, "komponen": "A", "kode": "7", "nama": "Baru", "bobot": "1"},
    )
    assert jawab.status_code == 200
    assert str(PESAN_VERSI_SUDAH_DIPAKAI) in jawab.content.decode()
    assert Area.objects.count() == sebelum


def test_a_used_version_offers_only_aktif_and_saves_it_through_the_service(dipakai, admin_web):
    halaman = admin_web.get(_ubah(InstrumenVersi, dipakai.pk)).content
    assert b'name="aktif"' in halaman
    assert b'name="nilai_abcd"' not in halaman and b'name="judul"' not in halaman
    # A forged field is ignored: it is not on the form, and the service refuses it anyway.
    jawab = admin_web.post(_ubah(InstrumenVersi, dipakai.pk), {"nilai_abcd": "pecahan"})
    assert jawab.status_code == 302
    versi = InstrumenVersi.objects.get(pk=dipakai.pk)
    assert versi.aktif is False and versi.nilai_abcd == "desimal"


def test_an_unused_version_s_settings_can_change(versi, admin_web):
    halaman = admin_web.get(_ubah(InstrumenVersi, versi.pk)).content
    assert b'name="nilai_abcd"' in halaman


def test_a_used_version_cannot_be_deleted_one_by_one_or_in_bulk(dipakai, admin_web):
    assert admin_web.get(_hapus(InstrumenVersi, dipakai.pk)).status_code == 403
    jawab = admin_web.post(
        reverse("admin:penilaian_instrumenversi_changelist"),
        {"action": "delete_selected", "_selected_action": [dipakai.pk], "post": "yes"},
    )
    assert jawab.status_code in (200, 302)
    assert InstrumenVersi.objects.filter(pk=dipakai.pk).exists()
    assert Area.objects.filter(versi=dipakai).exists()


def test_no_questionnaire_data_is_editable_in_the_admin():
    # Questionnaire versions are versioned reference data too; they are edited only
    # through survei's services, so none of survei's models is registered here.
    assert not [m for m in admin.site._registry if m._meta.app_label == "survei"]
