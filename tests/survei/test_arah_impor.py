"""Dependencies point one way (STYLE.md): the survey app, the internal staff survey
included, never imports the assessment or the dashboard; the gap between the two is
computed where both are known (penilaian.selectors.persepsi, the dashboard)."""

import ast
from pathlib import Path

AKAR = Path(__file__).resolve().parents[2]


def _impor(berkas: Path) -> set[str]:
    pohon = ast.parse(berkas.read_text(encoding="utf-8"))
    nama = set()
    for simpul in ast.walk(pohon):
        if isinstance(simpul, ast.Import):
            nama |= {a.name.split(".")[0] for a in simpul.names}
        elif isinstance(simpul, ast.ImportFrom) and simpul.module and not simpul.level:
            nama.add(simpul.module.split(".")[0])
    return nama


def test_survei_never_imports_penilaian_or_dasbor():
    salah = {
        str(b.relative_to(AKAR)): sorted(_impor(b) & {"penilaian", "dasbor"})
        for b in (AKAR / "survei").rglob("*.py")
        if "migrations" not in b.parts
    }
    assert {k: v for k, v in salah.items() if v} == {}
