"""Login with username or e-mail address, and the login lockout keyed on the person.

django-axes counts failures per (account, client address). The account is the one
the typed name resolves to, the way the login itself resolves it: trimmed, case
folded, an e-mail address resolved to its user. So `OPERATOR.KANIM`, the e-mail
address and `" operator.kanim"` are one account to the lockout, as they are to the
login. The address is read the proxy-aware way the survey rate limit reads it
(`zi_portal.klien.alamat_klien`), so someone elsewhere cannot lock a colleague out.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.db.models import Q
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

PESAN_TERKUNCI = _(
    "Demi keamanan, masuk ke akun ini dari perangkat Anda dikunci sampai pukul %(jam)s "
    "(%(tanggal)s). Coba lagi sesudah itu, atau pakai 'Lupa kata sandi', atau hubungi "
    "administrator Kanwil Anda."
)


def cari_akun(nama: str):
    """The active-or-not user a login name (username or e-mail) refers to, or None."""
    nama = (nama or "").strip()
    if not nama:
        return None
    return (
        get_user_model()
        ._default_manager.filter(Q(username__iexact=nama) | Q(email__iexact=nama))
        .order_by("pk")
        .first()
    )


class UsernameAtauEmailBackend(ModelBackend):
    """Accepts either the username or the e-mail address in the username field."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None or password is None:
            return None
        user = cari_akun(username)
        if user is None:
            # Spend the same time as a real check, so timing does not reveal accounts.
            get_user_model()().set_password(password)
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None


def nama_akun_axes(request, credentials) -> str:
    """AXES_USERNAME_CALLABLE: the account a login attempt is about. A name that is no
    account is counted as typed (trimmed, case folded), so guessing is still limited."""
    nama = (credentials or {}).get("username")
    if nama is None and request is not None:
        nama = getattr(request, "POST", {}).get("username")
    nama = str(nama or "").strip()[:254]
    user = cari_akun(nama)
    return (user.get_username() if user else nama).casefold()


def respons_terkunci(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the lockout page, saying when to try again."""
    from axes.helpers import get_client_ip_address, get_cool_off
    from axes.models import AccessAttempt

    akun = nama_akun_axes(request, credentials)
    terakhir = (
        AccessAttempt.objects.filter(username=akun, ip_address=get_client_ip_address(request))
        .order_by("-attempt_time")
        .values_list("attempt_time", flat=True)
        .first()
    )
    sampai = timezone.localtime((terakhir or timezone.now()) + get_cool_off(request))
    pesan = PESAN_TERKUNCI % {"jam": f"{sampai:%H:%M}", "tanggal": f"{sampai:%d-%m-%Y}"}
    konteks = {"pesan": pesan, "sampai": sampai}
    return render(request, "registration/terkunci.html", konteks, status=429)
