"""Checking one raw answer and turning it into a question value in 0..1.

Raw answers are what `hitung_lke` reads and forms send: an option label ("Ya", "B"),
a mapping of named inputs (or {"persen": N}) for `%` questions, a number for
`Nilai (0-4)` items (a Fraction too: a survey index is a ratio, not a decimal), None for
unanswered. `periksa_jawaban` returns the normal form (canonical label, dict of
Decimals, Decimal or Fraction: numbers exactly as given) and is idempotent on it. Values
are computed exactly as Fractions from there on.
"""

import math
import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any, NoReturn, cast

from penilaian.scoring import model as m
from penilaian.scoring.angka import NOL, SATU, SERATUS, desimal_tepat, pecahan
from penilaian.scoring.pesan import JawabanTidakValid, gettext_noop
from penilaian.scoring.rumus import PenyebutNol, hitung_rumus

PESAN_KODE_TIDAK_DIKENAL = gettext_noop(
    "Kode pertanyaan %(kode)s tidak ada pada instrumen %(instrumen)s."
)
PESAN_OPSI_TIDAK_ADA = gettext_noop(
    "%(kode)s: opsi %(opsi)s tidak ada; pilihan yang ada: %(pilihan)s."
)
PESAN_BUKAN_OPSI = gettext_noop("%(kode)s: jawaban harus salah satu opsi (%(pilihan)s).")
PESAN_BUKAN_ANGKA = gettext_noop("%(kode)s: %(nama)s harus berupa angka, bukan %(nilai)s.")
PESAN_DI_LUAR_RENTANG = gettext_noop(
    "%(kode)s: %(nama)s harus antara %(bawah)s dan %(atas)s, bukan %(nilai)s."
)
PESAN_BUKAN_MASUKAN = gettext_noop(
    '%(kode)s: jawaban %% harus berisi masukan %(masukan)s atau {"persen": N}.'
)
PESAN_MASUKAN_TIDAK_DIKENAL = gettext_noop(
    "%(kode)s: masukan %(nama)s tidak dikenal; masukan yang ada: %(masukan)s."
)
# The counts a unit types on a `%` question: named as the worksheet labels them, in
# words a unit's operator reads (no codes, no repr), since these reach the worksheet.
PESAN_MASUKAN_KURANG = gettext_noop("%(nama)s belum diisi.")
PESAN_MASUKAN_BUKAN_ANGKA = gettext_noop("%(nama)s harus berupa angka.")
PESAN_MASUKAN_BUKAN_BULAT = gettext_noop("%(nama)s harus bilangan bulat.")
PESAN_MASUKAN_NEGATIF = gettext_noop("%(nama)s tidak boleh negatif.")
PESAN_MASUKAN_MELEBIHI = gettext_noop("%(kiri)s tidak boleh lebih dari %(kanan)s.")
# "a <= b" or "a <= b + c + ...", the only kinds of constraint the instrument has: said
# with the counts' labels. Any other constraint keeps the general message.
_POLA_TIDAK_LEBIH = re.compile(r"^\s*(\w+)\s*<=\s*(\w+(?:\s*\+\s*\w+)*)\s*$")
PESAN_BATASAN = gettext_noop("%(kode)s: tidak mungkin %(batasan)s tidak terpenuhi (%(nilai)s).")

Angka = Decimal | Fraction
# An answer in normal form: an option label, the inputs of a % question, a number, or None.
Normal = str | dict[str, Angka] | Angka | None


def _angka(kode: str, nama: str, nilai: object) -> Angka:
    """A finite Decimal from an int, Decimal, float or numeric string (a Fraction stays
    the exact Fraction it is); never a bool."""
    if isinstance(nilai, Fraction):
        return nilai
    if isinstance(nilai, bool) or not isinstance(nilai, int | float | Decimal | str):
        raise JawabanTidakValid(PESAN_BUKAN_ANGKA, kode=kode, nama=nama, nilai=repr(nilai))
    if isinstance(nilai, float) and not math.isfinite(nilai):
        raise JawabanTidakValid(PESAN_BUKAN_ANGKA, kode=kode, nama=nama, nilai=repr(nilai))
    try:
        # str() first: 3.62 the float means 3.62, not its binary expansion.
        hasil = Decimal(nilai.strip() if isinstance(nilai, str) else str(nilai))
    except InvalidOperation as exc:
        raise JawabanTidakValid(PESAN_BUKAN_ANGKA, kode=kode, nama=nama, nilai=repr(nilai)) from exc
    if not hasil.is_finite():
        raise JawabanTidakValid(PESAN_BUKAN_ANGKA, kode=kode, nama=nama, nilai=repr(nilai))
    return hasil


def _rentang(kode: str, nama: str, nilai: Angka, bawah: Fraction, atas: Fraction) -> Angka:
    if not bawah <= nilai <= atas:
        raise JawabanTidakValid(
            PESAN_DI_LUAR_RENTANG, kode=kode, nama=nama, bawah=bawah, atas=atas, nilai=nilai
        )
    return nilai


def _opsi(p: m.Pertanyaan, nilai: object) -> str:
    pilihan = "/".join(o.label for o in p.opsi)
    if not isinstance(nilai, str):
        raise JawabanTidakValid(PESAN_BUKAN_OPSI, kode=p.kode, pilihan=pilihan)
    cari = nilai.strip().casefold()
    for o in p.opsi:
        if o.label.casefold() == cari:
            return o.label
    raise JawabanTidakValid(PESAN_OPSI_TIDAK_ADA, kode=p.kode, opsi=repr(nilai), pilihan=pilihan)


def _persen(p: m.Pertanyaan, nilai: object) -> dict[str, Angka]:
    nama = [i.kunci for i in p.masukan]
    if not isinstance(nilai, Mapping):
        raise JawabanTidakValid(PESAN_BUKAN_MASUKAN, kode=p.kode, masukan=", ".join(nama))
    if set(nilai) == {m.KUNCI_PERSEN}:
        angka = _angka(p.kode, m.KUNCI_PERSEN, nilai[m.KUNCI_PERSEN])
        return {m.KUNCI_PERSEN: _rentang(p.kode, m.KUNCI_PERSEN, angka, NOL, SERATUS)}
    for kunci in nilai:
        if kunci not in nama:
            raise JawabanTidakValid(
                PESAN_MASUKAN_TIDAK_DIKENAL, kode=p.kode, nama=kunci, masukan=", ".join(nama)
            )
    hasil: dict[str, Angka] = {i.kunci: _hitungan(p.kode, i, nilai.get(i.kunci)) for i in p.masukan}
    for batasan in p.batasan:
        if not hitung_rumus(batasan, hasil):
            _tolak_batasan(p, batasan, hasil)
    return hasil


def _tolak_batasan(p: m.Pertanyaan, batasan: str, hasil: dict[str, Angka]) -> NoReturn:
    label = {i.kunci: i.label or i.kunci for i in p.masukan}
    cocok = _POLA_TIDAK_LEBIH.match(batasan)
    kanan = [k.strip() for k in cocok.group(2).split("+")] if cocok else []
    if cocok and {cocok.group(1), *kanan} <= label.keys():
        raise JawabanTidakValid(
            PESAN_MASUKAN_MELEBIHI,
            kode=p.kode,
            kiri=label[cocok.group(1)],
            kanan=" + ".join(label[k] for k in kanan),
        )
    rincian = ", ".join(f"{k}={v}" for k, v in hasil.items())
    raise JawabanTidakValid(PESAN_BATASAN, kode=p.kode, batasan=batasan, nilai=rincian)


def _hitungan(kode: str, masukan: m.Masukan, nilai: object) -> Angka:
    """One count of a `%` question: a whole number >= 0, named by its label when not."""
    label = masukan.label or masukan.kunci
    if nilai is None or (isinstance(nilai, str) and not nilai.strip()):
        raise JawabanTidakValid(PESAN_MASUKAN_KURANG, kode=kode, nama=label)
    try:
        angka = _angka(kode, label, nilai)
    except JawabanTidakValid as exc:
        raise JawabanTidakValid(PESAN_MASUKAN_BUKAN_ANGKA, kode=kode, nama=label) from exc
    if angka < 0:
        raise JawabanTidakValid(PESAN_MASUKAN_NEGATIF, kode=kode, nama=label)
    if pecahan(angka).denominator != 1:
        raise JawabanTidakValid(PESAN_MASUKAN_BUKAN_BULAT, kode=kode, nama=label)
    return angka


def periksa_pertanyaan(p: m.Pertanyaan, nilai: object) -> Normal:
    """The normal form of `nilai` for question `p`, or JawabanTidakValid."""
    if nilai is None:
        return None
    if p.jenis in m.JENIS_OPSI:
        return _opsi(p, nilai)
    if p.jenis == m.PERSEN:
        return _persen(p, nilai)
    angka = _angka(p.kode, "nilai", nilai)
    return _rentang(p.kode, "nilai", angka, NOL, _maks(p))


def periksa_jawaban(instrumen: m.Instrumen, kode: str, nilai: object) -> Normal:
    """Checks one raw answer. Returns its normal form (None when unanswered); raises
    JawabanTidakValid (a ValueError) for an unknown code, an option the question does
    not have, a negative or fractional count, done > due where that is impossible,
    text where a number belongs, or a value out of range."""
    p = instrumen.cari(kode)
    if p is None:
        raise JawabanTidakValid(PESAN_KODE_TIDAK_DIKENAL, kode=kode, instrumen=instrumen.kode)
    return periksa_pertanyaan(p, nilai)


def _terapkan_penyebut_nol(aturan: str, pembilang: Fraction) -> Fraction:
    if aturan == m.PENUH:
        return SATU
    if aturan == m.PENUH_JIKA_PEMBILANG_NOL:
        # Violations: last year 0 gives numerator -(this year); this year 0 -> 1, more -> 0.
        return SATU if pembilang >= 0 else NOL
    return NOL


def _jepit(nilai: Fraction) -> Fraction:
    return max(NOL, min(SATU, nilai))


def _maks(p: m.Pertanyaan) -> Fraction:
    # data.py gives every Nilai (0-4) question its maximum; only they reach here.
    return cast(Fraction, p.nilai_maks)


def _opsi_pasti(opsi: m.Opsi | None) -> m.Opsi:
    # A label in normal form, and the best option of an option question, always exist.
    return cast(m.Opsi, opsi)


def nilai_dari_normal(p: m.Pertanyaan, normal: Any) -> Fraction | None:
    """The question value in 0..1 of an answer already in normal form, exactly."""
    if normal is None:
        return None
    if p.jenis in m.JENIS_OPSI:
        return _opsi_pasti(p.opsi_berlabel(normal)).nilai
    if p.jenis == m.PERSEN:
        if m.KUNCI_PERSEN in normal:
            return _jepit(pecahan(normal[m.KUNCI_PERSEN]) / SERATUS)
        try:
            # A formula (not a constraint) always gives a number.
            return _jepit(cast(Fraction, hitung_rumus(p.rumus, normal)))
        except PenyebutNol as nol:
            return _terapkan_penyebut_nol(p.penyebut_nol, nol.pembilang)
    return _jepit(pecahan(normal) / _maks(p))


def nilai_terbaik(p: m.Pertanyaan) -> Fraction:
    """The value of the best possible answer (1 for every type in the shipped data)."""
    if p.jenis in m.JENIS_OPSI:
        return _opsi_pasti(p.opsi_terbaik).nilai
    return SATU


def jawaban_terbaik(p: m.Pertanyaan) -> Normal:
    """A raw answer that reaches `nilai_terbaik`, for tests and for 'what would close the gap'."""
    if p.jenis in m.JENIS_OPSI:
        return _opsi_pasti(p.opsi_terbaik).label
    if p.jenis == m.PERSEN:
        return {m.KUNCI_PERSEN: Decimal(100)}
    return desimal_tepat(_maks(p))
