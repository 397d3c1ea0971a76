"""Access helpers of the LKE import: who may import into which layers of which
assessment, and whose pending upload a preview may read."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from laporan.models import UnggahanLke
from laporan.unggahan_lke import unggahan_untuk
from penilaian.access import hak_dari_peran, penilaian_untuk
from penilaian.models import Penilaian
from penilaian.selectors.peran import peran_pada_penilaian


def lapisan_boleh_impor(user, penilaian) -> list[str]:
    """Layers this user may write from a workbook (`Hak.impor`): the unit's team its own
    layer, an assigned evaluator (or a superuser) the evaluator layers, never of their
    own unit."""
    return list(
        hak_dari_peran(penilaian, peran_pada_penilaian(user=user, penilaian=penilaian)).impor
    )


def penilaian_untuk_diimpor(user, pk: int) -> tuple[Penilaian, list[str]]:
    """The assessment (404 outside the user's scope) and the layers this user may fill
    from a workbook; 403 when there is none."""
    penilaian, hak = penilaian_untuk(user, pk)
    lapisan = list(hak.impor)
    if not lapisan:
        raise PermissionDenied(_("Anda tidak dapat mengisi lapisan mana pun dari penilaian ini."))
    return penilaian, lapisan


def unggahan_untuk_diimpor(user, pk: int, token) -> tuple[Penilaian, list[str], UnggahanLke]:
    """As `penilaian_untuk_diimpor`, with the user's own pending upload (404 when it is
    someone else's, another assessment's, or expired)."""
    penilaian, lapisan = penilaian_untuk_diimpor(user, pk)
    return penilaian, lapisan, unggahan_untuk(token=token, penilaian=penilaian, user=user)
