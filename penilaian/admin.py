"""Django admin for the instrument (the portal's own pages are the everyday way in).

Reference data is versioned data: once an assessment period points at a version, that
version and its areas, sub-areas and questions are read-only here as they are in
`penilaian/services/instrumen.py` (a changed weight or reading would change scores already
given). Of a used version only `aktif` may still change, saved through `instrumen_atur`.
"""

from django import forms
from django.contrib import admin

from penilaian.models import Area, InstrumenVersi, Pertanyaan, SubArea
from penilaian.selectors.instrumen import versi_punya_jawaban
from penilaian.services.instrumen import PESAN_VERSI_SUDAH_DIPAKAI, instrumen_atur


@admin.register(InstrumenVersi)
class InstrumenVersiAdmin(admin.ModelAdmin):
    list_display = ["kode", "judul", "aktif", "nilai_abcd", "rumus_pengaduan", "minimum_area"]
    readonly_fields = ["kode", "sidik", "dibuat", "diubah"]

    def get_readonly_fields(self, request, obj=None):
        if obj is not None and versi_punya_jawaban(obj):
            return [f.name for f in obj._meta.fields if f.name != "aktif"]
        return super().get_readonly_fields(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and versi_punya_jawaban(obj):
            return False
        return super().has_delete_permission(request, obj)

    def save_model(self, request, obj, form, change):
        if change and versi_punya_jawaban(obj):
            # Only `aktif` is on the form; the service refuses anything else.
            instrumen_atur(versi=obj, oleh=request.user, aktif=form.cleaned_data["aktif"])
        else:
            super().save_model(request, obj, form, change)


class _BarisVersiAdmin(admin.ModelAdmin):
    """An area, sub-area or question: read-only and undeletable once its version is used,
    and not added under a used version."""

    def versi_baris(self, obj) -> InstrumenVersi:
        raise NotImplementedError

    def versi_data(self, data: dict) -> InstrumenVersi | None:
        """The version a row being saved would belong to, from the form's clean data."""
        raise NotImplementedError

    def get_form(self, request, obj=None, change=False, **kwargs):
        bentuk = super().get_form(request, obj, change=change, **kwargs)
        versi_data = self.versi_data

        class BentukVersiTerbuka(bentuk):
            def clean(self):
                data = super().clean()
                versi = versi_data(data)
                if versi is not None and versi_punya_jawaban(versi):
                    raise forms.ValidationError(PESAN_VERSI_SUDAH_DIPAKAI)
                return data

        return BentukVersiTerbuka

    def has_change_permission(self, request, obj=None):
        if obj is not None and versi_punya_jawaban(self.versi_baris(obj)):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and versi_punya_jawaban(self.versi_baris(obj)):
            return False
        return super().has_delete_permission(request, obj)


@admin.register(Area)
class AreaAdmin(_BarisVersiAdmin):
    list_display = ["versi", "kode", "nama", "bobot"]
    list_filter = ["versi"]

    def versi_baris(self, obj):
        return obj.versi

    def versi_data(self, data):
        return data.get("versi")


@admin.register(SubArea)
class SubAreaAdmin(_BarisVersiAdmin):
    list_display = ["kode", "nama", "aspek", "bobot", "area"]
    list_filter = ["area__versi", "aspek"]

    def versi_baris(self, obj):
        return obj.area.versi

    def versi_data(self, data):
        area = data.get("area")
        return area.versi if area is not None else None


@admin.register(Pertanyaan)
class PertanyaanAdmin(_BarisVersiAdmin):
    list_display = ["kode", "jenis_jawaban", "subarea", "versi"]
    list_filter = ["versi", "jenis_jawaban"]
    search_fields = ["kode", "teks"]

    def versi_baris(self, obj):
        return obj.versi

    def versi_data(self, data):
        return data.get("versi")
