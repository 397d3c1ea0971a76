"""Instrument data is checked before the engine trusts it; formulas are never eval'd."""

import copy
import json
from decimal import Decimal as D
from fractions import Fraction as F

import pytest

from penilaian.scoring import InstrumenTidakValid, Pengaturan, instrumen_dari_data
from penilaian.scoring.rumus import PenyebutNol, hitung_rumus, periksa_rumus
from penilaian.services.muat import BERKAS_BAWAAN

with open(BERKAS_BAWAAN, encoding="utf-8") as _berkas:
    DATA = json.load(_berkas)


def _ubah(fungsi):
    data = copy.deepcopy(DATA)
    fungsi(data)
    return data


def _item(data, kode):
    return next(i for i in data["items"] if i["code"] == kode)


def test_the_shipped_file_counts_110_questions_and_3_hasil_items():
    instrumen = instrumen_dari_data(DATA)
    assert sum(p.area.isdigit() for p in instrumen.pertanyaan) == 110
    assert [p.kode for p in instrumen.pertanyaan if not p.area.isdigit()] == [
        "B.I.a",
        "B.I.b",
        "B.II.a",
    ]
    assert sum(a.bobot for a in instrumen.area) == 60
    assert sum(a.bobot for a in instrumen.kelompok_hasil) == 40


RUSAK = [
    ("jenis", lambda d: d["items"][0].update(answer_type="Skala")),
    ("opsi", lambda d: d["items"][1]["options"].pop()),
    ("nilai opsi", lambda d: d["items"][1]["options"][0].update(value=1.5)),
    ("rumus nama", lambda d: _item(d, "A.II.4.i.a").update(formula="min(1, x / sasaran_kinerja)")),
    ("rumus impor", lambda d: _item(d, "A.II.4.i.a").update(formula="__import__('os')")),
    ("rumus atribut", lambda d: _item(d, "A.II.4.i.a").update(formula="sasaran_kinerja.real")),
    ("rumus teks", lambda d: _item(d, "A.II.4.i.a").update(formula="'a' * 3")),
    ("rumus sintaks", lambda d: _item(d, "A.II.4.i.a").update(formula="min(1,")),
    ("batasan", lambda d: _item(d, "A.II.4.i.a").update(constraints=["1 < 2 < 3"])),
    ("penyebut", lambda d: _item(d, "A.II.4.i.a").update(zero_denominator="maybe")),
    ("bobot sub-area", lambda d: d["items"][0].update(sub_area_weight=0.75)),
    ("bobot area", lambda d: d["items"][0].update(area_weight=9)),
    ("kode ganda", lambda d: d["items"][1].update(code=d["items"][0]["code"])),
    ("kriteria", lambda d: d["meta"]["predicates"]["criteria"].pop("ipak")),
]


@pytest.mark.parametrize(("nama", "ubah"), RUSAK, ids=[n for n, _ in RUSAK])
def test_broken_instrument_data_is_refused(nama, ubah):
    with pytest.raises(InstrumenTidakValid):
        instrumen_dari_data(_ubah(ubah))


def test_an_unknown_setting_value_is_refused():
    with pytest.raises(InstrumenTidakValid):
        instrumen_dari_data(DATA, Pengaturan(nilai_abcd="kira-kira"))


def test_the_formula_walker_computes_exactly_and_reports_zero_denominators():
    nilai = {"a": D(1), "b": D(3)}
    assert hitung_rumus("min(1, a / b)", nilai) == F(1, 3)
    assert hitung_rumus("clamp((b - a) / a, 0, 1)", nilai) == 1
    assert hitung_rumus("-a + b * 2", nilai) == 5
    assert hitung_rumus("a <= b", nilai) is True
    with pytest.raises(PenyebutNol) as exc:
        hitung_rumus("(a - b) / (b - 3)", nilai)
    assert exc.value.pembilang == -2
    periksa_rumus("max(a, b)", {"a", "b"})
