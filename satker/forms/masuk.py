from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.core.mail import EmailMultiAlternatives
from django.template import loader
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from antrean.services import tugas_antrekan


class MasukForm(AuthenticationForm):
    """The login form: one field takes either the username or the e-mail address."""

    username = forms.CharField(
        label=_("Nama pengguna atau e-mail"),
        max_length=254,
        widget=forms.TextInput(attrs={"autofocus": True, "autocomplete": "username"}),
    )
    password = forms.CharField(
        label=_("Kata sandi"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    error_messages = {
        "invalid_login": _(
            "Nama pengguna/e-mail atau kata sandi salah. Perhatikan huruf besar dan kecil."
        ),
        "inactive": _("Akun ini tidak aktif."),
    }


class LupaSandiForm(PasswordResetForm):
    """Password reset that also reaches accounts created without a password.

    Administrators create accounts with no password and tell people to use
    "Lupa kata sandi" to set one; Django's form would silently skip them.

    In the request the form only queues the work (satker.tugas.sandi_lupa_kirim), for a
    known address and an unknown one alike: the same single row is written either way,
    so the answer takes the same time and tells no one whether an account exists. The
    worker looks the address up and sends the mail (`kirim_sekarang`)."""

    kirim_sekarang = False

    def get_users(self, email):
        return get_user_model()._default_manager.filter(email__iexact=email, is_active=True)

    def save(self, domain_override=None, use_https=False, request=None, **kwargs):
        if self.kirim_sekarang:
            return super().save(domain_override=domain_override, use_https=use_https, **kwargs)
        from satker.tugas import sandi_lupa_kirim

        tugas_antrekan(
            sandi_lupa_kirim,
            email=self.cleaned_data["email"],
            domain=domain_override or request.get_host(),
            https=use_https,
            bahasa=get_language(),
        )
        return None

    def send_mail(
        self, subject_template_name, email_template_name, context, from_email, to_email, **kw
    ):
        """As Django's, but a failure to send is raised (Django only logs it), so the
        queue tries again later instead of the mail being lost."""
        subjek = "".join(loader.render_to_string(subject_template_name, context).splitlines())
        isi = loader.render_to_string(email_template_name, context)
        EmailMultiAlternatives(subjek, isi, from_email, [to_email]).send()
