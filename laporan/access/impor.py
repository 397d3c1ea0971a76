"""Access helpers of the LKE import: who may import into which layers of which
assessment, and whose pending upload a preview may read."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from laporan.models import UnggahanLke
from laporan.unggahan_lke import unggahan_untuk
from penilaian.access import penilaian_untuk_dibaca, satker_sendiri
from penilaian.models import LAPISAN_EVALUATOR, Lapisan, Penilaian, PenugasanEvaluator
from satker.lingkup import lingkup_pengguna


def lapisan_boleh_impor(user, penilaian) -> list[str]:
    """Layers this user may write from a workbook: the unit's team its own layer, an
    assigned evaluator (or a superuser) the evaluator layers, never of their own unit."""
    lapisan = []
    if lingkup_pengguna(user).boleh_isi(penilaian.satker_id):
        lapisan.append(Lapisan.MANDIRI)
    if satker_sendiri(user, penilaian):
        return lapisan
    ditugaskan = set(
        PenugasanEvaluator.objects.filter(penilaian=penilaian, evaluator=user).values_list(
            "lapisan", flat=True
        )
    )
    lapisan += [lp for lp in LAPISAN_EVALUATOR if user.is_superuser or lp in ditugaskan]
    return lapisan


def penilaian_untuk_diimpor(user, pk: int) -> tuple[Penilaian, list[str]]:
    """The assessment (404 outside the user's scope) and the layers this user may fill
    from a workbook; 403 when there is none."""
    penilaian = penilaian_untuk_dibaca(user, pk)
    lapisan = lapisan_boleh_impor(user, penilaian)
    if not lapisan:
        raise PermissionDenied(_("Anda tidak dapat mengisi lapisan mana pun dari penilaian ini."))
    return penilaian, lapisan


def unggahan_untuk_diimpor(user, pk: int, token) -> tuple[Penilaian, list[str], UnggahanLke]:
    """As `penilaian_untuk_diimpor`, with the user's own pending upload (404 when it is
    someone else's, another assessment's, or expired)."""
    penilaian, lapisan = penilaian_untuk_diimpor(user, pk)
    return penilaian, lapisan, unggahan_untuk(token=token, penilaian=penilaian, user=user)
