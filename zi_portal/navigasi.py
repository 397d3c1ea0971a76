"""The navigation bar: each entry says who may see it, so each role sees only
what it can use. Hiding an entry is convenience, never protection: every view
checks access itself."""

from collections.abc import Callable
from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from satker.lingkup import Lingkup, lingkup_pengguna


@dataclass(frozen=True)
class Menu:
    label: str
    url_name: str
    ikon: str
    boleh: Callable[[Lingkup], bool]


MENU = [
    Menu(_("Beranda"), "beranda", "house", lambda lk: True),
    Menu(_("Tugas saya"), "dasbor:tugas", "list-check", lambda lk: lk.punya_peran),
    Menu(_("Dasbor"), "dasbor:beranda", "speedometer2", lambda lk: lk.punya_peran),
    Menu(_("Satuan kerja"), "satker:daftar", "building", lambda lk: lk.punya_peran),
    Menu(_("Pengguna"), "satker:pengguna_daftar", "people", lambda lk: lk.admin),
    Menu(_("Instrumen LKE"), "penilaian:instrumen_daftar", "journal-check", lambda lk: lk.admin),
    Menu(_("Penilaian"), "penilaian:daftar", "clipboard-check", lambda lk: lk.punya_peran),
    Menu(_("Survei"), "survei:daftar", "clipboard-data", lambda lk: lk.punya_peran),
    Menu(
        _("Kuesioner"),
        "survei:kuesioner",
        "ui-checks",
        lambda lk: lk.admin_nasional,
    ),
    Menu(_("Ekspor saya"), "laporan:pekerjaan_daftar", "download", lambda lk: lk.punya_peran),
]


def navigasi(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"menu": []}
    lingkup = lingkup_pengguna(user)
    menu = []
    for item in MENU:
        if not item.boleh(lingkup):
            continue
        try:
            url = reverse(item.url_name)
        except NoReverseMatch:
            continue
        menu.append(
            {
                "label": item.label,
                "url": url,
                "ikon": item.ikon,
                "aktif": request.path == url or (url != "/" and request.path.startswith(url)),
            }
        )
    return {"menu": menu, "lingkup": lingkup}
