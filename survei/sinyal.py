"""What the survey app announces to the apps that read its indices.

Dependencies point one way (STYLE.md): `penilaian` reads survey indices, `survei`
never imports `penilaian`. The LKE's stored score snapshots still have to follow a new
response or an external value, and the audit trail has to hold every external value
recorded, so the survey services announce the change here and the assessment app
listens (penilaian/apps.py)."""

from django.db import transaction
from django.dispatch import Signal

# Sent after the transaction that changed the indices commits, with satker_id and either
# `tanggal` (a response of that day: the periods whose survey window holds it) or `tahun`
# (an external value of that year).
indeks_berubah = Signal()

# Sent inside the transaction that records, changes or removes an external value, with
# satker_id, tahun, jenis, lingkup, lama and baru (dicts of what the row held, or None)
# and oleh: the assessment app writes it into its audit trail in the same transaction.
indeks_eksternal_dicatat = Signal()


def umumkan_indeks_berubah(*, satker_id: int, tahun: int | None = None, tanggal=None) -> None:
    # After commit: a respondent's answer is stored even if a listener fails, and
    # `hitung_ulang_skor` repairs any snapshot left behind.
    # robust=True: a failing listener is logged, never turned into an error page for
    # the respondent whose answer is already stored.
    transaction.on_commit(
        lambda: indeks_berubah.send(sender=None, satker_id=satker_id, tahun=tahun, tanggal=tanggal),
        robust=True,
    )
