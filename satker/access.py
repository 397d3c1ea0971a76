"""Access helpers: every view fetches its objects through one of these.

Outside the user's scope an object does not exist for them (404); inside the
scope but without the right to change it, they get 403.
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext as _

from satker.lingkup import lingkup_pengguna
from satker.models import Pengguna, Satker


def satker_untuk_dibaca(user, kode: str) -> Satker:
    satker = Satker.objects.select_related("induk", "instansi").filter(kode=kode).first()
    if satker is None or not lingkup_pengguna(user).boleh_baca(satker.pk):
        raise Http404(_("Satuan kerja tidak ditemukan."))
    return satker


@dataclass(frozen=True)
class HakSatker:
    kelola: bool = False  # may edit the unit, its users and roles
    baca_induk: bool = False  # may open the unit's Kanwil (else its name, not a link)


def satker_untuk(user, kode: str) -> tuple[Satker, HakSatker]:
    """The unit (404 outside the user's scope) and what the user may do with it."""
    satker = satker_untuk_dibaca(user, kode)
    lingkup = lingkup_pengguna(user)
    return satker, HakSatker(
        kelola=lingkup.boleh_kelola(satker.pk),
        baca_induk=bool(satker.induk_id) and lingkup.boleh_baca(satker.induk_id),
    )


def satker_untuk_dikelola(user, kode: str) -> Satker:
    satker, hak = satker_untuk(user, kode)
    if not hak.kelola:
        raise PermissionDenied(_("Anda hanya dapat melihat satuan kerja ini."))
    return satker


def kanwil_untuk_dikelola(user, kode: str) -> Satker:
    """A Kanwil its administrator manages (its letterhead); any other unit is not found."""
    satker = satker_untuk_dibaca(user, kode)
    if not satker.adalah_kanwil:
        raise Http404(_("Kanwil tidak ditemukan."))
    if not lingkup_pengguna(user).boleh_kelola(satker.pk):
        raise PermissionDenied(_("Anda hanya dapat melihat satuan kerja ini."))
    return satker


def wajib_admin(user) -> None:
    """For pages that only administrators use (lists of units and users, imports)."""
    if not lingkup_pengguna(user).admin:
        raise PermissionDenied(_("Halaman ini hanya untuk administrator."))


def pengguna_untuk_dikelola(user, pk: int) -> Pengguna:
    """A person the admin may see; 403 when they also hold roles outside its scope,
    so one Kanwil cannot lock out or rename another Kanwil's people."""
    from satker.selectors import pengguna_untuk_pengguna

    wajib_admin(user)
    pengguna = pengguna_untuk_pengguna(user=user).filter(pk=pk).first()
    if pengguna is None:
        raise Http404(_("Pengguna tidak ditemukan."))
    lingkup = lingkup_pengguna(user)
    if not lingkup.semua:
        if pengguna.is_superuser:
            raise PermissionDenied(_("Akun superuser hanya dikelola superuser."))
        for satker_id, instansi_id in pengguna.peran.values_list("satker_id", "instansi_id"):
            if satker_id not in lingkup.kelola and instansi_id not in lingkup.instansi_dikelola:
                raise PermissionDenied(_("Pengguna ini juga memegang peran di luar lingkup Anda."))
    return pengguna


@dataclass(frozen=True)
class HakPengguna:
    """What a signed-in user may do before any one object is named: whether they hold a
    role at all, administer something, or administer nationally. Views read this instead
    of the scope itself."""

    berperan: bool = False
    admin: bool = False
    admin_nasional: bool = False


def hak_pengguna(user) -> HakPengguna:
    lingkup = lingkup_pengguna(user)
    return HakPengguna(
        berperan=lingkup.punya_peran, admin=lingkup.admin, admin_nasional=lingkup.admin_nasional
    )


def pengguna_berperan(user) -> HakPengguna:
    """As `hak_pengguna`; 403 for an account that holds no role yet."""
    hak = hak_pengguna(user)
    if not hak.berperan:
        raise PermissionDenied(_("Akun Anda belum memiliki peran."))
    return hak
