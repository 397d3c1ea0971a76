"""The evidence pack: the LKE workbook and every live evidence file, by LKE numbering,
built on the queue and downloaded from its export page."""

import io
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile

from laporan.models import PekerjaanEkspor
from penilaian.models import Pertanyaan
from penilaian.services.bukti import bukti_hapus, bukti_tautan_tambah, bukti_unggah
from tests.antrean.bantu import jalankan_pekerja
from tests.penilaian.bantu import penilaian_a
from tests.penilaian.bukti_contoh import pdf


def _unggah(penilaian, kode, nama, oleh):
    pertanyaan = Pertanyaan.objects.get(versi=penilaian.periode.versi, kode=kode)
    return bukti_unggah(
        penilaian=penilaian,
        pertanyaan=pertanyaan,
        berkas=[SimpleUploadedFile(nama, pdf(), content_type="application/pdf")],
        oleh=oleh,
    )[0]


def _isi(response):
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def test_the_pack_holds_the_lke_and_every_live_file_in_lke_folders(cast, masuk_sebagai):
    penilaian = penilaian_a(cast)
    operator = cast.pengguna["operator_a"]
    _unggah(penilaian, "A.I.1.i.a", "SK Tim.pdf", operator)
    _unggah(penilaian, "A.I.1.i.a", "SK Tim.pdf", operator)  # same name: numbered
    _unggah(penilaian, "A.II.3.iii.a", "../../etc/passwd.pdf", operator)
    hapus = _unggah(penilaian, "A.I.1.ii.a", "lama.pdf", operator)
    bukti_hapus(penilaian=penilaian, tautan=hapus.tautan.get(), oleh=operator)
    pertanyaan = Pertanyaan.objects.get(versi=penilaian.periode.versi, kode="B.I.b")
    bukti_tautan_tambah(
        penilaian=penilaian,
        pertanyaan=pertanyaan,
        url="https://contoh.go.id/lakip",
        judul="=LAKIP",
        oleh=operator,
    )
    client = masuk_sebagai("auditor_x")
    diminta = client.post(f"/penilaian/{penilaian.pk}/paket-bukti/")
    pekerjaan = PekerjaanEkspor.objects.get()
    assert diminta["Location"] == f"/laporan/ekspor/{pekerjaan.pk}/"
    assert (pekerjaan.jenis, pekerjaan.status) == ("bukti", "antri")  # not built in the request
    jalankan_pekerja()
    response = client.get(f"/laporan/ekspor/{pekerjaan.pk}/unduh/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"] == 'attachment; filename="bukti-satker-a-2026.zip"'
    arsip = _isi(response)
    nama = sorted(arsip.namelist())
    folder = "1 Manajemen Perubahan/A.I.1.i Penyusunan Tim Kerja/A.I.1.i.a"
    assert f"{folder}/SK Tim.pdf" in nama
    assert f"{folder}/SK Tim (2).pdf" in nama
    assert not any("lama.pdf" in n for n in nama)
    assert not any(n.startswith(("/", "..")) or "/../" in n for n in nama)
    assert any(n.startswith("3 ") and n.endswith("passwd.pdf") for n in nama)
    assert "LKE-satker-a-2026.xlsx" in nama or any(n.startswith("LKE-satker-a-") for n in nama)
    tautan = next(n for n in nama if n.endswith("tautan.txt"))
    assert tautan.startswith("B.I ")
    assert arsip.read(tautan).decode() == "=LAKIP\thttps://contoh.go.id/lakip\n"
    assert arsip.read(f"{folder}/SK Tim.pdf") == pdf()


def test_another_units_operator_gets_404_for_the_pack(cast, masuk_sebagai):
    penilaian = penilaian_a(cast)
    response = masuk_sebagai("operator_b").post(f"/penilaian/{penilaian.pk}/paket-bukti/")
    assert response.status_code == 404
    assert not PekerjaanEkspor.objects.exists()


def test_a_pack_asked_for_by_someone_who_then_lost_the_unit_is_not_built(cast, masuk_sebagai):
    penilaian = penilaian_a(cast)
    operator = cast.pengguna["operator_a"]
    _unggah(penilaian, "A.I.1.i.a", "SK Tim.pdf", operator)
    masuk_sebagai("operator_a").post(f"/penilaian/{penilaian.pk}/paket-bukti/")
    operator.peran.all().delete()
    jalankan_pekerja()
    pekerjaan = PekerjaanEkspor.objects.get()
    assert pekerjaan.status == "gagal" and not pekerjaan.berkas
