from django.apps import AppConfig


class ZiPortalConfig(AppConfig):
    """The project as an app only to register its system checks (zi_portal/checks.py)."""

    name = "zi_portal"
    verbose_name = "ZI Portal"

    def ready(self) -> None:
        from zi_portal import checks  # noqa: F401 (registers the checks on import)
