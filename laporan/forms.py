from django import forms
from django.utils.translation import gettext_lazy as _


class ImporLkeForm(forms.Form):
    berkas = forms.FileField(
        label=_("Berkas LKE (.xlsx)"),
        help_text=_("Buku kerja LKE yang diunduh dari portal ini, sudah diisi."),
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx"}),
    )
