"""Demo evidence: small generated PDFs on a deterministic share of the questions of every
demo assessment, and one Kanwil-shared decree linked into each 2026 assessment, so the
worksheet, the evidence pages and the dashboards show evidence after `make run`.

Demo rows are written directly (the assessments are already in every workflow stage,
including final ones the evidence service would rightly refuse). Idempotent: an
assessment that already has evidence is left alone."""

import hashlib
import random

from django.core.files.base import ContentFile
from django.db import transaction

from penilaian.models import Bukti, Penilaian, Pertanyaan, TautanBukti, VersiBerkas

KODE_BERSAMA = "A.I.1.i.a"


def _pdf(teks: str) -> bytes:
    """A one-page PDF showing `teks` (ASCII), with a correct cross-reference table."""
    teks = teks.encode("ascii", "replace").replace(b"(", b"[").replace(b")", b"]")
    isi = b"BT /F1 14 Tf 30 120 Td (" + teks[:80] + b") Tj ET"
    objek = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 200] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(isi) + isi + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    keluar = bytearray(b"%PDF-1.4\n")
    posisi = []
    for i, o in enumerate(objek, start=1):
        posisi.append(len(keluar))
        keluar += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(keluar)
    keluar += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objek) + 1)
    for p in posisi:
        keluar += b"%010d 00000 n \n" % p
    keluar += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objek) + 1,
        xref,
    )
    return bytes(keluar)


def _berkas(*, judul: str, nama: str, oleh, kanwil=None) -> Bukti:
    bukti = Bukti.objects.create(
        jenis=Bukti.Jenis.BERKAS, judul=judul, kanwil_bersama=kanwil, dibuat_oleh=oleh
    )
    isi = _pdf(judul)
    versi = VersiBerkas(
        bukti=bukti,
        nama_asli=nama,
        ukuran=len(isi),
        tipe="application/pdf",
        sha256=hashlib.sha256(isi).hexdigest(),
        diunggah_oleh=oleh,
    )
    versi.berkas.save("bukti", ContentFile(isi), save=False)
    versi.save()
    return bukti


@transaction.atomic
def muat(stdout) -> None:
    daftar = list(
        Penilaian.objects.select_related("periode", "satker").order_by("periode__tahun", "pk")
    )
    pertanyaan_per_versi: dict[int, list] = {}
    berbukti = set(TautanBukti.objects.values_list("penilaian_id", flat=True).distinct())
    baru = 0
    for penilaian in daftar:
        if penilaian.pk in berbukti:
            continue
        versi_id = penilaian.periode.versi_id
        if versi_id not in pertanyaan_per_versi:
            pertanyaan_per_versi[versi_id] = list(
                Pertanyaan.objects.filter(versi_id=versi_id).order_by("urutan")
            )
        semua = pertanyaan_per_versi[versi_id]
        acak = random.Random(f"{penilaian.satker.kode}-{penilaian.periode.tahun}")  # noqa: S311
        oleh = penilaian.periode.dibuat_oleh
        for p in acak.sample(semua, k=min(len(semua), acak.randint(5, 30))):
            if p.kode == KODE_BERSAMA and penilaian.periode.tahun >= 2026:
                continue  # the Kanwil's shared decree covers it
            bukti = _berkas(
                judul=f"Data dukung {p.kode} {penilaian.satker.nama}",
                nama=f"{p.kode}-{penilaian.satker.kode}.pdf",
                oleh=oleh,
            )
            TautanBukti.objects.create(
                penilaian=penilaian, pertanyaan=p, bukti=bukti, ditautkan_oleh=oleh
            )
            baru += 1
        if penilaian.periode.tahun >= 2026:
            _bersama(penilaian, semua)
    stdout.write(f"Bukti dukung demo: {baru} berkas baru.")


def _bersama(penilaian: Penilaian, semua: list) -> None:
    periode = penilaian.periode
    pertanyaan = next((p for p in semua if p.kode == KODE_BERSAMA), None)
    if pertanyaan is None:
        return
    bukti = (
        Bukti.objects.filter(kanwil_bersama=periode.kanwil, tautan__penilaian__periode=periode)
        .distinct()
        .first()
    )
    if bukti is None:
        bukti = _berkas(
            judul=f"SK {periode.kanwil.nama} tentang Pembangunan Zona Integritas {periode.tahun}",
            nama=f"sk-kanwil-zi-{periode.tahun}.pdf",
            oleh=periode.dibuat_oleh,
            kanwil=periode.kanwil,
        )
    TautanBukti.objects.get_or_create(
        penilaian=penilaian,
        pertanyaan=pertanyaan,
        bukti=bukti,
        defaults={"ditautkan_oleh": periode.dibuat_oleh},
    )
