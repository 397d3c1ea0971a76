"""Queue tasks of the survey app: housekeeping of one-time form tokens."""

import datetime

from django.utils import timezone

from antrean.services import tugas
from survei.models import TokenKirim

# A form's signed start time is accepted for 24 hours (perlindungan.detik_sejak); a token
# is used at or after that start, so one used more than a day ago can never be presented
# again. An hour's margin covers clocks of several servers.
UMUR_TOKEN = datetime.timedelta(hours=25)


def token_kirim_hapus_lama(*, sebelum: datetime.datetime) -> int:
    """Deletes one-time form tokens used before `sebelum`; the one place that knows how
    tokens expire (adapt it when the token model changes)."""
    jumlah, _ = TokenKirim.objects.filter(dipakai_pada__lt=sebelum).delete()
    return jumlah


@tugas(jadwal=datetime.timedelta(hours=1))
def token_kirim_bersihkan() -> int:
    return token_kirim_hapus_lama(sebelum=timezone.now() - UMUR_TOKEN)
