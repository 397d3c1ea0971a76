"""The engine's `%` formulas as Excel formulas over count cells (pure, no Django).

A formula of the data (`min(1, a / b)`, `clamp((a - b) / a, 0, 1)`) is parsed with the
engine's own checked parser and written out with the inputs replaced by cell addresses.
The zero-denominator rule of the question wraps it exactly as the engine applies it: when
a divisor is 0 the whole value is the rule's (0, 1, or 1 when the numerator is >= 0), else
the formula clamped to 0..1.
"""

import ast
from collections.abc import Mapping

from penilaian.scoring import model as m
from penilaian.scoring.rumus import _urai

_OP = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/"}


def _ekspresi(simpul: ast.AST, sel: Mapping[str, str]) -> str:
    if isinstance(simpul, ast.Expression):
        return _ekspresi(simpul.body, sel)
    if isinstance(simpul, ast.Name):
        return sel[simpul.id]
    if isinstance(simpul, ast.Constant):
        return repr(simpul.value)
    if isinstance(simpul, ast.UnaryOp):
        return f"(-{_ekspresi(simpul.operand, sel)})"
    if isinstance(simpul, ast.BinOp):
        kiri, kanan = _ekspresi(simpul.left, sel), _ekspresi(simpul.right, sel)
        return f"({kiri}{_OP[type(simpul.op)]}{kanan})"
    if isinstance(simpul, ast.Call):
        arg = [_ekspresi(a, sel) for a in simpul.args]
        if simpul.func.id == "clamp":
            return f"MAX({arg[1]},MIN({arg[2]},{arg[0]}))"
        return f"{simpul.func.id.upper()}({','.join(arg)})"
    raise ValueError(f"bentuk rumus tidak didukung: {ast.dump(simpul)}")


def _pembagian(simpul: ast.AST) -> list[ast.BinOp]:
    """Divisions in the order the engine evaluates them (left operand first)."""
    hasil = []

    def jalan(s):
        for anak in ast.iter_child_nodes(s):
            jalan(anak)
        if isinstance(s, ast.BinOp) and isinstance(s.op, ast.Div):
            hasil.append(s)

    jalan(simpul)
    return hasil


def _aturan_nol(aturan: str, pembilang: str) -> str:
    if aturan == m.PENUH:
        return "1"
    if aturan == m.PENUH_JIKA_PEMBILANG_NOL:
        return f"IF({pembilang}>=0,1,0)"
    return "0"


def rumus_persen(teks: str, aturan_nol: str, sel: Mapping[str, str]) -> str:
    """The Excel expression (without '=') of a question value 0..1 from its inputs."""
    pohon = _urai(teks)
    hasil = f"MAX(0,MIN(1,{_ekspresi(pohon, sel)}))"
    for bagi in reversed(_pembagian(pohon)):
        pembilang = _ekspresi(bagi.left, sel)
        penyebut = _ekspresi(bagi.right, sel)
        hasil = f"IF({penyebut}=0,{_aturan_nol(aturan_nol, pembilang)},{hasil})"
    return hasil


# --- Tabel 6 thresholds ------------------------------------------------------------------

TEPAT = "tepat"  # compare the unrounded value, as evaluators' spreadsheets do
DIBULATKAN = "dibulatkan"  # compare the value rounded half up to 2 decimals
# Digits kept when comparing "exactly": a spreadsheet adds in binary floating point, so
# 3.5 + 1.3 may come out a hair under 4.8. The scores are fractions with small
# denominators; no real gap between a score and a threshold is under 1e-9.
DIGIT_TEPAT = 9


def cara_banding(pengaturan) -> str:
    """How the instrument version compares scores with Tabel 6 (a version setting)."""
    return pengaturan.perbandingan_ambang


def syarat_ambang(nilai: str, syarat: str, cara: str) -> str:
    """The Excel condition "`nilai` meets `syarat`" (cell references, numbers or
    products such as a weight times a share), the one place every workbook decides how
    a score is compared with a threshold: like `penilaian.scoring.predikat`, `tepat`
    compares the unrounded value, `dibulatkan` the value rounded to 2 decimals. The
    threshold side is rounded to DIGIT_TEPAT too, since 8*0.6 may be a hair over 4.8."""
    digit = 2 if cara == DIBULATKAN else DIGIT_TEPAT
    return f"ROUND({nilai},{digit})>=ROUND({syarat},{DIGIT_TEPAT})"
