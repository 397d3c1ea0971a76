from django.core import mail

from satker.models import Pengguna, Peran
from tests.antrean.bantu import jalankan_pekerja


def test_admin_creates_an_operator_who_then_sets_a_password_by_email(cast, masuk_sebagai):
    client = masuk_sebagai("admin_x")
    response = client.post(
        "/pengguna/baru/",
        {
            "username": "op.lapas.b",
            "first_name": "Siti",
            "last_name": "Aminah",
            "email": "siti@contoh.go.id",
            "jenis_peran": "operator",
            "satker": cast.satker_b.pk,
        },
        follow=True,
    )
    assert "Akun op.lapas.b dibuat" in response.content.decode()
    pengguna = Pengguna.objects.get(username="op.lapas.b")
    assert list(pengguna.peran.values_list("jenis", "satker__kode")) == [("operator", "satker-b")]
    client.logout()
    client.post("/akun/kata-sandi/lupa/", {"email": "siti@contoh.go.id"})
    jalankan_pekerja()
    assert mail.outbox and "siti@contoh.go.id" in mail.outbox[0].to


def test_the_role_choice_offers_only_units_the_admin_manages(cast, masuk_sebagai):
    html = masuk_sebagai("admin_x").get("/pengguna/baru/").content.decode()
    assert "Rutan A" in html and "Kanim C" not in html


def test_a_tampered_unit_in_the_form_is_refused_and_saves_nothing(cast, masuk_sebagai):
    response = masuk_sebagai("admin_x").post(
        "/pengguna/baru/",
        {
            "username": "penyusup",
            "first_name": "X",
            "email": "x@contoh.go.id",
            "jenis_peran": "operator",
            "satker": cast.satker_c.pk,
        },
    )
    assert response.status_code == 200
    assert "Masukkan pilihan yang valid" in response.content.decode()
    assert not Pengguna.objects.filter(username="penyusup").exists()


def test_admin_gives_and_revokes_a_role(cast, masuk_sebagai):
    client = masuk_sebagai("admin_x")
    operator = cast.pengguna["operator_b"]
    client.post(
        f"/pengguna/{operator.pk}/peran/", {"jenis": "evaluator", "satker": cast.satker_a.pk}
    )
    peran = Peran.objects.get(pengguna=operator, jenis="evaluator")
    assert peran.satker == cast.satker_a
    client.post(f"/pengguna/{operator.pk}/peran/{peran.pk}/cabut/")
    assert not Peran.objects.filter(pk=peran.pk).exists()


def test_an_admin_cannot_edit_a_person_who_also_works_in_another_kanwil(cast, masuk_sebagai):
    operator = cast.pengguna["operator_a"]
    Peran.objects.create(pengguna=operator, jenis="operator", satker=cast.satker_c)
    response = masuk_sebagai("admin_x").post(f"/pengguna/{operator.pk}/aktif/0/")
    assert response.status_code == 403
    operator.refresh_from_db()
    assert operator.is_active


def test_a_deactivated_person_cannot_log_in(cast, masuk_sebagai, client):
    operator = cast.pengguna["operator_a"]
    masuk_sebagai("admin_x").post(f"/pengguna/{operator.pk}/aktif/0/")
    client.logout()
    response = client.post("/masuk/", {"username": "operator_a", "password": "rahasia-uji-123"})
    assert response.status_code == 200
