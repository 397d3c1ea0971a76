"""Exact numbers and the one rounding rule of the portal.

Every score and index is a `Fraction`. `bulat` rounds half-up (away from zero at an exact
half, as Excel and LibreOffice show a cell) and is the only rounding there is: scores
(`penilaian.scoring`), survey indices (`survei`) and everything shown or exported from
them. It lives here, below every app, because `survei` must not import `penilaian`.
"""

import math
from decimal import Decimal
from fractions import Fraction
from numbers import Rational
from typing import overload

Angka = Fraction | int | Decimal | float | str


def pecahan(x: Angka) -> Fraction:
    """An exact Fraction from a Fraction, int, Decimal, a string ("191/200", "5.185")
    or a float (read as its shortest decimal form: 3.62 means 3.62, not its binary twin)."""
    if isinstance(x, Fraction):
        return x
    if isinstance(x, bool):
        raise TypeError("a bool is not a number here")
    if isinstance(x, int | Rational):
        return Fraction(x)
    if isinstance(x, Decimal):
        if not x.is_finite():
            raise ValueError(f"not a finite number: {x!r}")
        return Fraction(x)
    if isinstance(x, float):
        if not math.isfinite(x):
            raise ValueError(f"not a finite number: {x!r}")
        return Fraction(repr(x))
    if isinstance(x, str):
        return Fraction(x.strip())
    raise TypeError(f"not a number: {x!r}")


@overload
def bulat(x: None, tempat: int = 2) -> None: ...
@overload
def bulat(x: Angka, tempat: int = 2) -> Decimal: ...
def bulat(x: Angka | None, tempat: int = 2) -> Decimal | None:
    """`x` rounded half-up to `tempat` decimals, computed exactly (5.185 → 5.19,
    191/200 → 0.96, -2.5 → -3 at 0 places), as a Decimal with exactly that many places.
    Nothing to show stays nothing: None gives None."""
    if x is None:
        return None
    q = pecahan(x) * 10**tempat
    n = math.floor(abs(q) + Fraction(1, 2))
    if q < 0:
        n = -n
    return Decimal(n).scaleb(-tempat).quantize(Decimal(1).scaleb(-tempat))
