from django.urls import include, path  # noqa: F401  (reports add their paths here)

app_name = "laporan"

urlpatterns: list = [
    path("", include("laporan.urls_rekap")),
]
