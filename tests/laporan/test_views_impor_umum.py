"""Importing the LKE a unit or evaluator already holds, as they would: upload, one
preview page, Impor; then the same answers in the portal. And the round trip
Lampiran III export → import → export."""

import datetime
import io
import re

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from openpyxl import load_workbook

from laporan.models import UnggahanLke
from laporan.sumber import jawaban_semua_lapisan
from penilaian.models import Jawaban, Lapisan
from penilaian.scoring import periksa_jawaban
from penilaian.selectors.hasil import KODE_SURVEI
from penilaian.services.jawaban import nilai_tersimpan
from tests.factories import PenilaianFactory
from tests.laporan import buku_lke
from tests.laporan.bantu import instrumen
from tests.laporan.test_pembaca_lke import jawaban_uji
from tests.penilaian.bantu import penilaian_a, tugaskan


def _xlsx(wb, nama="LKE ZI 2025.xlsx"):
    data = io.BytesIO()
    wb.save(data)
    return SimpleUploadedFile(nama, data.getvalue())


def _unggah(client, penilaian, wb) -> str:
    response = client.post(f"/penilaian/{penilaian.pk}/impor-lke/", {"berkas": _xlsx(wb)})
    assert response.status_code == 302, response.content.decode()[-3000:]
    return response["Location"]


def _isian_form(html: str) -> dict:
    """The preview form as the browser would send it (the selected option per select)."""
    form = html.split('data-testid="form-pemetaan"')[1].split("</form>")[0]
    isian = {}
    for nama, isi in re.findall(r'<select[^>]*name="([^"]+)"[^>]*>(.*?)</select>', form, re.S):
        pilih = re.search(r'<option value="([^"]*)" selected', isi)
        isian[nama] = pilih.group(1) if pilih else ""
    return isian


def _tersimpan(penilaian, lapisan) -> dict:
    return {
        k: v
        for k, v in jawaban_semua_lapisan(penilaian=penilaian)[lapisan][0].items()
        if k not in KODE_SURVEI
    }


def _harap(ins, jawaban) -> dict:
    return {
        k: nilai_tersimpan(periksa_jawaban(ins, k, v))
        for k, v in jawaban.items()
        if k not in KODE_SURVEI
    }


def test_a_unit_imports_last_years_itjen_workbook_after_one_preview(cast, masuk_sebagai):
    ins = instrumen()
    penilaian = penilaian_a(cast)
    unit, itjen = jawaban_uji(ins), jawaban_uji(ins, 1)
    wb = buku_lke.buku_itjen(
        ins, {"unit": unit, "tpi_itjen": itjen}, {"unit": {"A.I.1.i.a": "SK Kepala Rutan"}}
    )
    client = masuk_sebagai("operator_a")
    pratinjau = _unggah(client, penilaian, wb)
    halaman = client.get(pratinjau)
    html = halaman.content.decode()
    assert halaman.status_code == 200
    assert "Jawaban TPI Itjen" in html and "IPAK/IPKP" in html  # listed, not taken
    assert not Jawaban.objects.filter(penilaian=penilaian).exists()
    isian = _isian_form(html)
    # The unit may only fill its own layer; its column is chosen already.
    assert isian == {"lapisan_mandiri": "Jawaban!K"}
    response = client.post(pratinjau, isian)
    assert response.status_code == 302
    assert _tersimpan(penilaian, Lapisan.MANDIRI) == _harap(ins, unit)
    narasi = Jawaban.objects.get(penilaian=penilaian, pertanyaan__kode="A.I.1.i.a").narasi
    assert narasi == "SK Kepala Rutan"
    assert not Jawaban.objects.filter(penilaian=penilaian).exclude(lapisan=Lapisan.MANDIRI).exists()
    assert not UnggahanLke.objects.exists()


def test_an_evaluator_maps_the_itjen_column_to_their_layer_and_cannot_write_the_units(
    cast, masuk_sebagai
):
    ins = instrumen()
    penilaian = penilaian_a(cast, status="direviu")
    tugaskan(penilaian, cast.pengguna["evaluator_a"], lapisan=Lapisan.TPI)
    itjen = jawaban_uji(ins, 1)
    wb = buku_lke.buku_itjen(ins, {"unit": jawaban_uji(ins), "tpi_itjen": itjen})
    client = masuk_sebagai("evaluator_a")
    pratinjau = _unggah(client, penilaian, wb)
    isian = _isian_form(client.get(pratinjau).content.decode())
    assert isian == {"lapisan_tpi": "Jawaban!S"}
    # A field for another layer, added by hand, is ignored.
    response = client.post(pratinjau, {**isian, "lapisan_mandiri": "Jawaban!K"})
    assert response.status_code == 302
    assert _tersimpan(penilaian, Lapisan.TPI) == _harap(ins, itjen)
    assert not Jawaban.objects.filter(penilaian=penilaian, lapisan=Lapisan.MANDIRI).exists()


def test_row_errors_in_the_chosen_column_refuse_everything_and_say_which_row(cast, masuk_sebagai):
    ins = instrumen()
    penilaian = penilaian_a(cast)
    wb = buku_lke.buku_teks(ins, jawaban_uji(ins))
    ws = wb.active
    r = next(
        r
        for r in range(1, ws.max_row + 1)
        if str(ws.cell(r, 2).value).startswith("Penentuan anggota")
    )
    ws.cell(r, 4).value = "Mungkin"
    client = masuk_sebagai("operator_a")
    pratinjau = _unggah(client, penilaian, wb)
    halaman = client.get(pratinjau).content.decode()
    pesan = f"Baris {r} (A.I.1.i.b, Jawaban): opsi &#x27;Mungkin&#x27; tidak ada"
    assert pesan in halaman  # shown before anything is written
    response = client.post(pratinjau, _isian_form(halaman))
    assert response.status_code == 400 and pesan in response.content.decode()
    assert not Jawaban.objects.filter(penilaian=penilaian).exists()
    response = client.post(pratinjau, {"lapisan_mandiri": ""})
    assert response.status_code == 400
    assert "sedikitnya satu lapisan" in response.content.decode()


def test_a_pending_upload_is_private_to_its_owner_and_expires(cast, masuk_sebagai):
    ins = instrumen()
    penilaian = penilaian_a(cast)
    client = masuk_sebagai("operator_a")
    pratinjau = _unggah(client, penilaian, buku_lke.buku_teks(ins, jawaban_uji(ins)))
    assert masuk_sebagai("kepala_a").get(pratinjau).status_code == 404
    client = masuk_sebagai("operator_a")
    assert client.get(pratinjau).status_code == 200
    UnggahanLke.objects.update(dibuat_pada=timezone.now() - datetime.timedelta(hours=3))
    assert client.get(pratinjau).status_code == 404
    # A new upload clears the expired ones.
    _unggah(client, penilaian, buku_lke.buku_teks(ins, jawaban_uji(ins)))
    assert UnggahanLke.objects.count() == 1


def test_the_preview_reads_on_a_phone_and_in_english(cast, masuk_sebagai, settings):
    ins = instrumen()
    penilaian = penilaian_a(cast)
    client = masuk_sebagai("operator_a")
    pratinjau = _unggah(client, penilaian, buku_lke.buku_resmi(ins, jawaban_uji(ins)))
    html = client.get(pratinjau).content.decode()
    assert 'class="table-responsive"' in html and 'style="' not in html.split("<main")[1]
    assert "nomor bertingkat 113" in html
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    html = client.get(pratinjau).content.decode()
    assert "Import preview" in html and "Index values (IPAK/IPKP)" in html


def _unduh(client, penilaian):
    response = client.get(f"/penilaian/{penilaian.pk}/unduh/lke.xlsx")
    return load_workbook(io.BytesIO(b"".join(response.streaming_content)))


def _isi_lke(wb) -> dict:
    """{code or code|input: (Jawaban, Catatan)} of the unit's block of a Lampiran III file
    (the survey items aside: a workbook never sets them, see test_pembaca_lke)."""
    ws = wb["LKE"]
    judul = [c.value for c in ws[7]]
    kolom_kode = judul.index("Kode") + 1
    j, c = judul.index("Jawaban") + 1, judul.index("Catatan") + 1
    return {
        ws.cell(r, kolom_kode).value: (ws.cell(r, j).value, ws.cell(r, c).value)
        for r in range(8, ws.max_row + 1)
        if ws.cell(r, kolom_kode).value not in (None, *KODE_SURVEI)
        and ws.cell(r, j).data_type != "f"
    }


def test_the_round_trip_lampiran_iii_export_import_export_keeps_answers_and_counts(
    cast, masuk_sebagai
):
    from penilaian.services.jawaban import jawaban_simpan

    ins = instrumen()
    sumber = penilaian_a(cast)
    pertanyaan = {p.kode: p for p in sumber.periode.versi.pertanyaan.all()}
    for kode, nilai in jawaban_uji(ins).items():
        narasi = "=bukan rumus" if kode == "A.I.1.i.a" else ("Ada SK" if kode.endswith("b") else "")
        jawaban_simpan(
            penilaian=sumber,
            pertanyaan=pertanyaan[kode],
            lapisan=Lapisan.MANDIRI,
            nilai=nilai,
            narasi=narasi,
            oleh=cast.pengguna["operator_a"],
        )
    client = masuk_sebagai("operator_a")
    berkas = _unduh(client, sumber)
    tujuan = PenilaianFactory(periode=sumber.periode, satker=cast.satker_b)
    client = masuk_sebagai("operator_b")
    pratinjau = _unggah(client, tujuan, berkas)
    response = client.post(pratinjau, _isian_form(client.get(pratinjau).content.decode()))
    assert response.status_code == 302
    assert _tersimpan(tujuan, Lapisan.MANDIRI) == _tersimpan(sumber, Lapisan.MANDIRI)
    # Counts stay counts (never replaced by their percentage), notes stay notes.
    assert (
        _tersimpan(tujuan, Lapisan.MANDIRI)["A.II.1.i.a"]
        == _tersimpan(sumber, Lapisan.MANDIRI)["A.II.1.i.a"]
    )
    assert isinstance(_tersimpan(tujuan, Lapisan.MANDIRI)["A.II.1.i.a"], dict)
    assert _isi_lke(_unduh(client, tujuan)) == _isi_lke(berkas)
    # Importing the same file again into the same assessment changes nothing.
    pratinjau = _unggah(client, tujuan, berkas)
    client.post(pratinjau, _isian_form(client.get(pratinjau).content.decode()))
    assert _isi_lke(_unduh(client, tujuan)) == _isi_lke(berkas)


def test_the_preview_says_what_each_column_would_change_before_anything_is_written(
    cast, masuk_sebagai
):
    from tests.penilaian.bantu import jawab_semua

    ins = instrumen()
    penilaian = penilaian_a(cast)
    jawab_semua(penilaian, cast.pengguna["operator_a"])  # 113 stored answers
    unit = {k: v for k, v in jawaban_uji(ins).items() if not k.startswith("A.I.1.")}
    client = masuk_sebagai("operator_a")
    pratinjau = _unggah(client, penilaian, buku_lke.buku_itjen(ins, {"unit": unit}))
    html = client.get(pratinjau).content.decode()
    daftar = html.split('data-testid="perubahan-lapisan_mandiri"')[1].split("</ul>")[0]
    # Every stored answer the unit column leaves empty (all of A.I.1 among them) would be
    # emptied; the survey items are never touched by a workbook.
    kosong = [p.kode for p in ins.pertanyaan if p.kode not in unit and p.kode not in KODE_SURVEI]
    assert len(kosong) > 12
    terisi = len([k for k in unit if k not in KODE_SURVEI])
    assert f"Jawaban Unit: {terisi} jawaban" in daftar
    assert f"{len(kosong)} dikosongkan" in daftar
    assert Jawaban.objects.filter(penilaian=penilaian).count() == 113


def test_the_queue_housekeeping_deletes_expired_uploads_only(cast):
    from laporan.unggahan_lke import unggahan_simpan
    from tests.antrean.bantu import jalankan_pekerja

    ins = instrumen()
    penilaian = penilaian_a(cast)
    for nama in ("operator_a", "kepala_a"):
        unggahan_simpan(
            penilaian=penilaian,
            oleh=cast.pengguna[nama],
            berkas=_xlsx(buku_lke.buku_teks(ins, jawaban_uji(ins))),
        )
    lama = UnggahanLke.objects.filter(pemilik=cast.pengguna["kepala_a"])
    lama.update(dibuat_pada=timezone.now() - datetime.timedelta(hours=2, minutes=1))
    jalankan_pekerja(jadwal=True)
    assert list(UnggahanLke.objects.values_list("pemilik__username", flat=True)) == ["operator_a"]


def test_a_submitted_assessment_refuses_the_import_in_one_sentence(cast, masuk_sebagai):
    ins = instrumen()
    penilaian = penilaian_a(cast, status="diajukan")
    client = masuk_sebagai("operator_a")
    pratinjau = _unggah(client, penilaian, buku_lke.buku_teks(ins, jawaban_uji(ins)))
    response = client.post(pratinjau, _isian_form(client.get(pratinjau).content.decode()))
    assert response.status_code == 400
    galat = response.content.decode().split('data-testid="galat-impor"')[1].split("</ul>")[0]
    assert galat.count("<li>") == 1 and "Penilaian mandiri tidak dapat diubah" in galat
    assert not Jawaban.objects.filter(penilaian=penilaian).exists()
