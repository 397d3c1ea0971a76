"""Small builders shared by the assessment tests (not fixtures: plain calls read clearer)."""

import random
from decimal import Decimal

from django.core.exceptions import ValidationError

from penilaian.models import Jawaban, Lapisan, Penilaian, PenugasanEvaluator, Pertanyaan
from penilaian.services.jawaban import jawaban_simpan
from tests.factories import PenilaianFactory


def penilaian_a(cast, status=Penilaian.Status.DRAF, **kwargs) -> Penilaian:
    penilaian = PenilaianFactory(satker=cast.satker_a, **kwargs)
    if status != penilaian.status:
        Penilaian.objects.filter(pk=penilaian.pk).update(status=status)
        penilaian.refresh_from_db()
    return penilaian


def tugaskan(penilaian, evaluator, lapisan=Lapisan.KANWIL) -> PenugasanEvaluator:
    return PenugasanEvaluator.objects.create(
        penilaian=penilaian, lapisan=lapisan, evaluator=evaluator
    )


def jawab_semua(penilaian, oleh, lapisan=Lapisan.MANDIRI, nilai_opsi="A") -> None:
    """Answers every question directly (bypassing the service) with a valid best answer."""
    baris = []
    for p in Pertanyaan.objects.filter(versi=penilaian.periode.versi):
        if p.jenis_jawaban == "%":
            nilai = {m["kunci"]: 1 for m in p.masukan}
        elif p.jenis_jawaban == "Nilai (0-4)":
            nilai = "3.5"
        elif p.jenis_jawaban == "Ya/Tidak":
            nilai = "Ya"
        else:
            nilai = nilai_opsi
        baris.append(
            Jawaban(
                penilaian=penilaian, pertanyaan=p, lapisan=lapisan, nilai=nilai, diubah_oleh=oleh
            )
        )
    Jawaban.objects.bulk_create(baris, ignore_conflicts=True)  # keeps answers already given


def _acak(p, rng):
    if p.jenis_jawaban == "%":
        angka = {m["kunci"]: rng.randint(0, 20) for m in p.masukan}
        return angka
    if p.jenis_jawaban == "Nilai (0-4)":
        return str(Decimal(rng.randint(0, 400)) / 100)
    return rng.choice([o["label"] for o in p.opsi])


def isi_acak(penilaian, oleh, seed):
    """Random valid answers to most questions, each through the service."""
    rng = random.Random(seed)
    for p in penilaian.periode.versi.pertanyaan.all():
        if rng.random() < 0.8:
            for _ in range(5):
                nilai = _acak(p, rng)
                try:
                    jawaban_simpan(
                        penilaian=penilaian,
                        pertanyaan=p,
                        lapisan=Lapisan.MANDIRI,
                        nilai=nilai,
                        narasi="",
                        oleh=oleh,
                    )
                    break
                except ValidationError:  # a % pair the constraints refuse: draw again
                    continue


def respons_pada(satker, jenis: str, nilai: int, tanggal, n: int = 1) -> None:
    """`n` survey responses of `jenis` given on `tanggal`, every item answered `nilai`,
    written directly (the public form always stamps today's date)."""
    from survei.models import Respons, Skor
    from survei.rekap import rekap_tambah
    from survei.selectors import versi_terbit

    versi = versi_terbit(jenis)
    butir = list(versi.butir.all())
    for _ in range(n):
        respons = Respons.objects.create(
            satker=satker,
            versi=versi,
            tahun=tanggal.year,
            tanggal=tanggal,
            cara=Respons.Cara.PUBLIK,
            usia="26-35",
            jenis_kelamin="p",
            pendidikan="sma",
            pekerjaan="swasta",
            jenis_responden="keluarga",
        )
        Skor.objects.bulk_create(Skor(respons=respons, butir=b, nilai=nilai) for b in butir)
        rekap_tambah(respons=respons, nilai={b.pk: nilai for b in butir})
