"""Every English catalog of the portal translates every entry it holds (none empty or
fuzzy), so an English user never meets a stray Indonesian sentence we already know of."""

import re
from pathlib import Path

import pytest

AKAR = Path(__file__).resolve().parents[1]
KATALOG = sorted(
    p for p in AKAR.glob("**/locale/en/LC_MESSAGES/django.po") if ".venv" not in p.parts
)


def _entri(po: Path):
    for blok in po.read_text(encoding="utf-8").split("\n\n")[1:]:  # [0] is the header
        msgid = "".join(re.findall(r'^(?:msgid |")(?:")?(.*)"$', blok.split("msgstr")[0], re.M))
        yield blok, msgid


def test_there_is_a_catalog_for_the_project_and_each_app():
    namaa = {p.relative_to(AKAR).parts[0] for p in KATALOG}
    assert {"locale", "penilaian", "survei", "dasbor", "laporan", "usulan"} <= namaa


@pytest.mark.parametrize("po", KATALOG, ids=lambda p: str(p.relative_to(AKAR)))
def test_every_entry_is_translated_and_none_is_fuzzy(po):
    belum = []
    for blok, msgid in _entri(po):
        if blok.lstrip().startswith("#~"):
            continue  # obsolete entries are not used
        kosong = re.search(
            r'^msgstr(\[\d\])? ""\Z', blok.strip().splitlines()[-1]
        ) and not re.search(r'^"', blok.strip().splitlines()[-1])
        if "#, fuzzy" in blok or kosong:
            belum.append(msgid[:80])
    assert belum == []
