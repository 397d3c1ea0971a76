"""Indonesian first: the language is Indonesian unless the user chose another one
with the language switcher (a cookie). Unlike Django's LocaleMiddleware it does not
follow the browser's Accept-Language, because many office PCs and phones here are
set to English while their users expect the portal in Indonesian."""

from django.conf import settings
from django.core.exceptions import BadRequest
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import gettext_lazy as _


class BahasaMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.supported = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        language = chosen if chosen in self.supported else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        patch_vary_headers(response, ("Cookie",))
        return response


PESAN_NUL = _(
    "Permintaan ini berisi karakter NUL yang tidak diizinkan pada alamat, parameter atau isian."
)


def _ada_nul(pasangan) -> bool:
    return any("\x00" in k or "\x00" in v for k, v in pasangan)


class TolakNulMiddleware:
    """A NUL byte is never part of a real address, parameter, cookie or form value,
    and PostgreSQL refuses it in text (a 500 deep inside a query). Refused here, once,
    with a 400 and a message: path, query and cookies before anything reads them, form
    fields before the view (process_view)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            "\x00" in request.path
            or _ada_nul((k, v) for k, vs in request.GET.lists() for v in vs)
            or _ada_nul(request.COOKIES.items())
        ):
            raise BadRequest(PESAN_NUL)
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method == "POST" and _ada_nul(
            (k, v) for k, vs in request.POST.lists() for v in vs
        ):
            raise BadRequest(PESAN_NUL)
        return None


class PribadiMiddleware:
    """`Cache-Control: private, no-store` on every page seen logged in and on every
    download (an attachment), whoever asks: a shared office PC's browser cache, the
    back button after logout or a proxy must never keep a copy of them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        masuk = getattr(getattr(request, "user", None), "is_authenticated", False)
        lampiran = response.get("Content-Disposition", "").lower().startswith("attachment")
        if masuk or lampiran:
            patch_cache_control(response, private=True, no_store=True)
        return response
