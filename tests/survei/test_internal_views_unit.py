"""The unit's internal-survey pages: results, staff counts, the sheet of code slips."""

import io
import re

from django.utils import timezone
from pypdf import PdfReader

from survei.internal.selectors import kode_internal_sah
from survei.models import JumlahPegawai, KodeInternal
from tests.survei.internal_bantu import isi, staf

TAHUN = timezone.localdate().year


def kode_dari_pdf(isi_pdf: bytes) -> list[str]:
    """The codes as printed on the slips (ABCD-EFGH), read back from the PDF's text."""
    teks = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(isi_pdf)).pages)
    return re.findall(r"\b([A-Z0-9]{4}-[A-Z0-9]{4})\b", teks)


def test_the_unit_records_its_staff_count(cast, masuk_sebagai):
    client = masuk_sebagai("operator_a")
    data = {"tahun": TAHUN, "asn": 40, "pppk": 4, "honorer": 2, "kontrak": 3}
    r = client.post("/survei/satker-a/internal/pegawai/", data)
    assert r.status_code == 302
    assert JumlahPegawai.objects.filter(satker=cast.satker_a).count() == 4
    html = client.get(f"/survei/satker-a/internal/pegawai/?tahun={TAHUN}").content.decode()
    assert 'name="asn" value="40"' in html


def test_a_bad_staff_count_re_renders_with_a_message(cast, masuk_sebagai):
    client = masuk_sebagai("operator_a")
    data = {"tahun": TAHUN, "asn": -3, "pppk": 0, "honorer": 0, "kontrak": 0}
    r = client.post("/survei/satker-a/internal/pegawai/", data)
    assert r.status_code == 200 and "is-invalid" in r.content.decode()
    data["asn"] = 0
    r = client.post("/survei/satker-a/internal/pegawai/", data)
    assert "paling sedikit satu kategori" in r.content.decode()
    assert not JumlahPegawai.objects.exists()


def test_the_unit_prints_a_sheet_of_slips_whose_codes_work(cast, masuk_sebagai):
    staf(cast.satker_a, TAHUN, asn=10, honorer=2)
    client = masuk_sebagai("operator_a")
    assert "Pegawai tercatat: 12" in client.get("/survei/satker-a/internal/kode/").content.decode()
    r = client.post("/survei/satker-a/internal/kode/", {"jumlah": 12})
    assert r["Content-Type"] == "application/pdf"
    assert "attachment" in r["Content-Disposition"]
    kode = kode_dari_pdf(r.content)
    assert len(set(kode)) == 12
    assert all(kode_internal_sah(satker=cast.satker_a, kode=k) for k in kode)
    assert len(PdfReader(io.BytesIO(r.content)).pages) == 2  # ten slips a page
    teks = PdfReader(io.BytesIO(r.content)).pages[0].extract_text()
    assert "/s/satker-a/pegawai/" in teks and "Rutan A" in teks


def test_more_codes_than_staff_are_refused_and_lost_slips_can_be_voided(cast, masuk_sebagai):
    staf(cast.satker_a, TAHUN, asn=5)
    client = masuk_sebagai("operator_a")
    client.post("/survei/satker-a/internal/kode/", {"jumlah": 4})
    r = client.post("/survei/satker-a/internal/kode/", {"jumlah": 2})
    assert r["Content-Type"].startswith("text/html")
    assert "tidak boleh melebihi jumlah pegawai (5)" in r.content.decode()
    r = client.post("/survei/satker-a/internal/kode/batal/")
    assert r.status_code == 302 and not KodeInternal.objects.exists()
    assert "4 kode yang belum dipakai dibatalkan" in client.get(r["Location"]).content.decode()


def test_codes_without_a_staff_count_are_explained(cast, masuk_sebagai):
    client = masuk_sebagai("operator_a")
    html = client.get("/survei/satker-a/internal/kode/").content.decode()
    assert "Catat dulu jumlah pegawai" in html
    r = client.post("/survei/satker-a/internal/kode/", {"jumlah": 1})
    assert "Catat dulu jumlah pegawai" in r.content.decode() and not KodeInternal.objects.exists()


def test_two_honorary_staff_are_not_shown_apart_on_the_results_page(cast, masuk_sebagai):
    staf(cast.satker_a, TAHUN, asn=12, honorer=3)
    for _ in range(10):
        isi(cast.satker_a, {"5": 2}, kategori="asn")
    for _ in range(2):
        isi(cast.satker_a, 1, kategori="honorer")
    html = masuk_sebagai("kepala_a").get("/survei/satker-a/internal/").content.decode()
    tabel = re.search(r'data-testid="kelompok">(.*?)</table>', html, re.S).group(1)
    assert "ASN (PNS) + Honorer/non-ASN" in tabel and "digabung" in tabel
    assert not re.search(r">\s*Honorer/non-ASN\s*<", tabel)  # never a row of its own
    assert '<p class="display-6 mb-1" data-testid="tingkat-respons">80 %</p>' in html
    area = re.search(r'data-testid="persepsi-area">(.*?)</table>', html, re.S).group(1)
    assert '5. Penguatan Pengawasan</th><td class="text-end">28 %</td>' in area
    assert "Sumber: LKE A.I.5.iv.a" in html


def test_fewer_than_five_respondents_show_only_the_count(cast, masuk_sebagai):
    staf(cast.satker_a, TAHUN, asn=20)
    for _ in range(4):
        isi(cast.satker_a, 4)
    html = masuk_sebagai("auditor_x").get("/survei/satker-a/internal/").content.decode()
    assert 'data-testid="persepsi-ditahan"' in html
    assert 'data-testid="butir-internal"' not in html
    assert "4 dari 20 pegawai menjawab" in html
