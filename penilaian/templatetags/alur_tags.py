"""Display helpers for answers and scores (presentation only; no score is computed here).

Every number shown is the exact value (a Fraction, a Decimal, or stored "p/q" text)
rounded half-up, by `penilaian.scoring.bulat` and nothing else."""

from django import template
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from penilaian.scoring import bulat

register = template.Library()

WARNA_STATUS = {
    "draf": "secondary",
    "diajukan": "primary",
    "direviu": "info",
    "dikembalikan": "warning",
    "diajukan_ulang": "primary",
    "final": "success",
}


@register.filter
def tampil_jawaban(nilai) -> str:
    """A stored raw answer as people read it."""
    if nilai is None or nilai == "":
        return "—"
    if isinstance(nilai, dict):
        return ", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in nilai.items())
    return str(nilai)


@register.filter
def jawaban_opsi(nilai, pertanyaan) -> str:
    """An option answer with its option text ("B — Sebagian besar ..."), as the unit
    chose it; other answers as `tampil_jawaban`."""
    teks = tampil_jawaban(nilai)
    if isinstance(nilai, str):
        for opsi in getattr(pertanyaan, "opsi", None) or []:
            if opsi.get("label") == nilai and opsi.get("teks"):
                return f"{teks} — {opsi['teks']}"
    return teks


@register.filter
def dua_desimal(nilai) -> str:
    """Two decimals, half up, in the active language's format ("3,92" in Indonesian),
    like every other number on the page."""
    if nilai is None or nilai == "":
        return "—"
    return number_format(bulat(nilai), 2)


@register.filter
def angka(nilai, tempat=2) -> str:
    """The exact value rounded half-up to `tempat` decimals, in the active language's
    number format ("59,95")."""
    if nilai is None or nilai == "":
        return "—"
    return number_format(bulat(nilai, int(tempat)), int(tempat))


# What each kind of audit row records, in words (rows of other kinds show their code).
OBJEK_JEJAK = {
    "jawaban": _("Jawaban"),
    "jawaban_sama_unit": _("Jawaban (sama dengan jawaban unit)"),
    "narasi": _("Penjelasan unit"),
    "catatan": _("Catatan evaluator"),
    "perlu_revisi": _("Tanda perlu perbaikan"),
    "komentar": _("Komentar"),
    "evaluasi": _("Status lapisan"),
    "skor_beku": _("Nilai dibekukan"),
    "skor_dibuka": _("Nilai dihitung ulang (dibuka kembali)"),
    "indeks_eksternal": _("Nilai indeks eksternal"),
    "indeks_lapisan": _("Nilai indeks lapisan evaluator"),
    "penugasan": _("Penugasan evaluator"),
}


@register.filter
def nama_objek(objek: str) -> str:
    return str(OBJEK_JEJAK.get(objek, objek))


@register.filter
def warna_status(status: str) -> str:
    return WARNA_STATUS.get(status, "secondary")


@register.filter
def ambil(kamus, kunci):
    return kamus.get(kunci) if kamus else None


@register.filter
def ambil_indeks(daftar, i):
    try:
        return daftar[int(i)]
    except (IndexError, TypeError, ValueError):
        return None
