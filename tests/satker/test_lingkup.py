import pytest

from satker.lingkup import hitung_lingkup
from satker.models import Peran
from tests.factories import InstansiFactory, PeranFactory


@pytest.mark.parametrize(
    ("role", "baca", "kelola"),
    [
        ("admin_x", {"kanwil_x", "satker_a", "satker_b"}, {"kanwil_x", "satker_a", "satker_b"}),
        ("auditor_x", {"kanwil_x", "satker_a", "satker_b"}, set()),
        ("kepala_a", {"satker_a"}, set()),
        ("operator_b", {"satker_b"}, set()),
        ("evaluator_a", {"satker_a"}, set()),
        ("admin_y", {"kanwil_y", "satker_c"}, {"kanwil_y", "satker_c"}),
    ],
)
def test_each_role_sees_exactly_its_scope(cast, role, baca, kelola):
    lingkup = hitung_lingkup(cast.pengguna[role])
    nama = {
        getattr(cast, n).pk: n for n in ("kanwil_x", "satker_a", "satker_b", "kanwil_y", "satker_c")
    }
    assert {nama[i] for i in lingkup.baca} == baca
    assert {nama[i] for i in lingkup.kelola} == kelola


def test_a_national_admin_manages_every_unit_of_its_instansi(cast):
    admin = PeranFactory(
        jenis=Peran.Jenis.ADMIN_NASIONAL, satker=None, instansi=InstansiFactory()
    ).pengguna
    lingkup = hitung_lingkup(admin)
    semua = {
        cast.kanwil_x.pk,
        cast.satker_a.pk,
        cast.satker_b.pk,
        cast.kanwil_y.pk,
        cast.satker_c.pk,
    }
    assert lingkup.kelola == semua
    assert lingkup.kanwil_dikelola == {cast.kanwil_x.pk, cast.kanwil_y.pk}


def test_an_inactive_user_has_no_scope(cast):
    user = cast.pengguna["admin_x"]
    user.is_active = False
    assert not hitung_lingkup(user).baca
