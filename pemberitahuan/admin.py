from django.contrib import admin

from pemberitahuan.models import Pemberitahuan


@admin.register(Pemberitahuan)
class PemberitahuanAdmin(admin.ModelAdmin):
    list_display = ["judul", "penerima", "jenis", "dibuat_pada", "dibaca_pada"]
    list_filter = ["jenis"]
    search_fields = ["judul", "penerima__username"]
    raw_id_fields = ["penerima"]
