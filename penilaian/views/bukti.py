"""Evidence (data dukung) pages: per question list/upload/link/replace/delete, the
permission-checked download, carry-over, and the Kanwil's shared evidence.

Plain forms posting to one URL per action, so everything works without JavaScript."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from penilaian.access import (
    penilaian_untuk,
    penilaian_untuk_dibaca,
    penilaian_untuk_diisi,
    periode_untuk_bukti_bersama,
)
from penilaian.forms.bukti import BuktiBersamaForm, GantiForm, TautanForm, UnggahForm
from penilaian.models import Bukti, Penilaian, Pertanyaan
from penilaian.selectors import bukti as sel
from penilaian.services import bukti as layanan
from penilaian.services.unggahan import ACCEPT, jenis_pratinjau, nama_aman, ukuran_maks
from zi_portal.formulir import tempel_kesalahan


def _pertanyaan(penilaian: Penilaian, kode: str) -> Pertanyaan:
    return get_object_or_404(
        Pertanyaan.objects.select_related("subarea__area"),
        versi_id=penilaian.periode.versi_id,
        kode=kode,
    )


def _tautan(penilaian, pertanyaan, bukti_pk):
    tautan = sel.tautan_di_pertanyaan(penilaian=penilaian, pertanyaan=pertanyaan, bukti_pk=bukti_pk)
    if tautan is None:
        raise Http404(_("Bukti tidak ditemukan."))
    return tautan


def _halaman(request, penilaian, pertanyaan, *, hak=None, status=200, **forms):
    if hak is None:  # a refused POST re-renders: what the user may do, read afresh
        _penilaian, hak = penilaian_untuk(request.user, penilaian.pk)
    konteks = {
        "penilaian": penilaian,
        "pertanyaan": pertanyaan,
        "daftar": sel.bukti_untuk_pertanyaan(penilaian=penilaian, pertanyaan=pertanyaan),
        "hak": hak,
        "maks_mb": ukuran_maks() // (1024 * 1024),
        "accept": ACCEPT,
        "form_unggah": forms.get("form_unggah") or UnggahForm(),
        "form_tautan": forms.get("form_tautan") or TautanForm(),
        "form_ganti": forms.get("form_ganti"),
        "ganti_pk": forms.get("ganti_pk"),
    }
    return render(request, "penilaian/bukti/pertanyaan.html", konteks, status=status)


def _ke_halaman(penilaian, pertanyaan):
    return redirect("penilaian:bukti_pertanyaan", pk=penilaian.pk, kode=pertanyaan.kode)


@login_required
def bukti_daftar(request, pk):
    penilaian, hak = penilaian_untuk(request.user, pk)
    daftar = sel.pertanyaan_dengan_jumlah_bukti(penilaian=penilaian)
    konteks = {
        "penilaian": penilaian,
        "daftar": daftar,
        "lengkap": sum(1 for p in daftar if p.jumlah_bukti),
        "hak": hak,
        "sebelumnya": sel.penilaian_sebelumnya(penilaian=penilaian),
    }
    return render(request, "penilaian/bukti/daftar.html", konteks)


@login_required
def bukti_pertanyaan(request, pk, kode):
    penilaian, hak = penilaian_untuk(request.user, pk)
    return _halaman(request, penilaian, _pertanyaan(penilaian, kode), hak=hak)


@login_required
@require_POST
def bukti_unggah(request, pk, kode):
    penilaian = penilaian_untuk_diisi(request.user, pk)
    pertanyaan = _pertanyaan(penilaian, kode)
    form = UnggahForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            hasil = layanan.bukti_unggah(
                penilaian=penilaian, pertanyaan=pertanyaan, oleh=request.user, **form.cleaned_data
            )
        except ValidationError as exc:
            tempel_kesalahan(form, exc)
        else:
            pesan = ngettext("%(n)d berkas diunggah.", "%(n)d berkas diunggah.", len(hasil))
            messages.success(request, pesan % {"n": len(hasil)})
            return _ke_halaman(penilaian, pertanyaan)
    return _halaman(request, penilaian, pertanyaan, form_unggah=form)


@login_required
@require_POST
def bukti_tautan(request, pk, kode):
    penilaian = penilaian_untuk_diisi(request.user, pk)
    pertanyaan = _pertanyaan(penilaian, kode)
    form = TautanForm(request.POST)
    if form.is_valid():
        try:
            layanan.bukti_tautan_tambah(
                penilaian=penilaian, pertanyaan=pertanyaan, oleh=request.user, **form.cleaned_data
            )
        except ValidationError as exc:
            tempel_kesalahan(form, exc)
        else:
            messages.success(request, _("Tautan ditambahkan."))
            return _ke_halaman(penilaian, pertanyaan)
    return _halaman(request, penilaian, pertanyaan, form_tautan=form)


@login_required
@require_POST
def bukti_ganti(request, pk, kode, bukti_pk):
    penilaian = penilaian_untuk_diisi(request.user, pk)
    pertanyaan = _pertanyaan(penilaian, kode)
    tautan = _tautan(penilaian, pertanyaan, bukti_pk)
    form = GantiForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            layanan.bukti_ganti(
                penilaian=penilaian,
                tautan=tautan,
                berkas=form.cleaned_data["berkas"],
                oleh=request.user,
            )
        except ValidationError as exc:
            tempel_kesalahan(form, exc)
        else:
            messages.success(request, _("Berkas diganti; versi sebelumnya tetap tersimpan."))
            return _ke_halaman(penilaian, pertanyaan)
    return _halaman(request, penilaian, pertanyaan, form_ganti=form, ganti_pk=tautan.bukti_id)


@login_required
@require_POST
def bukti_hapus(request, pk, kode, bukti_pk):
    penilaian = penilaian_untuk_diisi(request.user, pk)
    pertanyaan = _pertanyaan(penilaian, kode)
    tautan = _tautan(penilaian, pertanyaan, bukti_pk)
    try:
        layanan.bukti_hapus(penilaian=penilaian, tautan=tautan, oleh=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Bukti dihapus."))
    return _ke_halaman(penilaian, pertanyaan)


@login_required
def bukti_unduh(request, pk, versi_pk, pratinjau=False):
    """Streams one version as an attachment; the preview URL (`pratinjau`) shows a PDF
    or an image in place on the portal's own pages, every other type stays a download."""
    penilaian = penilaian_untuk_dibaca(request.user, pk)
    versi = sel.versi_untuk_diunduh(penilaian=penilaian, versi_pk=versi_pk)
    if versi is None:
        raise Http404(_("Berkas tidak ditemukan."))
    try:
        berkas = versi.berkas.open("rb")
    except FileNotFoundError as exc:
        raise Http404(_("Berkas tidak ditemukan.")) from exc
    di_tempat = pratinjau and bool(jenis_pratinjau(versi.tipe))
    response = FileResponse(
        berkas,
        as_attachment=not di_tempat,
        filename=nama_aman(versi.nama_asli),
        content_type=versi.tipe,
    )
    # Never guessed, never cached by a shared proxy, never a document that runs anything
    # (Chromium 156 still draws a PDF in a sandboxed frame, seen on a screenshot).
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    if di_tempat:
        # Framed only by the portal's own review page.
        response["Content-Security-Policy"] = "default-src 'none'; frame-ancestors 'self'; sandbox"
        response["X-Frame-Options"] = "SAMEORIGIN"
    else:
        response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


@login_required
@require_POST
def bukti_bawa(request, pk):
    penilaian = penilaian_untuk_diisi(request.user, pk)
    try:
        jumlah = layanan.bukti_bawa_dari_periode_lalu(penilaian=penilaian, oleh=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        pesan = ngettext(
            "%(n)d bukti dari periode lalu ditautkan.",
            "%(n)d bukti dari periode lalu ditautkan.",
            jumlah,
        )
        messages.success(request, pesan % {"n": jumlah})
    return redirect("penilaian:bukti_daftar", pk=penilaian.pk)


@login_required
def bukti_bersama(request, periode_pk):
    periode = periode_untuk_bukti_bersama(request.user, periode_pk)
    pertanyaan = Pertanyaan.objects.filter(versi_id=periode.versi_id).order_by("urutan")
    penilaian = sel.penilaian_periode_untuk_bukti_bersama(periode=periode)
    form = BuktiBersamaForm(
        request.POST or None, request.FILES or None, pertanyaan=pertanyaan, penilaian=penilaian
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            hasil = layanan.bukti_bersama_unggah(
                periode=periode,
                pertanyaan=pertanyaan.get(kode=data["kode"]),
                berkas=data["berkas"],
                judul=data["judul"],
                penilaian_ids=[int(x) for x in data["satker"]],
                oleh=request.user,
            )
        except ValidationError as exc:
            tempel_kesalahan(form, exc)
        else:
            _hasil_bersama(request, hasil)
            return redirect("penilaian:bukti_bersama", periode_pk=periode.pk)
    daftar = sel.bukti_bersama_periode(periode=periode)
    for bukti in daftar:  # the units it may still be linked to
        sudah = {p.pk for p in bukti.penilaian_list}
        bukti.belum = [p for p in penilaian if p.pk not in sudah]
    konteks = {
        "periode": periode,
        "form": form,
        "daftar": daftar,
        "maks_mb": ukuran_maks() // (1024 * 1024),
    }
    return render(request, "penilaian/bukti/bersama.html", konteks)


def _hasil_bersama(request, hasil) -> None:
    messages.success(
        request,
        _("Bukti bersama ditautkan ke %(n)d penilaian; %(m)d dilewati karena terkunci.")
        % {"n": hasil.ditautkan, "m": hasil.dilewati},
    )


@login_required
@require_POST
def bukti_bersama_tautkan(request, periode_pk, bukti_pk):
    periode = periode_untuk_bukti_bersama(request.user, periode_pk)
    bukti = get_object_or_404(Bukti, pk=bukti_pk, kanwil_bersama_id=periode.kanwil_id)
    try:
        hasil = layanan.bukti_bersama_tautkan(
            periode=periode,
            bukti=bukti,
            # Only plain ids a database key can hold (isdigit() also admits "²").
            penilaian_ids=[
                int(x) for x in request.POST.getlist("satker") if x.isdecimal() and len(x) <= 18
            ],
            oleh=request.user,
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        _hasil_bersama(request, hasil)
    return redirect("penilaian:bukti_bersama", periode_pk=periode.pk)


@login_required
@require_POST
def bukti_bersama_tarik(request, periode_pk, bukti_pk):
    periode = periode_untuk_bukti_bersama(request.user, periode_pk)
    bukti = get_object_or_404(Bukti, pk=bukti_pk, kanwil_bersama_id=periode.kanwil_id)
    try:
        jumlah = layanan.bukti_bersama_tarik(periode=periode, bukti=bukti, oleh=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request,
            _(
                "Bukti bersama ditarik dari %(n)d penilaian; penilaian yang sudah diajukan "
                "atau final tetap menyimpannya."
            )
            % {"n": jumlah},
        )
    return redirect("penilaian:bukti_bersama", periode_pk=periode.pk)
