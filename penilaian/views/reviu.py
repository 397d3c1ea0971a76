"""The evaluator's review: per area, the unit's answer, explanation and evidence beside
the evaluator's own answer, note and revision mark; scores side by side."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from penilaian.access import penilaian_untuk_dinilai, penilaian_untuk_lapisan
from penilaian.models import LAPISAN_EVALUATOR, Lapisan
from penilaian.selectors import saring
from penilaian.selectors.bukti import bukti_per_pertanyaan
from penilaian.selectors.hasil import KODE_SURVEI
from penilaian.selectors.penilaian import (
    area_daftar,
    catatan_area_per_lapisan,
    jumlah_berbeda,
    lembar_kerja,
    skor_per_lapisan,
)
from penilaian.selectors.persepsi import persepsi_penilaian
from penilaian.services import alur
from penilaian.services.catatan import catatan_area_simpan as layanan_catatan_area
from penilaian.services.jawaban import jawaban_simpan
from penilaian.services.unggahan import jenis_pratinjau
from penilaian.views.bantu import (
    baca_nilai,
    jawab,
    pertanyaan_dari_kode,
    pesan_kesalahan,
    siapkan_baris,
    tandai_survei,
    url_lembar,
)
from penilaian.views.lembar import _area


def eksternal_unit(penilaian) -> set[str]:
    """Which indices (ipak/ipkp) the unit recorded an external value for this year: the
    evaluator may confirm those as their layer's own."""
    from survei.models import IndeksEksternal

    return set(
        IndeksEksternal.objects.filter(
            satker_id=penilaian.satker_id,
            tahun=penilaian.periode.tahun,
            lingkup=IndeksEksternal.Lingkup.UNIT,
        ).values_list("jenis", flat=True)
    )


def _baris_reviu(blok, penilaian, lapisan) -> None:
    """What each row of the review shows beside the unit: its difference, survey source,
    the other layers' answers and the evidence items (with what may be previewed)."""
    bukti = bukti_per_pertanyaan(penilaian=penilaian)
    for sub in blok:
        for baris in sub.baris:
            baris.berbeda = saring.berbeda(baris, lapisan)
            baris.dari_survei = baris.pertanyaan.kode in KODE_SURVEI
            baris.jenis_indeks = KODE_SURVEI.get(baris.pertanyaan.kode, "")
            baris.lain = [
                (lp, baris.jawaban[lp])
                for lp in LAPISAN_EVALUATOR
                if lp != lapisan and lp in baris.jawaban
            ]
            baris.bukti_isi = bukti.get(baris.pertanyaan.kode, [])
            for b in baris.bukti_isi:
                b.pratinjau = jenis_pratinjau(b.terbaru.tipe) if b.terbaru else ""


@login_required
def reviu(request, pk, lapisan, area=None):
    """One area (from the path, or `?area=` on the all-areas URL; none: every area),
    narrowed by `?saring=` (penilaian.selectors.saring) with the count of each filter."""
    penilaian, hak = penilaian_untuk_lapisan(request.user, pk, lapisan)
    areas = area_daftar(versi_id=penilaian.periode.versi_id)
    kode_area = area or request.GET.get("area", "")
    area = _area(areas, kode_area) if kode_area else None
    pilihan = saring.saring_baku(request.GET.get("saring"))
    blok = lembar_kerja(penilaian=penilaian, area=area)
    siapkan_baris(blok, penilaian, lapisan)
    tandai_survei(blok, penilaian, area, lapisan)
    _baris_reviu(blok, penilaian, lapisan)
    skor = skor_per_lapisan(penilaian=penilaian)
    catatan = catatan_area_per_lapisan(penilaian=penilaian, area_id=area.pk) if area else {}
    persepsi = persepsi_penilaian(penilaian=penilaian)
    konteks = {
        "penilaian": penilaian,
        "lapisan": lapisan,
        "lapisan_label": Lapisan(lapisan).label,
        "areas": areas,
        "area": area,
        "saring": pilihan,
        "saringan": saring.kendali(_semua_baris(blok), lapisan),
        "blok": saring.saring_blok(blok, lapisan, pilihan),
        "hak": hak,
        "boleh_ubah": lapisan in hak.ubah_lapisan,  # the partials' name for it
        "skor_unit": skor.get(Lapisan.MANDIRI),
        "skor_sendiri": skor.get(lapisan),
        "berbeda": jumlah_berbeda(penilaian=penilaian, lapisan=lapisan),
        "eksternal_unit": eksternal_unit(penilaian) if not (area and area.no) else set(),
        "catatan_area": catatan.get((lapisan, area.pk)) if area else None,
        "catatan_lain": [
            (Lapisan(lp).label, catatan[(lp, area.pk)])
            for lp in LAPISAN_EVALUATOR
            if area and lp != lapisan and (lp, area.pk) in catatan
        ],
        # The staff's view of this area, beside the LKE: evidence, never a score.
        "persepsi": persepsi,
        "persepsi_area": persepsi.untuk_area(area.kode) if area and area.no else None,
    }
    return render(request, "penilaian/reviu.html", konteks)


def _semua_baris(blok):
    return [b for sub in blok for b in sub.baris]


@login_required
@require_POST
def reviu_simpan(request, pk, lapisan, kode):
    penilaian = penilaian_untuk_dinilai(request.user, pk, lapisan)
    pertanyaan = pertanyaan_dari_kode(penilaian, kode)
    return jawab(
        request,
        penilaian=penilaian,
        pertanyaan=pertanyaan,
        url_kembali=url_lembar(penilaian, pertanyaan.subarea.area.kode, lapisan),
        simpan=lambda: jawaban_simpan(
            penilaian=penilaian,
            pertanyaan=pertanyaan,
            lapisan=lapisan,
            nilai=baca_nilai(request.POST, pertanyaan),
            narasi=request.POST.get("narasi", ""),
            perlu_revisi=request.POST.get("perlu_revisi") == "1",
            oleh=request.user,
        ),
    )


def _langkah(request, pk, lapisan, fungsi, berhasil, **kwargs):
    penilaian = penilaian_untuk_dinilai(request.user, pk, lapisan)
    try:
        fungsi(penilaian=penilaian, lapisan=lapisan, oleh=request.user, **kwargs)
    except ValidationError as exc:
        messages.error(request, pesan_kesalahan(exc))
    else:
        messages.success(request, berhasil)
    return redirect("penilaian:detail", pk=penilaian.pk)


@login_required
@require_POST
def reviu_mulai(request, pk, lapisan):
    return _langkah(request, pk, lapisan, alur.penilaian_mulai_reviu, _("Reviu dimulai."))


@login_required
@require_POST
def kembalikan(request, pk, lapisan):
    return _langkah(
        request,
        pk,
        lapisan,
        alur.penilaian_kembalikan,
        _("Penilaian dikembalikan ke satuan kerja untuk perbaikan."),
        catatan=request.POST.get("catatan", "").strip(),
    )


@login_required
@require_POST
def catatan_area_simpan(request, pk, lapisan, area):
    penilaian = penilaian_untuk_dinilai(request.user, pk, lapisan)
    area = _area(area_daftar(versi_id=penilaian.periode.versi_id), area)
    try:
        layanan_catatan_area(
            penilaian=penilaian,
            lapisan=lapisan,
            area=area,
            catatan=request.POST.get("catatan", ""),
            rekomendasi=request.POST.get("rekomendasi", ""),
            oleh=request.user,
        )
    except ValidationError as exc:
        messages.error(request, pesan_kesalahan(exc))
    else:
        messages.success(request, _("Catatan dan rekomendasi area disimpan."))
    return redirect(f"{url_lembar(penilaian, area.kode, lapisan)}#catatan-area")
