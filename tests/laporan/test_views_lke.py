"""Downloading a unit's LKE: the stored answers, the scope of the user."""

import io

from openpyxl import load_workbook

from laporan.lembar_lampiran3 import BARIS_JUDUL
from laporan.lembar_lke import BARIS_KUNCI, LEMBAR_LKE, LEMBAR_RINGKASAN
from tests.penilaian.bantu import jawab_semua, penilaian_a


def _unduh(client, penilaian):
    return client.get(f"/penilaian/{penilaian.pk}/unduh/lke.xlsx")


def _unduh_portal(client, penilaian):
    return client.get(f"/penilaian/{penilaian.pk}/unduh/lke-portal.xlsx")


def test_the_unit_operator_downloads_its_lke_in_the_portal_format_with_its_answers(
    cast, masuk_sebagai, django_assert_max_num_queries
):
    penilaian = penilaian_a(cast)
    jawab_semua(penilaian, cast.pengguna["operator_a"])
    client = masuk_sebagai("operator_a")
    with django_assert_max_num_queries(25):
        response = _unduh_portal(client, penilaian)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="lke-portal-satker-a-')
    wb = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    assert wb.sheetnames == [LEMBAR_RINGKASAN, LEMBAR_LKE]
    ws = wb[LEMBAR_LKE]
    kunci = [c.value for c in ws[BARIS_KUNCI]]
    jawaban = {
        ws.cell(row=r, column=1).value: ws.cell(
            row=r, column=kunci.index("mandiri.jawaban") + 1
        ).value
        for r in range(BARIS_KUNCI + 1, ws.max_row + 1)
        if ws.cell(row=r, column=kunci.index("tipe") + 1).value == "pertanyaan"
    }
    assert jawaban["A.I.1.i.a"] == "Ya"
    assert jawaban["A.I.1.iii.b"] == "A"


def test_another_units_operator_gets_404(cast, masuk_sebagai):
    penilaian = penilaian_a(cast)
    assert _unduh(masuk_sebagai("operator_b"), penilaian).status_code == 404


def test_the_assessment_page_offers_the_downloads_and_the_import_to_the_unit(cast, masuk_sebagai):
    penilaian = penilaian_a(cast)
    halaman = masuk_sebagai("operator_a").get(f"/penilaian/{penilaian.pk}/").content.decode()
    for testid in ("unduh-lke", "unduh-lke-portal", "unduh-paket-bukti", "impor-lke"):
        assert f'data-testid="{testid}"' in halaman
    halaman = masuk_sebagai("auditor_x").get(f"/penilaian/{penilaian.pk}/").content.decode()
    assert 'data-testid="unduh-lke"' in halaman and 'data-testid="impor-lke"' not in halaman


def _judul_lapisan(wb):
    ws = wb[LEMBAR_LKE]
    kunci = [c.value for c in ws[BARIS_KUNCI]]
    return sorted({k.split(".")[0] for k in kunci if k and "." in k})


def test_a_layer_never_assigned_is_not_shown_as_a_score_of_zero(cast, masuk_sebagai):
    from tests.penilaian.bantu import tugaskan

    penilaian = penilaian_a(cast)
    client = masuk_sebagai("operator_a")
    wb = load_workbook(io.BytesIO(b"".join(_unduh_portal(client, penilaian).streaming_content)))
    assert _judul_lapisan(wb) == ["mandiri"]
    tugaskan(penilaian, cast.pengguna["evaluator_a"])
    wb = load_workbook(io.BytesIO(b"".join(_unduh_portal(client, penilaian).streaming_content)))
    assert _judul_lapisan(wb) == ["kanwil", "mandiri"]
    ringkasan = wb[LEMBAR_RINGKASAN]
    judul = [c.value for c in ringkasan[8]]
    # The number column says "No" (not Django's "Tidak" for the word No) and only the
    # unit and the assigned Kanwil layer have columns.
    assert judul[0] == "No"
    assert [c.value for c in ringkasan[7] if c.value] == [
        "Penilaian mandiri",
        "Penilaian pendahuluan Kanwil",
    ]


def test_the_default_download_is_the_lampiran_iii_layout_with_the_stored_answers(
    cast, masuk_sebagai, django_assert_max_num_queries
):
    penilaian = penilaian_a(cast)
    jawab_semua(penilaian, cast.pengguna["operator_a"], nilai_opsi="B")
    client = masuk_sebagai("auditor_x")
    with django_assert_max_num_queries(25):
        response = _unduh(client, penilaian)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="lke-satker-a-')
    wb = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    assert wb.sheetnames == ["Ringkasan", "LKE"]
    ws = wb["LKE"]
    assert ws["A6"].value == "Penilaian"
    judul = [c.value for c in ws[BARIS_JUDUL]]
    assert judul.count("Jawaban") == 1  # no evaluator was assigned: only the unit's block
    jawaban = {
        ws.cell(row=r, column=6).value: ws.cell(row=r, column=judul.index("Jawaban") + 1).value
        for r in range(BARIS_JUDUL + 1, ws.max_row + 1)
    }
    assert jawaban["Penentuan anggota Tim dipilih melalui prosedur/mekanisme yang jelas"] == "B"
