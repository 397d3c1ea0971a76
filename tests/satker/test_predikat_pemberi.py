"""Where a predicate came from: the national team or the ministry's own evaluation
(Permenpan RB 5/2024), with its decision letter; either WBK opens the way to WBBM."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from penilaian.services.periode import predikat_sebelum
from satker import services
from satker.models import PemberiPredikat, RiwayatPredikat


def test_the_form_records_who_awarded_the_predicate_and_the_page_shows_it(cast, masuk_sebagai):
    client = masuk_sebagai("admin_x")
    response = client.post(
        "/satker/satker-a/predikat/",
        {
            "predikat": "WBK",
            "tahun": "2024",
            "pemberi": "mandiri",
            "nomor_sk": "SEK-12.OT.02.02 Tahun 2024",
            "tanggal_sk": "2024-12-09",
        },
        follow=True,
    )
    riwayat = RiwayatPredikat.objects.get(satker=cast.satker_a)
    assert riwayat.pemberi == PemberiPredikat.MANDIRI
    assert riwayat.tanggal_sk == datetime.date(2024, 12, 9)
    html = response.content.decode()
    assert "Evaluasi mandiri instansi (Permenpan RB 5/2024)" in html
    assert "SEK-12.OT.02.02 Tahun 2024" in html and "9 Desember 2024" in html


def test_a_predicate_defaults_to_the_national_team(cast):
    riwayat = services.predikat_catat(
        satker=cast.satker_a, oleh=cast.pengguna["admin_x"], predikat="WBK", tahun=2021
    )
    assert riwayat.pemberi == PemberiPredikat.TPN


def test_the_ministry_awards_only_wbk_on_its_own(cast):
    with pytest.raises(ValidationError) as exc:
        services.predikat_catat(
            satker=cast.satker_a,
            oleh=cast.pengguna["admin_x"],
            predikat="WBBM",
            tahun=2025,
            pemberi=PemberiPredikat.MANDIRI,
        )
    assert services.PESAN_MANDIRI_HANYA_WBK in exc.value.message_dict["pemberi"]
    assert not RiwayatPredikat.objects.exists()


def test_a_wbk_from_the_ministrys_own_evaluation_counts_for_wbbm(cast):
    admin = cast.pengguna["admin_x"]
    services.predikat_catat(
        satker=cast.satker_a, oleh=admin, predikat="WBK", tahun=2024, pemberi="mandiri"
    )
    services.predikat_catat(satker=cast.satker_a, oleh=admin, predikat="WBBM", tahun=2026)
    # A period opened for 2026 sees the WBK held before it, whoever awarded it.
    assert predikat_sebelum(cast.satker_b, 2026) == ""
    RiwayatPredikat.objects.create(
        satker=cast.satker_b, predikat="WBK", tahun=2025, pemberi="mandiri"
    )
    assert predikat_sebelum(cast.satker_b, 2026) == "WBK"
