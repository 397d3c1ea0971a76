"""What the survey app announces to the apps that read its indices.

Dependencies point one way (STYLE.md): `penilaian` reads survey indices, `survei`
never imports `penilaian`. The LKE's stored score snapshots still have to follow a new
response or an external value, so the survey services announce the change here and the
assessment app listens (penilaian/apps.py)."""

from django.db import transaction
from django.dispatch import Signal

# Sent with satker_id and tahun after the transaction that changed the indices commits.
indeks_berubah = Signal()


def umumkan_indeks_berubah(*, satker_id: int, tahun: int) -> None:
    # After commit: a respondent's answer is stored even if a listener fails, and
    # `hitung_ulang_skor` repairs any snapshot left behind.
    # robust=True: a failing listener is logged, never turned into an error page for
    # the respondent whose answer is already stored.
    transaction.on_commit(
        lambda: indeks_berubah.send(sender=None, satker_id=satker_id, tahun=tahun),
        robust=True,
    )
