"""Forms of the proposal page: which units (one checkbox each, with a reason where a
prerequisite is unmet) and who signs; then the sent letter's number and dates."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class _Tanggal(forms.DateInput):
    input_type = "date"


class UsulanForm(forms.Form):
    """Built from the candidates: a unit that cannot be proposed has a disabled box; one
    proposable by default is ticked; one with an unmet prerequisite asks for a reason."""

    penandatangan_nama = forms.CharField(label=_("Nama penanda tangan"), max_length=200)
    penandatangan_jabatan = forms.CharField(label=_("Jabatan penanda tangan"), max_length=200)
    penandatangan_nip = forms.CharField(
        label=_("NIP penanda tangan"),
        max_length=24,
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
    )

    def __init__(self, *args, calon, usulan=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.calon = calon
        tersimpan = {u.penilaian_id: u for u in usulan.unit.all()} if usulan else None
        for c in calon:
            pk = c.penilaian.pk
            dipilih = (pk in tersimpan) if tersimpan is not None else c.layak
            self.fields[f"unit_{pk}"] = forms.BooleanField(
                label=c.penilaian.satker.nama, required=False, initial=dipilih, disabled=not c.bisa
            )
            if c.bisa and c.prasyarat_belum:
                alasan = tersimpan[pk].alasan if tersimpan and pk in tersimpan else ""
                self.fields[f"alasan_{pk}"] = forms.CharField(
                    label=_("Alasan tetap diusulkan"),
                    required=False,
                    max_length=2000,
                    initial=alasan,
                    widget=forms.Textarea(attrs={"rows": 2}),
                )

    def baris(self):
        """(candidate, its box, its reason field or None) for the template's table."""
        for c in self.calon:
            pk = c.penilaian.pk
            alasan = self[f"alasan_{pk}"] if f"alasan_{pk}" in self.fields else None
            yield c, self[f"unit_{pk}"], alasan

    def pilihan(self) -> dict[int, str]:
        """{penilaian pk: reason} of the ticked units."""
        return {
            c.penilaian.pk: self.cleaned_data.get(f"alasan_{c.penilaian.pk}", "")
            for c in self.calon
            if self.cleaned_data.get(f"unit_{c.penilaian.pk}")
        }


class KirimForm(forms.Form):
    nomor_surat = forms.CharField(label=_("Nomor surat"), max_length=200)
    tanggal_surat = forms.DateField(label=_("Tanggal surat"), widget=_Tanggal)
    tanggal_kirim = forms.DateField(
        label=_("Tanggal dikirim"), widget=_Tanggal, initial=timezone.localdate
    )
