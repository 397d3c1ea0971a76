from django import forms

from dasbor.models import PrasyaratUsulan
from dasbor.services import KOLOM_PRASYARAT


class PrasyaratForm(forms.ModelForm):
    class Meta:
        model = PrasyaratUsulan
        fields = KOLOM_PRASYARAT
        widgets = {"catatan": forms.Textarea(attrs={"rows": 3})}
