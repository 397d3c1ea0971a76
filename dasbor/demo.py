"""Demo prerequisites for the units that have a demo assessment (after penilaian's
demo). Idempotent: the same (unit, year) rows are updated on every run."""

from dasbor.models import PrasyaratUsulan
from penilaian.models import Penilaian
from satker.models import Peran

# A spread that makes the checklist tell different stories: all met, SAKIP too low for
# WBBM, findings still open. (LHKPN/LHKASN come from each unit's own LKE answers.)
POLA = [
    {"temuan_ditindaklanjuti": True, "nilai_sakip": "BB"},
    {"temuan_ditindaklanjuti": True, "nilai_sakip": "B"},
    {"temuan_ditindaklanjuti": True, "nilai_sakip": "A"},
    {"temuan_ditindaklanjuti": False, "nilai_sakip": "CC"},
]


def muat(stdout) -> None:
    penilaian = list(
        Penilaian.objects.select_related("periode").order_by("periode__tahun", "satker__kode")
    )
    admin = {
        p.satker_id: p.pengguna
        for p in Peran.objects.filter(jenis=Peran.Jenis.ADMIN_KANWIL).select_related("pengguna")
    }
    n = 0
    for i, p in enumerate(penilaian):
        oleh = admin.get(p.periode.kanwil_id) or p.periode.dibuat_oleh
        PrasyaratUsulan.objects.update_or_create(
            satker_id=p.satker_id,
            tahun=p.periode.tahun,
            defaults={**POLA[i % len(POLA)], "diubah_oleh": oleh},
        )
        n += 1
    stdout.write(f"Dasbor: prasyarat usulan demo untuk {n} penilaian.")
