"""Queue tasks of the survey app: housekeeping of used one-time form tokens."""

import datetime

from django.utils import timezone

from antrean.services import tugas
from survei.services import token_kirim_hapus_kedaluwarsa


@tugas(jadwal=datetime.timedelta(hours=1))
def token_kirim_bersihkan() -> int:
    # Submissions purge too, but a unit with no new responses still forgets its tokens.
    return token_kirim_hapus_kedaluwarsa(hari_ini=timezone.localdate())
