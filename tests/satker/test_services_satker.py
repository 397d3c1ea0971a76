import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from satker import services
from satker.lingkup import lingkup_pengguna
from satker.models import RiwayatInduk, RiwayatPredikat, Satker


def test_admin_creates_a_unit_under_its_own_kanwil_with_history(cast):
    admin = cast.pengguna["admin_x"]
    satker = services.satker_buat(
        oleh=admin, kode="lapas-baru", nama="Lapas Baru", jenis="lapas", induk=cast.kanwil_x
    )
    assert satker.instansi == cast.kanwil_x.instansi
    assert RiwayatInduk.objects.filter(satker=satker, induk=cast.kanwil_x).count() == 1
    assert satker.pk in lingkup_pengguna(admin).kelola


def test_admin_cannot_create_a_unit_under_another_kanwil(cast):
    with pytest.raises(ValidationError) as exc:
        services.satker_buat(
            oleh=cast.pengguna["admin_x"], kode="x1", nama="X", jenis="lapas", induk=cast.kanwil_y
        )
    assert services.PESAN_INDUK_DI_LUAR_LINGKUP in exc.value.message_dict["induk"]
    assert not Satker.objects.filter(kode="x1").exists()


def test_a_unit_needs_a_kanwil_and_a_kanwil_needs_none(cast):
    with pytest.raises(ValidationError) as exc:
        services.satker_buat(oleh=cast.pengguna["superuser"], kode="x2", nama="X", jenis="lapas")
    assert services.PESAN_SATKER_WAJIB_INDUK in exc.value.message_dict["induk"]
    with pytest.raises(PermissionDenied):
        services.satker_buat(oleh=cast.pengguna["admin_x"], kode="x3", nama="K", jenis="kanwil")


def test_moving_a_unit_keeps_its_history_and_changes_who_sees_it(cast):
    satker = cast.satker_b
    services.satker_pindahkan(
        satker=satker,
        induk_baru=cast.kanwil_y,
        oleh=cast.pengguna["superuser"],
        catatan="pemisahan",
    )
    terbuka = RiwayatInduk.objects.get(satker=satker, selesai__isnull=True)
    assert (terbuka.induk, terbuka.catatan) == (cast.kanwil_y, "pemisahan")
    assert Satker.objects.get(pk=satker.pk).induk == cast.kanwil_y
    assert satker.pk in lingkup_pengguna(cast.pengguna["admin_y"]).baca
    fresh_admin_x = type(cast.pengguna["admin_x"]).objects.get(pk=cast.pengguna["admin_x"].pk)
    assert satker.pk not in lingkup_pengguna(fresh_admin_x).baca


def test_moving_closes_the_open_membership_row(cast):
    admin = cast.pengguna["superuser"]
    satker = services.satker_buat(
        oleh=admin, kode="rutan-pindah", nama="Rutan P", jenis="rutan", induk=cast.kanwil_x
    )
    services.satker_pindahkan(satker=satker, induk_baru=cast.kanwil_y, oleh=admin)
    rows = RiwayatInduk.objects.filter(satker=satker).order_by("pk")
    assert [(r.induk_id, r.selesai is None) for r in rows] == [
        (cast.kanwil_x.pk, False),
        (cast.kanwil_y.pk, True),
    ]


def test_moving_to_the_same_kanwil_is_refused(cast):
    with pytest.raises(ValidationError) as exc:
        services.satker_pindahkan(
            satker=cast.satker_a, induk_baru=cast.kanwil_x, oleh=cast.pengguna["superuser"]
        )
    assert services.PESAN_INDUK_SAMA in exc.value.message_dict["induk_baru"]


def test_wbbm_is_recorded_only_after_wbk(cast):
    admin = cast.pengguna["admin_x"]
    with pytest.raises(ValidationError) as exc:
        services.predikat_catat(satker=cast.satker_a, oleh=admin, predikat="WBBM", tahun=2022)
    assert services.PESAN_WBBM_TANPA_WBK in exc.value.message_dict["predikat"]
    services.predikat_catat(satker=cast.satker_a, oleh=admin, predikat="WBK", tahun=2019)
    services.predikat_catat(satker=cast.satker_a, oleh=admin, predikat="WBBM", tahun=2022)
    assert list(
        RiwayatPredikat.objects.filter(satker=cast.satker_a).values_list("predikat", flat=True)
    ) == ["WBBM", "WBK"]


def test_status_zi_for_a_year_is_updated_not_duplicated(cast):
    admin = cast.pengguna["admin_x"]
    services.status_zi_simpan(satker=cast.satker_a, tahun=2026, oleh=admin, target_predikat="WBK")
    services.status_zi_simpan(satker=cast.satker_a, tahun=2026, oleh=admin, target_predikat="WBBM")
    assert list(cast.satker_a.status_zi.values_list("tahun", "target_predikat")) == [(2026, "WBBM")]
