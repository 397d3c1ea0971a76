"""How the dashboard reads a stored score: predicate status, failing criteria in words,
the criterion table and the area colours. Pure functions over plain values (the
snapshot's own fields and the instrument's Tabel 6 data); the verdicts themselves are
the engine's (stored in the snapshot), never re-decided here."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext_lazy as _

NOL = Decimal(0)
SERATUS = Decimal(100)
SEN = Decimal("0.01")

# Predicate status of a unit, best first.
WBBM = "wbbm"
WBK = "wbk"
BELUM = "belum"
KOSONG = "kosong"  # no score yet
STATUS_PREDIKAT = {
    WBBM: _("Memenuhi WBBM"),
    WBK: _("Memenuhi WBK"),
    BELUM: _("Belum memenuhi"),
    KOSONG: _("Belum ada nilai"),
}
WARNA_PREDIKAT = {WBBM: "success", WBK: "primary", BELUM: "warning", KOSONG: "secondary"}

# Area share of its weight: below the WBK minimum, between WBK and WBBM, at WBBM.
BATAS_WBK = Decimal(60)
BATAS_WBBM = Decimal(75)

LABEL_KRITERIA = {
    "total": _("Nilai total"),
    "pengungkit": _("Komponen pengungkit"),
    "bersih_akuntabel": _("Birokrasi bersih dan akuntabel"),
    "ipak": _("IPAK"),
    "capaian_kinerja": _("Capaian kinerja"),
    "pelayanan_prima": _("Pelayanan publik prima (IPKP)"),
    "predikat_wbk": _("Sudah meraih WBK"),
}
URUTAN_KRITERIA = (
    "total",
    "pengungkit",
    *(f"area_{no}" for no in range(1, 7)),
    "bersih_akuntabel",
    "ipak",
    "capaian_kinerja",
    "pelayanan_prima",
    "predikat_wbk",
)


def bulat(x) -> Decimal:
    """Half up to 2 decimals, as the worksheet shows and Tabel 6 compares."""
    return Decimal(x).quantize(SEN, rounding=ROUND_HALF_UP)


def status_predikat(*, memenuhi_wbk: bool | None, memenuhi_wbbm: bool | None) -> str:
    """The best predicate met; None for both means there is no score yet."""
    if memenuhi_wbk is None and memenuhi_wbbm is None:
        return KOSONG
    if memenuhi_wbbm:
        return WBBM
    return WBK if memenuhi_wbk else BELUM


def label_kriteria(kode: str, nama_area: Mapping[str, str]) -> str:
    """'area_3' -> 'Area 3 (Penataan Tata Laksana)'; others from LABEL_KRITERIA."""
    if kode.startswith("area_"):
        no = kode.removeprefix("area_")
        nama = nama_area.get(no, "")
        return (
            str(_("Area %(no)s (%(nama)s)") % {"no": no, "nama": nama})
            if nama
            else str(_("Area %(no)s") % {"no": no})
        )
    return str(LABEL_KRITERIA.get(kode, kode))


def kriteria_gagal(
    status: str, gagal_wbk: Sequence[str], gagal_wbbm: Sequence[str], nama_area: Mapping
) -> list[str]:
    """The criteria standing between the unit and its next predicate, in words."""
    if status == BELUM:
        kode = gagal_wbk
    elif status == WBK:
        kode = gagal_wbbm
    else:
        return []
    urutan = {k: i for i, k in enumerate(URUTAN_KRITERIA)}
    return [label_kriteria(k, nama_area) for k in sorted(kode, key=lambda k: urutan.get(k, 99))]


LABEL_PENDEK = {
    "total": _("Total"),
    "pengungkit": _("Pengungkit"),
    "bersih_akuntabel": _("Bersih & akuntabel"),
    "ipak": _("IPAK"),
    "capaian_kinerja": _("Capaian kinerja"),
    "pelayanan_prima": _("IPKP"),
    "predikat_wbk": _("Belum WBK"),
}


def kriteria_gagal_ringkas(status: str, gagal_wbk: Sequence[str], gagal_wbbm: Sequence[str]) -> str:
    """The same criteria as `kriteria_gagal` in a few words for a table cell, the areas
    together: 'Total, Area 1, 2, 5, IPAK'."""
    kode = {BELUM: gagal_wbk, WBK: gagal_wbbm}.get(status, ())
    area = [k.removeprefix("area_") for k in URUTAN_KRITERIA if k in kode and k.startswith("area_")]
    bagian = []
    for k in URUTAN_KRITERIA:
        if k not in kode:
            continue
        if k.startswith("area_"):
            if k == f"area_{area[0]}":
                bagian.append(str(_("Area %(daftar)s") % {"daftar": ", ".join(area)}))
        else:
            bagian.append(str(LABEL_PENDEK[k]))
    return "; ".join(bagian)


def warna_persen(persen: Decimal | None) -> str:
    """Bootstrap colour of an area's share of its weight against 60 % and 75 %."""
    if persen is None:
        return "secondary"
    if bulat(persen) < BATAS_WBK:
        return "danger"
    if bulat(persen) < BATAS_WBBM:
        return "warning"
    return "success"


def persen_bobot(nilai, bobot) -> Decimal | None:
    if nilai is None or not bobot:
        return None
    return Decimal(nilai) * SERATUS / Decimal(bobot)


@dataclass(frozen=True)
class BarisKriteria:
    kode: str
    label: str
    nilai: Decimal | str | None
    syarat: Decimal | str
    celah: Decimal | None
    memenuhi: bool


def tabel_kriteria(
    *,
    predikat: str,
    ambang: Mapping,
    total,
    pengungkit,
    area_nilai: Mapping[str, object],
    area_bobot: Mapping[str, Decimal],
    nama_area: Mapping[str, str],
    hasil_rinci: Mapping[str, object],
    gagal: Sequence[str],
    predikat_sebelumnya: str = "",
) -> list[BarisKriteria]:
    """Tabel 6 for one stored score: value, requirement and gap per criterion.

    Requirements come from the instrument data; whether a criterion is met comes from
    the snapshot's `gagal_*` list, i.e. from the engine that wrote it."""
    syarat = ambang[predikat]
    fraksi = Decimal(str(syarat["area_min_fraction"]))
    baris = []

    def tambah(kode, nilai, minimum):
        minimum = bulat(Decimal(str(minimum)))
        memenuhi = kode not in gagal
        celah = None
        if nilai is not None:
            nilai = Decimal(nilai)
            celah = NOL if memenuhi else max(minimum - bulat(nilai), NOL)
        baris.append(
            BarisKriteria(kode, label_kriteria(kode, nama_area), nilai, minimum, celah, memenuhi)
        )

    tambah("total", total, syarat["total"])
    tambah("pengungkit", pengungkit, syarat["pengungkit"])
    for no in sorted(area_bobot, key=int):
        tambah(f"area_{no}", area_nilai.get(no), area_bobot[no] * fraksi)
    for kode in ("bersih_akuntabel", "ipak", "capaian_kinerja", "pelayanan_prima"):
        tambah(kode, hasil_rinci.get(kode), syarat[kode])
    if syarat.get("requires_predicate"):
        baris.append(
            BarisKriteria(
                "predikat_wbk",
                label_kriteria("predikat_wbk", nama_area),
                predikat_sebelumnya or "—",
                syarat["requires_predicate"],
                None,
                "predikat_wbk" not in gagal,
            )
        )
    return baris
