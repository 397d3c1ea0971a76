import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from satker import services
from satker.lingkup import lingkup_pengguna
from satker.models import Pengguna, Peran


def test_admin_creates_a_person_with_a_first_role_in_its_scope(cast):
    pengguna = services.pengguna_buat(
        oleh=cast.pengguna["admin_x"],
        password=None,
        peran={"jenis": Peran.Jenis.OPERATOR, "satker": cast.satker_b},
        username="op.baru",
        first_name="Operator Baru",
        email="op.baru@contoh.go.id",
    )
    assert not pengguna.has_usable_password()
    assert lingkup_pengguna(pengguna).isi == {cast.satker_b.pk}


def test_creating_a_person_with_a_role_outside_scope_saves_nothing(cast):
    with pytest.raises(ValidationError) as exc:
        services.pengguna_buat(
            oleh=cast.pengguna["admin_x"],
            password=None,
            peran={"jenis": Peran.Jenis.OPERATOR, "satker": cast.satker_c},
            username="op.luar",
            first_name="Luar",
            email="luar@contoh.go.id",
        )
    assert services.PESAN_PERAN_DI_LUAR_LINGKUP in exc.value.message_dict["satker"]
    assert not Pengguna.objects.filter(username="op.luar").exists()


def test_email_is_unique_whatever_its_case(cast):
    with pytest.raises(ValidationError):
        services.pengguna_buat(
            oleh=cast.pengguna["admin_x"],
            password=None,
            peran={"jenis": Peran.Jenis.OPERATOR, "satker": cast.satker_a},
            username="kembar",
            first_name="Kembar",
            email="OPERATOR_A@contoh.go.id",
        )


def test_kanwil_wide_roles_only_on_a_kanwil(cast):
    with pytest.raises(ValidationError) as exc:
        services.peran_beri(
            pengguna=cast.pengguna["operator_a"],
            oleh=cast.pengguna["admin_x"],
            jenis=Peran.Jenis.AUDITOR,
            satker=cast.satker_a,
        )
    assert services.PESAN_PERAN_KANWIL_SAJA in exc.value.message_dict["satker"]


def test_one_person_can_hold_several_roles(cast):
    evaluator = cast.pengguna["evaluator_a"]
    services.peran_beri(
        pengguna=evaluator, oleh=cast.pengguna["admin_x"], jenis="evaluator", satker=cast.satker_b
    )
    evaluator = Pengguna.objects.get(pk=evaluator.pk)
    assert lingkup_pengguna(evaluator).nilai == {cast.satker_a.pk, cast.satker_b.pk}


def test_revoking_a_role_outside_scope_is_refused(cast):
    peran = cast.pengguna["operator_a"].peran.get()
    with pytest.raises(PermissionDenied):
        services.peran_cabut(peran=peran, oleh=cast.pengguna["admin_y"])
    assert Peran.objects.filter(pk=peran.pk).exists()


def test_an_admin_cannot_deactivate_itself(cast):
    admin = cast.pengguna["admin_x"]
    with pytest.raises(ValidationError):
        services.pengguna_atur_aktif(pengguna=admin, aktif=False, oleh=admin)
    admin.refresh_from_db()
    assert admin.is_active
