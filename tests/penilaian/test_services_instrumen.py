import pytest
from django.core.exceptions import ValidationError

from penilaian.models import InstrumenVersi
from penilaian.services import instrumen as layanan
from penilaian.services.instrumen import PESAN_VERSI_SUDAH_DIPAKAI, instrumen_atur

KODE = "permenpan-rb-90-2021"


@pytest.fixture
def versi(db):
    return InstrumenVersi.objects.get(kode=KODE)


def test_it_changes_a_reading_of_a_version_without_answers(versi, cast):
    instrumen_atur(versi=versi, oleh=cast.pengguna["superuser"], minimum_area="per_bagian")
    assert InstrumenVersi.objects.get(pk=versi.pk).minimum_area == "per_bagian"


def test_it_refuses_a_value_outside_the_choices(versi, cast):
    with pytest.raises(ValidationError) as exc:
        instrumen_atur(versi=versi, oleh=cast.pengguna["superuser"], nilai_abcd="kira")
    assert "nilai_abcd" in exc.value.message_dict


def test_it_never_changes_a_reading_of_a_version_with_answers(versi, cast, monkeypatch):
    monkeypatch.setattr(layanan, "versi_punya_jawaban", lambda v: True)
    with pytest.raises(ValidationError) as exc:
        instrumen_atur(versi=versi, oleh=cast.pengguna["superuser"], nilai_abcd="pecahan")
    assert exc.value.messages == [str(PESAN_VERSI_SUDAH_DIPAKAI)]
    assert InstrumenVersi.objects.get(pk=versi.pk).nilai_abcd == "desimal"


def test_saving_the_same_readings_of_a_version_with_answers_is_harmless(versi, cast, monkeypatch):
    monkeypatch.setattr(layanan, "versi_punya_jawaban", lambda v: True)
    instrumen_atur(versi=versi, oleh=cast.pengguna["superuser"], nilai_abcd="desimal")
