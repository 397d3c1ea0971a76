"""The demo assessments: varied stages and outcomes, scores equal to a recomputation."""

from io import StringIO

from django.core.management import call_command

from penilaian import demo
from penilaian.models import Evaluasi, Lapisan, Penilaian, SkorSnapshot
from penilaian.services.skor import skor_hitung_ulang_semua


def test_the_demo_covers_every_stage_and_outcome_and_is_idempotent(db):
    call_command("seed_demo", force=True, stdout=StringIO())  # every app's demo, in order
    demo.muat(StringIO())
    assert Penilaian.objects.count() == len(demo.PROFIL_2026) + len(demo.PROFIL_2025)
    assert set(Penilaian.objects.values_list("status", flat=True)) == set(Penilaian.Status.values)
    unit = SkorSnapshot.objects.filter(lapisan=Lapisan.MANDIRI, penilaian__periode__tahun=2026)
    wbbm = unit.get(memenuhi_wbbm=True)
    assert wbbm.penilaian.satker.kode == "kanim-batam"
    assert wbbm.penilaian.predikat_sebelumnya == "WBK"
    assert unit.filter(memenuhi_wbk=True).count() >= 3
    alasan = {k for s in unit.filter(memenuhi_wbk=False, terjawab__gt=100) for k in s.gagal_wbk}
    assert {"area_3", "ipak", "pelayanan_prima", "capaian_kinerja", "total"} <= alasan
    assert SkorSnapshot.objects.filter(lapisan=Lapisan.KANWIL).count() >= 4
    # Finished layers are frozen; the official WBBM unit is WBBM in its Kanwil layer on
    # values recorded by the Kanwil with their documents.
    selesai = Evaluasi.objects.filter(selesai_pada__isnull=False)
    assert selesai.exists() and not selesai.filter(masukan_beku__isnull=True).exists()
    kanim = SkorSnapshot.objects.get(
        lapisan=Lapisan.KANWIL,
        penilaian__satker__kode="kanim-batam",
        penilaian__periode__tahun=2026,
    )
    assert kanim.memenuhi_wbbm and kanim.sumber_hasil["B.I.a"]["jenis"] == "eksternal_kanwil"
    # An open Kanwil layer with 18 respondents shows what too few means.
    tpi = SkorSnapshot.objects.get(
        lapisan=Lapisan.KANWIL, penilaian__satker__kode="kanim-tpi", penilaian__periode__tahun=2026
    )
    assert tpi.sumber_hasil["B.I.a"]["jenis"] == "kurang"
    assert tpi.sumber_hasil["B.I.a"]["responden"] == 18
    assert skor_hitung_ulang_semua() == []
