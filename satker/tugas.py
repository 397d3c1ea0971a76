"""Queue tasks of the accounts app."""

import datetime

from django.utils import translation

from antrean.services import TugasGagal, tugas
from satker.forms.masuk import LupaSandiForm


@tugas(percobaan=5, jeda=datetime.timedelta(minutes=1))
def sandi_lupa_kirim(*, email: str, domain: str, https: bool, bahasa: str) -> None:
    """Sends the password-reset link to every active account with this address (none
    when the address is unknown), in the language the request was made in. The link's
    token is made here, so it is never stored in the queue."""
    form = LupaSandiForm({"email": email})
    if not form.is_valid():
        raise TugasGagal("alamat e-mail tidak valid")
    form.kirim_sekarang = True
    with translation.override(bahasa):
        form.save(domain_override=domain, use_https=https)
