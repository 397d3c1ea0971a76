"""Forms of the evidence pages. They only shape input; every check of content, size,
editability and scope is in penilaian.services.unggahan and penilaian.services.bukti."""

from django import forms
from django.utils.translation import gettext_lazy as _

from penilaian.services.unggahan import ACCEPT


class BerkasBanyakInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class BerkasBanyakField(forms.FileField):
    """A file input that takes several files at once (Django's documented pattern)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", BerkasBanyakInput(attrs={"accept": ACCEPT}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        satu = super().clean
        if isinstance(data, list | tuple):
            return [satu(d, initial) for d in data]
        return [satu(data, initial)]


class UnggahForm(forms.Form):
    berkas = BerkasBanyakField(label=_("Berkas"))
    judul = forms.CharField(
        label=_("Judul (opsional)"),
        max_length=200,
        required=False,
        help_text=_("Kosongkan untuk memakai nama berkas."),
    )


class TautanForm(forms.Form):
    url = forms.CharField(label=_("Alamat tautan"), max_length=1000)
    judul = forms.CharField(label=_("Judul (opsional)"), max_length=200, required=False)


class GantiForm(forms.Form):
    berkas = forms.FileField(
        label=_("Berkas pengganti"), widget=forms.ClearableFileInput(attrs={"accept": ACCEPT})
    )


class BuktiBersamaForm(forms.Form):
    kode = forms.ChoiceField(label=_("Pertanyaan"))
    judul = forms.CharField(label=_("Judul (opsional)"), max_length=200, required=False)
    berkas = forms.FileField(
        label=_("Berkas"), widget=forms.ClearableFileInput(attrs={"accept": ACCEPT})
    )
    satker = forms.MultipleChoiceField(
        label=_("Tautkan ke penilaian satuan kerja"), widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, pertanyaan, penilaian, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kode"].choices = [(p.kode, f"{p.kode} — {p.teks[:80]}") for p in pertanyaan]
        self.fields["satker"].choices = [
            (str(p.pk), f"{p.satker.nama} ({p.get_status_display()})") for p in penilaian
        ]
