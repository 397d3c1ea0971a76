"""Files on an S3-compatible store (ZI_PENYIMPANAN=s3 in production): evidence uploaded
and downloaded through the permission-checked views, an export built by the queue worker,
the evidence pack reading from the store, a missing object, and /healthz. The store is
moto's S3 server (from PyPI) listening on loopback, spoken to over HTTP like MinIO."""

import io
import uuid
import zipfile
from pathlib import Path

import boto3
import pytest
from botocore.config import Config
from django.conf import settings as pengaturan
from django.core.files.uploadedfile import SimpleUploadedFile
from moto.server import ThreadedMotoServer

from laporan.models import PekerjaanEkspor
from penilaian.models import VersiBerkas
from tests.antrean.bantu import jalankan_pekerja
from tests.penilaian.bantu import penilaian_a
from tests.penilaian.bukti_contoh import pdf
from tests.survei.conftest import isi

KUNCI = {"aws_access_key_id": "uji", "aws_secret_access_key": "uji-rahasia"}
KODE = "A.I.1.i.a"


@pytest.fixture(scope="module")
def server_s3():
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


def _klien(endpoint):
    gaya = Config(s3={"addressing_style": "path"})
    return boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", config=gaya, **KUNCI)


def _penyimpanan_s3(endpoint: str, bucket: str) -> dict:
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": bucket,
            "endpoint_url": endpoint,
            "access_key": KUNCI["aws_access_key_id"],
            "secret_key": KUNCI["aws_secret_access_key"],
            "region_name": "us-east-1",
            "addressing_style": "path",
            "signature_version": "s3v4",
            "default_acl": None,
            "file_overwrite": False,
            "max_memory_size": 5 * 1024 * 1024,
        },
    }


@pytest.fixture
def s3(server_s3, settings, tmp_path):
    """A fresh bucket per test as the default storage; MEDIA_ROOT points at an empty
    folder so a test can see that nothing lands on local disk."""
    bucket = f"zi-{uuid.uuid4().hex[:12]}"
    klien = _klien(server_s3)
    klien.create_bucket(Bucket=bucket)
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {**settings.STORAGES, "default": _penyimpanan_s3(server_s3, bucket)}

    def kunci() -> list[str]:
        return sorted(o["Key"] for o in klien.list_objects_v2(Bucket=bucket).get("Contents", []))

    return klien, bucket, kunci


def _isi(response) -> bytes:
    return b"".join(response.streaming_content)


def test_evidence_is_stored_in_the_bucket_and_streamed_only_to_readers(cast, masuk_sebagai, s3):
    klien, bucket, kunci = s3
    penilaian = penilaian_a(cast)
    client = masuk_sebagai("operator_a")
    r = client.post(
        f"/penilaian/{penilaian.pk}/bukti/p/{KODE}/unggah/",
        {"berkas": [SimpleUploadedFile("SK Tim.pdf", pdf())], "judul": ""},
    )
    assert r.status_code == 302
    versi = VersiBerkas.objects.get()
    assert kunci() == [versi.berkas.name] and versi.berkas.name.startswith("bukti/")
    lokal = Path(pengaturan.MEDIA_ROOT)
    assert not lokal.exists() or not any(lokal.rglob("*"))  # nothing on this server's disk
    # Private: no grant to everyone, only the owner's.
    acl = klien.get_object_acl(Bucket=bucket, Key=versi.berkas.name)
    assert all("URI" not in g["Grantee"] for g in acl["Grants"])
    url = f"/penilaian/{penilaian.pk}/bukti/unduh/{versi.pk}/"
    unduh = masuk_sebagai("auditor_x").get(url)
    assert unduh.status_code == 200 and _isi(unduh) == pdf()
    assert unduh["Content-Disposition"] == 'attachment; filename="SK Tim.pdf"'
    assert masuk_sebagai("operator_b").get(url).status_code == 404


def test_a_file_missing_from_the_bucket_is_a_404_not_an_error(cast, masuk_sebagai, s3):
    klien, bucket, kunci = s3
    penilaian = penilaian_a(cast)
    client = masuk_sebagai("operator_a")
    client.post(
        f"/penilaian/{penilaian.pk}/bukti/p/{KODE}/unggah/",
        {"berkas": [SimpleUploadedFile("a.pdf", pdf())], "judul": ""},
    )
    versi = VersiBerkas.objects.get()
    klien.delete_object(Bucket=bucket, Key=versi.berkas.name)
    assert client.get(f"/penilaian/{penilaian.pk}/bukti/unduh/{versi.pk}/").status_code == 404


def test_an_export_built_by_the_worker_is_stored_in_the_bucket_and_downloaded(
    cast, masuk_sebagai, s3
):
    _klien_s3, _bucket, kunci = s3
    isi(cast.satker_a, "spkp", 5)
    client = masuk_sebagai("admin_x")
    client.post("/laporan/survei/satker-a/2026/latar/")
    jalankan_pekerja()
    pekerjaan = PekerjaanEkspor.objects.get()
    assert pekerjaan.status == "selesai"
    assert kunci() == [pekerjaan.berkas.name]
    unduh = client.get(f"/laporan/ekspor/{pekerjaan.pk}/unduh/")
    assert unduh.status_code == 200 and _isi(unduh)[:2] == b"PK"


def test_the_evidence_pack_reads_the_evidence_from_the_bucket(cast, masuk_sebagai, s3):
    _klien_s3, _bucket, kunci = s3
    penilaian = penilaian_a(cast)
    masuk_sebagai("operator_a").post(
        f"/penilaian/{penilaian.pk}/bukti/p/{KODE}/unggah/",
        {"berkas": [SimpleUploadedFile("SK Tim.pdf", pdf())], "judul": ""},
    )
    client = masuk_sebagai("auditor_x")
    client.post(f"/penilaian/{penilaian.pk}/paket-bukti/")
    jalankan_pekerja()
    pekerjaan = PekerjaanEkspor.objects.get()
    arsip = zipfile.ZipFile(io.BytesIO(_isi(client.get(f"/laporan/ekspor/{pekerjaan.pk}/unduh/"))))
    isi_pdf = [arsip.read(n) for n in arsip.namelist() if n.endswith("SK Tim.pdf")]
    assert isi_pdf == [pdf()]
    assert len(kunci()) == 2  # the evidence and the pack, nothing else


def test_healthz_checks_the_bucket(client, db, s3, settings):
    assert client.get("/healthz").status_code == 200
    settings.STORAGES = {
        **settings.STORAGES,
        "default": _penyimpanan_s3(
            settings.STORAGES["default"]["OPTIONS"]["endpoint_url"], "tidak-ada"
        ),
    }
    response = client.get("/healthz")
    assert response.status_code == 503 and b"storage: FAIL\n" in response.content
