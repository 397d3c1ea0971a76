from django import forms

from penilaian.models import InstrumenVersi

# --- Instrument -------------------------------------------------------------------------


class PengaturanInstrumenForm(forms.ModelForm):
    class Meta:
        model = InstrumenVersi
        fields = ["nilai_abcd", "rumus_pengaduan", "minimum_area", "aktif"]
        widgets = {
            "nilai_abcd": forms.RadioSelect,
            "rumus_pengaduan": forms.RadioSelect,
            "minimum_area": forms.RadioSelect,
        }
