"""Content-Security-Policy on every response: scripts, styles, fonts and images come
only from the portal itself (everything is vendored into static/), so a script that
slipped into a page through user text could neither run nor send data elsewhere.

Inline styles stay allowed (Bootstrap's progress bars and Chart.js set them); inline
scripts and event handlers are not (Django's admin has none either), and the browser
tests fail on any violation.
"""

KEBIJAKAN = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self' 'unsafe-inline'",
    # Bootstrap's CSS draws icons (navbar toggler, select arrows) as data: SVGs.
    "img-src": "'self' data:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}


def header_kebijakan() -> str:
    return "; ".join(f"{arah} {sumber}" for arah, sumber in KEBIJAKAN.items())


class KebijakanKeamananKontenMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.header = header_kebijakan()

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", self.header)
        return response
