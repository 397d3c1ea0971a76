"""Access helpers of the recap and survey exports and of export jobs: 404 outside the
user's scope, 403 when the user is in scope but may not do this."""

import datetime

from django.http import Http404
from django.utils.translation import gettext as _

from dasbor.access import periode_untuk_dasbor, wajib_nasional  # noqa: F401  (re-exported)
from laporan.models import PekerjaanEkspor
from laporan.survei_data import Cakupan, cakupan_kanwil, cakupan_satker
from satker.access import satker_untuk_dibaca
from satker.lingkup import lingkup_pengguna
from satker.models import Satker


def periode_untuk_rekap(user, kanwil: str, tahun: int):
    """A Kanwil's period, for those who read the Kanwil (its administrators and
    auditors, national administrators, superusers); 404 for everyone else."""
    return periode_untuk_dasbor(user, kanwil, tahun)


def cakupan_survei_untuk_dibaca(user, kode: str, tahun: int) -> Cakupan:
    """A unit's survey data for whoever reads the unit; a Kanwil's (its units within
    the user's scope) for whoever reads the Kanwil. 404 otherwise (a year no calendar
    has included)."""
    if not datetime.MINYEAR <= tahun <= datetime.MAXYEAR:
        raise Http404(_("Tahun tidak ditemukan."))
    satker = satker_untuk_dibaca(user, kode)
    if satker.jenis == Satker.Jenis.KANWIL:
        lingkup = lingkup_pengguna(user)
        return cakupan_kanwil(satker, tahun, satker_ids=None if lingkup.semua else lingkup.baca)
    return cakupan_satker(satker, tahun)


def pekerjaan_untuk_pemohon(user, pk: int) -> PekerjaanEkspor:
    """Only the person who asked for an export (or a superuser) sees it."""
    qs = PekerjaanEkspor.objects.filter(pk=pk)
    if not user.is_superuser:
        qs = qs.filter(pemohon=user)
    pekerjaan = qs.first()
    if pekerjaan is None:
        raise Http404(_("Ekspor tidak ditemukan."))
    return pekerjaan
