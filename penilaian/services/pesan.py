"""Translating the messages of the pure scoring package at the edge (views, commands)."""

from django.utils.translation import gettext


def terjemahkan(exc) -> str:
    """The message of a JawabanTidakValid / InstrumenTidakValid in the active language."""
    pesan = gettext(exc.pesan)
    return pesan % exc.params if exc.params else pesan


def terjemahkan_berkode(exc) -> str:
    """The message prefixed with its question code where it does not name one (the
    counts of a `%` question are named by their labels only, for the worksheet), for
    places that list many questions at once (the command line)."""
    pesan = terjemahkan(exc)
    kode = getattr(exc, "kode", None)
    return f"{kode}: {pesan}" if kode and kode not in pesan else pesan


def terjemahkan_label(label: str) -> str:
    """A label of the scoring package (criterion names), in the active language."""
    return gettext(label)
