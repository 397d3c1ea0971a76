"""Access helpers of the proposal and the documents: 404 outside the user's scope, 403
when the user may read but not do what was asked. Every view calls one first."""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from dasbor.access import periode_untuk_dasbor
from penilaian.models import Periode
from satker.lingkup import lingkup_pengguna


@dataclass(frozen=True)
class HakUsulan:
    kelola: bool  # may make and send the proposal (the Kanwil's administrators)


def periode_untuk_dibaca(user, kanwil: str, tahun: int) -> tuple[Periode, HakUsulan]:
    """A Kanwil's period for those who read the Kanwil (its administrators and auditors,
    national administrators); a unit's own people get 404."""
    periode = periode_untuk_dasbor(user, kanwil, tahun)
    lingkup = lingkup_pengguna(user)
    return periode, HakUsulan(kelola=lingkup.boleh_kelola_kanwil(periode.kanwil_id))


def periode_untuk_dikelola(user, kanwil: str, tahun: int) -> Periode:
    periode, hak = periode_untuk_dibaca(user, kanwil, tahun)
    if not hak.kelola:
        raise PermissionDenied(_("Hanya administrator Kanwil ini yang dapat menyusun usulan."))
    return periode
