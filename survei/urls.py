from django.urls import path

from survei.views import internal, kuesioner, pegawai, publik, unit

app_name = "survei"

urlpatterns = [
    # Public, printed on posters: never change these.
    path("s/<slug:kode>/", publik.beranda, name="publik"),
    path("s/<slug:kode>/terima-kasih/", publik.terima_kasih, name="terima_kasih"),
    path("s/<slug:kode>/kiosk/", publik.kiosk, name="kiosk"),
    path("s/<slug:kode>/kiosk/terima-kasih/", publik.kiosk_terima_kasih, name="kiosk_terima_kasih"),
    path("s/<slug:kode>/kiosk/kunci/", publik.kiosk_kunci, name="kiosk_kunci"),
    # The staff survey, printed on code slips: never change these either.
    path("s/<slug:kode>/kiosk/pegawai/", pegawai.kiosk, name="kiosk_pegawai"),
    path("s/<slug:kode>/pegawai/", pegawai.isi, name="pegawai"),
    path(
        "s/<slug:kode>/pegawai/terima-kasih/",
        pegawai.terima_kasih,
        name="pegawai_terima_kasih",
    ),
    path("s/<slug:kode>/kiosk/<str:jenis>/kembali/", publik.kiosk_kembali, name="kiosk_kembali"),
    path("s/<slug:kode>/<str:jenis>/kembali/", publik.kembali, name="kembali"),
    path("s/<slug:kode>/kiosk/<str:jenis>/", publik.kiosk_isi, name="kiosk_isi"),
    path("s/<slug:kode>/<str:jenis>/", publik.isi, name="isi"),
    # Portal.
    path("survei/", unit.daftar, name="daftar"),
    path("survei/<slug:kode>/", unit.hasil, name="hasil"),
    path("survei/<slug:kode>/layanan/", unit.layanan, name="layanan"),
    path(
        "survei/<slug:kode>/layanan/<int:pk>/aktif/<int:aktif>/",
        unit.layanan_aktif,
        name="layanan_aktif",
    ),
    path("survei/<slug:kode>/kode/", unit.kode_sekali, name="kode"),
    path("survei/<slug:kode>/pengaturan/", unit.pengaturan, name="pengaturan"),
    path("survei/<slug:kode>/eksternal/", unit.eksternal, name="eksternal"),
    path("survei/<slug:kode>/kios/<int:pk>/tutup/", unit.kios_tutup, name="kios_tutup"),
    path(
        "survei/<slug:kode>/eksternal/<int:pk>/hapus/", unit.eksternal_hapus, name="eksternal_hapus"
    ),
    path("survei/<slug:kode>/poster.png", unit.poster_png, name="poster_png"),
    path("survei/<slug:kode>/poster.pdf", unit.poster_pdf, name="poster_pdf"),
    path("survei/<slug:kode>/internal/", internal.hasil, name="internal"),
    path("survei/<slug:kode>/internal/pegawai/", internal.pegawai, name="internal_pegawai"),
    path("survei/<slug:kode>/internal/kode/", internal.kode, name="internal_kode"),
    path(
        "survei/<slug:kode>/internal/kode/batal/", internal.kode_batal, name="internal_kode_batal"
    ),
    path("kuesioner/", kuesioner.daftar, name="kuesioner"),
    path("kuesioner/<str:jenis>/versi-baru/", kuesioner.versi_baru, name="versi_baru"),
    path("kuesioner/versi/<int:pk>/", kuesioner.versi, name="versi"),
    path("kuesioner/versi/<int:pk>/ubah/", kuesioner.versi_ubah, name="versi_ubah"),
    path("kuesioner/versi/<int:pk>/terbitkan/", kuesioner.versi_terbitkan, name="versi_terbitkan"),
]
