"""The internal survey in the survey data workbook: responses and means with the
results pages' anonymity (small categories merged, small units withheld)."""

import io
from decimal import Decimal
from fractions import Fraction

from django.utils import timezone
from openpyxl import load_workbook

from laporan.survei_data import cakupan_kanwil, cakupan_satker, survei_buat
from survei.models import ResponsInternal
from tests.survei.internal_bantu import isi, staf

TAHUN = timezone.localdate().year


def _buku(cakupan):
    berkas = io.BytesIO()
    survei_buat(berkas, cakupan)
    berkas.seek(0)
    return load_workbook(berkas)


def _rutan(satker):
    staf(satker, TAHUN, asn=12, honorer=3)
    for _ in range(10):
        isi(satker, {"5": 2}, kategori="asn", masa_kerja="gt10", melayani_publik=False)
    for _ in range(2):
        isi(satker, 1, kategori="honorer", masa_kerja="lt2")


def test_two_honorary_staff_are_not_shown_apart_in_the_export(cast):
    _rutan(cast.satker_a)
    buku = _buku(cakupan_satker(cast.satker_a, TAHUN))
    assert buku.sheetnames == [
        "Respons",
        "Rerata & indeks",
        "Saran",
        "Survei internal",
        "Rerata internal",
    ]
    ws = buku["Survei internal"]
    judul = [c.value for c in ws[1]]
    assert judul[0] == "Kelompok pegawai" and "SZI v1 PW1" in judul
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 12
    assert {r[0] for r in rows} == {"ASN (PNS) + Honorer/non-ASN"}
    pw1 = judul.index("SZI v1 PW1")
    assert sorted(r[pw1] for r in rows) == [1, 1] + [2] * 10
    # No date, tenure or public-facing column: nothing to pick a person out by.
    semua = {str(v) for r in rows for v in r}
    assert not {"Lebih dari 10 tahun", "Kurang dari 2 tahun", "Honorer/non-ASN"} & semua
    assert not any(str(TAHUN) in str(j) for j in judul)
    teks = " ".join(str(v) for r in buku["Rerata internal"].iter_rows(values_only=True) for v in r)
    assert "Honorer/non-ASN +" not in teks and "| Honorer/non-ASN |" not in teks
    kelompok = [
        r for r in buku["Rerata internal"].iter_rows(values_only=True) if r and r[0] == "satker-a"
    ]
    assert [r[2] for r in kelompok if isinstance(r[2], str)] == ["ASN (PNS) + Honorer/non-ASN"]


def test_means_and_perception_equal_the_results_page(cast):
    _rutan(cast.satker_a)
    rows = list(
        _buku(cakupan_satker(cast.satker_a, TAHUN))["Rerata internal"].iter_rows(values_only=True)
    )
    butir = {r[1]: r for r in rows[1:] if r and r[0] == 1}
    rerata = Decimal(22) / Decimal(12)  # (10 x 2 + 2 x 1) / 12
    assert abs(Decimal(str(butir["PW1"][7])) - rerata) < Decimal("1e-9")
    assert butir["PW1"][4].startswith("LKE A.I.5")
    unit = next(r for r in rows if r and r[0] == "satker-a" and isinstance(r[2], int))
    assert unit[2:5] == (15, 12, 80)
    area5 = float(Fraction(10, 3) / 12 * 100)
    assert abs(unit[5 + 4] - area5) < 1e-9


def test_a_unit_under_five_respondents_gives_no_rows_no_means_no_perception(cast):
    _rutan(cast.satker_a)
    staf(cast.satker_b, TAHUN, honorer=3)
    for _ in range(2):
        isi(cast.satker_b, 4, kategori="honorer")
    buku = _buku(cakupan_kanwil(cast.kanwil_x, TAHUN, satker_ids=None))
    rows = list(buku["Survei internal"].iter_rows(min_row=2, values_only=True))
    assert {r[0] for r in rows} == {"Rutan A"} and len(rows) == 12
    rerata = list(buku["Rerata internal"].iter_rows(values_only=True))
    b = next(r for r in rerata if r and r[0] == "satker-b" and isinstance(r[2], int))
    assert b[2:4] == (3, 2) and all(v is None for v in b[5:])
    butir = [r for r in rerata[1:] if r and r[0] == 1]
    assert {r[6] for r in butir} == {12}  # unit B's two answers are in no mean
    assert ResponsInternal.objects.count() == 14
