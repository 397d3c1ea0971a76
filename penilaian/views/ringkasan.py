"""An assessment's summary page (status, moves, progress, scores of every layer,
history), the administrator's assignment and reopening, and the audit trail."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from penilaian.access import penilaian_untuk, penilaian_untuk_diaudit, penilaian_untuk_dikelola
from penilaian.forms.alur import BukaKembaliForm, PenugasanForm
from penilaian.models import LAPISAN_EVALUATOR, Lapisan, Penilaian, PenugasanEvaluator
from penilaian.scoring import pecahan
from penilaian.scoring.predikat import LABEL
from penilaian.selectors.hasil import catatan_kriteria
from penilaian.selectors.penilaian import (
    area_daftar,
    jumlah_berbeda,
    kemajuan,
    pertanyaan_belum_dijawab,
    pertanyaan_dikembalikan,
    riwayat_status,
    skor_per_lapisan,
)
from penilaian.selectors.tenggat import terlambat
from penilaian.services import alur
from penilaian.services import periode as layanan_periode
from penilaian.services.beku import lapisan_beku
from penilaian.services.pesan import terjemahkan_label
from penilaian.services.skor import lapisan_resmi
from penilaian.views.bantu import pesan_kesalahan
from zi_portal.formulir import tempel_kesalahan

S = Penilaian.Status


def label_kriteria(kode: str, areas) -> str:
    if kode.startswith("area_"):
        no = int(kode.removeprefix("area_"))
        nama = next((a.nama for a in areas if a.no == no), "")
        return terjemahkan_label(LABEL["area"]) % {"no": no, "nama": nama}
    return terjemahkan_label(LABEL.get(kode, kode))


def _gagal(kode: list, areas, catatan: dict) -> list[str]:
    """Failing criteria in words, with why a survey criterion has no value."""
    return [label_kriteria(k, areas) + (f" — {catatan[k]}" if k in catatan else "") for k in kode]


def _kolom_skor(penilaian, areas, skor, resmi):
    """One column per layer that has a score: totals, areas, predicates, failures."""
    kolom = []
    beku = lapisan_beku(penilaian)
    for lapisan in (Lapisan.MANDIRI, *LAPISAN_EVALUATOR):
        s = skor.get(lapisan)
        if s is None:
            continue
        catatan = catatan_kriteria(s.sumber_hasil)
        kolom.append(
            {
                "lapisan": lapisan,
                "label": Lapisan(lapisan).label,
                "resmi": lapisan == resmi,
                "beku": lapisan in beku,
                "skor": s,
                "area": [pecahan(s.area.get(str(a.no), {}).get("nilai", 0)) for a in areas if a.no],
                "gagal_wbk": _gagal(s.gagal_wbk, areas, catatan),
                "gagal_wbbm": _gagal(s.gagal_wbbm, areas, catatan),
                "berbeda": None
                if lapisan == Lapisan.MANDIRI
                else jumlah_berbeda(penilaian=penilaian, lapisan=lapisan),
            }
        )
    return kolom


def _tindak_unit(penilaian, hak) -> dict:
    """What the unit's team must do, at the top of the page: the returned questions with
    the evaluators' notes; for the head, the unanswered questions before submitting; for
    an operator, that the head submits."""
    if not hak.isi:
        return {"dikembalikan": [], "belum_dijawab": [], "petunjuk_operator": False}
    bisa_ajukan = penilaian.status in (S.DRAF, S.DIKEMBALIKAN)
    return {
        "dikembalikan": pertanyaan_dikembalikan(penilaian=penilaian),
        "belum_dijawab": pertanyaan_belum_dijawab(penilaian=penilaian) if hak.ajukan else [],
        "petunjuk_operator": bisa_ajukan and not hak.ajukan,
    }


@login_required
def detail(request, pk):
    penilaian, hak = penilaian_untuk(request.user, pk)
    areas = area_daftar(versi_id=penilaian.periode.versi_id)
    skor = skor_per_lapisan(penilaian=penilaian)
    konteks = {
        "penilaian": penilaian,
        "hak": hak,
        "areas": areas,
        "area_pertama": areas[0].kode if areas else "",
        "area_pengungkit": [a for a in areas if a.no],
        "kemajuan": kemajuan(penilaian=penilaian),
        "kolom_skor": _kolom_skor(penilaian, areas, skor, lapisan_resmi(penilaian=penilaian)),
        "riwayat": riwayat_status(penilaian=penilaian),
        "belum_terjawab": alur.jumlah_belum_terjawab(penilaian) if hak.ajukan else 0,
        **_tindak_unit(penilaian, hak),
        "terlambat": terlambat(penilaian, penilaian.periode, timezone.localdate()),
        "lapisan_saya": [{"lapisan": lp, "label": Lapisan(lp).label} for lp in hak.lapisan],
        "penugasan": penilaian.penugasan.select_related("evaluator"),
        "form_penugasan": PenugasanForm(calon=layanan_periode.evaluator_calon(penilaian))
        if hak.kelola
        else None,
        "evaluator_terhalang": layanan_periode.evaluator_terhalang(penilaian) if hak.kelola else [],
    }
    return render(request, "penilaian/detail.html", konteks)


@login_required
@require_POST
def penugasan_beri(request, pk):
    penilaian = penilaian_untuk_dikelola(request.user, pk)
    form = PenugasanForm(request.POST, calon=layanan_periode.evaluator_calon(penilaian))
    if form.is_valid():
        try:
            layanan_periode.penugasan_beri(
                penilaian=penilaian, oleh=request.user, **form.cleaned_data
            )
        except ValidationError as exc:
            messages.error(request, pesan_kesalahan(exc))
        else:
            messages.success(request, _("Evaluator ditugaskan."))
    else:
        messages.error(request, _("Pilih lapisan dan evaluator."))
    return redirect("penilaian:detail", pk=penilaian.pk)


@login_required
@require_POST
def penugasan_cabut(request, pk, penugasan_pk):
    penilaian = penilaian_untuk_dikelola(request.user, pk)
    penugasan = get_object_or_404(PenugasanEvaluator, pk=penugasan_pk, penilaian=penilaian)
    layanan_periode.penugasan_cabut(penugasan=penugasan, oleh=request.user)
    messages.success(request, _("Penugasan dicabut."))
    return redirect("penilaian:detail", pk=penilaian.pk)


@login_required
def buka_kembali(request, pk):
    penilaian = penilaian_untuk_dikelola(request.user, pk)
    form = BukaKembaliForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            alur.penilaian_buka_kembali(
                penilaian=penilaian,
                oleh=request.user,
                alasan=form.cleaned_data["alasan"],
                lapisan=form.cleaned_data["lapisan"] or None,
            )
        except ValidationError as exc:
            tempel_kesalahan(form, exc)
        else:
            messages.success(request, _("Penilaian dibuka kembali untuk reviu."))
            return redirect("penilaian:detail", pk=penilaian.pk)
    return render(request, "penilaian/buka_kembali.html", {"penilaian": penilaian, "form": form})


@login_required
def jejak(request, pk):
    penilaian = penilaian_untuk_diaudit(request.user, pk)
    daftar = penilaian.jejak.select_related("oleh")
    kode = request.GET.get("kode", "").strip()
    if kode:
        daftar = daftar.filter(kode_pertanyaan=kode)
    return render(
        request,
        "penilaian/jejak.html",
        {"penilaian": penilaian, "daftar": daftar[:500], "kode": kode},
    )
