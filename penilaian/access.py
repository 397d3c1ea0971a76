"""Access helpers of the `penilaian` app: every view fetches through one of these.

Outside the user's scope an object does not exist for them (404); a user who may read
it but not do the action asked gets 403. The instrument is national reference data:
every administrator may read it; only a national administrator (or superuser) may
change a version's settings."""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext as _

from penilaian.models import InstrumenVersi, Lapisan, Penilaian, Periode
from penilaian.selectors.peran import PESAN_SATKER_SENDIRI, Peran, peran_pada_penilaian
from penilaian.services import alur
from penilaian.services.alur import Langkah
from penilaian.services.aturan import lapisan_bisa_diubah, penilaian_bisa_diubah
from satker.access import wajib_admin
from satker.lingkup import lingkup_pengguna

# --- Instrument -------------------------------------------------------------------------


def instrumen_untuk_dibaca(user, kode: str) -> InstrumenVersi:
    wajib_admin(user)
    versi = InstrumenVersi.objects.filter(kode=kode).first()
    if versi is None:
        raise Http404(_("Versi instrumen tidak ditemukan."))
    return versi


@dataclass(frozen=True)
class HakInstrumen:
    atur: bool = False  # may change a version's settings (national administrator)


def instrumen_untuk(user, kode: str) -> tuple[InstrumenVersi, HakInstrumen]:
    """The version (every administrator reads it) and whether this user may set it."""
    versi = instrumen_untuk_dibaca(user, kode)
    return versi, HakInstrumen(atur=lingkup_pengguna(user).admin_nasional)


def instrumen_untuk_diatur(user, kode: str) -> InstrumenVersi:
    versi, hak = instrumen_untuk(user, kode)
    if not hak.atur:
        raise PermissionDenied(_("Pengaturan instrumen hanya diubah administrator nasional."))
    return versi


# --- Assessments ------------------------------------------------------------------------


@dataclass(frozen=True)
class Hak:
    """What one user may do with one assessment in its present status. Views and
    templates read this and never restate a rule; the action views check the same flags
    (through the helpers below) and the services check the workflow table again."""

    isi: bool = False  # the self-assessment is theirs (the unit's team)
    ubah: bool = False  # ... and it may still change in this status
    komentar: bool = False  # may write in the per-question threads
    kelola: bool = False  # the Kanwil administrator: assignments
    audit: bool = False  # may read the audit trail
    bukti_bersama: bool = False  # manages the Kanwil's shared evidence of the period
    prasyarat: bool = False  # keeps the proposal prerequisites (the unit's team, its Kanwil)
    ajukan: Langkah | None = None  # the head's submit move open now (ajukan / ajukan ulang)
    buka_kembali: bool = False  # may reopen the Final assessment now
    lapisan: tuple[str, ...] = ()  # the evaluator layers this user scores
    reviu: frozenset[str] = frozenset()  # layers whose review the user may start now
    kembalikan: frozenset[str] = frozenset()  # layers that may send it back now
    selesaikan: frozenset[str] = frozenset()  # layers the user may finish now
    ubah_lapisan: frozenset[str] = frozenset()  # the user's layers open for answers now

    @property
    def impor(self) -> tuple[str, ...]:
        """The layers the user may fill from an LKE workbook: the unit's team its own,
        an evaluator the layers they score."""
        return ((Lapisan.MANDIRI,) if self.isi else ()) + self.lapisan


# The moves of the unit itself (the head submits); the rest belong to a layer or the Kanwil.
LANGKAH_UNIT = {alur.AJUKAN, alur.AJUKAN_ULANG}


def hak_dari_peran(penilaian: Penilaian, peran: Peran) -> Hak:
    """The permissions of `peran` on `penilaian` as it stands: no query."""
    unit = dict(alur.langkah_tersedia(penilaian=penilaian, peran=peran))
    per_lapisan = {
        lp: {
            lk.nama
            for _ke, lk in alur.langkah_tersedia(penilaian=penilaian, peran=peran, lapisan=lp)
        }
        for lp in peran.lapisan_dinilai
    }

    def bisa(nama: str) -> frozenset[str]:
        return frozenset(lp for lp, langkah in per_lapisan.items() if nama in langkah)

    return Hak(
        isi=peran.isi,
        ubah=peran.isi and penilaian_bisa_diubah(penilaian, Lapisan.MANDIRI),
        komentar=peran.isi or peran.kelola or bool(peran.ditugaskan),
        kelola=peran.kelola,
        audit=peran.kelola or peran.audit,
        bukti_bersama=peran.kelola_kanwil,
        prasyarat=peran.isi or peran.kelola,
        ajukan=next((lk for lk in unit.values() if lk.nama in LANGKAH_UNIT), None),
        buka_kembali=any(lk.nama == alur.BUKA_KEMBALI for lk in unit.values()),
        lapisan=peran.lapisan_dinilai,
        reviu=bisa(alur.MULAI_REVIU),
        kembalikan=bisa(alur.KEMBALIKAN),
        selesaikan=bisa(alur.SELESAIKAN),
        # open while in review and not finished: one query, only for an evaluator then
        ubah_lapisan=lapisan_bisa_diubah(penilaian, peran.lapisan_dinilai),
    )


def _ambil(user, pk: int) -> tuple[Penilaian, Peran]:
    """The assessment and the user's standing on it; 404 outside their scope (an
    evaluator assigned to any layer reads it too)."""
    penilaian = (
        Penilaian.objects.select_related("periode__versi", "periode__kanwil", "satker")
        .filter(pk=pk)
        .first()
    )
    if penilaian is None:
        raise Http404(_("Penilaian tidak ditemukan."))
    peran = peran_pada_penilaian(user=user, penilaian=penilaian)
    if not (peran.baca or peran.ditugaskan):
        raise Http404(_("Penilaian tidak ditemukan."))
    return penilaian, peran


def penilaian_untuk(user, pk: int) -> tuple[Penilaian, Hak]:
    """The assessment (404 outside the user's scope) and what the user may do with it,
    read once for the page (as healthchecks' `_get_check_for_user` returns `rw`)."""
    penilaian, peran = _ambil(user, pk)
    return penilaian, hak_dari_peran(penilaian, peran)


def penilaian_untuk_dibaca(user, pk: int) -> Penilaian:
    return _ambil(user, pk)[0]


def penilaian_untuk_diisi(user, pk: int) -> Penilaian:
    """The unit's own team (head and operators) fills the self-assessment."""
    penilaian, peran = _ambil(user, pk)
    if not peran.isi:
        raise PermissionDenied(
            _("Hanya tim satuan kerja ini yang dapat mengisi penilaian mandiri.")
        )
    return penilaian


def penilaian_untuk_dinilai(user, pk: int, lapisan: str) -> Penilaian:
    """Only an evaluator assigned to that layer answers in it (superusers too)."""
    return penilaian_untuk_lapisan(user, pk, lapisan)[0]


def penilaian_untuk_lapisan(user, pk: int, lapisan: str) -> tuple[Penilaian, Hak]:
    """As `penilaian_untuk_dinilai`, with what the evaluator may do now (`hak`)."""
    penilaian, peran = _ambil(user, pk)
    if lapisan == Lapisan.MANDIRI or lapisan not in Lapisan.values:
        raise Http404(_("Lapisan penilaian tidak dikenal."))
    if peran.satker_sendiri:
        raise PermissionDenied(str(PESAN_SATKER_SENDIRI))
    if not peran.menilai(lapisan):
        raise PermissionDenied(_("Anda tidak ditugaskan menilai lapisan ini."))
    return penilaian, hak_dari_peran(penilaian, peran)


def penilaian_untuk_dikelola(user, pk: int) -> Penilaian:
    """The Kanwil administrator of the unit (periods, evaluator assignment, reopening)."""
    penilaian, peran = _ambil(user, pk)
    if not peran.kelola:
        raise PermissionDenied(_("Hanya administrator Kanwil yang dapat melakukan ini."))
    return penilaian


def penilaian_untuk_dikomentari(user, pk: int) -> Penilaian:
    """The per-question thread is between the unit's team, its assigned evaluators and
    the Kanwil administrators; auditors and other readers only read it."""
    penilaian, peran = _ambil(user, pk)
    if not hak_dari_peran(penilaian, peran).komentar:
        raise PermissionDenied(_("Anda hanya dapat membaca diskusi penilaian ini."))
    return penilaian


def penilaian_untuk_diaudit(user, pk: int) -> Penilaian:
    """The audit trail is for auditors and administrators of the unit."""
    penilaian, peran = _ambil(user, pk)
    if not hak_dari_peran(penilaian, peran).audit:
        raise PermissionDenied(_("Jejak audit hanya untuk auditor dan administrator."))
    return penilaian


def periode_untuk_dibaca(user, pk: int):
    from penilaian.selectors.penilaian import periode_untuk_pengguna

    periode = periode_untuk_pengguna(user=user).filter(pk=pk).first()
    if periode is None:
        raise Http404(_("Periode tidak ditemukan."))
    return periode


@dataclass(frozen=True)
class HakPeriode:
    kelola: bool = False  # the Kanwil's administrator: schedule, units, shared evidence


def boleh_buka_periode(user) -> bool:
    """Opens a new period: a Kanwil administrator (or superuser)."""
    lingkup = lingkup_pengguna(user)
    return lingkup.semua or bool(lingkup.kanwil_dikelola)


def periode_untuk(user, pk: int) -> tuple:
    """The period (404 outside the user's scope) and what the user may do with it."""
    periode = periode_untuk_dibaca(user, pk)
    return periode, HakPeriode(kelola=lingkup_pengguna(user).boleh_kelola_kanwil(periode.kanwil_id))


def periode_untuk_dikelola(user, pk: int):
    periode, hak = periode_untuk(user, pk)
    if not hak.kelola:
        raise PermissionDenied(_("Hanya administrator Kanwil ini yang dapat melakukan ini."))
    return periode


def periode_untuk_bukti_bersama(user, pk: int) -> Periode:
    """The Kanwil's administrator manages its shared evidence (404 outside scope, 403
    for those who can see the Kanwil but not administer it)."""
    periode = Periode.objects.select_related("kanwil", "versi").filter(pk=pk).first()
    lingkup = lingkup_pengguna(user)
    if periode is None or not (lingkup.semua or lingkup.boleh_baca(periode.kanwil_id)):
        raise Http404(_("Periode tidak ditemukan."))
    if not lingkup.boleh_kelola_kanwil(periode.kanwil_id):
        raise PermissionDenied(_("Hanya administrator Kanwil yang dapat mengelola bukti bersama."))
    return periode
