"""Dashboard pages: the national view, a Kanwil's period, one unit, its prerequisites."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from dasbor import access, grafik, tampilan
from dasbor import status as st
from dasbor.forms import PrasyaratForm
from dasbor.selectors import periode as selectors
from dasbor.selectors import persepsi
from dasbor.selectors import tugas as selectors_tugas
from dasbor.selectors import unit as selectors_unit
from dasbor.services import prasyarat_simpan
from penilaian.models import Penilaian
from penilaian.selectors.persepsi import persepsi_penilaian
from satker.access import hak_pengguna, pengguna_berperan
from satker.models import Satker
from zi_portal.formulir import tempel_kesalahan

SARINGAN = ("jenis", "tahap", "predikat", "q", "urut", "terlambat")
UNIT_PER_HALAMAN = 50


@login_required
def beranda(request):
    """Sends each role to where it starts: national, its Kanwil, or its unit."""
    hak = pengguna_berperan(request.user)
    # The year being worked on, not an empty period just opened for next year.
    periode = next(
        iter(
            sorted(
                selectors_tugas.periode_berjalan(
                    selectors.periode_untuk_pengguna(user=request.user)
                ),
                key=lambda p: (-p.tahun, p.kanwil.nama),
            )
        ),
        None,
    )
    if periode is not None and hak.admin_nasional:
        return redirect("dasbor:nasional", tahun=periode.tahun)
    if periode is not None:
        return redirect("dasbor:kanwil", kanwil=periode.kanwil.kode, tahun=periode.tahun)
    unit = selectors_tugas.penilaian_unit_berjalan(user=request.user)
    if unit is not None:
        return redirect(
            "dasbor:unit",
            kanwil=unit.periode.kanwil.kode,
            tahun=unit.periode.tahun,
            satker=unit.satker.kode,
        )
    return render(request, "dasbor/kosong.html")


@login_required
def tugas(request):
    """ "Tugas saya": each role's next work, with links to every page of each unit."""
    unit = selectors_tugas.tugas_unit(user=request.user)
    reviu = selectors_tugas.tugas_reviu(user=request.user)
    kanwil = selectors_tugas.tugas_kanwil(user=request.user)
    semua = [t.penilaian for t in unit + reviu] + [
        p for k in kanwil for p in k.terlambat + k.tanpa_evaluator
    ]
    konteks = {
        "unit": unit,
        "reviu": reviu,
        "kanwil": kanwil,
        "tautan": selectors_tugas.tautan_banyak(user=request.user, penilaian=semua),
    }
    return render(request, "dasbor/tugas.html", konteks)


@login_required
def nasional(request, tahun):
    access.wajib_nasional(request.user)
    baris = selectors.baris_nasional(user=request.user, tahun=tahun)
    tahun_ada = sorted(
        set(selectors.periode_untuk_pengguna(user=request.user).values_list("tahun", flat=True)),
        reverse=True,
    )
    return render(
        request,
        "dasbor/nasional.html",
        {"baris": baris, "tahun": tahun, "tahun_ada": tahun_ada, "status": st.STATUS_PREDIKAT},
    )


@login_required
def kanwil(request, kanwil, tahun):
    periode = access.periode_untuk_dasbor(request.user, kanwil, tahun)
    semua = selectors.baris_ringkas(user=request.user, periode=periode)
    saring = {k: request.GET.get(k, "") for k in SARINGAN}
    cocok = selectors.saring_baris(
        semua,
        jenis=saring["jenis"],
        tahap=saring["tahap"],
        predikat=saring["predikat"],
        cari=saring["q"],
        urut=saring["urut"] or "nama",
        terlambat=saring["terlambat"],
    )
    # A page of units at a time: the cards count every unit, the table and the charts
    # show one page (a thousand bars or trend lines are unreadable, a thousand rows are
    # megabytes on a phone); the Excel recap lists them all.
    halaman = Paginator(cocok, UNIT_PER_HALAMAN).get_page(request.GET.get("halaman"))
    baris = selectors.baris_lengkap(list(halaman), periode=periode)
    tren = grafik.grafik_tren(baris)
    konteks = {
        "periode": periode,
        "baris": baris,
        "halaman": halaman,
        "tabel": tampilan.sel_kanwil(
            baris,
            periode,
            selectors_tugas.tautan_banyak(
                user=request.user, penilaian=[b.penilaian for b in baris]
            ),
        ),
        "kartu": selectors.kartu_ringkasan(semua),
        "saring": saring,
        "pilihan": _pilihan(),
        "periode_lain": selectors.periode_untuk_pengguna(user=request.user).filter(
            kanwil=periode.kanwil
        ),
        "grafik_total": grafik.grafik_total(baris),
        "grafik_tren": tren,
        "tabel_tren": tampilan.sel_tren(grafik.tabel_tren(tren)),
        "nasional": hak_pengguna(request.user).admin_nasional,
    }
    return render(request, "dasbor/kanwil.html", konteks)


def _pilihan() -> dict:
    return {
        "jenis": [c for c in Satker.Jenis.choices if c[0] != Satker.Jenis.KANWIL],
        "tahap": Penilaian.Status.choices,
        "predikat": [(k, str(v)) for k, v in st.STATUS_PREDIKAT.items()],
        "urut": [
            ("nama", _("Nama")),
            ("total", _("Nilai resmi tertinggi")),
            ("mandiri", _("Nilai mandiri tertinggi")),
            ("evaluator", _("Nilai evaluator tertinggi")),
            ("jenis", _("Jenis unit")),
            ("tahap", _("Tahap")),
            ("predikat", _("Status predikat")),
            ("bukti", _("Bukti terbanyak")),
        ],
    }


@login_required
def unit(request, kanwil, tahun, satker):
    penilaian, hak = access.penilaian_untuk_dasbor(request.user, kanwil, tahun, satker)
    rincian = selectors_unit.rincian_unit(penilaian=penilaian)
    dinilai = rincian.resmi.lapisan if rincian.resmi else None
    prasyarat, butir, target = selectors_unit.prasyarat_unit(penilaian=penilaian, lapisan=dinilai)
    konteks = {
        "r": rincian,
        "judul_status": st.judul_status(rincian.predikat, butir),
        "periode": penilaian.periode,
        "peluang": selectors_unit.peluang_unit(penilaian=penilaian, resmi=rincian.resmi),
        "target": selectors_unit.target_berikut(rincian.predikat),
        "prasyarat": prasyarat,
        "butir_prasyarat": butir,
        "target_prasyarat": target,
        "hak": hak,
        "boleh_kanwil": access.boleh_baca_kanwil(request.user, penilaian.periode.kanwil_id),
        "grafik_tahun": grafik.grafik_tahun_lalu(rincian),
        "persepsi": persepsi_penilaian(penilaian=penilaian),
        "status": st.STATUS_PREDIKAT,
        "warna": st.WARNA_PREDIKAT,
        "tautan": selectors_tugas.tautan_banyak(user=request.user, penilaian=[penilaian])[
            penilaian.pk
        ],
    }
    konteks["tautan"].dasbor = ""  # this page
    return render(request, "dasbor/unit.html", konteks)


@login_required
def prasyarat(request, kanwil, tahun, satker):
    penilaian = access.penilaian_untuk_prasyarat(request.user, kanwil, tahun, satker)
    data, _butir, _target = selectors_unit.prasyarat_unit(penilaian=penilaian)
    form = PrasyaratForm(request.POST or None, instance=data)
    if request.method == "POST" and form.is_valid():
        try:
            prasyarat_simpan(
                satker=penilaian.satker, tahun=tahun, oleh=request.user, **form.cleaned_data
            )
        except ValidationError as exc:
            tempel_kesalahan(form, exc)
        else:
            messages.success(request, _("Prasyarat usulan disimpan."))
            url = redirect("dasbor:unit", kanwil=kanwil, tahun=tahun, satker=satker).url
            return redirect(f"{url}#prasyarat")
    return render(request, "dasbor/prasyarat.html", {"form": form, "penilaian": penilaian})


@login_required
def internal(request, kanwil, tahun):
    """A Kanwil's units: what each claims per change area beside what its staff see."""
    periode = access.periode_untuk_dasbor(request.user, kanwil, tahun)
    konteks = {
        "periode": periode,
        "p": persepsi.persepsi_kanwil(user=request.user, periode=periode),
    }
    return render(request, "dasbor/internal.html", konteks)
