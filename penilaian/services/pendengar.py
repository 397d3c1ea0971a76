"""What the assessment app does when the survey app announces a change (survei.sinyal).

A new response or an external value queues a refresh of the stored scores of the OPEN
layers of the unit's assessments it concerns, coalesced per assessment; a finished layer
keeps its frozen score. Every external
value recorded, changed or removed goes into the audit trail of the unit's assessments
of that year, in the same transaction as the change."""

from django.db import IntegrityError, transaction

from penilaian.models import Lapisan, Penilaian, SkorTertunda
from penilaian.selectors.hasil import KODE_SURVEI
from penilaian.services.jejak import jejak_catat

KODE_INDEKS = {nama: kode for kode, nama in KODE_SURVEI.items()}


def saat_indeks_berubah(sender, *, satker_id: int, tahun=None, tanggal=None, **kwargs) -> None:
    """A response of `tanggal` concerns the periods whose survey window holds that day;
    an external value of `tahun` the periods of that year. Each concerned assessment is
    marked as waiting and gets one queued refresh unless it already waits: a burst of
    responses costs one refresh, not one each (penilaian.tugas.skor_segarkan)."""
    penilaian = Penilaian.objects.filter(satker_id=satker_id)
    if tanggal is not None:
        penilaian = penilaian.filter(
            periode__survei_mulai__lte=tanggal, periode__survei_selesai__gte=tanggal
        )
    else:
        penilaian = penilaian.filter(periode__tahun=tahun)
    menunggu = set(
        SkorTertunda.objects.filter(penilaian__in=penilaian).values_list("penilaian_id", flat=True)
    )
    for penilaian_id in penilaian.exclude(pk__in=menunggu).values_list("pk", flat=True):
        skor_tandai_tertunda(penilaian_id=penilaian_id)


def skor_tandai_tertunda(*, penilaian_id: int) -> bool:
    """Marks the assessment as waiting and queues its refresh, in one transaction;
    False when it was already waiting (its refresh is queued and has not started)."""
    from antrean.services import tugas_antrekan
    from penilaian.tugas import skor_segarkan

    try:
        with transaction.atomic():
            SkorTertunda.objects.create(penilaian_id=penilaian_id)
            tugas_antrekan(skor_segarkan, penilaian_id=penilaian_id)
    except IntegrityError:
        return False
    return True


def saat_eksternal_dicatat(
    sender, *, satker_id: int, tahun: int, jenis: str, lingkup: str, lama, baru, oleh, **kwargs
) -> None:
    """One audit row per assessment of the unit and year: which value, scope, who."""
    if oleh is None:
        return
    lapisan = Lapisan.MANDIRI if lingkup == "unit" else ""
    for p in Penilaian.objects.filter(satker_id=satker_id, periode__tahun=tahun):
        jejak_catat(
            penilaian=p,
            objek="indeks_eksternal",
            oleh=oleh,
            lama=lama,
            baru=baru,
            kode_pertanyaan=KODE_INDEKS.get(jenis, ""),
            lapisan=lapisan,
        )
