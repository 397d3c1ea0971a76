import re
from datetime import timedelta

import pytest
from django.core import mail
from django.test import override_settings
from django.utils import timezone

from tests.antrean.bantu import jalankan_pekerja


def _masuk(client, username, password="rahasia-uji-123"):
    return client.post("/masuk/", {"username": username, "password": password})


def test_login_with_username_or_email(cast, client):
    assert _masuk(client, "operator_a").status_code == 302
    client.post("/keluar/")
    assert _masuk(client, "OPERATOR_A@contoh.go.id").status_code == 302


def test_a_wrong_password_shows_an_indonesian_message(cast, client):
    response = _masuk(client, "operator_a", "salah")
    assert response.status_code == 200
    assert "kata sandi salah" in response.content.decode()


@override_settings(AXES_FAILURE_LIMIT=3)
def test_repeated_failures_lock_the_account_even_with_the_right_password(cast, client):
    for _ in range(3):
        _masuk(client, "operator_a", "salah")
    response = _masuk(client, "operator_a")
    assert response.status_code == 429
    assert "Terlalu banyak percobaan masuk" in response.content.decode()


def test_password_reset_sends_a_link_that_sets_a_new_password(cast, client):
    client.post("/akun/kata-sandi/lupa/", {"email": "operator_a@contoh.go.id"})
    jalankan_pekerja()
    assert len(mail.outbox) == 1
    link = re.search(r"(/akun/kata-sandi/atur/\S+/)", mail.outbox[0].body).group(1)
    response = client.get(link, follow=True)
    form_url = response.redirect_chain[-1][0]
    client.post(
        form_url, {"new_password1": "Sandi-Baru-2026!", "new_password2": "Sandi-Baru-2026!"}
    )
    assert _masuk(client, "operator_a", "Sandi-Baru-2026!").status_code == 302


def test_logout_is_a_post_and_returns_to_login(cast, masuk_sebagai):
    client = masuk_sebagai("operator_a")
    response = client.post("/keluar/")
    assert response["Location"] == "/masuk/"
    assert client.get("/").status_code == 302


def test_english_is_available(cast, masuk_sebagai):
    client = masuk_sebagai("admin_x")
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    html = client.get("/satker/").content.decode()
    assert "Work units" in html


def test_indonesian_is_the_default_whatever_the_browser_asks(cast, masuk_sebagai):
    client = masuk_sebagai("admin_x")
    html = client.get("/satker/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert "Satuan kerja" in html and "Work units" not in html


@override_settings(AXES_FAILURE_LIMIT=3, SURVEI_JUMLAH_PROKSI=1)
@pytest.mark.parametrize(
    "ejaan",
    [
        "OPERATOR_A",
        "operator_a@contoh.go.id",
        "Operator_A@Contoh.Go.Id",
        " operator_a",
        "operator_a ",
    ],
)
def test_the_lockout_holds_the_person_whatever_the_spelling(cast, client, ejaan):
    """The issue's bypass: after `operator.kanim` was locked, the same account spelled
    in capitals, as its e-mail or with a space logged in."""
    dari = {"REMOTE_ADDR": "10.0.0.1", "HTTP_X_FORWARDED_FOR": "203.0.113.5"}
    for nama in ("operator_a", "OPERATOR_A@contoh.go.id", " Operator_A"):
        client.post("/masuk/", {"username": nama, "password": "salah"}, **dari)
    response = client.post("/masuk/", {"username": ejaan, "password": "rahasia-uji-123"}, **dari)
    assert response.status_code == 429
    html = response.content.decode()
    sampai = timezone.localtime(timezone.now() + timedelta(hours=1))
    assert (
        f"sampai pukul {sampai:%H:%M}" in html or f"{sampai - timedelta(minutes=1):%H:%M}" in html
    )
    assert "_auth_user_id" not in client.session


@override_settings(AXES_FAILURE_LIMIT=3, SURVEI_JUMLAH_PROKSI=1)
def test_a_stranger_elsewhere_cannot_lock_a_colleague_out(cast, client):
    for _ in range(3):
        _masuk_dari(client, "operator_a", "salah", "198.51.100.66")
    assert _masuk_dari(client, "operator_a", "rahasia-uji-123", "198.51.100.66").status_code == 429
    # The colleague at the office (another address behind the same proxy) still gets in.
    assert _masuk_dari(client, "operator_a", "rahasia-uji-123", "203.0.113.5").status_code == 302


def _masuk_dari(client, username, password, alamat):
    return client.post(
        "/masuk/",
        {"username": username, "password": password},
        REMOTE_ADDR="10.0.0.1",
        HTTP_X_FORWARDED_FOR=f"1.2.3.4, {alamat}",  # the left part is the client's own claim
    )


def test_failures_are_recorded_against_the_resolved_account(cast, client):
    from axes.models import AccessAttempt

    client.post("/masuk/", {"username": " OPERATOR_A@contoh.go.id", "password": "salah"})
    client.post("/masuk/", {"username": "Operator_A", "password": "salah"})
    assert list(AccessAttempt.objects.values_list("username", "failures_since_start")) == [
        ("operator_a", 2)
    ]
