"""The period's proposal date and survey window: defaults, the administrator's page, and
open layers re-reading their survey items in the new window."""

import datetime

from penilaian.models import Lapisan, Periode
from penilaian.services.periode import PESAN_JENDELA_TERBALIK, periode_buka
from tests.penilaian.bantu import penilaian_a, respons_pada


def test_a_new_period_proposes_on_31_may_and_counts_responses_from_1_january(cast):
    periode = periode_buka(
        kanwil=cast.kanwil_x,
        tahun=2027,
        versi=penilaian_a(cast).periode.versi,
        batas_mandiri=datetime.date(2027, 3, 31),
        batas_reviu=datetime.date(2027, 4, 30),
        satker_ids=[cast.satker_a.pk],
        oleh=cast.pengguna["admin_x"],
    )
    assert (periode.tanggal_usulan, periode.survei_mulai, periode.survei_selesai) == (
        datetime.date(2027, 5, 31),
        datetime.date(2027, 1, 1),
        datetime.date(2027, 5, 31),
    )


def test_the_administrator_moves_the_window_and_open_layers_follow(cast, masuk_sebagai):
    penilaian = penilaian_a(cast)  # 2026, window 1 January - 31 May
    respons_pada(cast.satker_a, "spak", 6, datetime.date(2026, 6, 15), n=2)
    url = f"/penilaian/periode/{penilaian.periode_id}/jadwal/"
    client = masuk_sebagai("admin_x")
    assert client.get(url).status_code == 200
    data = {
        "batas_mandiri": "2026-03-31",
        "batas_reviu": "2026-04-30",
        "tanggal_usulan": "2026-06-30",
        "survei_mulai": "2026-01-01",
        "survei_selesai": "2026-06-30",
    }
    assert client.post(url, data).status_code == 302
    periode = Periode.objects.get(pk=penilaian.periode_id)
    assert (periode.tanggal_usulan, periode.survei_selesai) == (
        datetime.date(2026, 6, 30),
        datetime.date(2026, 6, 30),
    )
    mandiri = penilaian.skor.get(lapisan=Lapisan.MANDIRI)
    assert mandiri.sumber_hasil["B.I.a"]["responden"] == 2
    assert mandiri.sumber_hasil["B.I.a"]["jenis"] == "survei_sementara"


def test_a_window_that_ends_before_it_starts_is_refused_and_nothing_changes(cast, masuk_sebagai):
    penilaian = penilaian_a(cast)
    url = f"/penilaian/periode/{penilaian.periode_id}/jadwal/"
    data = {
        "batas_mandiri": "2026-03-31",
        "batas_reviu": "2026-04-30",
        "tanggal_usulan": "2026-05-31",
        "survei_mulai": "2026-05-01",
        "survei_selesai": "2026-04-01",
    }
    response = masuk_sebagai("admin_x").post(url, data)
    assert response.status_code == 200
    assert str(PESAN_JENDELA_TERBALIK) in response.content.decode()
    assert Periode.objects.get(pk=penilaian.periode_id).survei_mulai == datetime.date(2026, 1, 1)


def test_unit_staff_cannot_change_the_schedule(cast, masuk_sebagai):
    penilaian = penilaian_a(cast)
    url = f"/penilaian/periode/{penilaian.periode_id}/jadwal/"
    assert masuk_sebagai("kepala_a").post(url, {}).status_code in (403, 404)
