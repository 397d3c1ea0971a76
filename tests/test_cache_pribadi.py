"""Pages seen logged in and every download are never stored by a browser or a proxy:
`Cache-Control: private, no-store` on every GET of the URL × role table."""

import pytest

from tests.test_akses_url import KASUS

GET = [k for k in KASUS if k.metode == "get"]


@pytest.mark.parametrize("kasus", GET, ids=str)
def test_every_page_behind_login_and_every_download_is_private_and_not_stored(
    kasus, cast, masuk_sebagai
):
    dilihat = 0
    url = kasus.url(cast)  # some cases create what the URL points at
    for role in ("superuser", "admin_x", "kepala_a", "operator_a", "evaluator_a"):
        r = masuk_sebagai(role).get(url)
        if r.status_code in (403, 404):
            continue
        dilihat += 1
        kendali = {b.strip() for b in r.get("Cache-Control", "").split(",")}
        assert {"private", "no-store"} <= kendali, (role, r.status_code, r.get("Cache-Control"))
        assert "public" not in kendali
    assert dilihat  # someone of the cast may open every page


def test_an_anonymous_download_is_private_too(client, cast):
    from django.http import HttpResponse

    from zi_portal.middleware import PribadiMiddleware

    def unduh(_request):
        response = HttpResponse(b"x")
        response["Content-Disposition"] = 'attachment; filename="x.txt"'
        response["Cache-Control"] = "public, max-age=600"
        return response

    request = client.get("/").wsgi_request
    request.user = type("Anon", (), {"is_authenticated": False})()
    kendali = PribadiMiddleware(unduh)(request)["Cache-Control"]
    assert "private" in kendali and "no-store" in kendali and "public" not in kendali
