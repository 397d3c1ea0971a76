from django import forms
from django.utils.translation import gettext_lazy as _


class ImporLkeForm(forms.Form):
    berkas = forms.FileField(
        label=_("Berkas LKE (.xlsx)"),
        help_text=_(
            "Buku kerja LKE yang sudah diisi: unduhan portal ini, atau LKE yang Anda pakai "
            "untuk evaluasi (tata letak Lampiran III, templat Itjen, dsb.)."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx"}),
    )


class PemetaanLapisanForm(forms.Form):
    """Which answer column of the uploaded workbook goes to which layer: one select per
    layer the person may write, each option saying what it would change."""

    def __init__(self, *args, pratinjau, **kwargs):
        from laporan.impor_pratinjau import nama_lapisan

        super().__init__(*args, **kwargs)
        self.lapisan = pratinjau.lapisan
        for lap in self.lapisan:
            pilihan = [("", _("— tidak diimpor —"))]
            pilihan += [(s.id, s.label) for s in pratinjau.hasil.sumber]
            field = forms.ChoiceField(
                label=nama_lapisan(lap),
                choices=pilihan,
                required=False,
                initial=pratinjau.awal.get(lap, ""),
            )
            # What each column would change in this layer, listed under the select.
            field.perubahan = [
                (s.label, pratinjau.ubah[(lap, s.id)]) for s in pratinjau.hasil.sumber
            ]
            self.fields[f"lapisan_{lap}"] = field

    def pemetaan(self) -> dict[str, str]:
        return {lap: self.cleaned_data.get(f"lapisan_{lap}") or "" for lap in self.lapisan}
