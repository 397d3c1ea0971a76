"""What the assessment app does when the survey app announces a change (survei.sinyal).

A new response or an external value refreshes the stored scores of the OPEN layers of the
unit's assessments it concerns; a finished layer keeps its frozen score. Every external
value recorded, changed or removed goes into the audit trail of the unit's assessments
of that year, in the same transaction as the change."""

from penilaian.models import Lapisan, Penilaian
from penilaian.selectors.hasil import KODE_SURVEI
from penilaian.services.jejak import jejak_catat

KODE_INDEKS = {nama: kode for kode, nama in KODE_SURVEI.items()}


def saat_indeks_berubah(sender, *, satker_id: int, tahun=None, tanggal=None, **kwargs) -> None:
    """A response of `tanggal` concerns the periods whose survey window holds that day;
    an external value of `tahun` the periods of that year."""
    from penilaian.services.skor import skor_perbarui_lapisan_terbuka

    penilaian = Penilaian.objects.filter(satker_id=satker_id)
    if tanggal is not None:
        penilaian = penilaian.filter(
            periode__survei_mulai__lte=tanggal, periode__survei_selesai__gte=tanggal
        )
    else:
        penilaian = penilaian.filter(periode__tahun=tahun)
    for p in penilaian.select_related("periode__versi"):
        skor_perbarui_lapisan_terbuka(penilaian=p)


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
