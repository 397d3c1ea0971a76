"""Content-Security-Policy on every response: scripts, styles, fonts and images come
only from the portal itself (everything is vendored into static/), so a script that
slipped into a page through user text could neither run nor send data elsewhere.

Neither inline scripts nor inline styles are allowed: templates carry no style
attribute or <style> element (progress bars use the .lebar-N classes of the static
CSS). Styles that scripts set through the DOM (Bootstrap, Chart.js) are not inline
markup and stay allowed. The browser tests fail on any violation, and
tests/test_platform.py fails on a style attribute in any template.
"""

KEBIJAKAN = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
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
