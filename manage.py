#!/usr/bin/env python
import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "zi_portal.settings")
    from django.core.management import execute_from_command_line

    from zi_portal.env import PengaturanTidakValid

    try:
        execute_from_command_line(sys.argv)
    except PengaturanTidakValid as exc:
        # A deliberate refusal, not a bug: say what to set in one line.
        sys.exit(f"ZI Portal: {exc}")


if __name__ == "__main__":
    main()
