"""The scheduled reminders: deadlines in 7 days or passed, and units whose survey
respondents reached the target. Each event is told once (its notices carry a key),
so the check may run as often as wanted."""

import datetime

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from pemberitahuan.models import Jenis
from pemberitahuan.services import pemberitahuan_kirim
from penilaian.models import Penilaian, Periode
from penilaian.services.kabar import admin_kanwil, evaluator_ditugaskan, tim_unit
from survei.models import Kuesioner
from survei.selectors import ringkasan_survei_satker

HARI_PERINGATAN = 7
S = Penilaian.Status
MASIH_MANDIRI = {S.DRAF, S.DIKEMBALIKAN}
MASIH_REVIU = {S.DIAJUKAN, S.DIAJUKAN_ULANG, S.DIREVIU}
# A period whose review deadline is this long gone is not reminded about any more.
LUPAKAN_SETELAH = datetime.timedelta(days=30)


def kabar_tenggat(*, hari_ini: datetime.date) -> int:
    """Reminds about every deadline within 7 days or just passed; returns notices made."""
    n = 0
    with translation.override(settings.LANGUAGE_CODE):
        for penilaian in (
            Penilaian.objects.filter(periode__batas_reviu__gte=hari_ini - LUPAKAN_SETELAH)
            .exclude(status=S.FINAL)
            .select_related("periode", "satker")
        ):
            n += _satu(penilaian, hari_ini)
    return n


def _satu(penilaian: Penilaian, hari_ini: datetime.date) -> int:
    periode = penilaian.periode
    if penilaian.status in MASIH_MANDIRI:
        batas, tahap, siapa = periode.batas_mandiri, "mandiri", tim_unit
        nama_tahap = _("penilaian mandiri")
    elif penilaian.status in MASIH_REVIU:
        batas, tahap, siapa = periode.batas_reviu, "reviu", evaluator_ditugaskan
        nama_tahap = _("reviu evaluator")
    else:
        return 0
    sisa = (batas - hari_ini).days
    if 0 <= sisa <= HARI_PERINGATAN:
        jenis, penerima = Jenis.TENGGAT_DEKAT, siapa(penilaian)
        judul = _("Tenggat %(tahap)s %(unit)s: %(tanggal)s (%(sisa)s hari lagi)")
    elif sisa < 0:
        jenis, penerima = Jenis.TENGGAT_LEWAT, siapa(penilaian) + admin_kanwil(penilaian)
        judul = _("Tenggat %(tahap)s %(unit)s terlewati (%(tanggal)s)")
    else:
        return 0
    judul = judul % {
        "tahap": nama_tahap,
        "unit": penilaian.satker.nama,
        "tanggal": batas.strftime("%d-%m-%Y"),
        "sisa": sisa,
    }
    return len(
        pemberitahuan_kirim(
            jenis=jenis,
            penerima=penerima,
            judul=judul,
            tautan=reverse("penilaian:detail", args=[penilaian.pk]),
            kunci=f"{jenis}:{tahap}:{penilaian.pk}:{batas.isoformat()}",
        )
    )


def kabar_target_survei(*, hari_ini: datetime.date) -> int:
    """Tells a unit's team and its Kanwil's administrators when a public survey of the
    unit reaches its respondent target inside an open period's survey window."""
    n = 0
    with translation.override(settings.LANGUAGE_CODE):
        for periode in Periode.objects.filter(
            survei_mulai__lte=hari_ini, survei_selesai__gte=hari_ini - LUPAKAN_SETELAH
        ):
            daftar = list(periode.penilaian.select_related("satker", "periode"))
            ringkasan = ringkasan_survei_satker(
                satker_ids=[p.satker_id for p in daftar],
                tahun=periode.tahun,
                mulai=periode.survei_mulai,
                selesai=periode.survei_selesai,
            )
            for penilaian in daftar:
                n += _target(penilaian, ringkasan[penilaian.satker_id])
    return n


def _target(penilaian: Penilaian, ringkasan) -> int:
    n = 0
    tautan = reverse("survei:hasil", args=[penilaian.satker.kode])
    for jenis in (Kuesioner.Jenis.SPKP, Kuesioner.Jenis.SPAK, Kuesioner.Jenis.SKM):
        if ringkasan.responden(jenis) < ringkasan.target:
            continue
        judul = _("Survei %(survei)s %(unit)s mencapai %(n)s responden") % {
            "survei": jenis.upper(),
            "unit": penilaian.satker.nama,
            "n": ringkasan.target,
        }
        n += len(
            pemberitahuan_kirim(
                jenis=Jenis.TARGET_SURVEI,
                penerima=tim_unit(penilaian) + admin_kanwil(penilaian),
                judul=judul,
                tautan=tautan,
                kunci=f"target_survei:{penilaian.pk}:{jenis}",
            )
        )
    return n
