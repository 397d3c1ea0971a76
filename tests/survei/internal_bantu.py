"""Helpers of the internal-survey tests: staff counts, codes and staff responses stored
through the real services."""

from survei.internal.selectors import versi_internal
from survei.internal.services import (
    jumlah_pegawai_simpan,
    kode_internal_buat,
    respons_internal_simpan,
)
from survei.perlindungan import token_baru

PROFIL = {"kategori": "asn", "masa_kerja": "6-10", "melayani_publik": True}


def jawaban(nilai) -> dict[str, int]:
    """Every item answered `nilai`, or {area: nilai} per area (others 4)."""
    butir = versi_internal().butir.all()
    if isinstance(nilai, dict):
        return {b.kode: nilai.get(b.area, 4) for b in butir}
    return {b.kode: nilai for b in butir}


def staf(satker, tahun, **jumlah) -> None:
    jumlah_pegawai_simpan(satker=satker, tahun=tahun, jumlah=jumlah)


def isi(satker, nilai=4, *, kode=None, **profil) -> bool:
    """One staff response admitted by `kode` (a fresh code when None)."""
    if kode is None:
        kode = kode_internal_buat(satker=satker, jumlah=1)[0]
    return respons_internal_simpan(
        satker=satker,
        versi=versi_internal(),
        profil={**PROFIL, **profil},
        jawaban=jawaban(nilai),
        token=token_baru(),
        kode=kode,
    )
