"""Forms of the survey pages. The public form is built from the questionnaire
version, so new versions need no code."""

from django import forms
from django.utils.translation import gettext_lazy as _

from survei.models import AreaButir, IndeksEksternal, KuesionerVersi, Profil

SKALA_SETUJU = {
    4: [_("Tidak setuju"), _("Kurang setuju"), _("Setuju"), _("Sangat setuju")],
    6: [
        _("Sangat tidak setuju"),
        _("Tidak setuju"),
        _("Agak tidak setuju"),
        _("Agak setuju"),
        _("Setuju"),
        _("Sangat setuju"),
    ],
}
SKALA_MUTU = {4: [_("Tidak baik"), _("Kurang baik"), _("Baik"), _("Sangat baik")]}

PROFIL = ["usia", "jenis_kelamin", "pendidikan", "pekerjaan", "jenis_responden", "layanan"]
KENDALI = ["token", "langkah", "situs"]


def pilihan_skala(versi: KuesionerVersi) -> list[tuple[str, str]]:
    label = SKALA_MUTU if versi.kuesioner.jenis == "skm" else SKALA_SETUJU
    teks = label.get(versi.skala_maks) or [str(i) for i in range(1, versi.skala_maks + 1)]
    return [(str(i), f"{i} — {t}") for i, t in enumerate(teks, start=1)]


def _radio(label, choices, required=True):
    return forms.ChoiceField(
        label=label, choices=choices, widget=forms.RadioSelect, required=required
    )


class FormSurvei(forms.Form):
    """All fields of one questionnaire; the view shows them one section per page."""

    usia = _radio(_("Usia"), Profil.Usia.choices)
    jenis_kelamin = _radio(_("Jenis kelamin"), Profil.Kelamin.choices)
    pendidikan = _radio(_("Pendidikan terakhir"), Profil.Pendidikan.choices)
    pekerjaan = _radio(_("Pekerjaan"), Profil.Pekerjaan.choices)
    jenis_responden = _radio(_("Anda datang sebagai"), Profil.JenisResponden.choices)
    saran = forms.CharField(
        label=_("Saran atau masukan (boleh dikosongkan)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": 1000}),
    )
    # Honeypot: hidden from people by CSS and aria-hidden; bots fill every field.
    situs = forms.CharField(label=_("Jangan diisi"), required=False)
    # Issued by the server with the form (survei.perlindungan): signed nonce and time.
    token = forms.CharField(widget=forms.HiddenInput, max_length=200)
    langkah = forms.IntegerField(widget=forms.HiddenInput, min_value=0, max_value=2)

    def __init__(
        self,
        *args,
        versi: KuesionerVersi,
        layanan,
        kiosk: bool = False,
        profil_diingat: bool = False,
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        self.versi = versi
        # The profile was given in an earlier survey of this visit (survei.kunjungan):
        # its fields travel with the answers but no page asks them again.
        self.profil_diingat = profil_diingat
        self.butir = list(versi.butir.order_by("urutan"))
        daftar_layanan = [(str(x.pk), x.nama) for x in layanan]
        if daftar_layanan:
            self.fields["layanan"] = _radio(_("Layanan yang Anda terima"), daftar_layanan)
        if kiosk:
            self.fields["dibantu"] = forms.BooleanField(
                label=_("Diisi dengan bantuan petugas (responden tidak dapat membaca)"),
                required=False,
            )
        else:
            self.fields["kode"] = forms.CharField(
                label=_("Kode pada tiket (jika ada)"),
                required=False,
                max_length=20,
                widget=forms.TextInput(
                    attrs={"autocomplete": "off", "autocapitalize": "characters"}
                ),
            )
        skala = pilihan_skala(versi)
        for b in self.butir:
            self.fields[f"b_{b.kode}"] = _radio(f"{b.kode}. {b.teks}", skala)

    def langkah_field(self) -> list[list[str]]:
        """Field names per page: profile, questions, suggestion; with the profile
        remembered, the ticket code (or kiosk's assisted box) opens the questions page."""
        per_respons = [n for n in ("kode", "dibantu") if n in self.fields]
        butir = [f"b_{b.kode}" for b in self.butir]
        if self.profil_diingat:
            return [per_respons + butir, ["saran"]]
        profil = [n for n in PROFIL if n in self.fields]
        return [profil + per_respons, butir, ["saran"]]

    def judul_langkah(self) -> list:
        judul = [_("Tentang Anda"), _("Penilaian"), _("Saran")]
        return judul[1:] if self.profil_diingat else judul

    def jawaban(self) -> dict[str, str]:
        return {b.kode: self.cleaned_data[f"b_{b.kode}"] for b in self.butir}

    def profil(self) -> dict:
        return {n: self.cleaned_data.get(n) for n in PROFIL}


class LayananForm(forms.Form):
    nama = forms.CharField(label=_("Nama layanan"), max_length=150)


class KodeForm(forms.Form):
    jumlah = forms.IntegerField(label=_("Jumlah kode"), min_value=1, max_value=500, initial=50)


class PengaturanForm(forms.Form):
    wajib_kode = forms.BooleanField(
        label=_("Formulir publik wajib memakai kode sekali pakai"), required=False
    )


class IndeksEksternalForm(forms.Form):
    tahun = forms.IntegerField(label=_("Tahun"), min_value=2000, max_value=2100)
    jenis = forms.ChoiceField(label=_("Indeks"), choices=IndeksEksternal.Jenis.choices)
    # Not chosen by the user: the view sets it from the role and refuses any other
    # (403) so a unit's team cannot post a value for the evaluator layers.
    lingkup = forms.ChoiceField(
        choices=IndeksEksternal.Lingkup.choices, widget=forms.HiddenInput, required=False
    )
    nilai = forms.DecimalField(
        label=_("Nilai (0-4)"), min_value=0, max_value=4, max_digits=6, decimal_places=4
    )
    sumber = forms.CharField(
        label=_("Sumber"),
        max_length=300,
        help_text=_("Mis. BPS Provinsi Kepulauan Riau, survei 2026; atau nama pihak ketiga."),
    )
    dokumen = forms.CharField(
        label=_("Dokumen sumber"),
        max_length=300,
        help_text=_("Judul, nomor dan tanggal laporan survei yang memuat nilai ini."),
    )
    tautan = forms.URLField(
        label=_("Tautan dokumen"),
        max_length=500,
        required=False,
        assume_scheme="https",
        help_text=_("Opsional: alamat laporan yang dapat dibuka evaluator."),
    )


class VersiForm(forms.Form):
    skala_maks = forms.TypedChoiceField(
        label=_("Skala"), choices=[(4, "1-4"), (6, "1-6")], coerce=int
    )
    konversi = forms.ChoiceField(
        label=_("Konversi ke 0-4"), choices=KuesionerVersi.Konversi.choices
    )
    bobot_skm = forms.ChoiceField(label=_("Bobot unsur SKM"), choices=KuesionerVersi.Bobot.choices)
    # Optional so an older client's post keeps the version's current value.
    asal = forms.ChoiceField(
        label=_("Asal instrumen"), choices=KuesionerVersi.Asal.choices, required=False
    )
    catatan = forms.CharField(
        label=_("Catatan"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class ButirForm(forms.Form):
    kode = forms.CharField(label=_("Kode"), max_length=10)
    teks_id = forms.CharField(label=_("Teks (Indonesia)"), max_length=300)
    teks_en = forms.CharField(label=_("Teks (Inggris)"), max_length=300)
    area = forms.ChoiceField(
        label=_("Area perubahan"),
        choices=[("", "—"), *AreaButir.choices],
        required=False,
        help_text=_("Wajib untuk survei internal."),
    )
    sumber = forms.CharField(label=_("Sumber butir"), max_length=300, required=False)


ButirFormSet = forms.formset_factory(ButirForm, extra=2, can_delete=True, max_num=40)
