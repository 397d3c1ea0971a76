"""Which questions an evaluator's review page shows: every question, or only those the
layer scored differently from the unit (`berbeda`), flagged for the unit to fix
(`ditandai`) or has not scored yet (`belum`). Pure functions over the worksheet rows
(penilaian.selectors_penilaian.BarisPertanyaan), so the counts on the filter controls
and the rows shown can never disagree."""

from django.utils.translation import gettext_lazy as _

from penilaian.models import Lapisan
from penilaian.selectors.hasil import KODE_SURVEI

SEMUA = ""
BERBEDA = "berbeda"
DITANDAI = "ditandai"
BELUM = "belum"

# The query-string values (a contract: links and tests use them) and their labels.
SARINGAN = {
    SEMUA: _("Semua"),
    BERBEDA: _("Berbeda dari unit"),
    DITANDAI: _("Ditandai perlu perbaikan"),
    BELUM: _("Belum dinilai"),
}


def berbeda(baris, lapisan: str) -> bool:
    """The layer has scored the question and its answer is not the unit's."""
    sendiri = baris.nilai(lapisan)
    return sendiri is not None and sendiri != baris.nilai(Lapisan.MANDIRI)


def ditandai(baris, lapisan: str) -> bool:
    jawaban = baris.jawaban.get(lapisan)
    return bool(jawaban and jawaban.perlu_revisi)


def belum(baris, lapisan: str) -> bool:
    """Not scored by the layer; survey items are never scored by hand, so never here."""
    return baris.pertanyaan.kode not in KODE_SURVEI and baris.nilai(lapisan) is None


_UJI = {BERBEDA: berbeda, DITANDAI: ditandai, BELUM: belum}


def saring_baku(nilai: str | None) -> str:
    """The filter asked for, or SEMUA for anything unknown (a hand-typed URL)."""
    return nilai if nilai in _UJI else SEMUA


def cocok(baris, lapisan: str, saring: str) -> bool:
    uji = _UJI.get(saring)
    return uji is None or uji(baris, lapisan)


def hitung(semua_baris, lapisan: str) -> dict[str, int]:
    """{saring: how many rows it shows}, for the counts on the filter controls."""
    daftar = list(semua_baris)
    jumlah = {kunci: sum(1 for b in daftar if uji(b, lapisan)) for kunci, uji in _UJI.items()}
    return {SEMUA: len(daftar), **jumlah}


def kendali(semua_baris, lapisan: str) -> list[tuple[str, str, int]]:
    """(saring, label, count) for each filter control, in SARINGAN's order."""
    jumlah = hitung(semua_baris, lapisan)
    return [(kunci, label, jumlah[kunci]) for kunci, label in SARINGAN.items()]


def saring_blok(blok: list, lapisan: str, saring: str) -> list:
    """The sub-area blocks with only the matching rows; blocks left empty are dropped."""
    if saring == SEMUA:
        return blok
    hasil = []
    for sub in blok:
        baris = [b for b in sub.baris if cocok(b, lapisan, saring)]
        if baris:
            sub.baris = baris
            hasil.append(sub)
    return hasil
