"""Access helpers of the dashboard: 404 outside the user's scope, 403 when the user
may read but not do what was asked. Every dashboard view calls one on its first line."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext as _

from penilaian.access import Hak, penilaian_untuk
from penilaian.models import Penilaian, Periode
from satker.lingkup import lingkup_pengguna


def boleh_baca_kanwil(user, kanwil_id: int) -> bool:
    """Whether the user reads the Kanwil's own pages (for a link up from a unit)."""
    return lingkup_pengguna(user).boleh_baca(kanwil_id)


def wajib_nasional(user) -> None:
    """The national view (Kanwil as rows): superusers and national administrators."""
    lingkup = lingkup_pengguna(user)
    if not lingkup.admin_nasional:
        raise PermissionDenied(_("Halaman ini hanya untuk administrator nasional."))


def periode_untuk_dasbor(user, kanwil: str, tahun: int) -> Periode:
    """A Kanwil's period, for those who read the Kanwil itself (its administrators and
    auditors, national administrators); a unit's own people get 404 here."""
    periode = (
        Periode.objects.select_related("kanwil", "versi")
        .filter(kanwil__kode=kanwil, tahun=tahun)
        .first()
    )
    if periode is None or not lingkup_pengguna(user).boleh_baca(periode.kanwil_id):
        raise Http404(_("Periode penilaian tidak ditemukan."))
    return periode


def penilaian_untuk_dasbor(user, kanwil: str, tahun: int, satker: str) -> tuple[Penilaian, Hak]:
    """A unit's assessment of that period, for whoever may read the assessment, with
    what the user may do with it (penilaian.access.Hak)."""
    pk = (
        Penilaian.objects.filter(
            periode__kanwil__kode=kanwil, periode__tahun=tahun, satker__kode=satker
        )
        .values_list("pk", flat=True)
        .first()
    )
    if pk is None:
        raise Http404(_("Penilaian tidak ditemukan."))
    return penilaian_untuk(user, pk)


def penilaian_untuk_prasyarat(user, kanwil: str, tahun: int, satker: str) -> Penilaian:
    """The prerequisites are kept by the unit's team and by its Kanwil administrators."""
    penilaian, hak = penilaian_untuk_dasbor(user, kanwil, tahun, satker)
    if not hak.prasyarat:
        raise PermissionDenied(_("Hanya tim satuan kerja dan Kanwil yang dapat mengubah ini."))
    return penilaian
