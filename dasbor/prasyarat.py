"""The proposal prerequisites, checked item by item: pure functions, no database.

Rules (ZI-DOMAIN.md, 'Proposal prerequisites'): audit findings followed up 100 %,
LHKPN and LHKASN 100 %, ZI built at least one year before the proposal, internal SAKIP
grade at least B for WBK and at least BB for WBBM."""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

SERATUS = Decimal(100)
# Best first; a grade meets a requirement when it is at least as good.
URUTAN_SAKIP = ("AA", "A", "BB", "B", "CC", "C", "D")
SAKIP_MINIMUM = {"WBK": "B", "WBBM": "BB"}


@dataclass(frozen=True)
class ButirPrasyarat:
    kode: str
    label: str
    nilai: str  # what the unit has, ready to show ("" when not filled in)
    syarat: str
    memenuhi: bool


def sakip_memenuhi(nilai: str, minimum: str) -> bool:
    if nilai not in URUTAN_SAKIP:
        return False
    return URUTAN_SAKIP.index(nilai) <= URUTAN_SAKIP.index(minimum)


def zi_satu_tahun(pencanangan: datetime.date | None, acuan: datetime.date) -> bool:
    """Declared at least one full year before `acuan` (29 February counts as 28)."""
    if pencanangan is None:
        return False
    try:
        setahun = pencanangan.replace(year=pencanangan.year + 1)
    except ValueError:
        setahun = pencanangan.replace(year=pencanangan.year + 1, day=28)
    return setahun <= acuan


def _persen(nilai: Decimal | None) -> str:
    return "" if nilai is None else f"{nilai.normalize():f} %"


def periksa_prasyarat(
    *,
    temuan_ditindaklanjuti: bool | None,
    lhkpn_persen: Decimal | None,
    lhkasn_persen: Decimal | None,
    nilai_sakip: str,
    pencanangan: datetime.date | None,
    acuan: datetime.date,
    target: str = "WBK",
) -> list[ButirPrasyarat]:
    """Every prerequisite for `target` ("WBK" | "WBBM") with whether it is met."""
    minimum = SAKIP_MINIMUM[target]
    return [
        ButirPrasyarat(
            "temuan",
            _("Temuan audit sudah ditindaklanjuti"),
            ""
            if temuan_ditindaklanjuti is None
            else ("100 %" if temuan_ditindaklanjuti else _("Belum")),
            "100 %",
            bool(temuan_ditindaklanjuti),
        ),
        ButirPrasyarat(
            "lhkpn",
            _("Kepatuhan LHKPN"),
            _persen(lhkpn_persen),
            "100 %",
            lhkpn_persen is not None and lhkpn_persen >= SERATUS,
        ),
        ButirPrasyarat(
            "lhkasn",
            _("Kepatuhan LHKASN"),
            _persen(lhkasn_persen),
            "100 %",
            lhkasn_persen is not None and lhkasn_persen >= SERATUS,
        ),
        ButirPrasyarat(
            "zi_setahun",
            _("ZI dibangun minimal satu tahun"),
            pencanangan.isoformat() if pencanangan else "",
            _("pencanangan ≤ %(tanggal)s") % {"tanggal": _setahun_sebelum(acuan).isoformat()},
            zi_satu_tahun(pencanangan, acuan),
        ),
        ButirPrasyarat(
            "sakip",
            _("Nilai SAKIP internal"),
            nilai_sakip,
            _("minimal %(nilai)s") % {"nilai": minimum},
            sakip_memenuhi(nilai_sakip, minimum),
        ),
    ]


def _setahun_sebelum(acuan: datetime.date) -> datetime.date:
    try:
        return acuan.replace(year=acuan.year - 1)
    except ValueError:
        return acuan.replace(year=acuan.year - 1, day=28)
