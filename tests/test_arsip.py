"""Zip bombs of every kind are refused before anything is inflated, with the memory the
check used measured; real large files still pass. Evidence uploads (penilaian.services.unggahan),
LKE workbooks (laporan.impor) and unit workbooks (satker.impor) share zi_portal.arsip."""

import base64
import io
import os
import tracemalloc
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

from laporan.impor import lke_impor
from laporan.lembar_lke import lke_buku
from laporan.sumber import data_lke
from penilaian.models import Lapisan
from penilaian.services.unggahan import periksa_berkas
from satker.impor import satker_impor
from tests.penilaian.bantu import jawab_semua, penilaian_a
from tests.penilaian.bukti_contoh import docx
from zi_portal.arsip import BATAS_BUKU_KERJA, MB, ArsipTerbatas, BatasArsip

MEGA = b" " * MB


def _dengan_bagian_besar(asal: bytes, bagian: str, mb: int, *, awal: bytes = b"") -> bytes:
    """`asal` (a zip) with `bagian` replaced by `mb` MB of blanks, written in chunks so
    the test itself never holds the inflated part."""
    keluar = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(asal)) as sumber,
        zipfile.ZipFile(keluar, "w", zipfile.ZIP_DEFLATED) as tujuan,
    ):
        for info in sumber.infolist():
            if info.filename != bagian:
                tujuan.writestr(info.filename, sumber.read(info.filename))
        with tujuan.open(bagian, "w", force_zip64=True) as isi:
            isi.write(awal)
            for _i in range(mb):
                isi.write(MEGA)
    return keluar.getvalue()


def _banyak_bagian(jumlah: int) -> bytes:
    keluar = io.BytesIO()
    with zipfile.ZipFile(keluar, "w", zipfile.ZIP_STORED) as arsip:
        arsip.writestr("[Content_Types].xml", "<Types/>")
        arsip.writestr("word/document.xml", "<w:document/>")
        for i in range(jumlah):
            arsip.writestr(f"x/{i}", b"")
    return keluar.getvalue()


def _puncak(fungsi) -> tuple[int, object]:
    """(peak bytes allocated while `fungsi` ran, what it raised or returned)."""
    tracemalloc.start()
    try:
        hasil = fungsi()
    except ValidationError as exc:
        hasil = exc
    finally:
        _sekarang, puncak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return puncak, hasil


def _kode(exc) -> set[str]:
    return {e.code for e in exc.error_list} if isinstance(exc, ValidationError) else set()


def test_an_office_upload_whose_content_types_inflate_to_300_mb_is_refused_in_little_memory():
    bom = _dengan_bagian_besar(docx(), "[Content_Types].xml", 300, awal=b"<Types>")
    assert len(bom) < 1 * MB
    puncak, hasil = _puncak(lambda: periksa_berkas(SimpleUploadedFile("sop.docx", bom)))
    assert _kode(hasil) & {"rasio", "bagian_besar", "total_besar"}
    assert "bom zip" in " ".join(hasil.messages) or "terlalu besar" in " ".join(hasil.messages)
    assert puncak < 4 * MB


def test_an_office_upload_of_60000_empty_entries_is_refused_before_zipfile_reads_them():
    bom = _banyak_bagian(60_000)
    puncak, hasil = _puncak(lambda: periksa_berkas(SimpleUploadedFile("sop.docx", bom)))
    assert _kode(hasil) == {"terlalu_banyak"}
    assert "60002" in hasil.messages[0]
    # zipfile would have built 60,000 ZipInfo objects (tens of MB) to open it.
    assert puncak < len(bom) + 2 * MB


def test_a_large_real_office_upload_still_passes_in_little_memory():
    acak = os.urandom(12 * MB)  # pictures do not compress: a real 12 MB presentation
    keluar = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(docx())) as sumber,
        zipfile.ZipFile(keluar, "w", zipfile.ZIP_DEFLATED) as tujuan,
    ):
        for info in sumber.infolist():
            tujuan.writestr(info.filename, sumber.read(info.filename))
        tujuan.writestr("word/media/image1.png", acak)
        teks = "".join(f"<w:p><w:r><w:t>Baris {i}</w:t></w:r></w:p>" for i in range(60_000))
        tujuan.writestr("word/document2.xml", f"<w:document>{teks}</w:document>")
    besar = keluar.getvalue()
    berkas = SimpleUploadedFile("laporan.docx", besar)
    puncak, hasil = _puncak(lambda: periksa_berkas(berkas))
    assert hasil.jenis == "docx" and hasil.ukuran == len(besar)
    assert puncak < 4 * MB


@pytest.fixture
def lke(cast):
    penilaian = penilaian_a(cast)
    jawab_semua(penilaian, cast.pengguna["operator_a"])
    keluar = io.BytesIO()
    lke_buku(data_lke(penilaian=penilaian)).save(keluar)
    return penilaian, keluar.getvalue()


def _impor(cast, penilaian, isi: bytes):
    return lke_impor(
        penilaian=penilaian,
        berkas=SimpleUploadedFile("lke.xlsx", isi),
        oleh=cast.pengguna["operator_a"],
        lapisan=[Lapisan.MANDIRI],
    )


def test_a_workbook_whose_styles_inflate_to_400_mb_is_refused_before_openpyxl(cast, lke):
    penilaian, asli = lke
    bom = _dengan_bagian_besar(
        asli,
        "xl/styles.xml",
        400,
        awal=b'<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
    )
    assert len(bom) < 1 * MB
    puncak, hasil = _puncak(lambda: _impor(cast, penilaian, bom))
    assert _kode(hasil) & {"rasio", "bagian_besar", "total_besar"}
    assert "xl/styles.xml" in hasil.messages[0]
    assert puncak < 4 * MB


def test_a_workbook_sheet_that_inflates_a_thousandfold_is_refused(cast, lke):
    penilaian, asli = lke
    bom = _dengan_bagian_besar(asli, "xl/worksheets/sheet2.xml", 60)  # under the 64 MB cap
    puncak, hasil = _puncak(lambda: _impor(cast, penilaian, bom))
    assert _kode(hasil) == {"rasio"}
    assert puncak < 4 * MB


def test_a_unit_workbook_of_many_entries_is_refused(cast):
    bom = _banyak_bagian(BATAS_BUKU_KERJA.jumlah + 10)
    puncak, hasil = _puncak(lambda: satker_impor(data=bom, oleh=cast.pengguna["admin_x"]))
    assert _kode(hasil) == {"terlalu_banyak"}
    assert puncak < len(bom) + 2 * MB


def test_a_large_real_lke_workbook_is_still_imported_in_bounded_memory(cast, lke):
    penilaian, _asli = lke
    buku = lke_buku(data_lke(penilaian=penilaian))
    ws = buku["LKE"]
    kunci = [c.value for c in ws[4]]
    kolom = kunci.index("mandiri.narasi") + 1
    for baris in range(7, ws.max_row + 1):
        if ws.cell(row=baris, column=kunci.index("tipe") + 1).value == "pertanyaan":
            ws.cell(row=baris, column=kolom).value = base64.b64encode(os.urandom(3600)).decode()
    keluar = io.BytesIO()
    buku.save(keluar)
    besar = keluar.getvalue()
    assert len(besar) > 400_000  # every question with a long narrative
    puncak, hasil = _puncak(lambda: _impor(cast, penilaian, besar))
    assert not isinstance(hasil, ValidationError), hasil
    assert hasil.diubah[Lapisan.MANDIRI] > 100
    # openpyxl keeps strings and one row at a time: a small multiple of the file.
    assert puncak < 10 * len(besar)


def test_an_entry_read_is_cut_at_its_cap_even_if_the_directory_lied():
    keluar = io.BytesIO()
    with zipfile.ZipFile(keluar, "w", zipfile.ZIP_DEFLATED) as arsip:
        arsip.writestr("a.xml", b"x" * 5000)
    batas = BatasArsip(per_bagian=1000, ambang_rasio=10**9)
    data = bytearray(keluar.getvalue())
    # Forge the central directory's size of a.xml down to 100 bytes.
    cd = data.rfind(b"PK\x01\x02")
    data[cd + 24 : cd + 28] = (100).to_bytes(4, "little")
    arsip = ArsipTerbatas(io.BytesIO(bytes(data)), batas=batas, nama="a.zip")
    with arsip, pytest.raises(ValidationError) as exc:
        arsip.baca("a.xml")
    assert exc.value.code == "rusak"  # zipfile stops at the declared size: CRC mismatch


def test_a_workbook_file_that_is_not_a_zip_is_refused_as_unreadable():
    with pytest.raises(ValidationError) as exc:
        ArsipTerbatas(io.BytesIO(b"bukan zip" * 100), batas=BATAS_BUKU_KERJA, nama="x")
    assert exc.value.code == "rusak"


def test_the_unit_workbook_importer_still_reads_a_small_real_file(cast):
    buku = Workbook()
    buku.active.append(["kode", "nama", "jenis", "kanwil"])
    buku.active.append(["lapas-z", "Lapas Z", "lapas", "kanwil-x"])
    keluar = io.BytesIO()
    buku.save(keluar)
    hasil = satker_impor(data=keluar.getvalue(), oleh=cast.pengguna["admin_x"])
    assert hasil.berhasil and [s.kode for s in hasil.dibuat] == ["lapas-z"]
