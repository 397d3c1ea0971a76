from django import forms
from django.utils.translation import gettext_lazy as _

from satker.models import KopSurat, Pengguna, Peran, RiwayatPredikat, Satker, StatusZI
from satker.selectors import kanwil_untuk_pengguna, satker_untuk_pengguna

MAKS_IMPOR_MB = 5


class SatkerBaruForm(forms.ModelForm):
    class Meta:
        model = Satker
        fields = ["kode", "nama", "jenis", "induk", "alamat", "nama_kepala"]
        widgets = {"alamat": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["induk"].queryset = kanwil_untuk_pengguna(user=user)


class SatkerUbahForm(forms.ModelForm):
    class Meta:
        model = Satker
        fields = ["nama", "jenis", "alamat", "nama_kepala"]
        widgets = {"alamat": forms.Textarea(attrs={"rows": 2})}


class PindahForm(forms.Form):
    induk_baru = forms.ModelChoiceField(queryset=Satker.objects.none(), label=_("Kanwil baru"))
    catatan = forms.CharField(label=_("Catatan"), max_length=300, required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["induk_baru"].queryset = kanwil_untuk_pengguna(user=user)


class StatusZIForm(forms.ModelForm):
    class Meta:
        model = StatusZI
        fields = ["tahun", "tanggal_pencanangan", "target_predikat"]
        widgets = {"tanggal_pencanangan": forms.DateInput(attrs={"type": "date"})}

    def validate_unique(self):
        # Saving an existing year updates it (the service does get_or_create).
        pass


class PredikatForm(forms.ModelForm):
    class Meta:
        model = RiwayatPredikat
        fields = ["predikat", "tahun", "pemberi", "nomor_sk", "tanggal_sk"]
        widgets = {"tanggal_sk": forms.DateInput(attrs={"type": "date"})}


class KopSuratForm(forms.ModelForm):
    # Offices type the NIP grouped ("19700101 199003 1 001"); the model keeps 18 digits.
    nip_kepala = forms.CharField(
        label=_("NIP kepala"),
        max_length=24,
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
    )

    class Meta:
        model = KopSurat
        fields = [
            "instansi",
            "nama_kantor",
            "alamat",
            "telepon",
            "email",
            "laman",
            "kota",
            "jabatan_kepala",
            "nama_kepala",
            "nip_kepala",
            "nama_tpi",
        ]

    def clean_nip_kepala(self):
        return "".join(self.cleaned_data["nip_kepala"].split())


class ImporSatkerForm(forms.Form):
    berkas = forms.FileField(
        label=_("Berkas Excel (.xlsx)"),
        help_text=_("Kolom: kode, nama, jenis, kanwil, alamat, nama_kepala."),
    )

    def clean_berkas(self):
        berkas = self.cleaned_data["berkas"]
        if berkas.size > MAKS_IMPOR_MB * 1024 * 1024:
            raise forms.ValidationError(
                _("Berkas lebih besar dari %(mb)s MB.") % {"mb": MAKS_IMPOR_MB}
            )
        return berkas


class PenggunaDasarForm(forms.ModelForm):
    class Meta:
        model = Pengguna
        fields = ["username", "first_name", "last_name", "email"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].required = True
        self.fields["first_name"].required = True


class PenggunaBaruForm(PenggunaDasarForm):
    jenis_peran = forms.ChoiceField(label=_("Peran"), choices=())
    satker = forms.ModelChoiceField(queryset=Satker.objects.none(), label=_("Satuan kerja"))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["jenis_peran"].choices = PeranForm.pilihan_jenis()
        self.fields["satker"].queryset = satker_untuk_pengguna(user=user).filter(
            pk__in=_kelola_ids(user)
        )


class PenggunaUbahForm(PenggunaDasarForm):
    class Meta(PenggunaDasarForm.Meta):
        fields = ["first_name", "last_name", "email"]


class PeranForm(forms.Form):
    jenis = forms.ChoiceField(label=_("Peran"), choices=())
    satker = forms.ModelChoiceField(queryset=Satker.objects.none(), label=_("Satuan kerja"))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["jenis"].choices = self.pilihan_jenis()
        self.fields["satker"].queryset = satker_untuk_pengguna(user=user).filter(
            pk__in=_kelola_ids(user)
        )

    @staticmethod
    def pilihan_jenis():
        return [c for c in Peran.Jenis.choices if c[0] != Peran.Jenis.ADMIN_NASIONAL]


def _kelola_ids(user):
    from satker.lingkup import lingkup_pengguna

    lingkup = lingkup_pengguna(user)
    return Satker.objects.values("pk") if lingkup.semua else lingkup.kelola
