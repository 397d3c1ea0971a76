"""Translating the messages of the pure scoring package at the edge (views, commands)."""

from django.utils.translation import gettext


def terjemahkan(exc) -> str:
    """The message of a JawabanTidakValid / InstrumenTidakValid in the active language."""
    pesan = gettext(exc.pesan)
    return pesan % exc.params if exc.params else pesan


def terjemahkan_label(label: str) -> str:
    """A label of the scoring package (criterion names), in the active language."""
    return gettext(label)
