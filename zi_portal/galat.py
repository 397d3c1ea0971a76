"""Error pages that say what was wrong with the request."""

from django.shortcuts import render


def permintaan_salah(request, exception=None):
    """handler400: the reason a request was refused (a message for the user, never a
    traceback), in the portal's layout."""
    pesan = str(exception) if exception and len(str(exception)) < 300 else ""
    return render(request, "400.html", {"pesan": pesan}, status=400)
