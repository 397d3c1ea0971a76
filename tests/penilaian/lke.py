"""Shared helpers for the scoring tests: the shipped instrument, read without a database."""

from functools import cache

from penilaian.scoring import Pengaturan, instrumen_dari_berkas, jawaban_terbaik
from penilaian.services.muat import BERKAS_BAWAAN


@cache
def instrumen(**pengaturan):
    return instrumen_dari_berkas(BERKAS_BAWAAN, Pengaturan(**pengaturan) if pengaturan else None)


def semua_terbaik(ins=None) -> dict:
    ins = ins or instrumen()
    return {p.kode: jawaban_terbaik(p) for p in ins.pertanyaan}
