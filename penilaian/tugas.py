"""Queue tasks of the assessment app: the daily reminders."""

import datetime

from django.utils import timezone

from antrean.services import tugas
from penilaian.kabar_tenggat import kabar_target_survei, kabar_tenggat


@tugas(jadwal=datetime.timedelta(hours=6))
def pengingat_kirim() -> int:
    """Deadlines within 7 days or passed, survey targets reached; each told once."""
    hari_ini = timezone.localdate()
    return kabar_tenggat(hari_ini=hari_ini) + kabar_target_survei(hari_ini=hari_ini)
