"""Keeping an uploaded LKE workbook between the import's preview and its confirmation.

The file is stored in the database (`UnggahanLke`): never under a public URL, never in
the session cookie, readable only by the person who uploaded it and for the assessment
it was uploaded to, and only for `UMUR`. A person has at most one pending upload per
assessment; expired ones are deleted whenever a new one arrives (and by
`unggahan_bersihkan`, which a periodic job may call).
"""

import datetime
import hashlib
import uuid

from django.db import transaction
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from laporan.impor import periksa_unggahan
from laporan.models import UnggahanLke
from penilaian.models import Penilaian
from penilaian.services.unggahan import nama_aman

UMUR = datetime.timedelta(hours=2)
PESAN_KEDALUWARSA = _(
    "Berkas yang diunggah tidak ditemukan atau sudah kedaluwarsa (lebih dari 2 jam). "
    "Silakan unggah lagi."
)


@transaction.atomic
def unggahan_simpan(*, penilaian: Penilaian, oleh, berkas) -> UnggahanLke:
    """Checks size and container (as the import does) and keeps the file for `oleh`,
    replacing their earlier pending upload for this assessment."""
    periksa_unggahan(berkas)
    unggahan_bersihkan()
    UnggahanLke.objects.filter(pemilik=oleh, penilaian=penilaian).delete()
    berkas.seek(0)
    isi = berkas.read()
    unggahan = UnggahanLke(
        token=uuid.uuid4(),
        pemilik=oleh,
        penilaian=penilaian,
        nama_berkas=nama_aman(getattr(berkas, "name", "") or "lke.xlsx", cadangan="lke.xlsx")[:200],
        isi=isi,
        ukuran=len(isi),
        sha256=hashlib.sha256(isi).hexdigest(),
    )
    unggahan.full_clean()
    unggahan.save()
    return unggahan


def unggahan_untuk(*, token, penilaian: Penilaian, user) -> UnggahanLke:
    """The pending upload `token` of this user for this assessment, or 404 (someone
    else's, another assessment's, expired, or already imported)."""
    batas = timezone.now() - UMUR
    unggahan = UnggahanLke.objects.filter(
        token=token, penilaian=penilaian, pemilik=user, dibuat_pada__gte=batas
    ).first()
    if unggahan is None:
        raise Http404(PESAN_KEDALUWARSA)
    return unggahan


def unggahan_hapus(*, unggahan: UnggahanLke) -> None:
    UnggahanLke.objects.filter(pk=unggahan.pk).delete()


def unggahan_bersihkan() -> int:
    """Deletes every expired upload; returns how many."""
    jumlah, _detail = UnggahanLke.objects.filter(dibuat_pada__lt=timezone.now() - UMUR).delete()
    return jumlah
