"""Queue tasks of the assessment app: refreshing open layers' scores after survey changes,
and the reminders."""

import datetime

from django.utils import timezone

from antrean.services import tugas
from penilaian.models import Penilaian, SkorTertunda
from penilaian.services.kabar_tenggat import kabar_target_survei, kabar_tenggat


@tugas(percobaan=3)
def skor_segarkan(*, penilaian_id: int) -> None:
    """Refreshes the stored scores of the assessment's open layers from the survey
    aggregates (finished layers keep their frozen score). The waiting mark goes first, in
    its own commit: a response stored while this runs marks the assessment again and
    queues the next refresh, so none is missed."""
    from penilaian.services.skor import skor_perbarui_lapisan_terbuka

    SkorTertunda.objects.filter(penilaian_id=penilaian_id).delete()
    penilaian = Penilaian.objects.filter(pk=penilaian_id).select_related("periode__versi").first()
    if penilaian is not None:
        skor_perbarui_lapisan_terbuka(penilaian=penilaian)


@tugas(jadwal=datetime.timedelta(hours=6))
def pengingat_kirim() -> int:
    """Deadlines within 7 days or passed, survey targets reached; each told once."""
    hari_ini = timezone.localdate()
    return kabar_tenggat(hari_ini=hari_ini) + kabar_target_survei(hari_ini=hari_ini)
