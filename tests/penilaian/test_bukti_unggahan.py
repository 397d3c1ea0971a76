"""The upload checks: real files of every allowed kind pass with the right type, size and
SHA-256; programs, scripts, markup, mismatches, macros and oversized files are refused
with the message constants users see."""

import hashlib

import pytest
from django.core.exceptions import ValidationError

from penilaian.services import unggahan
from penilaian.services.unggahan import (
    PESAN_EKSEKUTABEL,
    PESAN_KOSONG,
    PESAN_MAKRO,
    PESAN_RUSAK,
    PESAN_TERLALU_BESAR,
    PESAN_TIDAK_COCOK,
    PESAN_TIPE_DITOLAK,
    nama_aman,
    periksa_berkas,
)
from tests.penilaian.bukti_contoh import CONTOH_SAH, docx, gambar, ole2, pdf
from tests.penilaian.bukti_contoh import unggahan as unggah


def _tolak(berkas) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        periksa_berkas(berkas)
    return info.value


@pytest.mark.parametrize("nama", sorted(CONTOH_SAH))
def test_each_allowed_kind_is_accepted_with_its_type_size_and_sha256(nama):
    buat, tipe = CONTOH_SAH[nama]
    isi = buat()
    hasil = periksa_berkas(unggah(nama, isi))
    assert hasil.tipe == tipe
    assert hasil.ukuran == len(isi)
    assert hasil.sha256 == hashlib.sha256(isi).hexdigest()
    assert hasil.nama_asli == nama


def test_the_extension_check_ignores_case():
    assert periksa_berkas(unggah("SK-TIM.PDF", pdf())).tipe == "application/pdf"


@pytest.mark.parametrize(
    "nama, isi",
    [
        ("laporan.pdf", b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 200),  # Linux program
        ("laporan.pdf", b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200),  # Windows program
        ("foto.jpg", b"\xcf\xfa\xed\xfe" + b"\x00" * 200),  # macOS program
        ("rekap.xlsx", b"#!/bin/sh\nrm -rf /\n"),  # shell script
        ("sk.pdf", b"<!DOCTYPE html><html><script>alert(1)</script></html>"),
        ("logo.png", b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'),
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
        ("halaman.html", b"\xef\xbb\xbf  <html><body>hai</body></html>"),
    ],
)
def test_programs_scripts_and_markup_are_refused_whatever_their_name(nama, isi):
    galat = _tolak(unggah(nama, isi))
    assert galat.error_list[0].message == PESAN_EKSEKUTABEL
    assert galat.error_list[0].code == "program"


@pytest.mark.parametrize(
    "nama, isi",
    [
        ("catatan.txt", b"teks biasa"),
        ("catatan.pdf", b"teks biasa yang menyamar"),
        ("arsip.zip", None),
        ("animasi.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"),
    ],
)
def test_unknown_or_unlisted_kinds_are_refused(nama, isi):
    if isi is None:  # a plain zip, not an Office container
        import io
        import zipfile

        keluar = io.BytesIO()
        with zipfile.ZipFile(keluar, "w") as arsip:
            arsip.writestr("program.exe", b"MZ")
        isi = keluar.getvalue()
    assert _tolak(unggah(nama, isi)).error_list[0].message == PESAN_TIPE_DITOLAK


@pytest.mark.parametrize(
    "nama, isi, jenis",
    [
        ("foto.pdf", gambar("PNG"), "gambar PNG"),
        ("sk.docx", pdf(), "PDF"),
        ("rekap.xls", docx(), "dokumen Word"),
        ("sop.doc", ole2("Workbook"), "lembar kerja Excel lama"),
        ("tanpa-ekstensi", pdf(), "PDF"),
    ],
)
def test_an_extension_that_disagrees_with_the_content_is_refused(nama, isi, jenis):
    galat = _tolak(unggah(nama, isi)).error_list[0]
    assert galat.message == PESAN_TIDAK_COCOK
    assert str(galat.params["jenis"]) == jenis


def test_a_macro_enabled_office_document_is_refused():
    assert _tolak(unggah("sop.docx", docx(makro=True))).error_list[0].message == PESAN_MAKRO


def test_a_broken_zip_is_refused_as_unreadable():
    rusak = docx()[:60]
    assert _tolak(unggah("sop.docx", rusak)).error_list[0].message == PESAN_RUSAK


def test_an_empty_file_is_refused():
    assert _tolak(unggah("kosong.pdf", b"")).error_list[0].message == PESAN_KOSONG


def test_a_file_over_the_configured_limit_is_refused(settings):
    settings.ZI_UPLOAD_MAX_MB = 1
    besar = pdf() + b"%" * (1024 * 1024)
    galat = _tolak(unggah("besar.pdf", besar)).error_list[0]
    assert galat.message == PESAN_TERLALU_BESAR
    assert galat.params["maks"] == 1


def test_the_real_size_counts_even_when_the_declared_size_lies(settings):
    settings.ZI_UPLOAD_MAX_MB = 1
    berkas = unggah("besar.pdf", pdf() + b"%" * (1024 * 1024))
    berkas.size = 10  # what a lying client header would say
    assert _tolak(berkas).error_list[0].message == PESAN_TERLALU_BESAR


def test_messages_name_the_file_safely_and_speak_indonesian():
    galat = _tolak(unggah("../../etc/jahat.pdf", b"\x7fELF" + b"\x00" * 64))
    teks = galat.messages[0]
    assert "jahat.pdf" in teks and "/" not in teks
    assert "program atau skrip" in teks


@pytest.mark.parametrize(
    "asli, aman",
    [
        ("../../etc/passwd.pdf", "passwd.pdf"),
        ("..\\..\\windows\\win.ini.pdf", "win.ini.pdf"),
        ('laporan "akhir";\r\nX-Header: 1.pdf', "laporan _akhir__X-Header_ 1.pdf"),
        ("  ..  ", "berkas"),
        ("SK Tim ZI 2026.pdf", "SK Tim ZI 2026.pdf"),
        ("a" * 300 + ".pdf", "a" * 140 + ".pdf"),
    ],
)
def test_names_are_made_safe_for_display_and_download_headers(asli, aman):
    assert nama_aman(asli) == aman


def test_the_module_lists_the_allowed_extensions_for_the_file_picker():
    assert (
        ".pdf" in unggahan.ACCEPT and ".docx" in unggahan.ACCEPT and ".exe" not in unggahan.ACCEPT
    )


def test_the_upload_handler_stops_storing_a_file_once_it_passes_the_limit(settings):
    from penilaian.services.unggahan import BatasUkuranUnggahan

    settings.ZI_UPLOAD_MAX_MB = 1
    handler = BatasUkuranUnggahan()
    handler.new_file("berkas", "besar.pdf", "application/pdf", None)
    potongan = b"x" * (64 * 1024)
    diteruskan = [handler.receive_data_chunk(potongan, i) for i in range(40)]
    lolos = [p for p in diteruskan if p is not None]
    # Exactly one chunk past the limit goes on, so the stored file shows it is too large.
    assert len(lolos) == 17 and sum(map(len, lolos)) > 1024 * 1024
    assert handler.file_complete(40 * len(potongan)) is None
    handler.new_file("berkas", "kecil.pdf", "application/pdf", None)
    assert handler.receive_data_chunk(potongan, 0) == potongan
