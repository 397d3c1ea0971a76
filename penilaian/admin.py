"""Django admin for the instrument (the portal's own pages are the everyday way in)."""

from django.contrib import admin

from penilaian.models import Area, InstrumenVersi, Pertanyaan, SubArea


@admin.register(InstrumenVersi)
class InstrumenVersiAdmin(admin.ModelAdmin):
    list_display = ["kode", "judul", "aktif", "nilai_abcd", "rumus_pengaduan", "minimum_area"]
    readonly_fields = ["kode", "sidik", "dibuat", "diubah"]


@admin.register(Area)
class AreaAdmin(admin.ModelAdmin):
    list_display = ["versi", "kode", "nama", "bobot"]
    list_filter = ["versi"]


@admin.register(SubArea)
class SubAreaAdmin(admin.ModelAdmin):
    list_display = ["kode", "nama", "aspek", "bobot", "area"]
    list_filter = ["area__versi", "aspek"]


@admin.register(Pertanyaan)
class PertanyaanAdmin(admin.ModelAdmin):
    list_display = ["kode", "jenis_jawaban", "subarea", "versi"]
    list_filter = ["versi", "jenis_jawaban"]
    search_fields = ["kode", "teks"]
