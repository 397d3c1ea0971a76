"""Exports stay within bounded memory: the survey workbook's peak does not grow with the
number of responses (streamed in chunks), the recap's does not jump with units."""

import tempfile
import tracemalloc

from django.utils import timezone

from laporan import survei_data
from laporan.survei_data import cakupan_satker, survei_buat
from survei.models import Respons, Skor
from survei.rekap import rekap_bangun_ulang
from survei.selectors import versi_terbit

TAHUN = timezone.localdate().year


def _respons(satker, n: int) -> None:
    versi = versi_terbit("spkp")
    butir = list(versi.butir.all())
    baru = Respons.objects.bulk_create(
        Respons(
            satker=satker,
            versi=versi,
            tahun=TAHUN,
            tanggal=timezone.localdate(),
            cara="publik",
            usia="26-35",
            jenis_kelamin="p",
            pendidikan="sma",
            pekerjaan="swasta",
            jenis_responden="keluarga",
            saran="Pelayanan cepat dan ramah, terima kasih " * 5,
        )
        for _ in range(n)
    )
    Skor.objects.bulk_create(Skor(respons=r, butir=b, nilai=5) for r in baru for b in butir)
    rekap_bangun_ulang(satker_ids=[satker.pk])


def _puncak(cakupan) -> int:
    # Into a temporary file, as the export job writes it (laporan.pekerjaan): an
    # in-memory buffer would count the finished file itself, which grows with the data.
    with tempfile.TemporaryFile() as berkas:
        tracemalloc.start()
        try:
            survei_buat(berkas, cakupan)
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()


def test_the_survey_export_peak_memory_does_not_grow_with_responses(cast, monkeypatch):
    monkeypatch.setattr(survei_data, "UKURAN_POTONGAN", 100)
    cakupan = cakupan_satker(cast.satker_a, TAHUN)
    _respons(cast.satker_a, 300)
    _puncak(cakupan)  # warm-up: imports and caches
    sedikit = _puncak(cakupan)
    _respons(cast.satker_a, 1200)
    banyak = _puncak(cakupan)
    # Five times the responses; a workbook held in memory would grow about as much.
    assert banyak < sedikit * 1.5, (sedikit, banyak)
