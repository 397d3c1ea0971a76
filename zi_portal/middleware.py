"""Indonesian first: the language is Indonesian unless the user chose another one
with the language switcher (a cookie). Unlike Django's LocaleMiddleware it does not
follow the browser's Accept-Language, because many office PCs and phones here are
set to English while their users expect the portal in Indonesian."""

from django.conf import settings
from django.utils import translation
from django.utils.cache import patch_vary_headers


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
