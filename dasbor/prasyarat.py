"""The proposal prerequisites, checked item by item: pure functions, no database.

Rules (ZI-DOMAIN.md, 'Proposal prerequisites'): audit findings followed up 100 %,
LHKPN and LHKASN 100 %, ZI built at least one year before the proposal, internal SAKIP
grade at least B for WBK and at least BB for WBBM. LHKPN and LHKASN compliance are not
typed here: they are the LKE's own questions A.II.5.iii.a/b in the layer being judged
(dasbor.selectors.unit.prasyarat_unit), so the checklist can never disagree with it."""

import datetime
from dataclasses import dataclass
from fractions import Fraction

from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from penilaian.scoring import bulat, digit_banding, pecahan

SERATUS = Fraction(100)
# The LKE questions whose value is the LHKPN / LHKASN compliance.
KODE_LHKPN = "A.II.5.iii.a"
KODE_LHKASN = "A.II.5.iii.b"
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
    sumber: str = ""  # where the value was read (an LKE question and layer)


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


def _persen(nilai) -> str:
    """A compliance share, exact value rounded half-up, with as many decimals as keep a
    shortfall from reading as 100 % (99,996 % is "99,996 %")."""
    if nilai is None:
        return ""
    x = pecahan(nilai)
    d = digit_banding(x, SERATUS, memenuhi=x >= SERATUS, tempat=0)
    if d == 0 and x != int(x):
        d = 2
    return f"{number_format(bulat(x, d), d)} %"


def periksa_prasyarat(
    *,
    temuan_ditindaklanjuti: bool | None,
    lhkpn_persen,
    lhkasn_persen,
    nilai_sakip: str,
    pencanangan: datetime.date | None,
    acuan: datetime.date,
    target: str = "WBK",
    sumber_lhk: str = "",
) -> list[ButirPrasyarat]:
    """Every prerequisite for `target` ("WBK" | "WBBM") with whether it is met. The
    LHKPN/LHKASN shares (0-100, exact) come from the LKE (`sumber_lhk` says which layer);
    "ZI built a year" is measured to `acuan`, the period's proposal date."""
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
            lhkpn_persen is not None and pecahan(lhkpn_persen) >= SERATUS,
            _("LKE %(kode)s, %(lapisan)s") % {"kode": KODE_LHKPN, "lapisan": sumber_lhk},
        ),
        ButirPrasyarat(
            "lhkasn",
            _("Kepatuhan LHKASN"),
            _persen(lhkasn_persen),
            "100 %",
            lhkasn_persen is not None and pecahan(lhkasn_persen) >= SERATUS,
            _("LKE %(kode)s, %(lapisan)s") % {"kode": KODE_LHKASN, "lapisan": sumber_lhk},
        ),
        ButirPrasyarat(
            "zi_setahun",
            _("ZI dibangun minimal satu tahun"),
            pencanangan.isoformat() if pencanangan else "",
            _("pencanangan ≤ %(tanggal)s") % {"tanggal": _setahun_sebelum(acuan).isoformat()},
            zi_satu_tahun(pencanangan, acuan),
            _("diukur sampai tanggal usulan %(tanggal)s") % {"tanggal": acuan.isoformat()},
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


# Short names of the prerequisites for a headline ("prasyarat belum: SAKIP").
LABEL_PENDEK = {
    "temuan": _("temuan audit"),
    "lhkpn": _("LHKPN"),
    "lhkasn": _("LHKASN"),
    "zi_setahun": _("ZI 1 tahun"),
    "sakip": _("SAKIP"),
}


def ringkasan_prasyarat(butir: list[ButirPrasyarat]) -> str:
    """'prasyarat lengkap' or 'prasyarat belum: LHKASN, SAKIP'."""
    belum = [str(LABEL_PENDEK.get(b.kode, b.label)) for b in butir if not b.memenuhi]
    if not belum:
        return str(_("prasyarat lengkap"))
    return str(_("prasyarat belum: %(daftar)s")) % {"daftar": ", ".join(belum)}
