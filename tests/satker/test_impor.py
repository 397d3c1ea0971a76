from io import BytesIO

from openpyxl import Workbook

from satker.models import Satker


def _xlsx(rows):
    wb = Workbook()
    ws = wb.active
    ws.append(["kode", "nama", "jenis", "kanwil", "alamat", "nama_kepala"])
    for row in rows:
        ws.append(row)
    buffer = BytesIO()
    wb.save(buffer)
    buffer.seek(0)
    buffer.name = "satker.xlsx"
    return buffer


def test_a_good_file_creates_every_unit(cast, masuk_sebagai):
    client = masuk_sebagai("admin_x")
    berkas = _xlsx(
        [
            ["lapas-satu", "Lapas Satu", "Lembaga Pemasyarakatan", "kanwil-x", "Jl. 1", "Budi"],
            ["bapas-dua", "Bapas Dua", "bapas", "kanwil-x", None, None],
        ]
    )
    response = client.post("/satker/impor/", {"berkas": berkas}, follow=True)
    assert "2 satuan kerja diimpor." in response.content.decode()
    assert set(Satker.objects.filter(induk=cast.kanwil_x).values_list("kode", flat=True)) >= {
        "lapas-satu",
        "bapas-dua",
    }


def test_one_bad_row_imports_nothing_and_names_every_bad_row(cast, masuk_sebagai):
    client = masuk_sebagai("admin_x")
    berkas = _xlsx(
        [
            ["lapas-ok", "Lapas OK", "lapas", "kanwil-x", "", ""],
            ["rutan-x", "Rutan X", "penjara", "kanwil-x", "", ""],
            ["kanim-y", "Kanim Y", "kanim", "kanwil-y", "", ""],
            ["satker-a", "Duplikat", "rutan", "kanwil-x", "", ""],
            ["", "Tanpa kode", "rutan", "kanwil-x", "", ""],
        ]
    )
    response = client.post("/satker/impor/", {"berkas": berkas})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Tidak ada yang diimpor" in html
    assert "Baris 3: jenis &#x27;penjara&#x27; tidak dikenal" in html
    assert "Baris 4: Anda tidak mengelola Kanwil &#x27;kanwil-y&#x27;" in html
    assert "Baris 5:" in html and "Baris 6: kolom wajib kosong: kode" in html
    assert not Satker.objects.filter(kode__in=["lapas-ok", "rutan-x", "kanim-y"]).exists()


def test_a_file_that_is_not_excel_is_refused_with_a_message(cast, masuk_sebagai):
    client = masuk_sebagai("admin_x")
    palsu = BytesIO(b"MZ\x90\x00 not a workbook")
    palsu.name = "satker.xlsx"
    response = client.post("/satker/impor/", {"berkas": palsu})
    assert "bukan file Excel (.xlsx) yang dapat dibaca" in response.content.decode()
    assert Satker.objects.count() == 5
