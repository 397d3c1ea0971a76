from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from satker.models import (
    Instansi,
    KopSurat,
    Pengguna,
    Peran,
    RiwayatInduk,
    RiwayatPredikat,
    Satker,
    StatusZI,
)


class PeranInline(admin.TabularInline):
    model = Peran
    extra = 0
    autocomplete_fields = ["satker"]


@admin.register(Pengguna)
class PenggunaAdmin(UserAdmin):
    inlines = [PeranInline]


@admin.register(Satker)
class SatkerAdmin(admin.ModelAdmin):
    list_display = ["kode", "nama", "jenis", "induk", "aktif"]
    list_filter = ["jenis", "aktif", "induk"]
    search_fields = ["kode", "nama"]


admin.site.register(Instansi)
admin.site.register(KopSurat)
admin.site.register(RiwayatInduk)
admin.site.register(RiwayatPredikat)
admin.site.register(StatusZI)
