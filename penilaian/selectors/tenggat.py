"""Whether an assessment is past the deadlines of its period. Late work is still
accepted (a Kanwil may extend a deadline by letting a unit finish); it is shown as
late to the unit and on the dashboard, never blocked."""

import datetime

from penilaian.models import Penilaian, Periode

STATUS_TERLAMBAT_MANDIRI = {Penilaian.Status.DRAF, Penilaian.Status.DIKEMBALIKAN}


def jadwal_bawaan(tahun: int, tanggal_usulan: datetime.date | None = None) -> dict:
    """A period's proposal date (default 31 May of its year: proposals go to
    KemenPAN-RB by then) and survey window (default 1 January to the proposal date)."""
    usulan = tanggal_usulan or datetime.date(tahun, 5, 31)
    return {
        "tanggal_usulan": usulan,
        "survei_mulai": datetime.date(tahun, 1, 1),
        "survei_selesai": usulan,
    }


def terlambat(penilaian: Penilaian, periode: Periode, hari_ini: datetime.date) -> str:
    """'mandiri' when the self-assessment is past its deadline, 'reviu' when the review
    is, '' otherwise."""
    if penilaian.status in STATUS_TERLAMBAT_MANDIRI and hari_ini > periode.batas_mandiri:
        return "mandiri"
    if penilaian.status != Penilaian.Status.FINAL and hari_ini > periode.batas_reviu:
        return "reviu"
    return ""
