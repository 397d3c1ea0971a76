"""The workbook on the boundary cases: LibreOffice's recalculation gives the portal's
verdicts at each threshold just below and at it, under both comparison settings, and
the totals a spreadsheet shows equal the exact values rounded half-up."""

import csv
import subprocess

import pytest

from laporan.lembar_lke import LEMBAR_RINGKASAN, DataLapisan, DataLke, lke_buku
from penilaian.scoring import Pengaturan, bulat, hitung, instrumen_dari_berkas
from penilaian.services.muat import BERKAS_BAWAAN
from tests.laporan.bantu import SOFFICE, baca_nilai, hitung_ulang, perlu_libreoffice
from tests.penilaian.batas import (
    JAWABAN_0_955,
    jawaban_5_185,
    jawaban_area_1,
    jawaban_ipak,
    jawaban_total,
)

pytestmark = [perlu_libreoffice, pytest.mark.libreoffice]

DI_BAWAH = (jawaban_area_1("79.63"), jawaban_ipak("3.5999"), jawaban_total("49.6"))
TEPAT_DI = (jawaban_area_1(80), jawaban_ipak("3.6"), jawaban_total(50))
SETENGAH_SEN = (JAWABAN_0_955, jawaban_5_185(), {})


def _buku(tmp_path, nama, ins, set_jawaban):
    data = DataLke(
        instrumen=ins,
        lapisan=tuple(
            DataLapisan(kode, kode, jawaban)
            for kode, jawaban in zip(("mandiri", "kanwil", "tpi"), set_jawaban, strict=True)
        ),
        satker="Rutan A",
        periode="2026",
    )
    berkas = tmp_path / f"{nama}.xlsx"
    lke_buku(data).save(berkas)
    return berkas


def _ringkasan(ws) -> dict:
    """{layer index: {"nilai_total", "wbk", criterion: its WBK status}} of the recalculated
    summary sheet."""
    kode = {ws.cell(row=r, column=1).value: r for r in range(1, ws.max_row + 1)}
    baris = {ws.cell(row=r, column=2).value: r for r in range(1, ws.max_row + 1)}
    # The Tabel 6 rows are numbered under "No" (1 total, 3 area 1, 10 IPAK), below the
    # score table whose rows carry the LKE codes (A+B for the total).
    awal = next(r for r in range(1, ws.max_row + 1) if "Tabel 6" in str(ws.cell(r, 1).value))
    nomor = {"total": 1, "area_1": 3, "ipak": 10}
    kriteria = {
        nama: next(r for r in range(awal, ws.max_row + 1) if ws.cell(r, 1).value == no)
        for nama, no in nomor.items()
    }
    hasil = {}
    for i in range(3):
        k = 5 + i * 3
        hasil[i] = {
            "nilai_total": ws.cell(row=kode["A+B"], column=4 + i * 6 + 2).value,
            "wbk": ws.cell(row=baris["Memenuhi predikat"], column=k + 1).value,
            **{
                nama: ws.cell(row=kriteria[nama], column=k + 1).value
                for nama in ("total", "area_1", "ipak")
            },
        }
    return hasil


def _status(ok: bool) -> str:
    return "OK" if ok else "Belum memenuhi"


def _seperti_ditampilkan(x) -> str:
    """What a spreadsheet shows of a cell in a 2-decimal format: 15 significant digits,
    then half-up (so a binary 0.95499999… shows 0.96, as the issue says)."""
    return str(bulat(format(x, ".15g")))


@pytest.mark.parametrize("cara", ["tepat", "dibulatkan"])
def test_libreoffice_gives_the_portals_verdicts_just_below_and_at_each_threshold(tmp_path, cara):
    ins = instrumen_dari_berkas(BERKAS_BAWAAN, Pengaturan(perbandingan_ambang=cara))
    for nama, set_jawaban in (("bawah", DI_BAWAH), ("tepat", TEPAT_DI)):
        berkas = _buku(tmp_path, f"{cara}-{nama}", ins, set_jawaban)
        lo = _ringkasan(baca_nilai(hitung_ulang(berkas, tmp_path / "lo"))[LEMBAR_RINGKASAN])
        for i, (jawaban, kriteria) in enumerate(
            zip(set_jawaban, ("area_1", "ipak", "total"), strict=True)
        ):
            portal = hitung(ins, jawaban).predikat["WBK"]
            harap = next(k for k in portal.kriteria if k.kode == kriteria).memenuhi
            assert lo[i][kriteria] == _status(harap), (cara, nama, kriteria)
            assert lo[i]["wbk"] == _status(portal.memenuhi), (cara, nama, kriteria)


def test_libreoffice_shows_half_cents_rounded_up_like_the_portal(tmp_path):
    ins = instrumen_dari_berkas(BERKAS_BAWAAN)
    berkas = _buku(tmp_path, "setengah", ins, SETENGAH_SEN)
    lo = _ringkasan(baca_nilai(hitung_ulang(berkas, tmp_path / "lo"))[LEMBAR_RINGKASAN])
    for i, jawaban in enumerate(SETENGAH_SEN):
        harap = str(bulat(hitung(ins, jawaban).total))
        assert _seperti_ditampilkan(lo[i]["nilai_total"]) == harap
    assert _seperti_ditampilkan(lo[0]["nilai_total"]) == "0.96"
    assert _seperti_ditampilkan(lo[1]["nilai_total"]) == "5.19"


def test_a_value_failing_by_less_than_half_a_cent_shows_its_digits_in_the_summary(tmp_path):
    ins = instrumen_dari_berkas(BERKAS_BAWAAN)
    berkas = _buku(tmp_path, "digit", ins, DI_BAWAH)
    keluar = tmp_path / "csv"
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{tmp_path / 'profil'}",
            "--headless",
            "--norestore",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1",
            "--outdir",
            str(keluar),
            str(berkas),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    with open(keluar / "digit.csv", encoding="utf-8") as f:
        semua = [r for r in csv.reader(f) if r]
    # Tabel 6 rows by their number under "No": 1 total, 3 area 1, 10 IPAK.
    awal = next(i for i, r in enumerate(semua) if "Tabel 6" in r[0])
    nomor = {r[0]: r for r in semua[awal:]}
    baris = {"total": nomor["1"], "area_1": nomor["3"], "ipak": nomor["10"]}
    # The first layer's area 1 value as shown: not "4.80" beside "Belum memenuhi".
    assert baris["area_1"][4] == "4.7963" and baris["area_1"][5] == "Belum memenuhi"
    assert baris["ipak"][7] == "15.749563" and baris["ipak"][8] == "Belum memenuhi"
    assert baris["total"][10] == "74.996" and baris["total"][11] == "Belum memenuhi"
