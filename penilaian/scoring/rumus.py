"""A tiny, safe evaluator for the `%` formulas and input constraints in the data.

Formulas are Python-like expressions over input keys, numbers, + - * /, and the
functions min, max and clamp(x, low, high); constraints are one comparison. They are
parsed with `ast` and walked by hand: nothing is ever passed to eval().
"""

import ast
from collections.abc import Callable, Mapping
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Any, cast

from penilaian.scoring.pesan import InstrumenTidakValid, gettext_noop

_OPERATOR: dict[type[ast.operator], Callable[[Fraction, Fraction], Fraction]] = {
    ast.Add: lambda a, b: a + b,
    ast.Sub: lambda a, b: a - b,
    ast.Mult: lambda a, b: a * b,
}
_BANDING: dict[type[ast.cmpop], Callable[[Fraction, Fraction], bool]] = {
    ast.LtE: lambda a, b: a <= b,
    ast.Lt: lambda a, b: a < b,
    ast.GtE: lambda a, b: a >= b,
    ast.Gt: lambda a, b: a > b,
    ast.Eq: lambda a, b: a == b,
}
_FUNGSI: dict[str, Callable[..., Fraction]] = {
    "min": lambda *a: min(a),
    "max": lambda *a: max(a),
    "clamp": lambda x, bawah, atas: max(bawah, min(atas, x)),
}


_DIIZINKAN = (
    ast.Expression,
    ast.BinOp,
    ast.UnaryOp,
    ast.USub,
    ast.Div,
    ast.Compare,
    ast.Load,
    *_OPERATOR,
    *_BANDING,
)


class PenyebutNol(ArithmeticError):
    """A division by zero; carries the numerator for the zero-denominator rule."""

    def __init__(self, pembilang: Fraction) -> None:
        super().__init__(pembilang)
        self.pembilang = pembilang


def _periksa_simpul(simpul: ast.AST, nama: set[str], teks: str) -> None:
    for anak in ast.walk(simpul):
        if isinstance(anak, ast.Name):
            if anak.id not in nama and anak.id not in _FUNGSI:
                raise InstrumenTidakValid(
                    gettext_noop("Rumus %(rumus)s memakai nama %(nama)s yang bukan masukan."),
                    rumus=teks,
                    nama=anak.id,
                )
        elif isinstance(anak, ast.Call):
            if not isinstance(anak.func, ast.Name) or anak.func.id not in _FUNGSI:
                raise InstrumenTidakValid(
                    gettext_noop("Rumus %(rumus)s memanggil fungsi yang tidak dikenal."),
                    rumus=teks,
                )
        elif isinstance(anak, ast.Constant):
            if isinstance(anak.value, bool) or not isinstance(anak.value, int | float):
                raise InstrumenTidakValid(
                    gettext_noop("Rumus %(rumus)s berisi konstanta yang bukan angka."),
                    rumus=teks,
                )
        elif not isinstance(anak, _DIIZINKAN):
            raise InstrumenTidakValid(
                gettext_noop("Rumus %(rumus)s berisi bentuk yang tidak diizinkan."), rumus=teks
            )


@lru_cache(maxsize=256)
def _urai(teks: str) -> ast.Expression:
    try:
        return ast.parse(teks, mode="eval")
    except SyntaxError as exc:
        raise InstrumenTidakValid(
            gettext_noop("Rumus %(rumus)s tidak dapat dibaca."), rumus=teks
        ) from exc


def periksa_rumus(teks: str, nama: set[str], *, perbandingan: bool = False) -> None:
    """Raises InstrumenTidakValid unless `teks` is a formula (or a constraint) over `nama`."""
    pohon = _urai(teks)
    if perbandingan != isinstance(pohon.body, ast.Compare):
        raise InstrumenTidakValid(
            gettext_noop("Rumus %(rumus)s bukan bentuk yang diharapkan."), rumus=teks
        )
    if isinstance(pohon.body, ast.Compare) and len(pohon.body.ops) != 1:
        raise InstrumenTidakValid(
            gettext_noop("Batasan %(rumus)s harus satu perbandingan."), rumus=teks
        )
    _periksa_simpul(pohon, nama, teks)


def _hitung(simpul: ast.AST, nilai: Mapping[str, Fraction]) -> Any:
    # A Fraction, or a bool for a comparison (Any: the operands of a checked formula are
    # numbers, but the walk cannot tell mypy which branch produced which).
    if isinstance(simpul, ast.Expression):
        return _hitung(simpul.body, nilai)
    if isinstance(simpul, ast.Name):
        return nilai[simpul.id]
    if isinstance(simpul, ast.Constant):
        return Fraction(str(simpul.value))
    if isinstance(simpul, ast.UnaryOp):
        return -_hitung(simpul.operand, nilai)
    if isinstance(simpul, ast.BinOp):
        kiri = _hitung(simpul.left, nilai)
        kanan = _hitung(simpul.right, nilai)
        if isinstance(simpul.op, ast.Div):
            if kanan == 0:
                raise PenyebutNol(kiri)
            return kiri / kanan
        return _OPERATOR[type(simpul.op)](kiri, kanan)
    if isinstance(simpul, ast.Call):
        return _FUNGSI[cast(ast.Name, simpul.func).id](*(_hitung(a, nilai) for a in simpul.args))
    if isinstance(simpul, ast.Compare):
        kiri = _hitung(simpul.left, nilai)
        kanan = _hitung(simpul.comparators[0], nilai)
        return _BANDING[type(simpul.ops[0])](kiri, kanan)
    raise InstrumenTidakValid(gettext_noop("Rumus berisi bentuk yang tidak diizinkan."))


def hitung_rumus(teks: str, nilai: Mapping[str, Fraction | int | Decimal | str]) -> Fraction | bool:
    """The exact value of a checked formula (Fraction) or constraint (bool) over inputs
    given as numbers (each read exactly); a division by zero raises PenyebutNol with
    its numerator."""
    hasil: Fraction | bool = _hitung(_urai(teks), {k: Fraction(v) for k, v in nilai.items()})
    return hasil
