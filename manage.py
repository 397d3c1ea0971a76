#!/usr/bin/env python
import os
import sys

# Developer commands that only read the code and never serve a request or touch a
# secret: a fresh checkout runs them with development settings instead of meeting the
# production refusal to start without SECRET_KEY.
PERINTAH_PENGEMBANG = {"makemigrations", "makemessages", "compilemessages"}


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "zi_portal.settings")
    if len(sys.argv) > 1 and sys.argv[1] in PERINTAH_PENGEMBANG:
        os.environ.setdefault("DEBUG", "1")
    from django.core.management import execute_from_command_line

    from zi_portal.env import PengaturanTidakValid

    try:
        execute_from_command_line(sys.argv)
    except PengaturanTidakValid as exc:
        # A deliberate refusal, not a bug: say what to set in one line.
        sys.exit(f"ZI Portal: {exc}")


if __name__ == "__main__":
    main()
