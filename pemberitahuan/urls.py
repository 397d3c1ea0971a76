from django.urls import path

from pemberitahuan import views

app_name = "pemberitahuan"

urlpatterns = [
    path("", views.daftar, name="daftar"),
    path("<int:pk>/baca/", views.baca, name="baca"),
    path("baca-semua/", views.baca_semua, name="baca_semua"),
    path("pengaturan/", views.pengaturan, name="pengaturan"),
]
