from django.urls import path

from survei.views import publik

app_name = "survei"

urlpatterns = [
    path("s/<slug:kode>/", publik.beranda, name="publik"),
    path("s/<slug:kode>/terima-kasih/", publik.terima_kasih, name="terima_kasih"),
    path("s/<slug:kode>/kiosk/", publik.kiosk, name="kiosk"),
    path("s/<slug:kode>/kiosk/terima-kasih/", publik.kiosk_terima_kasih, name="kiosk_terima_kasih"),
    path("s/<slug:kode>/kiosk/<str:jenis>/", publik.kiosk_isi, name="kiosk_isi"),
    path("s/<slug:kode>/<str:jenis>/", publik.isi, name="isi"),
]
