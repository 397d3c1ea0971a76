from django.contrib.auth.decorators import login_required
from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from satker.lingkup import lingkup_pengguna
from satker.selectors import satker_untuk_pengguna


@login_required
def beranda(request):
    """Start page: the units in the user's scope and what they may do there."""
    lingkup = lingkup_pengguna(request.user)
    daftar = satker_untuk_pengguna(user=request.user)[:50]
    return render(request, "satker/beranda.html", {"lingkup": lingkup, "daftar": daftar})


@never_cache
def healthz(request):
    """200 "ok" when the database answers; 503 otherwise (for load balancers)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return HttpResponse("database unavailable", status=503, content_type="text/plain")
    return HttpResponse("ok", content_type="text/plain")
