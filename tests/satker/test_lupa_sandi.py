"""Forgotten password: the request only queues the work, the same way for a known and an
unknown address (same queries, same answer); the queue worker sends the link."""

import re
from unittest import mock

from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from antrean.tugas_dasar import DBTaskResult
from tests.antrean.bantu import jalankan_pekerja

URL = "/akun/kata-sandi/lupa/"


def _minta(client, email):
    with CaptureQueriesContext(connection) as kueri:
        response = client.post(URL, {"email": email})
    return response, [q["sql"].split(" ", 1)[0] for q in kueri.captured_queries]


def test_the_request_sends_no_mail_itself_and_the_worker_sends_the_link(cast, client):
    response, _ = _minta(client, "operator_a@contoh.go.id")
    assert response.status_code == 302 and response["Location"].endswith("/terkirim/")
    assert mail.outbox == []
    tugas = DBTaskResult.objects.get()
    assert tugas.task_path == "satker.tugas.sandi_lupa_kirim"
    assert "token" not in str(tugas.args_kwargs)  # the link is made by the worker
    jalankan_pekerja()
    assert [m.to for m in mail.outbox] == [["operator_a@contoh.go.id"]]
    assert re.search(r"http://testserver/akun/kata-sandi/atur/\S+/", mail.outbox[0].body)


def test_a_known_and_an_unknown_address_get_the_same_answer_with_the_same_work(cast, client):
    dikenal, kueri_dikenal = _minta(client, "operator_a@contoh.go.id")
    asing, kueri_asing = _minta(client, "tidak.ada@contoh.go.id")
    assert (dikenal.status_code, dikenal["Location"]) == (asing.status_code, asing["Location"])
    assert kueri_dikenal == kueri_asing  # one task row each, nothing else
    jalankan_pekerja()
    assert [m.to for m in mail.outbox] == [["operator_a@contoh.go.id"]]
    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {"SUCCESSFUL"}


def test_the_mail_speaks_the_language_of_the_request(cast, client):
    client.post("/i18n/setlang/", {"language": "en", "next": "/masuk/"})
    client.post(URL, {"email": "operator_a@contoh.go.id"})
    jalankan_pekerja()
    assert "Password reset" in mail.outbox[0].subject


def test_a_mail_server_that_fails_once_is_tried_again_later(cast, client):
    client.post(URL, {"email": "operator_a@contoh.go.id"})
    with mock.patch(
        "django.core.mail.EmailMessage.send", side_effect=ConnectionRefusedError("smtp")
    ):
        jalankan_pekerja()
    tugas = DBTaskResult.objects.get()
    assert tugas.status == "READY" and "ConnectionRefusedError" in tugas.traceback
    DBTaskResult.objects.update(run_after=timezone.now())
    jalankan_pekerja()
    assert len(mail.outbox) == 1
