from django.urls import include, path  # noqa: F401

app_name = "penilaian"

urlpatterns: list = [
    # -- instrument (read-only browsing for administrators) --
    path("", include("penilaian.urls_alur")),  # periods, worksheet, review, workflow
    # -- assessments --
]
