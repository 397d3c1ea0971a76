"""Saving an evaluator layer's catatan and rekomendasi for one area, under the same rule
as its answers (penilaian.services.aturan): only while the assessment is in review and the layer
is not finished, so a finished layer's report never changes unless it is reopened."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from penilaian.models import LAPISAN_EVALUATOR, Area, CatatanArea, Penilaian
from penilaian.models.catatan import CATATAN_MAKS
from penilaian.services.aturan import penilaian_bisa_diubah
from penilaian.services.jawaban import _kunci  # the answers' own row lock
from penilaian.services.jejak import jejak_catat

PESAN_CATATAN_TERKUNCI = _(
    "Catatan dan rekomendasi area hanya dapat diubah selama penilaian dalam reviu dan "
    "lapisan ini belum selesai."
)
PESAN_BUKAN_LAPISAN_EVALUATOR = _("Catatan area hanya ditulis pada lapisan evaluator.")
PESAN_AREA_LAIN = _("Area ini bukan bagian dari instrumen penilaian ini.")
PESAN_CATATAN_PANJANG = _("Paling banyak %(maks)s karakter.")


@transaction.atomic
def catatan_area_simpan(
    *, penilaian: Penilaian, lapisan: str, area: Area, catatan: str, rekomendasi: str, oleh
) -> CatatanArea:
    """Stores one layer's catatan and rekomendasi on `area`, with the change in the audit
    trail. The caller checked `oleh` is the layer's assigned evaluator (access helper)."""
    if lapisan not in LAPISAN_EVALUATOR:
        raise ValidationError(PESAN_BUKAN_LAPISAN_EVALUATOR, code="bukan_evaluator")
    penilaian = _kunci(penilaian)
    if area.versi_id != penilaian.periode.versi_id:
        raise ValidationError(PESAN_AREA_LAIN, code="area_lain")
    if not penilaian_bisa_diubah(penilaian, lapisan):
        raise ValidationError(PESAN_CATATAN_TERKUNCI, code="terkunci")
    teks = {"catatan": (catatan or "").strip(), "rekomendasi": (rekomendasi or "").strip()}
    for kolom, isi in teks.items():
        if len(isi) > CATATAN_MAKS:
            pesan = ValidationError(
                PESAN_CATATAN_PANJANG, code="panjang", params={"maks": CATATAN_MAKS}
            )
            raise ValidationError({kolom: pesan})
    baris = CatatanArea.objects.filter(penilaian=penilaian, lapisan=lapisan, area=area).first()
    baris = baris or CatatanArea(penilaian=penilaian, lapisan=lapisan, area=area)
    lama = {"catatan": baris.catatan, "rekomendasi": baris.rekomendasi}
    baris.catatan, baris.rekomendasi, baris.diubah_oleh = teks["catatan"], teks["rekomendasi"], oleh
    baris.full_clean()
    baris.save()
    jejak_catat(
        penilaian=penilaian,
        objek="catatan_area",
        oleh=oleh,
        lama=lama if any(lama.values()) else None,
        baru=teks,
        kode_pertanyaan=area.kode,
        lapisan=lapisan,
    )
    return baris
