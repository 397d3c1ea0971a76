from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.generic import RedirectView

from satker.forms.masuk import LupaSandiForm, MasukForm
from satker.views.umum import beranda, healthz

handler400 = "zi_portal.galat.permintaan_salah"

urlpatterns = [
    path("", beranda, name="beranda"),
    path("healthz", healthz, name="healthz"),
    # Browsers ask for /favicon.ico on pages without an icon link (Django's admin).
    path("favicon.ico", RedirectView.as_view(url=f"{settings.STATIC_URL}favicon.svg")),
    path(
        "masuk/",
        auth_views.LoginView.as_view(
            authentication_form=MasukForm, redirect_authenticated_user=True
        ),
        name="login",
    ),
    path("keluar/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "akun/kata-sandi/ganti/",
        auth_views.PasswordChangeView.as_view(),
        name="password_change",
    ),
    path(
        "akun/kata-sandi/ganti/selesai/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path(
        "akun/kata-sandi/lupa/",
        auth_views.PasswordResetView.as_view(form_class=LupaSandiForm),
        name="password_reset",
    ),
    path(
        "akun/kata-sandi/lupa/terkirim/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "akun/kata-sandi/atur/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "akun/kata-sandi/atur/selesai/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("", include("satker.urls")),
    path("", include("penilaian.urls")),
    path("", include("survei.urls")),
    path("", include("laporan.urls")),
    path("", include("usulan.urls")),
    path("dasbor/", include("dasbor.urls")),
    path("pemberitahuan/", include("pemberitahuan.urls")),
]
