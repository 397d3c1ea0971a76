"""The LKE scoring engine: pure functions over frozen plain data, in Decimal.

No Django and no database here (a test enforces it). Rows become an `Instrumen` in
`penilaian.selectors.instrumen_untuk_versi`; files in `instrumen_dari_berkas`.
"""

from penilaian.scoring.data import instrumen_dari_berkas, instrumen_dari_data
from penilaian.scoring.model import (
    Ambang,
    Area,
    Instrumen,
    Masukan,
    Opsi,
    Pengaturan,
    Pertanyaan,
    SubArea,
)
from penilaian.scoring.pesan import InstrumenTidakValid, JawabanTidakValid

__all__ = [
    "Ambang",
    "Area",
    "Instrumen",
    "InstrumenTidakValid",
    "JawabanTidakValid",
    "Masukan",
    "Opsi",
    "Pengaturan",
    "Pertanyaan",
    "SubArea",
    "instrumen_dari_berkas",
    "instrumen_dari_data",
]
