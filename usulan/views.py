"""The proposal page of a period (candidates, the proposal, its documents), its two
actions, and the document downloads (DOCX or PDF, generated from the record)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from penilaian.access import penilaian_untuk_dibaca
from penilaian.models import LAPISAN_EVALUATOR
from usulan import selectors as sel
from usulan.access import periode_untuk_dibaca, periode_untuk_dikelola
from usulan.dokumen.laporan import naskah_berita_acara, naskah_laporan
from usulan.dokumen.layak import naskah_layak
from usulan.dokumen.pengajuan import naskah_pengajuan, naskah_sptjm
from usulan.forms import KirimForm, UsulanForm
from usulan.naskah import naskah_docx, naskah_pdf
from usulan.services import usulan_kirim, usulan_simpan
from zi_portal.formulir import tempel_kesalahan

TIPE = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}
TULIS = {"docx": naskah_docx, "pdf": naskah_pdf}


def _awal_penanda(usulan, kop) -> dict:
    if usulan is not None:
        return {
            "penandatangan_nama": usulan.penandatangan_nama,
            "penandatangan_jabatan": usulan.penandatangan_jabatan,
            "penandatangan_nip": usulan.penandatangan_nip,
        }
    return {
        "penandatangan_nama": kop.nama_kepala,
        "penandatangan_jabatan": kop.jabatan_kepala,
        "penandatangan_nip": kop.nip_kepala,
    }


def _halaman(request, periode, hak, *, form=None, status=200):
    usulan = sel.usulan_untuk_periode(periode=periode)
    calon = sel.calon_usulan(periode=periode)
    kop = sel.data_kop(kanwil=periode.kanwil)
    terkirim = usulan is not None and usulan.status == usulan.Status.DIKIRIM
    if form is None and hak.kelola and not terkirim:
        form = UsulanForm(calon=calon, usulan=usulan, initial=_awal_penanda(usulan, kop))
    konteks = {
        "periode": periode,
        "hak": hak,
        "usulan": usulan,
        "terkirim": terkirim,
        "calon": calon,
        "berubah": sel.unit_berubah(usulan=usulan, calon=calon) if usulan else set(),
        "form": form,
        "form_kirim": KirimForm() if hak.kelola and usulan and not terkirim else None,
        "batas": sel.batas_usulan(periode),
        "sisa_hari": (sel.batas_usulan(periode) - timezone.localdate()).days,
        "kop_lengkap": bool(kop.kota and kop.nama_kepala),
        "dokumen": sel.dokumen_periode(periode=periode, usulan=usulan),
        "dokumen_unit": sel.dokumen_unit_periode(periode=periode),
    }
    return render(request, "usulan/periode.html", konteks, status=status)


@login_required
def periode(request, kanwil, tahun):
    periode_, hak = periode_untuk_dibaca(request.user, kanwil, tahun)
    return _halaman(request, periode_, hak)


@login_required
@require_POST
def simpan(request, kanwil, tahun):
    periode_ = periode_untuk_dikelola(request.user, kanwil, tahun)
    usulan = sel.usulan_untuk_periode(periode=periode_)
    form = UsulanForm(request.POST, calon=sel.calon_usulan(periode=periode_), usulan=usulan)
    if form.is_valid():
        try:
            usulan_simpan(
                periode=periode_,
                oleh=request.user,
                pilihan=form.pilihan(),
                penandatangan_nama=form.cleaned_data["penandatangan_nama"],
                penandatangan_jabatan=form.cleaned_data["penandatangan_jabatan"],
                penandatangan_nip=form.cleaned_data["penandatangan_nip"],
            )
        except ValidationError as exc:
            tempel_kesalahan(form, exc)
        else:
            messages.success(request, _("Usulan disimpan. Dokumennya dapat diunduh di bawah."))
            return redirect("usulan:periode", kanwil=kanwil, tahun=tahun)
    _periode, hak = periode_untuk_dibaca(request.user, kanwil, tahun)
    return _halaman(request, periode_, hak, form=form)


@login_required
def kirim(request, kanwil, tahun):
    periode_ = periode_untuk_dikelola(request.user, kanwil, tahun)
    usulan = sel.usulan_untuk_periode(periode=periode_)
    if usulan is None:
        raise Http404(_("Usulan periode ini belum disusun."))
    form = KirimForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            usulan_kirim(usulan=usulan, oleh=request.user, **form.cleaned_data)
        except ValidationError as exc:
            tempel_kesalahan(form, exc)
        else:
            messages.success(request, _("Pengiriman usulan dicatat; usulan kini terkunci."))
            return redirect("usulan:periode", kanwil=kanwil, tahun=tahun)
    return render(
        request, "usulan/kirim.html", {"periode": periode_, "usulan": usulan, "form": form}
    )


def _unduh(naskah, format_: str, nama: str) -> HttpResponse:
    with translation.override("id"):  # official documents are in Indonesian
        isi = TULIS[format_](naskah)
    response = HttpResponse(isi, content_type=TIPE[format_])
    response["Content-Disposition"] = f'attachment; filename="{nama}.{format_}"'
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _naskah_periode(periode, jenis: str):
    if jenis == "layak":
        data = sel.data_layak(periode=periode)
        if data is None:
            return None, sel.PESAN_TANPA_LAYAK
        dibuat = max(u.selesai_pada for u in data.unit)
        return naskah_layak(data, dibuat=dibuat), ""
    usulan = sel.usulan_untuk_periode(periode=periode)
    if usulan is None:
        return None, sel.PESAN_TANPA_USULAN
    tulis = naskah_pengajuan if jenis == "pengajuan" else naskah_sptjm
    return tulis(sel.data_pengajuan(usulan=usulan), dibuat=usulan.diubah_pada), ""


@login_required
def dokumen_periode(request, kanwil, tahun, jenis, format):
    periode_, _hak = periode_untuk_dibaca(request.user, kanwil, tahun)
    with translation.override("id"):  # official documents are in Indonesian
        naskah, alasan = _naskah_periode(periode_, jenis)
    if naskah is None:
        messages.warning(request, alasan)
        return redirect("usulan:periode", kanwil=kanwil, tahun=tahun)
    return _unduh(naskah, format, f"{naskah.nama_berkas}-{periode_.kanwil.kode}")


@login_required
def dokumen_penilaian(request, pk, jenis, lapisan, format):
    penilaian = penilaian_untuk_dibaca(request.user, pk)
    if lapisan not in LAPISAN_EVALUATOR:
        raise Http404(_("Lapisan penilaian tidak dikenal."))
    with translation.override("id"):  # official documents are in Indonesian
        data = sel.data_laporan(penilaian=penilaian, lapisan=lapisan)
    if data is None:
        messages.warning(request, _("Dokumen tersedia setelah lapisan evaluator ini selesai."))
        return redirect("penilaian:detail", pk=penilaian.pk)
    tulis = naskah_laporan if jenis == "laporan" else naskah_berita_acara
    naskah = tulis(data, dibuat=data.selesai_pada)
    return _unduh(naskah, format, f"{naskah.nama_berkas}-{penilaian.satker.kode}")
