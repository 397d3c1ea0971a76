"""The LKE of a stored assessment, recalculated in LibreOffice, shows the stored score:
the default download (Lampiran III) and the portal format."""

import pytest

from penilaian.models import Lapisan
from penilaian.scoring import bulat
from penilaian.services.skor import skor_perbarui
from tests.laporan.bantu import angka, baca_nilai, hitung_ulang, perlu_libreoffice
from tests.penilaian.bantu import jawab_semua, penilaian_a


def _total_lampiran3(ws, i):
    baris = {ws.cell(row=r, column=2).value: r for r in range(1, ws.max_row + 1)}
    return ws.cell(row=baris["Nilai evaluasi Zona Integritas"], column=4 + i * 4 + 2).value


def _total_portal(ws, i):
    kode = {ws.cell(row=r, column=1).value: r for r in range(1, ws.max_row + 1)}
    return ws.cell(row=kode["A+B"], column=4 + i * 6 + 2).value


@perlu_libreoffice
@pytest.mark.libreoffice
@pytest.mark.parametrize(
    "akhir,baca_total", [("lke.xlsx", _total_lampiran3), ("lke-portal.xlsx", _total_portal)]
)
def test_the_downloaded_lke_recalculates_to_the_stored_snapshot(
    cast, masuk_sebagai, tmp_path, akhir, baca_total
):
    penilaian = penilaian_a(cast, predikat_sebelumnya="WBK")
    jawab_semua(penilaian, cast.pengguna["operator_a"], nilai_opsi="B")
    jawab_semua(penilaian, cast.pengguna["evaluator_a"], lapisan=Lapisan.KANWIL, nilai_opsi="C")
    snapshot = {
        lap: skor_perbarui(penilaian=penilaian, lapisan=lap)
        for lap in (Lapisan.MANDIRI, Lapisan.KANWIL)
    }
    response = masuk_sebagai("kepala_a").get(f"/penilaian/{penilaian.pk}/unduh/{akhir}")
    berkas = tmp_path / akhir
    berkas.write_bytes(b"".join(response.streaming_content))
    ws = baca_nilai(hitung_ulang(berkas, tmp_path / "lo"))["Ringkasan"]
    for i, lap in enumerate((Lapisan.MANDIRI, Lapisan.KANWIL)):
        assert bulat(angka(baca_total(ws, i))) == bulat(snapshot[lap].total), lap
