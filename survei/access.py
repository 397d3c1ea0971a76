"""Access helpers for survey pages (404 outside scope, 403 read-only)."""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext as _

from satker.access import satker_untuk_dibaca
from satker.lingkup import lingkup_pengguna
from satker.models import Satker
from survei.models import IndeksEksternal, Kios, Kuesioner, KuesionerVersi
from survei.selectors import versi_terbit


def satker_publik(kode: str) -> Satker:
    """The unit behind a printed URL: any active unit, for anyone."""
    satker = Satker.objects.filter(kode=kode, aktif=True).first()
    if satker is None:
        raise Http404(_("Satuan kerja tidak ditemukan."))
    return satker


def versi_publik(jenis: str) -> KuesionerVersi:
    versi = versi_terbit(jenis)
    # The staff survey is answered only by code, on its own form (survei.views.pegawai).
    if versi is None or versi.kuesioner.jenis not in Kuesioner.JENIS_PUBLIK:
        raise Http404(_("Kuesioner tidak ditemukan."))
    return versi


def satker_survei_untuk_dibaca(user, kode: str) -> Satker:
    return satker_untuk_dibaca(user, kode)


@dataclass(frozen=True)
class HakSurvei:
    """What one user may do with one unit's surveys."""

    kelola: bool = False  # services, codes, kiosk, external values


def satker_survei_untuk(user, kode: str) -> tuple[Satker, HakSurvei]:
    """The unit (404 outside the user's scope) and what the user may do with its surveys:
    unit staff (head, operator) and the Kanwil's administrators run them; evaluators and
    auditors only read."""
    satker = satker_untuk_dibaca(user, kode)
    lingkup = lingkup_pengguna(user)
    return satker, HakSurvei(kelola=lingkup.boleh_isi(satker.pk) or lingkup.boleh_kelola(satker.pk))


def satker_survei_untuk_dikelola(user, kode: str) -> Satker:
    satker, hak = satker_survei_untuk(user, kode)
    if not hak.kelola:
        raise PermissionDenied(_("Anda hanya dapat melihat survei satuan kerja ini."))
    return satker


PESAN_LINGKUP_EVALUATOR = _(
    "Nilai untuk lapisan evaluator hanya dicatat administrator Kanwil atau evaluator lapisan "
    "itu; tim satuan kerja mencatat nilai untuk penilaian mandirinya sendiri."
)


def lingkup_eksternal(user, satker: Satker) -> str:
    """The scope of the external values this user records for the unit: the Kanwil's
    administrators record for the evaluator layers, the unit's team for its own
    self-assessment (the Kanwil role wins for someone who has both)."""
    if lingkup_pengguna(user).boleh_kelola(satker.pk):
        return IndeksEksternal.Lingkup.KANWIL
    return IndeksEksternal.Lingkup.UNIT


def wajib_lingkup_eksternal(user, satker: Satker, lingkup: str) -> None:
    """403 when the user would enter, change or remove a value of another scope: a
    unit's team never touches what counts for an evaluator layer."""
    if lingkup != lingkup_eksternal(user, satker):
        raise PermissionDenied(PESAN_LINGKUP_EVALUATOR)


def eksternal_untuk_dikelola(user, kode: str, pk: int) -> IndeksEksternal:
    """An external value of a unit the user runs the survey of, in the user's own scope."""
    satker = satker_survei_untuk_dikelola(user, kode)
    indeks = IndeksEksternal.objects.filter(pk=pk, satker=satker).first()
    if indeks is None:
        raise Http404(_("Nilai tidak ditemukan."))
    wajib_lingkup_eksternal(user, satker, indeks.lingkup)
    return indeks


def kios_untuk_dikelola(user, kode: str, pk: int) -> Kios:
    """A kiosk of a unit the user runs the survey of (to close it)."""
    satker = satker_survei_untuk_dikelola(user, kode)
    kios = Kios.objects.select_related("satker").filter(pk=pk, satker=satker).first()
    if kios is None:
        raise Http404(_("Kios tidak ditemukan."))
    return kios


def wajib_admin_kuesioner(user) -> None:
    """Questionnaires are shared by every unit: only national administrators edit them."""
    lingkup = lingkup_pengguna(user)
    if not lingkup.admin_nasional:
        raise PermissionDenied(_("Hanya administrator nasional yang mengelola kuesioner."))


def versi_untuk_dikelola(user, pk: int) -> KuesionerVersi:
    wajib_admin_kuesioner(user)
    versi = KuesionerVersi.objects.select_related("kuesioner").filter(pk=pk).first()
    if versi is None:
        raise Http404(_("Versi tidak ditemukan."))
    return versi
