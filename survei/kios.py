"""Kiosk passes: a counter tablet locked to one unit's surveys without a staff login.

Staff open the kiosk from their own account; the portal then signs them out on that
tablet and leaves a signed cookie naming a `Kios` row instead. The cookie is only
sent to the unit's kiosk pages (its path), is useless for anything else in the
portal, and stops working when it expires or when staff close the kiosk from the
survey page, so a tablet left at the counter never carries a staff session.
"""

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from survei.models import Kios

NAMA_COOKIE = "zi_kios"
_SALT = "survei.kios"

PESAN_KIOS_SUDAH_DITUTUP = _("Kios ini sudah ditutup.")


def kios_buka(*, satker, oleh) -> Kios:
    berlaku = timezone.now() + timedelta(hours=settings.SURVEI_KIOS_JAM)
    return Kios.objects.create(satker=satker, dibuka_oleh=oleh, berlaku_sampai=berlaku)


def kios_tutup(*, kios: Kios, oleh) -> None:
    """Closes a kiosk once; the tablet's next page asks for a login."""
    ditutup = Kios.objects.filter(pk=kios.pk, ditutup_pada__isnull=True).update(
        ditutup_pada=timezone.now(), ditutup_oleh=oleh
    )
    if not ditutup:
        raise ValidationError(PESAN_KIOS_SUDAH_DITUTUP)


def kios_aktif(*, satker):
    return Kios.objects.filter(
        satker=satker, ditutup_pada__isnull=True, berlaku_sampai__gt=timezone.now()
    ).select_related("dibuka_oleh")


def pasang_izin_kios(response, kios: Kios) -> None:
    nilai = signing.dumps({"kios": kios.pk, "satker": kios.satker_id}, salt=_SALT)
    response.set_cookie(
        NAMA_COOKIE,
        nilai,
        max_age=int((kios.berlaku_sampai - timezone.now()).total_seconds()),
        path=reverse("survei:kiosk", kwargs={"kode": kios.satker.kode}),
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Strict",
    )


def izin_kios_berlaku(request, satker) -> bool:
    """Whether the request carries an open, unexpired pass for this unit's kiosk."""
    nilai = request.COOKIES.get(NAMA_COOKIE)
    if not nilai:
        return False
    try:
        isi = signing.loads(nilai, salt=_SALT)
    except signing.BadSignature:
        return False
    if not isinstance(isi, dict) or isi.get("satker") != satker.pk:
        return False
    return kios_aktif(satker=satker).filter(pk=isi.get("kios")).exists()
