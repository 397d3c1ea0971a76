"""How the dashboard reads a stored score: predicate status, failing criteria in words,
the criterion table and the area colours. Pure functions over plain values (the
snapshot's own fields and the instrument's Tabel 6 data); the verdicts themselves are
the engine's (stored in the snapshot), never re-decided here."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from django.utils.translation import gettext_lazy as _

from penilaian.scoring import bulat, digit_banding, pecahan

NOL = Fraction(0)
SERATUS = Fraction(100)
SETENGAH = Fraction(1, 2)

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
# The score verdict when the prerequisites are shown beside it ("Nilai memenuhi WBBM ·
# prasyarat belum: SAKIP"): the score alone does not make a unit proposable.
STATUS_NILAI = {
    WBBM: _("Nilai memenuhi WBBM"),
    WBK: _("Nilai memenuhi WBK"),
    BELUM: _("Nilai belum memenuhi"),
    KOSONG: _("Belum ada nilai"),
}
WARNA_PREDIKAT = {WBBM: "success", WBK: "primary", BELUM: "warning", KOSONG: "secondary"}

# Area share of its weight: below the WBK minimum, between WBK and WBBM, at WBBM.
BATAS_WBK = Fraction(60)
BATAS_WBBM = Fraction(75)

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


def status_predikat(*, memenuhi_wbk: bool | None, memenuhi_wbbm: bool | None) -> str:
    """The best predicate met; None for both means there is no score yet."""
    if memenuhi_wbk is None and memenuhi_wbbm is None:
        return KOSONG
    if memenuhi_wbbm:
        return WBBM
    return WBK if memenuhi_wbk else BELUM


def judul_status(status: str, butir_prasyarat) -> str:
    """The headline of a unit: the score's verdict and the prerequisites, together
    ("Nilai memenuhi WBBM · prasyarat belum: SAKIP"), so a unit whose score meets a
    predicate is never shown as simply meeting it while a prerequisite fails."""
    from dasbor.prasyarat import ringkasan_prasyarat

    if status == KOSONG:
        return str(STATUS_PREDIKAT[KOSONG])
    return f"{STATUS_NILAI[status]} · {ringkasan_prasyarat(list(butir_prasyarat))}"


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


def warna_persen(persen, perbandingan: str = "tepat") -> str:
    """Bootstrap colour of an area's share of its weight against 60 % and 75 %, compared
    as the version compares (exactly by default: 59.95 % is below 60 %)."""
    if persen is None:
        return "secondary"
    nilai = pecahan(persen) if perbandingan == "tepat" else pecahan(bulat(persen))
    if nilai < BATAS_WBK:
        return "danger"
    if nilai < BATAS_WBBM:
        return "warning"
    return "success"


def digit_persen(persen) -> int:
    """Decimals to show an area's percentage with: whole numbers, unless rounding would
    lift a share below 60 % or 75 % to it (59.95 % is shown "59,95", never "60")."""
    if persen is None:
        return 0
    x = pecahan(persen)
    # Whole numbers unless x rounds half up onto a threshold it is below (the only case
    # digit_banding adds decimals): a thousand-row table asks this once per area badge.
    if not (BATAS_WBK - SETENGAH <= x < BATAS_WBK or BATAS_WBBM - SETENGAH <= x < BATAS_WBBM):
        return 0
    return max(
        digit_banding(x, batas, memenuhi=x >= batas, tempat=0) for batas in (BATAS_WBK, BATAS_WBBM)
    )


def persen_bobot(nilai, bobot) -> Fraction | None:
    if nilai is None or not bobot:
        return None
    return pecahan(nilai) * SERATUS / pecahan(bobot)


@dataclass(frozen=True)
class BarisKriteria:
    kode: str
    label: str
    nilai: Fraction | str | None
    syarat: Fraction | str
    celah: Fraction | None
    memenuhi: bool
    digit: int = 2  # decimals that show the value without reading as meeting a threshold
    digit_celah: int = 2  # decimals that show a gap below 0.005 as more than zero
    catatan: str = ""  # e.g. "data survei belum cukup (18/30)"


def _digit_celah(celah) -> int:
    d = 2
    while celah and d < 12 and bulat(celah, d) == 0:
        d += 1
    return d


def tabel_kriteria(
    *,
    predikat: str,
    ambang: Mapping,
    total,
    pengungkit,
    area_nilai: Mapping[str, object],
    area_bobot: Mapping[str, Fraction],
    nama_area: Mapping[str, str],
    hasil_rinci: Mapping[str, object],
    gagal: Sequence[str],
    predikat_sebelumnya: str = "",
    perbandingan: str = "tepat",
    catatan: Mapping[str, str] | None = None,
) -> list[BarisKriteria]:
    """Tabel 6 for one stored score: value, requirement and gap per criterion, exact.

    Requirements come from the instrument data; whether a criterion is met comes from
    the snapshot's `gagal_*` list, i.e. from the engine that wrote it. The gap is what
    the engine's comparison needs: syarat − nilai (`tepat`) or syarat − bulat(nilai)
    (`dibulatkan`). `catatan` adds a note to a criterion (a survey too small to count)."""
    syarat = ambang[predikat]
    fraksi = pecahan(str(syarat["area_min_fraction"]))
    catatan = catatan or {}
    baris = []

    def tambah(kode, nilai, minimum):
        minimum = pecahan(str(minimum))
        memenuhi = kode not in gagal
        celah, digit = None, 2
        if nilai is not None:
            nilai = pecahan(nilai)
            banding = nilai if perbandingan == "tepat" else pecahan(bulat(nilai))
            celah = NOL if memenuhi else max(minimum - banding, NOL)
            digit = digit_banding(nilai, minimum, memenuhi=memenuhi)
        baris.append(
            BarisKriteria(
                kode,
                label_kriteria(kode, nama_area),
                nilai,
                minimum,
                celah,
                memenuhi,
                digit=digit,
                digit_celah=_digit_celah(celah),
                catatan=str(catatan.get(kode, "")),
            )
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
