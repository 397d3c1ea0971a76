"""gunicorn settings, read from the project folder (gunicorn loads ./gunicorn.conf.py
by default when started there, as the README's production command is).

No `Server` header: gunicorn has no setting for the `Server: gunicorn` line it adds to
every HTTP/1 response, and the line only tells a scanner what runs here. Its response
class writes the line in `default_headers`, so this file filters it out when gunicorn
loads its configuration, before any worker answers a request.
"""

from gunicorn.http import wsgi as _wsgi

_kepala_asli = _wsgi.Response.default_headers


def _tanpa_server(self):
    return [baris for baris in _kepala_asli(self) if not baris.lower().startswith("server:")]


_wsgi.Response.default_headers = _tanpa_server
