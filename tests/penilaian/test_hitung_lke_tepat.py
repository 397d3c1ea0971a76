"""`hitung_lke` prints the exact values rounded half-up, and its `gagal` follows the
version's threshold comparison (exact by default)."""

import json
from decimal import Decimal

import pytest
from django.core.management import call_command

from penilaian.models import InstrumenVersi
from tests.penilaian.batas import JAWABAN_0_955, jawaban_5_185, jawaban_ipak, jawaban_total

KODE = "permenpan-rb-90-2021"


def _hitung(tmp_path, capsys, jawaban, *opsi):
    berkas = tmp_path / "jawaban.json"
    data = {"instrumen": KODE, "predikat_sebelumnya": None, "jawaban": jawaban}
    berkas.write_text(json.dumps(data, default=str), encoding="utf-8")
    call_command("hitung_lke", str(berkas), *opsi)
    teks = capsys.readouterr().out
    return teks, json.loads(teks, parse_float=Decimal)


def test_half_cents_are_printed_rounded_up(db, tmp_path, capsys):
    teks, hasil = _hitung(tmp_path, capsys, JAWABAN_0_955)
    assert hasil["total"] == Decimal("0.96") and '"total": 0.96,' in teks
    _teks, hasil = _hitung(tmp_path, capsys, jawaban_5_185())
    assert hasil["total"] == Decimal("5.19")


@pytest.mark.parametrize(
    ("jawaban", "kode", "total"),
    [(jawaban_total("49.6"), "total", "75.00"), (jawaban_ipak("3.5999"), "ipak", "98.25")],
)
def test_gagal_follows_the_versions_comparison_setting(db, tmp_path, capsys, jawaban, kode, total):
    _teks, hasil = _hitung(tmp_path, capsys, jawaban)
    # Exactly compared (the default): shown as met, yet failing.
    assert hasil["total"] == Decimal(total)
    assert hasil["predikat"]["WBK"] == {"memenuhi": False, "gagal": [kode]}
    InstrumenVersi.objects.filter(kode=KODE).update(perbandingan_ambang="dibulatkan")
    _teks, hasil = _hitung(tmp_path, capsys, jawaban)
    assert hasil["predikat"]["WBK"] == {"memenuhi": True, "gagal": []}


def test_the_detail_output_gives_the_exact_gap_rounded(db, tmp_path, capsys):
    _teks, hasil = _hitung(tmp_path, capsys, jawaban_ipak("3.5999"), "--rinci")
    ipak = next(k for k in hasil["predikat"]["WBK"]["kriteria"] if k["kode"] == "ipak")
    # 15.75 − 15.7495625 = 0.0004375: printed to two decimals as the contract says.
    assert (ipak["nilai"], ipak["syarat"], ipak["celah"], ipak["memenuhi"]) == (
        Decimal("15.75"),
        Decimal("15.75"),
        Decimal("0.00"),
        False,
    )
