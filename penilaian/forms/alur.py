"""Forms of the period, assignment, reopening and comment pages. Answers are not a
Django form: each question posts its own small request (see views/lembar.py)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from penilaian.models import InstrumenVersi, Lapisan, Penilaian
from satker.lingkup import lingkup_pengguna
from satker.models import Pengguna, Satker


class _Tanggal(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None, format=None):
        # A date input takes ISO dates whatever the interface language.
        super().__init__(attrs, format=format or "%Y-%m-%d")


class _Bootstrap:
    """Adds Bootstrap's classes to every widget (checkbox lists keep their own)."""

    def gaya(self) -> None:
        for field in self.fields.values():
            widget = field.widget
            if isinstance(widget, forms.CheckboxSelectMultiple):
                continue
            kelas = "form-select" if isinstance(widget, forms.Select) else "form-control"
            widget.attrs.setdefault("class", kelas)


class PeriodeForm(_Bootstrap, forms.Form):
    kanwil = forms.ModelChoiceField(Satker.objects.none(), label=_("Kanwil"))
    tahun = forms.IntegerField(label=_("Tahun"), min_value=2015, max_value=2100)
    versi = forms.ModelChoiceField(
        InstrumenVersi.objects.filter(aktif=True), label=_("Versi instrumen")
    )
    batas_mandiri = forms.DateField(label=_("Batas penilaian mandiri"), widget=_Tanggal)
    batas_reviu = forms.DateField(label=_("Batas reviu"), widget=_Tanggal)
    tanggal_usulan = forms.DateField(
        label=_("Tanggal usulan"),
        widget=_Tanggal,
        required=False,
        help_text=_(
            "Kosongkan untuk 31 Mei tahun periode. ZI minimal satu tahun diukur sampai tanggal ini."
        ),
    )
    survei_mulai = forms.DateField(
        label=_("Jendela survei: mulai"),
        widget=_Tanggal,
        required=False,
        help_text=_("Kosongkan untuk 1 Januari. Respons survei dihitung menurut tanggalnya."),
    )
    survei_selesai = forms.DateField(
        label=_("Jendela survei: selesai"),
        widget=_Tanggal,
        required=False,
        help_text=_("Kosongkan untuk tanggal usulan."),
    )
    satker_ids = forms.ModelMultipleChoiceField(
        Satker.objects.none(),
        label=_("Satuan kerja yang dinilai"),
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        lingkup = lingkup_pengguna(user)
        kanwil = Satker.objects.filter(jenis=Satker.Jenis.KANWIL, aktif=True)
        if not lingkup.semua:
            kanwil = kanwil.filter(pk__in=lingkup.kanwil_dikelola)
        self.fields["kanwil"].queryset = kanwil
        if kanwil.count() == 1:
            self.fields["kanwil"].initial = kanwil.first()
        self.fields["satker_ids"].queryset = Satker.objects.filter(
            induk__in=kanwil, aktif=True
        ).select_related("induk")
        self.fields["satker_ids"].label_from_instance = lambda s: f"{s.nama} ({s.induk.nama})"
        self.gaya()


class JadwalPeriodeForm(_Bootstrap, forms.Form):
    """An open period's deadlines, proposal date and survey window (the service checks
    their order, with its own messages)."""

    batas_mandiri = forms.DateField(label=_("Batas penilaian mandiri"), widget=_Tanggal)
    batas_reviu = forms.DateField(label=_("Batas reviu"), widget=_Tanggal)
    tanggal_usulan = forms.DateField(
        label=_("Tanggal usulan"),
        widget=_Tanggal,
        help_text=_("ZI minimal satu tahun diukur sampai tanggal ini."),
    )
    survei_mulai = forms.DateField(label=_("Jendela survei: mulai"), widget=_Tanggal)
    survei_selesai = forms.DateField(
        label=_("Jendela survei: selesai"),
        widget=_Tanggal,
        help_text=_("Respons survei dihitung untuk periode ini menurut tanggalnya."),
    )

    def __init__(self, *args, periode, **kwargs):
        kwargs.setdefault("initial", {nama: getattr(periode, nama) for nama in self.base_fields})
        super().__init__(*args, **kwargs)
        self.gaya()


class TambahSatkerForm(forms.Form):
    satker_ids = forms.ModelMultipleChoiceField(
        Satker.objects.none(),
        label=_("Satuan kerja yang ditambahkan"),
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, periode, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["satker_ids"].queryset = Satker.objects.filter(
            induk=periode.kanwil, aktif=True
        ).exclude(penilaian__periode=periode)


class PenugasanForm(_Bootstrap, forms.Form):
    lapisan = forms.ChoiceField(
        label=_("Lapisan"), choices=[(lp.value, lp.label) for lp in (Lapisan.KANWIL, Lapisan.TPI)]
    )
    evaluator = forms.ModelChoiceField(Pengguna.objects.none(), label=_("Evaluator"))

    def __init__(self, *args, calon, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["evaluator"].queryset = calon
        self.gaya()


class BukaKembaliForm(_Bootstrap, forms.Form):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.gaya()

    alasan = forms.CharField(
        label=_("Alasan membuka kembali"), widget=forms.Textarea(attrs={"rows": 3})
    )
    lapisan = forms.ChoiceField(
        label=_("Lapisan yang dibuka kembali"),
        required=False,
        choices=[
            ("", _("Tidak ada (lapisan baru yang akan menilai)")),
            (Lapisan.KANWIL.value, Lapisan.KANWIL.label),
            (Lapisan.TPI.value, Lapisan.TPI.label),
        ],
    )


class IndeksLapisanForm(forms.Form):
    """The IPAK/IPKP value an evaluator records for their layer, with its source."""

    nilai = forms.DecimalField(
        label=_("Nilai (0-4)"), min_value=0, max_value=4, max_digits=6, decimal_places=4
    )
    sumber = forms.CharField(label=_("Sumber"), max_length=300)
    dokumen = forms.CharField(label=_("Dokumen sumber"), max_length=300)


class KomentarForm(_Bootstrap, forms.Form):
    teks = forms.CharField(
        label=_("Komentar"), max_length=4000, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.gaya()


class PenugasanMassalForm(_Bootstrap, forms.Form):
    """One evaluator for one layer of the units ticked in the period's table."""

    lapisan = forms.ChoiceField(
        label=_("Lapisan"), choices=[(lp.value, lp.label) for lp in (Lapisan.KANWIL, Lapisan.TPI)]
    )
    evaluator = forms.ModelChoiceField(Pengguna.objects.none(), label=_("Evaluator"))
    penilaian = forms.ModelMultipleChoiceField(
        Penilaian.objects.none(),
        label=_("Satuan kerja"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Pilih sedikitnya satu satuan kerja untuk ditugaskan.")},
    )

    def __init__(self, *args, calon, penilaian, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["evaluator"].queryset = calon
        self.fields["penilaian"].queryset = penilaian
        self.gaya()
