"""Forms of the internal survey: the staff form (built from the questionnaire version,
one page per change area) and the unit's pages (staff counts, codes)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from survei.forms import pilihan_skala
from survei.models import AreaButir, KuesionerVersi, ProfilPegawai

PROFIL = ["kode", "kategori", "masa_kerja", "melayani_publik"]


def _radio(label, choices, **kwargs):
    return forms.ChoiceField(label=label, choices=choices, widget=forms.RadioSelect, **kwargs)


class FormPegawai(forms.Form):
    """Every field of the staff survey; the view shows the code and profile first, then
    one page per change area in the version, the integrity items last."""

    kode = forms.CharField(
        label=_("Kode pada slip Anda"),
        max_length=20,
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )
    kategori = _radio(_("Status kepegawaian Anda"), ProfilPegawai.Kategori.choices)
    masa_kerja = _radio(_("Lama bekerja di unit ini"), ProfilPegawai.MasaKerja.choices)
    melayani_publik = forms.TypedChoiceField(
        label=_("Apakah Anda melayani masyarakat secara langsung?"),
        choices=[("ya", _("Ya")), ("tidak", _("Tidak"))],
        coerce=lambda v: v == "ya",
        widget=forms.RadioSelect,
    )
    # Honeypot: hidden from people by CSS and aria-hidden; bots fill every field.
    situs = forms.CharField(label=_("Jangan diisi"), required=False)
    token = forms.CharField(widget=forms.HiddenInput, max_length=200)
    langkah = forms.IntegerField(widget=forms.HiddenInput, min_value=0, max_value=20)

    def __init__(self, *args, versi: KuesionerVersi, **kwargs):
        super().__init__(*args, **kwargs)
        self.versi = versi
        self.butir = list(versi.butir.order_by("urutan"))
        skala = pilihan_skala(versi)
        for b in self.butir:
            self.fields[f"b_{b.kode}"] = _radio(f"{b.kode}. {b.teks}", skala)

    def halaman(self) -> list[tuple[str, list[str]]]:
        """(title, field names) per page: code and profile, then each area in order."""
        urutan = {a: i for i, a in enumerate(AreaButir.values)}
        area = sorted({b.area for b in self.butir}, key=lambda a: urutan.get(a, len(urutan)))
        label = dict(AreaButir.choices)
        return [(_("Kode dan tentang Anda"), PROFIL)] + [
            (label.get(a, _("Pertanyaan lain")), [f"b_{b.kode}" for b in self.butir if b.area == a])
            for a in area
        ]

    def jawaban(self) -> dict[str, str]:
        return {b.kode: self.cleaned_data[f"b_{b.kode}"] for b in self.butir}

    def profil(self) -> dict:
        return {n: self.cleaned_data.get(n) for n in PROFIL if n != "kode"}


class JumlahPegawaiForm(forms.Form):
    tahun = forms.IntegerField(label=_("Tahun"), min_value=2000, max_value=2100)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for kategori, label in ProfilPegawai.Kategori.choices:
            self.fields[kategori] = forms.IntegerField(
                label=label, min_value=0, max_value=100000, initial=0
            )

    def jumlah(self) -> dict[str, int]:
        return {k: self.cleaned_data[k] for k in ProfilPegawai.Kategori.values}


class KodeInternalForm(forms.Form):
    jumlah = forms.IntegerField(
        label=_("Jumlah slip kode"),
        min_value=1,
        max_value=500,
        help_text=_("Satu slip untuk setiap pegawai, termasuk honorer dan tenaga kontrak."),
    )
