from tests.akses import Kasus, peta
from tests.dasbor.akses import BUKAN_KANWIL_X, KANWIL_X, _kanwil

KASUS = [
    Kasus(
        "dasbor:internal",
        lambda c: _kanwil(c) + "survei-internal/",
        peta(ok=KANWIL_X, tidak_ada=BUKAN_KANWIL_X),
    ),
]
