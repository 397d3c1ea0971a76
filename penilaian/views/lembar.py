"""The unit's worksheet (penilaian mandiri): one page per area, each answer its own
small POST, and submission by the head."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from penilaian.access import (
    penilaian_untuk,
    penilaian_untuk_diisi,
    penilaian_untuk_dikomentari,
)
from penilaian.forms.alur import KomentarForm
from penilaian.models import Lapisan
from penilaian.selectors.penilaian import area_daftar, kemajuan, lembar_kerja, skor_per_lapisan
from penilaian.services import alur
from penilaian.services.jawaban import jawaban_simpan as simpan_jawaban
from penilaian.services.jawaban import komentar_tambah as tambah_komentar
from penilaian.views.bantu import (
    baca_nilai,
    jawab,
    pertanyaan_dari_kode,
    pesan_kesalahan,
    siapkan_baris,
    tandai_survei,
    url_lembar,
)

PESAN_TANPA_EVALUATOR = gettext_lazy(
    "Belum ada evaluator yang ditugaskan untuk penilaian ini, jadi belum ada yang dapat "
    "mereviunya. Administrator Kanwil melihat peringatan ini di halaman periode; "
    "hubungi mereka agar menugaskan evaluator."
)


def _area(areas, kode):
    for area in areas:
        if area.kode == kode:
            return area
    raise Http404(_("Area tidak ditemukan."))


def _catatan_dikembalikan(blok) -> None:
    """A returned question carries each evaluator layer's note on it (already loaded
    with the row's answers), shown on the question itself."""
    for sub in blok:
        for b in sub.baris:
            b.catatan_evaluator = (
                [
                    (Lapisan(lp).label, j.narasi)
                    for lp, j in b.jawaban.items()
                    if lp != Lapisan.MANDIRI and j.narasi
                ]
                if b.milik_unit and b.milik_unit.perlu_revisi
                else []
            )


@login_required
def lembar(request, pk, area):
    penilaian, hak = penilaian_untuk(request.user, pk)
    areas = area_daftar(versi_id=penilaian.periode.versi_id)
    area = _area(areas, area)
    blok = lembar_kerja(penilaian=penilaian, area=area)
    siapkan_baris(blok, penilaian, Lapisan.MANDIRI)
    tandai_survei(blok, penilaian, area)
    _catatan_dikembalikan(blok)
    progres = kemajuan(penilaian=penilaian)
    konteks = {
        "penilaian": penilaian,
        "areas": areas,
        "area": area,
        "blok": blok,
        "hak": hak,
        "progres_area": next(k for k in progres if k.kode == area.kode),
        "progres": progres[-1],
        "skor": skor_per_lapisan(penilaian=penilaian).get(Lapisan.MANDIRI),
    }
    return render(request, "penilaian/lembar.html", konteks)


@login_required
@require_POST
def jawaban_simpan(request, pk, kode):
    penilaian = penilaian_untuk_diisi(request.user, pk)
    pertanyaan = pertanyaan_dari_kode(penilaian, kode)
    return jawab(
        request,
        penilaian=penilaian,
        pertanyaan=pertanyaan,
        url_kembali=url_lembar(penilaian, pertanyaan.subarea.area.kode),
        simpan=lambda: simpan_jawaban(
            penilaian=penilaian,
            pertanyaan=pertanyaan,
            lapisan=Lapisan.MANDIRI,
            nilai=baca_nilai(request.POST, pertanyaan),
            narasi=request.POST.get("narasi", ""),
            oleh=request.user,
        ),
    )


@login_required
@require_POST
def ajukan(request, pk):
    penilaian = penilaian_untuk_diisi(request.user, pk)
    try:
        alur.penilaian_ajukan(
            penilaian=penilaian,
            oleh=request.user,
            konfirmasi_belum_terjawab=request.POST.get("konfirmasi") == "1",
        )
    except ValidationError as exc:
        messages.error(request, pesan_kesalahan(exc))
    else:
        messages.success(request, _("Penilaian diajukan; jawaban kini hanya dapat dibaca."))
        if not penilaian.penugasan.exists():
            messages.warning(request, PESAN_TANPA_EVALUATOR)
    return redirect("penilaian:detail", pk=penilaian.pk)


@login_required
@require_POST
def komentar_tambah(request, pk, kode):
    penilaian = penilaian_untuk_dikomentari(request.user, pk)
    pertanyaan = pertanyaan_dari_kode(penilaian, kode)
    form = KomentarForm(request.POST)
    kembali = request.POST.get("kembali", "")
    if not kembali.startswith(f"/penilaian/{penilaian.pk}/"):
        kembali = url_lembar(penilaian, pertanyaan.subarea.area.kode)
    if form.is_valid():
        try:
            tambah_komentar(
                penilaian=penilaian,
                pertanyaan=pertanyaan,
                teks=form.cleaned_data["teks"],
                oleh=request.user,
            )
        except ValidationError as exc:
            messages.error(request, pesan_kesalahan(exc))
        else:
            messages.success(request, _("Komentar dikirim."))
    else:
        messages.error(request, _("Komentar tidak boleh kosong."))
    return redirect(f"{kembali}#q-{pertanyaan.kode}")
