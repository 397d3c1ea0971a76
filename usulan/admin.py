"""Proposals are read in the admin (the record of what was proposed and sent); they are
made and sent only through the portal's services."""

from django.contrib import admin

from usulan.models import Usulan, UsulanSatker


class UsulanSatkerInline(admin.TabularInline):
    model = UsulanSatker
    extra = 0
    can_delete = False
    readonly_fields = [f.name for f in UsulanSatker._meta.fields]

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Usulan)
class UsulanAdmin(admin.ModelAdmin):
    list_display = ["periode", "status", "tanggal_kirim", "nomor_surat"]
    list_filter = ["status"]
    inlines = [UsulanSatkerInline]
    readonly_fields = [f.name for f in Usulan._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
