"""Recap and survey data exports, and the pages of background export jobs. Small
exports stream straight back; large ones run as a job with a status page."""

import tempfile

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from laporan.access.rekap import (
    cakupan_survei_untuk_dibaca,
    pekerjaan_untuk_pemohon,
    periode_untuk_rekap,
    wajib_nasional,
)
from laporan.models import PekerjaanEkspor
from laporan.pekerjaan import pekerjaan_buat, tipe_berkas
from laporan.rekap import periode_rekap, rekap_buat
from laporan.survei_data import jumlah_respons, survei_buat
from penilaian.models import Penilaian

BATAS_REKAP_LANGSUNG = 300  # units; above this the recap runs in the background
BATAS_SURVEI_LANGSUNG = 20000  # responses
TIPE_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _unduh_langsung(nama: str, tulis) -> FileResponse:
    """Writes the workbook to an anonymous temporary file (gone when closed) and streams
    it: the write-only workbook never sits in memory as a whole."""
    berkas = tempfile.TemporaryFile()  # noqa: SIM115 — FileResponse closes it
    tulis(berkas)
    berkas.seek(0)
    return FileResponse(berkas, as_attachment=True, filename=nama, content_type=TIPE_XLSX)


def _nama_rekap(kanwil: str, tahun: int) -> str:
    return f"rekap-{kanwil}-{tahun}.xlsx"


@login_required
@require_GET
def rekap_kanwil(request, kanwil, tahun):
    periode = periode_untuk_rekap(request.user, kanwil, tahun)
    jumlah = Penilaian.objects.filter(periode=periode).count()
    konteks = {"periode": periode, "jumlah": jumlah, "langsung": jumlah <= BATAS_REKAP_LANGSUNG}
    return render(request, "laporan/rekap/kanwil.html", konteks)


@login_required
@require_GET
def rekap_kanwil_unduh(request, kanwil, tahun):
    periode = periode_untuk_rekap(request.user, kanwil, tahun)
    if Penilaian.objects.filter(periode=periode).count() > BATAS_REKAP_LANGSUNG:
        messages.info(request, _("Rekap ini besar: buat berkasnya di latar belakang."))
        return redirect("laporan:rekap_kanwil", kanwil=kanwil, tahun=tahun)
    return _unduh_langsung(
        _nama_rekap(kanwil, tahun),
        lambda f: rekap_buat(f, user=request.user, daftar_periode=[periode]),
    )


@login_required
@require_POST
def rekap_kanwil_latar(request, kanwil, tahun):
    periode = periode_untuk_rekap(request.user, kanwil, tahun)
    pekerjaan = pekerjaan_buat(
        oleh=request.user,
        jenis=PekerjaanEkspor.Jenis.REKAP,
        judul=_("Rekap %(kanwil)s %(tahun)s") % {"kanwil": periode.kanwil.nama, "tahun": tahun},
        parameter={"tahun": tahun, "kanwil": [kanwil]},
        nama_berkas=_nama_rekap(kanwil, tahun),
    )
    return redirect("laporan:pekerjaan", pk=pekerjaan.pk)


@login_required
@require_GET
def rekap_nasional(request, tahun):
    wajib_nasional(request.user)
    daftar = periode_rekap(user=request.user, tahun=tahun)
    return render(request, "laporan/rekap/nasional.html", {"tahun": tahun, "daftar": daftar})


@login_required
@require_POST
def rekap_nasional_latar(request, tahun):
    wajib_nasional(request.user)
    dipilih = [
        p.kanwil.kode
        for p in periode_rekap(
            user=request.user, tahun=tahun, kanwil_kode=request.POST.getlist("kanwil")
        )
    ]
    if not dipilih:
        messages.error(request, _("Pilih sedikitnya satu Kanwil yang memiliki periode."))
        return redirect("laporan:rekap_nasional", tahun=tahun)
    pekerjaan = pekerjaan_buat(
        oleh=request.user,
        jenis=PekerjaanEkspor.Jenis.REKAP,
        judul=_("Rekap %(n)s Kanwil %(tahun)s") % {"n": len(dipilih), "tahun": tahun},
        parameter={"tahun": tahun, "kanwil": dipilih},
        nama_berkas=f"rekap-nasional-{tahun}.xlsx",
    )
    return redirect("laporan:pekerjaan", pk=pekerjaan.pk)


@login_required
@require_GET
def survei_data(request, kode, tahun):
    cakupan = cakupan_survei_untuk_dibaca(request.user, kode, tahun)
    jumlah = jumlah_respons(cakupan)
    konteks = {
        "kode": kode,
        "cakupan": cakupan,
        "jumlah": jumlah,
        "langsung": jumlah <= BATAS_SURVEI_LANGSUNG,
    }
    return render(request, "laporan/rekap/survei.html", konteks)


@login_required
@require_GET
def survei_data_unduh(request, kode, tahun):
    cakupan = cakupan_survei_untuk_dibaca(request.user, kode, tahun)
    if jumlah_respons(cakupan) > BATAS_SURVEI_LANGSUNG:
        messages.info(request, _("Data survei ini besar: buat berkasnya di latar belakang."))
        return redirect("laporan:survei_data", kode=kode, tahun=tahun)
    return _unduh_langsung(f"survei-{kode}-{tahun}.xlsx", lambda f: survei_buat(f, cakupan))


@login_required
@require_POST
def survei_data_latar(request, kode, tahun):
    cakupan = cakupan_survei_untuk_dibaca(request.user, kode, tahun)
    pekerjaan = pekerjaan_buat(
        oleh=request.user,
        jenis=PekerjaanEkspor.Jenis.SURVEI,
        judul=_("Data survei %(nama)s %(tahun)s") % {"nama": cakupan.judul, "tahun": tahun},
        parameter={"kode": kode, "tahun": tahun},
        nama_berkas=f"survei-{kode}-{tahun}.xlsx",
    )
    return redirect("laporan:pekerjaan", pk=pekerjaan.pk)


@login_required
@require_GET
def pekerjaan_daftar(request):
    daftar = PekerjaanEkspor.objects.filter(pemohon=request.user)[:50]
    return render(request, "laporan/rekap/pekerjaan_daftar.html", {"daftar": daftar})


@login_required
@require_GET
def pekerjaan(request, pk):
    pekerjaan = pekerjaan_untuk_pemohon(request.user, pk)
    return render(request, "laporan/rekap/pekerjaan.html", {"pekerjaan": pekerjaan})


@login_required
@require_GET
def pekerjaan_unduh(request, pk):
    pekerjaan = pekerjaan_untuk_pemohon(request.user, pk)
    if pekerjaan.status != PekerjaanEkspor.Status.SELESAI or not pekerjaan.berkas:
        raise Http404(_("Berkas belum tersedia."))
    try:
        berkas = pekerjaan.berkas.open("rb")  # the storage API: local files or S3
    except FileNotFoundError as exc:
        raise Http404(_("Berkas sudah dihapus.")) from exc
    response = FileResponse(
        berkas,
        as_attachment=True,
        filename=pekerjaan.nama_berkas,
        content_type=tipe_berkas(pekerjaan),
    )
    response["Cache-Control"] = "private, no-store"
    return response
