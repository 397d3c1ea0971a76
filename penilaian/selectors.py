"""Reads of the `penilaian` app. Sections: instrument; assessments (added later)."""

from penilaian.models import InstrumenVersi

# --- Instrument -------------------------------------------------------------------------


def versi_punya_jawaban(versi: InstrumenVersi) -> bool:
    """Whether any answer points at this version, so it must never change in place.

    Today there are no answer models; the assessment models of this app extend this
    check (e.g. `Penilaian.objects.filter(versi=versi).exists()`) when they arrive.
    """
    return False
