"""Importing a unit's LKE workbook: all or nothing, row by row refusals, round trip."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl.utils import get_column_letter

from laporan import impor
from laporan.impor import lke_impor
from laporan.lembar_lke import BARIS_KUNCI, LEMBAR_LKE, lke_buku
from laporan.sumber import data_lke, jawaban_semua_lapisan
from penilaian.models import Jawaban, Lapisan
from tests.factories import PenilaianFactory
from tests.penilaian.bantu import jawab_semua, penilaian_a, tugaskan


def _xlsx(wb, nama="lke.xlsx"):
    data = io.BytesIO()
    wb.save(data)
    return SimpleUploadedFile(nama, data.getvalue())


def _buku(penilaian):
    return lke_buku(data_lke(penilaian=penilaian))


class Lembar:
    """Edit the LKE sheet of an exported workbook by question code and column key."""

    def __init__(self, wb):
        self.wb = wb
        self.ws = wb[LEMBAR_LKE]
        self.kunci = [c.value for c in self.ws[BARIS_KUNCI]]
        kol_kunci = self.kunci.index("kunci") + 1
        self.baris = {
            self.ws.cell(row=r, column=kol_kunci).value: r
            for r in range(BARIS_KUNCI + 1, self.ws.max_row + 1)
            if self.ws.cell(row=r, column=kol_kunci).value
        }

    def atur(self, kode, kolom, nilai):
        self.ws.cell(row=self.baris[kode], column=self.kunci.index(kolom) + 1).value = nilai
        return self.baris[kode]


def _jawaban(penilaian, lapisan=Lapisan.MANDIRI):
    return jawaban_semua_lapisan(penilaian=penilaian)[lapisan][0]


def test_the_round_trip_export_import_export_gives_the_same_answers(cast):
    sumber = penilaian_a(cast)
    jawab_semua(sumber, cast.pengguna["operator_a"], nilai_opsi="B")
    Jawaban.objects.filter(penilaian=sumber, pertanyaan__kode="A.I.1.i.a").update(
        narasi="=SUM(A1) bukan rumus"
    )
    tujuan = PenilaianFactory(periode=sumber.periode, satker=cast.satker_b)
    hasil = lke_impor(
        penilaian=tujuan,
        berkas=_xlsx(_buku(sumber)),
        oleh=cast.pengguna["operator_b"],
        lapisan=[Lapisan.MANDIRI],
    )
    assert hasil.diubah[Lapisan.MANDIRI] > 100
    asal, jadi = jawaban_semua_lapisan(penilaian=sumber), jawaban_semua_lapisan(penilaian=tujuan)
    assert jadi[Lapisan.MANDIRI] == asal[Lapisan.MANDIRI]
    # Exporting again gives the same answer cells.
    a, b = Lembar(_buku(sumber)), Lembar(_buku(tujuan))
    kol = a.kunci.index("mandiri.jawaban") + 1
    for kode, r in a.baris.items():
        assert a.ws.cell(row=r, column=kol).value == b.ws.cell(row=b.baris[kode], column=kol).value


def test_importing_the_same_file_again_changes_nothing(cast):
    penilaian = penilaian_a(cast)
    jawab_semua(penilaian, cast.pengguna["operator_a"])
    hasil = lke_impor(
        penilaian=penilaian,
        berkas=_xlsx(_buku(penilaian)),
        oleh=cast.pengguna["operator_a"],
        lapisan=[Lapisan.MANDIRI],
    )
    assert hasil.diubah == {Lapisan.MANDIRI: 0}


def test_percent_counts_options_and_evaluator_answers_are_imported(cast):
    penilaian = penilaian_a(cast, status="direviu")
    tugaskan(penilaian, cast.pengguna["evaluator_a"])
    lembar = Lembar(_buku(penilaian))
    lembar.atur("A.II.1.i.a|agen_perubahan", "kanwil.jawaban", 4)
    lembar.atur("A.II.1.i.a|perubahan_dibuat", "kanwil.jawaban", 3)
    lembar.atur("A.I.1.i.b", "kanwil.jawaban", "b")
    lembar.atur("A.I.1.i.b", "kanwil.catatan", "@perlu bukti")
    lembar.atur("A.I.1.i.a", "mandiri.jawaban", "Tidak")  # not this user's layer
    hasil = lke_impor(
        penilaian=penilaian,
        berkas=_xlsx(lembar.wb),
        oleh=cast.pengguna["evaluator_a"],
        lapisan=[Lapisan.KANWIL],
    )
    assert hasil.dilewati == (Lapisan.MANDIRI,)
    jawaban, catatan = jawaban_semua_lapisan(penilaian=penilaian)[Lapisan.KANWIL]
    assert jawaban["A.II.1.i.a"] == {"agen_perubahan": 4, "perubahan_dibuat": 3}
    assert jawaban["A.I.1.i.b"] == "B"
    assert catatan["A.I.1.i.b"] == "@perlu bukti"
    assert _jawaban(penilaian) == {}


def _tolak(cast, ubah):
    penilaian = penilaian_a(cast)
    jawab_semua(penilaian, cast.pengguna["operator_a"])
    sebelum = _jawaban(penilaian)
    lembar = Lembar(_buku(penilaian))
    lembar.atur("A.I.1.i.b", "mandiri.jawaban", "C")  # a good change, never stored
    ubah(lembar)
    with pytest.raises(ValidationError) as exc:
        lke_impor(
            penilaian=penilaian,
            berkas=_xlsx(lembar.wb),
            oleh=cast.pengguna["operator_a"],
            lapisan=[Lapisan.MANDIRI],
        )
    assert _jawaban(penilaian) == sebelum
    return exc.value.messages


def test_a_wrong_code_is_refused_with_its_row(cast):
    def ubah(lembar):
        r = lembar.atur("A.I.1.i.a", "kunci", "A.I.9.z.z")
        lembar.baris["A.I.9.z.z"] = r

    pesan = _tolak(cast, ubah)
    assert any("A.I.9.z.z" in p and "tidak ada pada instrumen" in p for p in pesan)


def test_an_option_that_does_not_exist_is_refused_with_its_row(cast):
    baris = {}

    def ubah(lembar):
        baris["r"] = lembar.atur("A.I.1.ii.b", "mandiri.jawaban", "Z")

    pesan = _tolak(cast, ubah)
    assert pesan == [
        f"Baris {baris['r']} (A.I.1.ii.b, Penilaian mandiri): A.I.1.ii.b: opsi 'Z' tidak ada; "
        "pilihan yang ada: A/B/C."
    ]


def test_a_value_out_of_range_and_text_for_a_count_are_refused(cast):
    def ubah(lembar):
        lembar.atur("B.I.a", "mandiri.jawaban", 7)
        lembar.atur("A.II.1.i.a|agen_perubahan", "mandiri.jawaban", "banyak")
        lembar.atur("A.II.4.i.a", "mandiri.jawaban", 120)

    pesan = _tolak(cast, ubah)
    assert len(pesan) == 3
    assert any("B.I.a" in p and "antara 0 dan 4" in p for p in pesan)
    assert any("A.II.1.i.a" in p and "'banyak'" in p for p in pesan)
    assert any("A.II.4.i.a" in p and "antara 0 dan 100" in p for p in pesan)


def test_a_workbook_of_another_instrument_version_is_refused(cast):
    pesan = _tolak(cast, lambda lembar: lembar.ws.cell(row=3, column=2, value="versi-lain"))
    assert pesan == [
        str(impor.PESAN_VERSI_LAIN % {"berkas": "versi-lain", "versi": "permenpan-rb-90-2021"})
    ]


def test_a_file_that_is_not_a_workbook_or_too_big_is_refused(cast, monkeypatch):
    penilaian = penilaian_a(cast)
    palsu = SimpleUploadedFile("lke.xlsx", b"%PDF-1.4 bukan excel")
    with pytest.raises(ValidationError) as exc:
        lke_impor(
            penilaian=penilaian,
            berkas=palsu,
            oleh=cast.pengguna["operator_a"],
            lapisan=[Lapisan.MANDIRI],
        )
    assert exc.value.messages == [str(impor.PESAN_BUKAN_XLSX)]
    monkeypatch.setattr(impor, "IMPOR_MAKS_MB", 0)
    with pytest.raises(ValidationError) as exc:
        lke_impor(
            penilaian=penilaian,
            berkas=_xlsx(_buku(penilaian)),
            oleh=cast.pengguna["operator_a"],
            lapisan=[Lapisan.MANDIRI],
        )
    assert exc.value.code == "terlalu_besar"


def test_a_submitted_assessment_refuses_the_import(cast):
    penilaian = penilaian_a(cast, status="diajukan")
    lembar = Lembar(_buku(penilaian))
    lembar.atur("A.I.1.i.a", "mandiri.jawaban", "Ya")
    with pytest.raises(ValidationError) as exc:
        lke_impor(
            penilaian=penilaian,
            berkas=_xlsx(lembar.wb),
            oleh=cast.pengguna["operator_a"],
            lapisan=[Lapisan.MANDIRI],
        )
    assert "tidak dapat diubah" in exc.value.messages[0]
    assert not Jawaban.objects.filter(penilaian=penilaian).exists()


def _unggah(client, penilaian, wb):
    """Uploads a workbook; returns the preview page's URL (the upload redirects there)."""
    response = client.post(f"/penilaian/{penilaian.pk}/impor-lke/", {"berkas": _xlsx(wb)})
    assert response.status_code == 302, response.content.decode()[:2000]
    return response["Location"]


def test_the_import_refuses_row_errors_then_previews_and_imports_a_good_file(cast, masuk_sebagai):
    from laporan.models import UnggahanLke

    penilaian = penilaian_a(cast)
    lembar = Lembar(_buku(penilaian))
    lembar.atur("A.I.1.i.a", "mandiri.jawaban", "Mungkin")
    lembar.atur("A.I.1.i.b", "mandiri.jawaban", "A")
    client = masuk_sebagai("operator_a")
    # The portal's own format is checked whole on upload, row by row, as before.
    response = client.post(f"/penilaian/{penilaian.pk}/impor-lke/", {"berkas": _xlsx(lembar.wb)})
    assert response.status_code == 400
    assert "Mungkin" in response.content.decode()
    assert not Jawaban.objects.filter(penilaian=penilaian).exists()
    assert not UnggahanLke.objects.exists()  # a refused file is not kept
    lembar.atur("A.I.1.i.a", "mandiri.jawaban", "ya")
    pratinjau = _unggah(client, penilaian, lembar.wb)
    halaman = client.get(pratinjau).content.decode()
    assert 'value="portal:mandiri" selected' in halaman  # the unit's column, chosen already
    assert not Jawaban.objects.filter(penilaian=penilaian).exists()  # nothing before Impor
    response = client.post(pratinjau, {"lapisan_mandiri": "portal:mandiri"})
    assert response.status_code == 302
    assert _jawaban(penilaian) == {"A.I.1.i.a": "Ya", "A.I.1.i.b": "A"}
    # The stored file is gone once imported.
    assert client.get(pratinjau).status_code == 404


def test_row_errors_are_in_the_users_language(cast):
    from django.utils import translation

    def ubah(lembar):
        lembar.atur("A.I.1.ii.b", "mandiri.jawaban", "Z")

    with translation.override("en"):
        pesan = _tolak(cast, ubah)
    assert pesan[0].startswith("Row ") and "(A.I.1.ii.b, " in pesan[0]


def test_a_formula_without_a_saved_value_is_an_error_not_an_empty_answer(cast):
    sel = {}

    def ubah(lembar):
        r = lembar.atur("A.I.1.i.a", "mandiri.jawaban", '=IF(1=1,"Ya","Tidak")')
        sel["nama"] = f"{get_column_letter(lembar.kunci.index('mandiri.jawaban') + 1)}{r}"

    pesan = _tolak(cast, ubah)  # the stored "Ya"/"Tidak" is kept, nothing is deleted
    assert pesan == [str(impor.PESAN_RUMUS_TANPA_NILAI % {"sel": sel["nama"]})]


def test_an_excel_error_in_an_answer_cell_is_an_error(cast):
    pesan = _tolak(cast, lambda lembar: lembar.atur("A.I.1.i.a", "mandiri.narasi", "#REF!"))
    assert len(pesan) == 1 and "#REF!" in pesan[0]


def test_rows_past_the_limit_are_refused_not_dropped(cast, monkeypatch):
    monkeypatch.setattr(impor, "BARIS_MAKS", 400)

    def ubah(lembar):
        lembar.ws.cell(row=450, column=lembar.kunci.index("kunci") + 1, value="A.I.1.i.a")

    pesan = _tolak(cast, ubah)
    assert pesan == [str(impor.PESAN_BARIS_LEBIH % {"lembar": "LKE", "maks": 400, "baris": 450})]


def test_a_number_beyond_any_answer_is_refused_with_its_row(cast):
    def ubah(lembar):
        lembar.atur("A.II.1.i.a|agen_perubahan", "mandiri.jawaban", 1e308)
        lembar.atur("B.I.a", "mandiri.jawaban", -1e-300)

    pesan = _tolak(cast, ubah)
    assert len(pesan) == 2
    assert all("di luar jangkauan" in p for p in pesan)
