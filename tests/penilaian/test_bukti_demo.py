"""Demo evidence: files on the demo assessments and one shared Kanwil decree, idempotent."""

import io

from penilaian import demo_bukti
from penilaian.models import Bukti, TautanBukti, VersiBerkas
from penilaian.services.unggahan import periksa_berkas
from tests.factories import PenilaianFactory, PeriodeFactory
from tests.penilaian import bukti_contoh as contoh
from tests.penilaian.bukti_contoh import KODE, berkas_tersimpan, unggahan

media = contoh.media


def test_demo_evidence_is_loaded_once_with_a_shared_decree(cast, media):
    a = PenilaianFactory(satker=cast.satker_a)
    b = PenilaianFactory(satker=cast.satker_b, periode=a.periode)
    lalu = PenilaianFactory(
        satker=cast.satker_a, periode=PeriodeFactory(kanwil=cast.kanwil_x, tahun=2025)
    )
    demo_bukti.muat(io.StringIO())
    jumlah = (Bukti.objects.count(), TautanBukti.objects.count(), len(berkas_tersimpan(media)))
    demo_bukti.muat(io.StringIO())
    assert (
        Bukti.objects.count(),
        TautanBukti.objects.count(),
        len(berkas_tersimpan(media)),
    ) == jumlah
    [bersama] = Bukti.objects.filter(kanwil_bersama=cast.kanwil_x)
    assert set(bersama.tautan.values_list("penilaian_id", flat=True)) == {a.pk, b.pk}
    assert bersama.tautan.get(penilaian=a).pertanyaan.kode == KODE
    assert TautanBukti.objects.filter(penilaian=lalu).count() >= 5
    # The generated files pass the same checks as an upload.
    versi = VersiBerkas.objects.first()
    assert periksa_berkas(unggahan("x.pdf", versi.berkas.read())).tipe == "application/pdf"
