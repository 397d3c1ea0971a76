"""The LKE of a stored assessment, recalculated in LibreOffice, shows the stored score."""

import pytest

from laporan.lembar_lke import LEMBAR_RINGKASAN
from penilaian.models import Lapisan
from penilaian.scoring import bulat
from penilaian.skor import skor_perbarui
from tests.laporan.bantu import angka, baca_nilai, hitung_ulang, perlu_libreoffice
from tests.penilaian.bantu import jawab_semua, penilaian_a


@perlu_libreoffice
@pytest.mark.libreoffice
def test_the_downloaded_lke_recalculates_to_the_stored_snapshot(cast, masuk_sebagai, tmp_path):
    penilaian = penilaian_a(cast, predikat_sebelumnya="WBK")
    jawab_semua(penilaian, cast.pengguna["operator_a"], nilai_opsi="B")
    jawab_semua(penilaian, cast.pengguna["evaluator_a"], lapisan=Lapisan.KANWIL, nilai_opsi="C")
    snapshot = {
        lap: skor_perbarui(penilaian=penilaian, lapisan=lap)
        for lap in (Lapisan.MANDIRI, Lapisan.KANWIL)
    }
    response = masuk_sebagai("kepala_a").get(f"/penilaian/{penilaian.pk}/unduh/lke.xlsx")
    berkas = tmp_path / "lke.xlsx"
    berkas.write_bytes(b"".join(response.streaming_content))
    ws = baca_nilai(hitung_ulang(berkas, tmp_path / "lo"))[LEMBAR_RINGKASAN]
    kode = {ws.cell(row=r, column=1).value: r for r in range(1, ws.max_row + 1)}
    for i, lap in enumerate((Lapisan.MANDIRI, Lapisan.KANWIL)):
        kolom_nilai = 4 + i * 6 + 2
        total = ws.cell(row=kode["A+B"], column=kolom_nilai).value
        assert bulat(angka(total)) == bulat(snapshot[lap].total), lap
