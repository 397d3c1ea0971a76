from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from satker.access import hak_pengguna
from satker.selectors import satker_untuk_pengguna
from zi_portal.kesehatan import periksa_kesehatan


@login_required
def beranda(request):
    """Start page: the units in the user's scope and what they may do there."""
    hak = hak_pengguna(request.user)
    daftar = satker_untuk_pengguna(user=request.user)[:50]
    return render(request, "satker/beranda.html", {"hak": hak, "daftar": daftar})


@never_cache
def healthz(request):
    """200 when the database, the queue, the file store and the limit store all answer;
    503 naming the failing part otherwise (for load balancers and monitoring)."""
    hasil = periksa_kesehatan()
    teks = "".join(f"{nama}: {keadaan}\n" for nama, keadaan in hasil)
    sehat = all(keadaan == "ok" for _, keadaan in hasil)
    return HttpResponse(teks, status=200 if sehat else 503, content_type="text/plain")
