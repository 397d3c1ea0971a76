"""Access helpers of the `penilaian` app: every view fetches through one of these.

Outside the user's scope an object does not exist for them (404); a user who may read
it but not do the action asked gets 403. The instrument is national reference data:
every administrator may read it; only a national administrator (or superuser) may
change a version's settings."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from penilaian.models import InstrumenVersi, Lapisan, Penilaian, PenugasanEvaluator
from satker.access import wajib_admin
from satker.lingkup import lingkup_pengguna
from satker.selectors import pengguna_bertugas_di_satker

PESAN_SATKER_SENDIRI = gettext_lazy(
    "Pemisahan tugas: Anda kepala atau operator satuan kerja ini, jadi tidak dapat "
    "menilai atau mereviu penilaiannya."
)

# --- Instrument -------------------------------------------------------------------------


def instrumen_untuk_dibaca(user, kode: str) -> InstrumenVersi:
    wajib_admin(user)
    versi = InstrumenVersi.objects.filter(kode=kode).first()
    if versi is None:
        raise Http404(_("Versi instrumen tidak ditemukan."))
    return versi


def instrumen_untuk_diatur(user, kode: str) -> InstrumenVersi:
    versi = instrumen_untuk_dibaca(user, kode)
    lingkup = lingkup_pengguna(user)
    if not (lingkup.semua or lingkup.instansi_dikelola):
        raise PermissionDenied(_("Pengaturan instrumen hanya diubah administrator nasional."))
    return versi


# --- Assessments ------------------------------------------------------------------------


def _ditugaskan(user, penilaian_id: int, lapisan: str | None = None) -> bool:
    penugasan = PenugasanEvaluator.objects.filter(penilaian_id=penilaian_id, evaluator=user)
    if lapisan is not None:
        penugasan = penugasan.filter(lapisan=lapisan)
    return user.is_authenticated and penugasan.exists()


def satker_sendiri(user, penilaian: Penilaian) -> bool:
    """Whether `user` is on the assessed unit's own team: then no evaluator layer, no
    review move and no evaluator import is theirs, whatever assignments say."""
    return pengguna_bertugas_di_satker(pengguna=user, satker_id=penilaian.satker_id)


def penilaian_untuk_dibaca(user, pk: int) -> Penilaian:
    penilaian = (
        Penilaian.objects.select_related("periode__versi", "periode__kanwil", "satker")
        .filter(pk=pk)
        .first()
    )
    if penilaian is None or not (
        lingkup_pengguna(user).boleh_baca(penilaian.satker_id) or _ditugaskan(user, pk)
    ):
        raise Http404(_("Penilaian tidak ditemukan."))
    return penilaian


def penilaian_untuk_diisi(user, pk: int) -> Penilaian:
    """The unit's own team (head and operators) fills the self-assessment."""
    penilaian = penilaian_untuk_dibaca(user, pk)
    if not lingkup_pengguna(user).boleh_isi(penilaian.satker_id):
        raise PermissionDenied(
            _("Hanya tim satuan kerja ini yang dapat mengisi penilaian mandiri.")
        )
    return penilaian


def penilaian_untuk_dinilai(user, pk: int, lapisan: str) -> Penilaian:
    """Only an evaluator assigned to that layer answers in it (superusers too)."""
    penilaian = penilaian_untuk_dibaca(user, pk)
    if lapisan == Lapisan.MANDIRI or lapisan not in Lapisan.values:
        raise Http404(_("Lapisan penilaian tidak dikenal."))
    if satker_sendiri(user, penilaian):
        raise PermissionDenied(str(PESAN_SATKER_SENDIRI))
    if not (user.is_superuser or _ditugaskan(user, pk, lapisan)):
        raise PermissionDenied(_("Anda tidak ditugaskan menilai lapisan ini."))
    return penilaian


def penilaian_untuk_dikelola(user, pk: int) -> Penilaian:
    """The Kanwil administrator of the unit (periods, evaluator assignment, reopening)."""
    penilaian = penilaian_untuk_dibaca(user, pk)
    if not lingkup_pengguna(user).boleh_kelola(penilaian.satker_id):
        raise PermissionDenied(_("Hanya administrator Kanwil yang dapat melakukan ini."))
    return penilaian


def penilaian_untuk_dikomentari(user, pk: int) -> Penilaian:
    """The per-question thread is between the unit's team, its assigned evaluators and
    the Kanwil administrators; auditors and other readers only read it."""
    penilaian = penilaian_untuk_dibaca(user, pk)
    lingkup = lingkup_pengguna(user)
    if not (
        lingkup.boleh_isi(penilaian.satker_id)
        or lingkup.boleh_kelola(penilaian.satker_id)
        or _ditugaskan(user, pk)
    ):
        raise PermissionDenied(_("Anda hanya dapat membaca diskusi penilaian ini."))
    return penilaian


def penilaian_untuk_diaudit(user, pk: int) -> Penilaian:
    """The audit trail is for auditors and administrators of the unit."""
    penilaian = penilaian_untuk_dibaca(user, pk)
    lingkup = lingkup_pengguna(user)
    if not (lingkup.boleh_kelola(penilaian.satker_id) or penilaian.satker_id in lingkup.audit):
        raise PermissionDenied(_("Jejak audit hanya untuk auditor dan administrator."))
    return penilaian


def periode_untuk_dibaca(user, pk: int):
    from penilaian.selectors.penilaian import periode_untuk_pengguna

    periode = periode_untuk_pengguna(user=user).filter(pk=pk).first()
    if periode is None:
        raise Http404(_("Periode tidak ditemukan."))
    return periode


def periode_untuk_dikelola(user, pk: int):
    periode = periode_untuk_dibaca(user, pk)
    lingkup = lingkup_pengguna(user)
    if not (lingkup.semua or periode.kanwil_id in lingkup.kanwil_dikelola):
        raise PermissionDenied(_("Hanya administrator Kanwil ini yang dapat melakukan ini."))
    return periode
