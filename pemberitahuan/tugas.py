"""Queue task: the e-mail of one notice, through Django's mail API."""

import datetime
import logging

from django.conf import settings
from django.core.mail import send_mail
from django.utils import timezone

from antrean.services import tugas
from pemberitahuan.models import Pemberitahuan

log = logging.getLogger(__name__)


@tugas(percobaan=5, jeda=datetime.timedelta(minutes=2))
def pemberitahuan_surel_kirim(*, pemberitahuan_id: int) -> bool:
    """Sends the notice by e-mail once; a failure raises, so the queue logs it and tries
    again later. Returns False when there is nothing to send (gone, or already sent)."""
    notice = Pemberitahuan.objects.select_related("penerima").filter(pk=pemberitahuan_id).first()
    if notice is None or notice.surel_terkirim_pada or not notice.penerima.email:
        return False
    isi = notice.isi
    if notice.tautan:
        isi = f"{isi}\n\n{_alamat(notice.tautan)}".strip()
    send_mail(
        subject=f"[ZI Portal] {notice.judul}",
        message=isi,
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[notice.penerima.email],
    )
    Pemberitahuan.objects.filter(pk=notice.pk).update(surel_terkirim_pada=timezone.now())
    return True


def _alamat(tautan: str) -> str:
    dasar = getattr(settings, "PORTAL_URL", "").rstrip("/")
    return f"{dasar}{tautan}" if dasar and tautan.startswith("/") else tautan
