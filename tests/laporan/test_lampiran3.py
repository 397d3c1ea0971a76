"""The LKE download in the layout of Lampiran III: what an auditor sees, and LibreOffice
recalculating it to the portal's numbers on empty, best, mixed and boundary answers."""

from decimal import Decimal

import pytest
from openpyxl import load_workbook

from laporan.lembar_lampiran3 import (
    BARIS_GRUP,
    BARIS_JUDUL,
    LEMBAR,
    Tata,
    lampiran3_buku,
)
from laporan.lembar_lke import DataLapisan, DataLke
from laporan.ringkasan_lampiran3 import LEMBAR_RINGKASAN
from penilaian.scoring import Pengaturan, bulat, hitung, instrumen_dari_berkas
from penilaian.services.muat import BERKAS_BAWAAN
from tests.laporan.bantu import (
    angka,
    baca_nilai,
    hitung_ulang,
    instrumen,
    jawaban_campuran,
    jawaban_terbaik_semua,
    perlu_libreoffice,
)

INJEKSI = '=HYPERLINK("http://jahat.example","klik")'
NAMA = ("Penilaian mandiri", "Penilaian pendahuluan Kanwil", "TPI")


def _data(ins, *jawaban, predikat=None):
    lapisan = tuple(
        DataLapisan(kode, nama, j, {"A.I.1.i.a": INJEKSI} if i == 0 else {})
        for i, (kode, nama, j) in enumerate(
            zip(("mandiri", "kanwil", "tpi"), NAMA, jawaban, strict=False)
        )
    )
    return DataLke(
        instrumen=ins,
        lapisan=lapisan,
        satker="Rutan A",
        periode="Kanwil X 2026",
        predikat_sebelumnya=predikat,
        bukti={"A.I.1.i.a": [("SK tim.pdf", "http://portal/unduh/1")]},
    )


def _simpan(tmp_path, data, nama="lke.xlsx"):
    berkas = tmp_path / nama
    lampiran3_buku(data).save(berkas)
    return berkas


def jawaban_batas(ins, *, di_bawah=False) -> dict:
    """Every WBK threshold met exactly (or, `di_bawah`, missed by a hair): area 1 at
    4.80 of 8 (60 %), IPAK 3.60 (15.75), capaian kinerja C (2.50), bersih dan akuntabel
    18.25, IPKP 3.20 (14.00); the other areas full."""
    jawaban = jawaban_terbaik_semua(ins)
    for p in ins.pertanyaan:
        if p.subarea == "A.I.1.i":
            jawaban[p.kode] = p.opsi[-1].label  # sub-area i: 0 of 0.50
    jawaban["A.II.1.ii.a"] = "E"
    jawaban["A.II.1.iii.a"] = "D"
    # Sub-area A.II.1.i (weight 2): 100 % and 30 % (or 29 %): 1.30 (1.29) points.
    jawaban["A.II.1.i.a"] = {"agen_perubahan": 10, "perubahan_dibuat": 10}
    terintegrasi = 29 if di_bawah else 30
    jawaban["A.II.1.i.b"] = {"perubahan_dibuat": 100, "perubahan_terintegrasi": terintegrasi}
    jawaban["B.I.a"] = Decimal("3.60")
    jawaban["B.I.b"] = "C"
    jawaban["B.II.a"] = Decimal("3.19") if di_bawah else Decimal("3.20")
    return jawaban


def test_the_boundary_answers_sit_exactly_on_the_thresholds():
    ins = instrumen()
    tepat, bawah = hitung(ins, jawaban_batas(ins)), hitung(ins, jawaban_batas(ins, di_bawah=True))
    assert tepat.area[1].nilai == Decimal("4.8") and tepat.bersih_akuntabel == Decimal("18.25")
    assert tepat.predikat["WBK"].memenuhi and not bawah.predikat["WBK"].memenuhi
    assert set(bawah.predikat["WBK"].gagal) == {"area_1", "pelayanan_prima"}


def _baris(ws, kolom_teks=6):
    return [
        [ws.cell(row=r, column=c).value for c in range(1, kolom_teks + 1)]
        for r in range(1, ws.max_row + 1)
    ]


def test_the_sheet_reads_like_lampiran_iii(tmp_path):
    ins = instrumen()
    wb = load_workbook(_simpan(tmp_path, _data(ins, jawaban_campuran(ins), {})))
    assert wb.sheetnames == [LEMBAR_RINGKASAN, LEMBAR]
    ws = wb[LEMBAR]
    grup = [c.value for c in ws[BARIS_GRUP]]
    judul = [c.value for c in ws[BARIS_JUDUL]]
    assert grup[:9] == [
        "Penilaian",
        None,
        None,
        None,
        None,
        None,
        "Bobot",
        "Penjelasan",
        "Pilihan Jawaban",
    ]
    assert [g for g in grup[9:] if g and g in NAMA] == list(NAMA[:2])
    assert judul[9:15] == ["Jawaban", "Nilai", "%", "Catatan", "Eviden", "Tautan eviden"]
    assert judul[15:19] == ["Jawaban", "Nilai", "%", "Catatan"]
    assert "A6:F7" in {str(r) for r in ws.merged_cells.ranges}
    baris = _baris(ws)
    teks = [b[5] for b in baris]
    # Nested numbering, one level per column: A. | I. | 1. | i. | a.
    r = teks.index("Unit kerja telah membentuk tim untuk melakukan pembangunan Zona Integritas")
    assert baris[r][4] == "a." and baris[r - 1][3] == "i." and baris[r - 2][2] == "1."
    assert baris[r - 3][1] == "I." and baris[r - 4][0] == "A." and teks[r - 4] == "PENGUNGKIT"
    # Penjelasan holds the criteria, Pilihan Jawaban the answer type (rows are 1-based).
    r_b = r + 2
    assert ws.cell(row=r_b, column=8).value.startswith("a. Jika dengan prosedur")
    assert ws.cell(row=r_b, column=9).value == "A/B/C"
    # A `%` question is followed by its count rows.
    r_p = teks.index(
        "Agen perubahan telah membuat perubahan yang konkret di Instansi (dalam 1 tahun)"
    )
    assert ws.cell(row=r_p + 2, column=9).value == "Jumlah"
    assert teks[r_p + 1] == "Jumlah Agen Perubahan" and baris[r_p + 1][4] == "-"
    # The three totals, in order, and the hasil items under B.
    label = [b[0] for b in baris]
    urut = [
        label.index(x)
        for x in ("TOTAL PENGUNGKIT", "B.", "TOTAL HASIL", "NILAI EVALUASI ZONA INTEGRITAS")
    ]
    assert urut == sorted(urut)
    r_ipak = teks.index("Nilai Survey Persepsi Korupsi (Survei Eksternal)")
    assert baris[r_ipak][2] == "a." and ws.cell(row=r_ipak + 1, column=9).value == "Nilai (0-4)"


def test_values_are_live_formulas_and_user_text_stays_text(tmp_path):
    ins = instrumen()
    data = _data(ins, {"A.I.1.i.a": INJEKSI, "A.I.1.i.b": "A"}, {})
    ws = load_workbook(_simpan(tmp_path, data))[LEMBAR]
    tata = Tata(data.lapisan)
    kode = {ws.cell(row=r, column=tata.nomor["kode"]).value: r for r in range(1, ws.max_row + 1)}
    r = kode["A.I.1.i.b"]
    nilai = ws.cell(row=r, column=tata.nomor["mandiri.nilai"])
    assert nilai.data_type == "f" and "MATCH" in nilai.value
    sub = ws.cell(row=kode["A.I.1.i"], column=tata.nomor["mandiri.nilai"])
    assert sub.data_type == "f" and sub.value.startswith("=SUM(")
    for kunci, teks in (("mandiri.jawaban", INJEKSI), ("mandiri.catatan", INJEKSI)):
        sel = ws.cell(row=kode["A.I.1.i.a"], column=tata.nomor[kunci])
        assert (sel.value, sel.data_type) == (teks, "s")
    assert ws.cell(row=kode["A.I.1.i.a"], column=tata.nomor["mandiri.eviden"]).value == "SK tim.pdf"
    for k in ("kode", "label1", "nilai5"):
        assert ws.column_dimensions[ws.cell(row=1, column=tata.nomor[k]).column_letter].hidden


def test_the_summary_names_each_criterion_in_words_under_a_no_column(tmp_path):
    ins = instrumen()
    ws = load_workbook(_simpan(tmp_path, _data(ins, {}, {}, predikat="WBK")))[LEMBAR_RINGKASAN]
    teks = [[c.value for c in baris] for baris in ws.iter_rows()]
    kepala = [b for b in teks if b[1] == "Kriteria"][0]
    assert kepala[0] == "No" and kepala[2:4] == ["Syarat WBK", "Syarat WBBM"]
    label = {b[1] for b in teks}
    assert {"Nilai total", "Birokrasi yang bersih dan akuntabel", "Capaian kinerja"} <= label
    assert "Sudah meraih predikat WBK" in label
    semua = " ".join(str(x) for b in teks for x in b if x is not None)
    for kode in ("bersih_akuntabel", "predikat_wbk", "pelayanan_prima", "area_1", "Tidak"):
        assert kode not in semua


# --- LibreOffice ---------------------------------------------------------------------


def _hasil_lo(wb, data):
    """Per layer: question values, sub-area scores, and per criterion/total from the
    summary, as LibreOffice computed them."""
    ws, ringkasan = wb[LEMBAR], wb[LEMBAR_RINGKASAN]
    tata = Tata(data.lapisan)
    kode = {ws.cell(row=r, column=tata.nomor["kode"]).value: r for r in range(1, ws.max_row + 1)}
    label = [ringkasan.cell(row=r, column=2).value for r in range(1, ringkasan.max_row + 1)]
    awal = label.index("Kriteria") + 1  # Tabel 6 starts below its header row
    teks = {t: r for r, t in enumerate(label[awal:], start=awal + 1)}
    hasil = []
    for i, lap in enumerate(data.lapisan):
        kolom = tata.nomor[f"{lap.kode}.nilai"]

        def nilai(r, kolom=kolom):
            return ws.cell(row=r, column=kolom).value

        kolom_kriteria = 5 + i * 3
        hasil.append(
            {
                "pertanyaan": {p.kode: nilai(kode[p.kode]) for p in data.instrumen.pertanyaan},
                "subarea": {s.kode: nilai(kode[s.kode]) for s in data.instrumen.subarea},
                "total": nilai(kode["total"]),
                "kriteria": {
                    label: (
                        ringkasan.cell(row=r, column=kolom_kriteria + 1).value,
                        ringkasan.cell(row=r, column=kolom_kriteria + 2).value,
                    )
                    for label, r in teks.items()
                    if label
                },
            }
        )
    return hasil


def _status(ok):
    return "Memenuhi" if ok else "Belum memenuhi"


def _sama_dengan_portal(lo, ins, jawaban, predikat, nama):
    from django.utils.translation import gettext as _

    portal = hitung(ins, jawaban, predikat_sebelumnya=predikat)
    for p in ins.pertanyaan:
        harap = portal.nilai_pertanyaan[p.kode]
        s = next(x for x in ins.subarea if x.kode == p.subarea)
        if s.pertanyaan == (p.kode,) and p.kode.startswith("B."):
            harap = None if harap is None else harap * s.bobot  # hasil items: points
        got = lo["pertanyaan"][p.kode]
        if harap is None:
            assert got in (None, ""), (nama, p.kode, got)
        else:
            assert abs(angka(got) - harap) < Decimal("1e-9"), (nama, p.kode, got, harap)
    for s in ins.subarea:
        got = lo["subarea"][s.kode] or 0  # an unanswered hasil item's row shows no Nilai
        assert abs(angka(got) - portal.subarea[s.kode].nilai) < Decimal("1e-9"), (nama, s.kode)
    assert bulat(angka(lo["total"])) == bulat(portal.total), nama
    for pred_i, pred in enumerate(("WBK", "WBBM")):
        for k in portal.predikat[pred].kriteria:
            if k.kode == "predikat_wbk" and pred == "WBK":
                continue
            label = _(k.label) if not k.kode.startswith("area_") else k.label
            baris = next(
                v for lbl, v in lo["kriteria"].items() if lbl.startswith(label.split(" (")[0])
            )
            assert baris[pred_i] == _status(k.memenuhi), (nama, pred, k.kode, baris)
        kesimpulan = lo["kriteria"]["Kesimpulan: memenuhi predikat"][pred_i]
        assert kesimpulan == _status(portal.predikat[pred].memenuhi), (nama, pred)


@perlu_libreoffice
@pytest.mark.libreoffice
@pytest.mark.parametrize(
    "nama,pengaturan",
    [
        ("bawaan", Pengaturan()),
        ("pengaturan_lain", Pengaturan("pecahan", "selesai_per_ditangani", "per_bagian")),
    ],
)
def test_libreoffice_recalculates_the_portals_numbers(tmp_path, nama, pengaturan):
    ins = instrumen_dari_berkas(BERKAS_BAWAAN, pengaturan)
    set_jawaban = {
        "kosong_terbaik_campuran": ({}, jawaban_terbaik_semua(ins), jawaban_campuran(ins)),
        "batas": (jawaban_batas(ins), jawaban_batas(ins, di_bawah=True), {}),
    }
    for nama_set, lapisan in set_jawaban.items():
        data = _data(ins, *lapisan, predikat="WBK")
        berkas = _simpan(tmp_path, data, f"{nama}-{nama_set}.xlsx")
        wb = baca_nilai(hitung_ulang(berkas, tmp_path / "lo"))
        hasil = _hasil_lo(wb, data)
        for i, jawaban in enumerate(lapisan):
            _sama_dengan_portal(hasil[i], ins, jawaban, "WBK", (nama, nama_set, i))
        # As printed in Lampiran III, the first number on the last row is the unit's score.
        ws = wb[LEMBAR]
        r = next(
            r
            for r in range(1, ws.max_row + 1)
            if ws.cell(r, 1).value == "NILAI EVALUASI ZONA INTEGRITAS"
        )
        angka_baris = [c.value for c in ws[r] if isinstance(c.value, int | float)]
        total = hitung(ins, lapisan[0], predikat_sebelumnya="WBK").total
        assert bulat(angka(angka_baris[0])) == bulat(total), (nama, nama_set)
