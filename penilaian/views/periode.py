"""Periods and the list of assessments: what a user sees first."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from penilaian.access import boleh_buka_periode, periode_untuk, periode_untuk_dikelola
from penilaian.forms.alur import (
    JadwalPeriodeForm,
    PenugasanMassalForm,
    PeriodeForm,
    TambahSatkerForm,
)
from penilaian.models import Lapisan, Penilaian
from penilaian.selectors.penilaian import penilaian_untuk_pengguna, periode_untuk_pengguna
from penilaian.services import periode as layanan
from penilaian.services.aturan import menunggu_tanpa_evaluator
from satker.access import hak_pengguna, wajib_admin
from zi_portal.formulir import tempel_kesalahan


def _dengan_skor(daftar):
    """Assessments with their own stored score, in one extra query."""
    from penilaian.models import SkorSnapshot

    daftar = list(daftar)
    skor = {
        s.penilaian_id: s
        for s in SkorSnapshot.objects.filter(penilaian__in=daftar, lapisan=Lapisan.MANDIRI)
    }
    for p in daftar:
        p.skor_unit = skor.get(p.pk)
    return daftar


@login_required
def daftar(request):
    penilaian = penilaian_untuk_pengguna(user=request.user)
    # An evaluator assigned from outside the scope holds no role there but has work here.
    if not (hak_pengguna(request.user).berperan or penilaian.exists()):
        raise PermissionDenied(_("Akun Anda belum memiliki peran."))
    status = request.GET.get("status", "")
    if status in Penilaian.Status.values:
        penilaian = penilaian.filter(status=status)
    return render(
        request,
        "penilaian/daftar.html",
        {
            "periode": periode_untuk_pengguna(user=request.user),
            "penilaian": _dengan_skor(penilaian.order_by("-periode__tahun", "satker__nama")),
            "status": status,
            "status_pilihan": Penilaian.Status.choices,
            "boleh_buka": boleh_buka_periode(request.user),
        },
    )


@login_required
def periode_baru(request):
    wajib_admin(request.user)
    form = PeriodeForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        data["satker_ids"] = [s.pk for s in data["satker_ids"]]
        try:
            periode = layanan.periode_buka(oleh=request.user, **data)
        except ValidationError as exc:
            tempel_kesalahan(form, exc)
        else:
            messages.success(request, _("Periode %(tahun)s dibuka.") % {"tahun": periode.tahun})
            return redirect("penilaian:periode_detail", pk=periode.pk)
    return render(
        request, "penilaian/periode_form.html", {"form": form, "judul": _("Buka periode penilaian")}
    )


def _form_massal(periode, data=None) -> PenugasanMassalForm:
    return PenugasanMassalForm(
        data,
        calon=layanan.evaluator_calon_periode(periode),
        penilaian=Penilaian.objects.filter(periode=periode),
    )


@login_required
def periode_detail(request, pk):
    periode, hak = periode_untuk(request.user, pk)
    penilaian = _dengan_skor(
        penilaian_untuk_pengguna(user=request.user, periode=periode)
        .annotate(jumlah_evaluator=Count("penugasan"))
        .order_by("satker__nama")
    )
    return render(
        request,
        "penilaian/periode_detail.html",
        {
            "periode": periode,
            "penilaian": penilaian,
            "tanpa_evaluator": [
                p for p in penilaian if menunggu_tanpa_evaluator(p, p.jumlah_evaluator)
            ],
            "hak": hak,
            "form_massal": _form_massal(periode) if hak.kelola else None,
        },
    )


@login_required
@require_POST
def periode_penugasan_massal(request, pk):
    periode = periode_untuk_dikelola(request.user, pk)
    form = _form_massal(periode, request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(e for es in form.errors.values() for e in es))
        return redirect("penilaian:periode_detail", pk=periode.pk)
    try:
        hasil = layanan.penugasan_beri_massal(
            periode=periode,
            penilaian_ids=[p.pk for p in form.cleaned_data["penilaian"]],
            lapisan=form.cleaned_data["lapisan"],
            evaluator=form.cleaned_data["evaluator"],
            oleh=request.user,
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request,
            _("%(nama)s ditugaskan ke %(n)s satuan kerja.")
            % {"nama": form.cleaned_data["evaluator"], "n": len(hasil)},
        )
    return redirect("penilaian:periode_detail", pk=periode.pk)


@login_required
def periode_jadwal(request, pk):
    periode = periode_untuk_dikelola(request.user, pk)
    form = JadwalPeriodeForm(request.POST or None, periode=periode)
    if request.method == "POST" and form.is_valid():
        try:
            layanan.periode_atur_jadwal(periode=periode, oleh=request.user, **form.cleaned_data)
        except ValidationError as exc:
            tempel_kesalahan(form, exc)
        else:
            messages.success(request, _("Jadwal periode disimpan."))
            return redirect("penilaian:periode_detail", pk=periode.pk)
    judul = _("Jadwal periode %(tahun)s") % {"tahun": periode.tahun}
    return render(
        request, "penilaian/periode_form.html", {"form": form, "judul": judul, "periode": periode}
    )


@login_required
def periode_tambah_satker(request, pk):
    periode = periode_untuk_dikelola(request.user, pk)
    form = TambahSatkerForm(request.POST or None, periode=periode)
    if request.method == "POST" and form.is_valid():
        try:
            baru = layanan.periode_tambah_satker(
                periode=periode,
                satker_ids=[s.pk for s in form.cleaned_data["satker_ids"]],
                oleh=request.user,
            )
        except ValidationError as exc:
            tempel_kesalahan(form, exc)
        else:
            messages.success(request, _("%(n)s satuan kerja ditambahkan.") % {"n": len(baru)})
            return redirect("penilaian:periode_detail", pk=periode.pk)
    judul = _("Tambah satuan kerja ke periode %(tahun)s") % {"tahun": periode.tahun}
    return render(
        request, "penilaian/periode_form.html", {"form": form, "judul": judul, "periode": periode}
    )
