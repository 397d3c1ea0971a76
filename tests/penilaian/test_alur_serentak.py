"""Two people moving the same assessment at the same moment, on real connections:
one wins, the other gets the clear message and nothing of theirs is written."""

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection

from penilaian.models import Penilaian, RiwayatStatus
from penilaian.services import alur
from tests.penilaian.bantu import jawab_semua, penilaian_a


@pytest.mark.django_db(transaction=True)
def test_two_submissions_at_the_same_moment_leave_one_history_row(cast):
    if connection.vendor != "postgresql":
        pytest.skip("needs concurrent connections (PostgreSQL)")
    penilaian = penilaian_a(cast)
    kepala = cast.pengguna["kepala_a"]
    jawab_semua(penilaian, kepala)
    bersama = threading.Barrier(2)
    hasil = []

    def ajukan():
        try:
            salinan = Penilaian.objects.select_related("periode").get(pk=penilaian.pk)
            bersama.wait()  # both have read "draf" before either moves
            alur.penilaian_ajukan(penilaian=salinan, oleh=kepala)
            hasil.append("ok")
        except ValidationError as exc:
            hasil.append(exc.messages[0])
        finally:
            connection.close()

    benang = [threading.Thread(target=ajukan) for _ in range(2)]
    for b in benang:
        b.start()
    for b in benang:
        b.join()
    assert sorted(hasil) == sorted(["ok", str(alur.PESAN_SUDAH_BERUBAH)])
    assert RiwayatStatus.objects.filter(penilaian=penilaian).count() == 1
    assert Penilaian.objects.get(pk=penilaian.pk).status == Penilaian.Status.DIAJUKAN
