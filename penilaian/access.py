"""Access helpers of the `penilaian` app (see satker/access.py for the rules).

The instrument is national reference data: every administrator may read it; only a
national administrator (or superuser) may change a version's settings.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext as _

from penilaian.models import InstrumenVersi
from satker.access import wajib_admin
from satker.lingkup import lingkup_pengguna

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
