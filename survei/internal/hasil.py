"""What the internal survey's results page shows, from the selectors: rows ready for
the template (labels, areas in order). Nothing here decides what may be shown; the
selectors already applied the anonymity rule."""

from dataclasses import dataclass
from fractions import Fraction

from django.utils.translation import gettext as _

from survei.internal.hitung import MINIMUM_TAMPIL, Kelompok
from survei.internal.selectors import (
    AREA,
    RerataButirInternal,
    jendela_tahun,
    kode_internal_tersisa,
    pegawai_per_kategori,
    rerata_butir_internal,
    ringkasan_internal,
    versi_internal,
)
from survei.models import AreaButir, ProfilPegawai


def label_kelompok(anggota) -> str:
    """'Honorer/non-ASN + Tenaga kontrak/alih daya' for a merged group."""
    nama = dict(ProfilPegawai.Kategori.choices)
    return " + ".join(str(nama.get(k, k)) for k in anggota)


@dataclass(frozen=True)
class BarisKelompok:
    label: str
    digabung: bool
    responden: int
    pegawai: int
    tingkat: Fraction | None
    persen: list  # per area, in AREA order


def baris_kelompok(kelompok: list[Kelompok]) -> list[BarisKelompok]:
    return [
        BarisKelompok(
            label=label_kelompok(k.anggota),
            digabung=k.digabung,
            responden=k.responden,
            pegawai=k.pegawai,
            tingkat=k.tingkat_respons,
            persen=[k.persen_area.get(a) for a in AREA],
        )
        for k in kelompok
    ]


def butir_per_area(butir: list[RerataButirInternal]) -> list[tuple[str, list]]:
    """[(area label, [items])] in area order."""
    label = dict(AreaButir.choices)
    return [
        (str(label[a]), [b for b in butir if b.area == a])
        for a in AREA
        if any(b.area == a for b in butir)
    ]


def konteks_internal(*, satker, tahun: int) -> dict:
    mulai, selesai = jendela_tahun(tahun)
    ringkasan = ringkasan_internal(satker_ids=[satker.pk], mulai=mulai, selesai=selesai)[satker.pk]
    butir = rerata_butir_internal(satker_ids=[satker.pk], mulai=mulai, selesai=selesai)
    label_area = dict(AreaButir.choices)
    pegawai = pegawai_per_kategori(satker_ids=[satker.pk], tahun=tahun).get(satker.pk, {})
    return {
        "ringkasan": ringkasan,
        "minimum": MINIMUM_TAMPIL,
        "area": [(a, str(label_area[a]), ringkasan.persen_area.get(a)) for a in AREA],
        "kelompok": baris_kelompok(ringkasan.kelompok),
        "butir_area": butir_per_area(butir),
        "pegawai": [(str(label), pegawai.get(k, 0)) for k, label in ProfilPegawai.Kategori.choices],
        "pegawai_tercatat": bool(pegawai),
        "kode_tersisa": kode_internal_tersisa(satker=satker),
        "versi": versi_internal(),
        "judul_area": [str(label_area[a]).split(". ", 1)[-1] for a in AREA],
        "catatan_minimum": _(
            "Kategori pegawai dengan kurang dari %(n)s responden digabung dengan kategori "
            "lain; persepsi ditampilkan setelah sedikitnya %(n)s pegawai menjawab."
        )
        % {"n": MINIMUM_TAMPIL},
    }
