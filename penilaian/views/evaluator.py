"""An evaluator's own acts on their layer: agreeing with the unit on purpose (per question
and per sub-area), the IPAK/IPKP value the layer uses, and finishing the layer from a
confirmation page that shows what will be frozen."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from penilaian.access import penilaian_untuk_dinilai, penilaian_untuk_lapisan
from penilaian.forms.alur import IndeksLapisanForm
from penilaian.models import Lapisan, SubArea
from penilaian.selectors.hasil import catatan_kriteria
from penilaian.selectors.penilaian import area_daftar
from penilaian.services import alur
from penilaian.services import indeks as layanan_indeks
from penilaian.services import lapisan as layanan_lapisan
from penilaian.services.beku import masukan_lapisan
from penilaian.services.skor import hasil_lke
from penilaian.views.bantu import pertanyaan_dari_kode, pesan_kesalahan, url_lembar
from penilaian.views.ringkasan import label_kriteria


def _kembali(penilaian, lapisan, area_kode: str, anchor: str = ""):
    return redirect(url_lembar(penilaian, area_kode, lapisan) + (f"#{anchor}" if anchor else ""))


@login_required
@require_POST
def sama_pertanyaan(request, pk, lapisan, kode):
    penilaian = penilaian_untuk_dinilai(request.user, pk, lapisan)
    pertanyaan = pertanyaan_dari_kode(penilaian, kode)
    try:
        diubah = layanan_lapisan.jawaban_samakan_dengan_unit(
            penilaian=penilaian, lapisan=lapisan, kode=[kode], oleh=request.user
        )
    except ValidationError as exc:
        messages.error(request, pesan_kesalahan(exc))
    else:
        if diubah:
            messages.success(request, _("%(kode)s: sama dengan jawaban unit.") % {"kode": kode})
        else:
            messages.info(request, str(layanan_lapisan.PESAN_UNIT_BELUM_MENJAWAB))
    return _kembali(penilaian, lapisan, pertanyaan.subarea.area.kode, f"q-{kode}")


@login_required
@require_POST
def sama_subarea(request, pk, lapisan, kode):
    penilaian = penilaian_untuk_dinilai(request.user, pk, lapisan)
    subarea = get_object_or_404(
        SubArea.objects.select_related("area"), area__versi_id=penilaian.periode.versi_id, kode=kode
    )
    semua = list(subarea.pertanyaan.values_list("kode", flat=True))
    try:
        diubah = layanan_lapisan.jawaban_samakan_dengan_unit(
            penilaian=penilaian, lapisan=lapisan, kode=semua, oleh=request.user, timpa=False
        )
    except ValidationError as exc:
        messages.error(request, pesan_kesalahan(exc))
    else:
        messages.success(
            request,
            _("%(n)s pertanyaan %(kode)s disamakan dengan jawaban unit.")
            % {"n": len(diubah), "kode": kode},
        )
    return _kembali(penilaian, lapisan, subarea.area.kode, f"s-{kode}")


def _indeks(request, pk, lapisan, jenis, aksi):
    penilaian = penilaian_untuk_dinilai(request.user, pk, lapisan)
    try:
        aksi(penilaian)
    except ValidationError as exc:
        messages.error(request, pesan_kesalahan(exc))
    else:
        messages.success(
            request, _("Nilai %(indeks)s lapisan ini disimpan.") % {"indeks": jenis.upper()}
        )
    kode = layanan_indeks.KODE_JENIS.get(jenis, "B.I.a")
    area = "B.I" if kode.startswith("B.I.") else "B.II"
    return _kembali(penilaian, lapisan, area, f"q-{kode}")


@login_required
@require_POST
def indeks_simpan(request, pk, lapisan, jenis):
    form = IndeksLapisanForm(request.POST)

    def simpan(penilaian):
        if not form.is_valid():
            raise ValidationError(
                [f"{form.fields[k].label}: {' '.join(v)}" for k, v in form.errors.items()]
            )
        layanan_indeks.indeks_lapisan_simpan(
            penilaian=penilaian,
            lapisan=lapisan,
            jenis=jenis,
            oleh=request.user,
            **form.cleaned_data,
        )

    return _indeks(request, pk, lapisan, jenis, simpan)


@login_required
@require_POST
def indeks_konfirmasi(request, pk, lapisan, jenis):
    return _indeks(
        request,
        pk,
        lapisan,
        jenis,
        lambda p: layanan_indeks.indeks_lapisan_konfirmasi(
            penilaian=p, lapisan=lapisan, jenis=jenis, oleh=request.user
        ),
    )


@login_required
@require_POST
def indeks_hapus(request, pk, lapisan, jenis):
    return _indeks(
        request,
        pk,
        lapisan,
        jenis,
        lambda p: layanan_indeks.indeks_lapisan_hapus(
            penilaian=p, lapisan=lapisan, jenis=jenis, oleh=request.user
        ),
    )


def _ringkasan_selesai(penilaian, lapisan) -> dict:
    """What finishing would freeze: how much is scored, the total and the predicates."""
    areas = area_daftar(versi_id=penilaian.periode.versi_id)
    belum = layanan_lapisan.belum_dinilai(penilaian=penilaian, lapisan=lapisan)
    total = layanan_lapisan.jumlah_dinilai_evaluator(penilaian)
    hasil = hasil_lke(penilaian=penilaian, lapisan=lapisan)
    sumber_lapisan = masukan_lapisan(penilaian=penilaian, lapisan=lapisan).hasil
    sumber = {k: h.ke_json() for k, h in sumber_lapisan.items()}
    catatan = catatan_kriteria(sumber)
    return {
        "belum": belum,
        "dinilai": total - len(belum),
        "jumlah": total,
        "hasil": hasil,
        "gagal": {
            nama: [
                label_kriteria(k, areas) + (f" — {catatan[k]}" if k in catatan else "")
                for k in p.gagal
            ]
            for nama, p in hasil.predikat.items()
        },
        "sumber": sumber_lapisan,
        "area_pertama": areas[0].kode if areas else "",
    }


@login_required
def selesaikan(request, pk, lapisan):
    """GET: the confirmation (count scored, total, predicate); POST: finish the layer."""
    penilaian, hak = penilaian_untuk_lapisan(request.user, pk, lapisan)
    if request.method == "POST":
        try:
            alur.evaluasi_selesaikan(penilaian=penilaian, lapisan=lapisan, oleh=request.user)
        except ValidationError as exc:
            messages.error(request, pesan_kesalahan(exc))
            return redirect("penilaian:selesaikan", pk=penilaian.pk, lapisan=lapisan)
        messages.success(request, _("Lapisan evaluasi Anda selesai; nilainya kini dibekukan."))
        return redirect("penilaian:detail", pk=penilaian.pk)
    konteks = {
        "penilaian": penilaian,
        "lapisan": lapisan,
        "lapisan_label": Lapisan(lapisan).label,
        "boleh": lapisan in hak.ubah_lapisan and lapisan in hak.selesaikan,
        **_ringkasan_selesai(penilaian, lapisan),
    }
    return render(request, "penilaian/selesaikan.html", konteks)
