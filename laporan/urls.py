from django.urls import path  # noqa: F401  (reports add their paths here)

app_name = "laporan"

urlpatterns: list = []
