from django.urls import path  # noqa: F401

app_name = "penilaian"

urlpatterns: list = [
    # -- instrument (read-only browsing for administrators) --
    # -- assessments --
]
