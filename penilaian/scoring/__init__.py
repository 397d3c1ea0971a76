"""The LKE scoring engine: pure functions over frozen plain data, exact (Fraction).

No Django and no database here (a test enforces it). Rows become an `Instrumen` in
`penilaian.selectors.instrumen.instrumen_untuk_versi`; files in `instrumen_dari_berkas`.
"""

from penilaian.scoring.angka import bulat, digit_banding, pecahan
from penilaian.scoring.data import instrumen_dari_berkas, instrumen_dari_data
from penilaian.scoring.hasil import HasilArea, HasilLke, HasilPredikat, HasilSubArea, Kriteria
from penilaian.scoring.hitung import hitung, normalkan
from penilaian.scoring.jawaban import jawaban_terbaik, nilai_terbaik, periksa_jawaban
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
from penilaian.scoring.peluang import Peluang, peluang
from penilaian.scoring.pesan import InstrumenTidakValid, JawabanTidakValid
from penilaian.scoring.predikat import KUNCI_GAGAL

__all__ = [
    "KUNCI_GAGAL",
    "Ambang",
    "Area",
    "HasilArea",
    "HasilLke",
    "HasilPredikat",
    "HasilSubArea",
    "Kriteria",
    "Peluang",
    "bulat",
    "digit_banding",
    "pecahan",
    "hitung",
    "jawaban_terbaik",
    "nilai_terbaik",
    "normalkan",
    "peluang",
    "periksa_jawaban",
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
