"""Errors of the scoring package, with Indonesian messages marked for translation.

The package imports nothing from Django, so messages are marked with a local
`gettext_noop` (which `makemessages` extracts) and translated by the caller:
`gettext(exc.pesan) % exc.params` (see `penilaian.services.pesan.terjemahkan`).
"""


def gettext_noop(pesan: str) -> str:
    return pesan


class _Kesalahan(ValueError):
    def __init__(self, pesan: str, **params: object) -> None:
        self.pesan = pesan
        self.params = params
        self.kode = params.get("kode")
        super().__init__(pesan % params if params else pesan)


class JawabanTidakValid(_Kesalahan):
    """An answer that cannot be scored; never silently turned into a number."""


class InstrumenTidakValid(_Kesalahan):
    """Instrument data the engine cannot use (unknown answer type, bad formula, ...)."""
