"""Shared helpers of the export tests: the shipped instrument as plain data, answer sets,
and recalculation in headless LibreOffice."""

import shutil
import subprocess
from fractions import Fraction
from pathlib import Path

import pytest
from openpyxl import load_workbook

from penilaian.scoring import instrumen_dari_berkas, jawaban_terbaik
from penilaian.scoring import model as m
from penilaian.services.muat import BERKAS_BAWAAN

SOFFICE = shutil.which("soffice")
perlu_libreoffice = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice (soffice) tidak terpasang: uji hitung ulang di LibreOffice dilewati",
)


def instrumen():
    return instrumen_dari_berkas(BERKAS_BAWAAN)


def jawaban_terbaik_semua(ins) -> dict:
    return {p.kode: jawaban_terbaik(p) for p in ins.pertanyaan}


def jawaban_campuran(ins) -> dict:
    """Every answer type, `%` as counts (with zero denominators) and as a direct
    percentage, options in different case, some questions left unanswered."""
    hasil = {}
    for i, p in enumerate(ins.pertanyaan):
        if i % 7 == 3:
            continue  # unanswered
        if p.jenis in m.JENIS_OPSI:
            label = p.opsi[i % len(p.opsi)].label
            hasil[p.kode] = label.lower() if i % 2 else label
        elif p.jenis == m.PERSEN:
            kunci = [k.kunci for k in p.masukan]
            if i % 3 == 0:
                hasil[p.kode] = {"persen": 37.5}
            elif i % 3 == 1:
                hasil[p.kode] = dict.fromkeys(kunci, 0)  # zero denominator
            else:
                nilai = {k: 3 for k in kunci}
                nilai[kunci[0]] = 7
                hasil[p.kode] = nilai
        else:
            hasil[p.kode] = "2.37"
    # The violations question: fewer this year (numerator > 0) and last year zero.
    hasil["A.II.3.iii.a"] = {
        "pelanggaran_tahun_lalu": 0,
        "pelanggaran_tahun_ini": 2,
        "pelanggaran_disanksi": 0,
    }
    return hasil


def hitung_ulang(berkas: Path, keluar: Path) -> Path:
    """Recalculates a workbook in headless LibreOffice; returns the recalculated copy."""
    keluar.mkdir(exist_ok=True)
    profil = keluar / "profil"
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{profil}",
            "--headless",
            "--norestore",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(keluar),
            str(berkas),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return keluar / berkas.name


def angka(x) -> Fraction:
    """A number read back from a workbook, exactly as written there."""
    return Fraction(repr(x)) if isinstance(x, float) else Fraction(x)


def baca_nilai(berkas: Path):
    return load_workbook(berkas, data_only=True)
