"""Exact numbers and the one rounding rule of the portal.

Every score is a `Fraction`. `bulat` (from `inti.angka`, shared with the survey app) rounds
half-up (away from zero at an exact half, as Excel and LibreOffice show a cell) and is the
only rounding there is: for display, export and `hitung_lke`. `digit_banding` says how
many decimals a value that fails a threshold needs so that, rounded half-up, it never
reads as meeting it.
"""

import math
from decimal import Decimal
from fractions import Fraction

# The rounding rule and exact reading are the project's (survei rounds with them too).
from inti.angka import Angka, bulat, pecahan

NOL = Fraction(0)
SATU = Fraction(1)
SERATUS = Fraction(100)
DIGIT_MAKS = 12  # beyond this a shortfall is shown with its gap, not with more digits


def bawah(x: Angka, tempat: int = 12) -> Decimal:
    """`x` cut (towards minus infinity) to `tempat` decimals. For a non-negative value
    this keeps every half-up rounding to fewer places and every comparison with a number
    of at most `tempat` decimals exactly as the exact value gives them: each such
    boundary is itself a number of `tempat` places, so x >= b iff bawah(x) >= b."""
    n = math.floor(pecahan(x) * 10**tempat)
    return Decimal(n).scaleb(-tempat).quantize(Decimal(1).scaleb(-tempat))


def digit_banding(nilai: Angka | None, syarat: Angka, *, memenuhi: bool, tempat: int = 2) -> int:
    """Decimals to show `nilai` beside `syarat` with: `tempat` normally; when the value
    fails but rounds to at least the threshold (4.7963 against 4.80, 15.749… against
    15.75), the fewest more decimals at which it rounds below it (4.796, 15.7496)."""
    if memenuhi or nilai is None:
        return tempat
    x, s = pecahan(nilai), pecahan(syarat)
    d = tempat
    while d < DIGIT_MAKS and bulat(x, d) >= s:
        d += 1
    return d


def desimal_tepat(x: Angka) -> Decimal | None:
    """The Decimal equal to `x` when it has a finite decimal expansion (answers typed by
    people always do), else None."""
    f = pecahan(x)
    penyebut = f.denominator
    for p in (2, 5):
        while penyebut % p == 0:
            penyebut //= p
    if penyebut != 1:
        return None
    tempat = 0
    while (f * 10**tempat).denominator != 1:
        tempat += 1
    return Decimal(int(f * 10**tempat)).scaleb(-tempat)


def teks_tepat(x: Angka) -> str:
    """The exact value as stored text: "5", "191/200" (what `pecahan` reads back)."""
    return str(pecahan(x))
