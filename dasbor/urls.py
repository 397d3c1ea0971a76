from django.urls import path

from dasbor import views

app_name = "dasbor"

urlpatterns = [
    path("", views.beranda, name="beranda"),
    path("tugas/", views.tugas, name="tugas"),
    path("nasional/<int:tahun>/", views.nasional, name="nasional"),
    path("<slug:kanwil>/<int:tahun>/", views.kanwil, name="kanwil"),
    path("<slug:kanwil>/<int:tahun>/survei-internal/", views.internal, name="internal"),
    path("<slug:kanwil>/<int:tahun>/<slug:satker>/", views.unit, name="unit"),
    path("<slug:kanwil>/<int:tahun>/<slug:satker>/prasyarat/", views.prasyarat, name="prasyarat"),
]
