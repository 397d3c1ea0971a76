from django import forms

from penilaian.models import InstrumenVersi
from penilaian.services.instrumen import PENGATURAN

# --- Instrument -------------------------------------------------------------------------


class PengaturanInstrumenForm(forms.ModelForm):
    class Meta:
        model = InstrumenVersi
        fields = list(PENGATURAN)
        widgets = {
            "nilai_abcd": forms.RadioSelect,
            "rumus_pengaduan": forms.RadioSelect,
            "minimum_area": forms.RadioSelect,
            "perbandingan_ambang": forms.RadioSelect,
        }

    # Settings added later keep their stored value when a form (or a script) leaves them out.
    DIBIARKAN = ("perbandingan_ambang", "min_responden")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for nama in self.DIBIARKAN:
            self.fields[nama].required = False

    def clean(self):
        data = super().clean()
        for nama in self.DIBIARKAN:
            if data.get(nama) in (None, ""):
                data[nama] = getattr(self.instance, nama)
        return data
