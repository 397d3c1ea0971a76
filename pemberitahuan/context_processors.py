from django.utils.functional import SimpleLazyObject

from pemberitahuan.selectors import jumlah_belum_dibaca


def belum_dibaca(request):
    """The unread count for the navbar, counted only when a page shows it."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"pemberitahuan_belum": SimpleLazyObject(lambda: jumlah_belum_dibaca(user=user))}
