"""The scoring package is pure: no Django, no database."""

import ast
import pathlib
import subprocess
import sys

import penilaian.scoring

PAKET = pathlib.Path(penilaian.scoring.__file__).parent


def _impor(berkas):
    for simpul in ast.walk(ast.parse(berkas.read_text(encoding="utf-8"))):
        if isinstance(simpul, ast.Import):
            yield from (a.name for a in simpul.names)
        elif isinstance(simpul, ast.ImportFrom):
            yield simpul.module or ""


def test_no_module_of_the_scoring_package_imports_django():
    for berkas in PAKET.glob("*.py"):
        for modul in _impor(berkas):
            assert modul.split(".")[0] != "django", berkas.name
            assert not modul.startswith("penilaian.") or modul.startswith("penilaian.scoring"), (
                berkas.name,
                modul,
            )


def test_importing_and_running_the_engine_loads_no_django_module():
    program = (
        "import sys; from penilaian.scoring import hitung, instrumen_dari_berkas;"
        "from penilaian.services.muat import BERKAS_BAWAAN;"
        "hitung(instrumen_dari_berkas(BERKAS_BAWAAN), {'B.I.a': 3});"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'django'))"
    )
    keluaran = subprocess.run(
        [sys.executable, "-c", program],
        capture_output=True,
        text=True,
        check=True,
        cwd=PAKET.parent.parent,
    )
    assert keluaran.stdout.strip() == "[]"
