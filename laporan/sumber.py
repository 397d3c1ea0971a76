"""Reads for the exports: everything a report needs, in a fixed number of queries."""

from django.urls import reverse

from laporan.lembar_lke import DataLapisan, DataLke
from penilaian.models import (
    LAPISAN_EVALUATOR,
    Evaluasi,
    Jawaban,
    Lapisan,
    Penilaian,
    PenugasanEvaluator,
)
from penilaian.selectors.bukti import bukti_per_pertanyaan
from penilaian.selectors.instrumen import instrumen_untuk_versi
from penilaian.services.beku import masukan_semua_lapisan

LAPISAN_LKE = (Lapisan.MANDIRI, *LAPISAN_EVALUATOR)


def _url_absolut(basis: str, path: str) -> str:
    return f"{basis.rstrip('/')}{path}" if basis else path


def bukti_ringkas(*, penilaian: Penilaian, basis_url: str = "") -> dict[str, list[tuple]]:
    """{question code: [(name, portal link)]} of the live evidence (two queries)."""
    hasil = {}
    for kode, daftar in bukti_per_pertanyaan(penilaian=penilaian).items():
        baris = []
        for b in daftar:
            if b.terbaru is not None:
                url = reverse(
                    "penilaian:bukti_unduh", kwargs={"pk": penilaian.pk, "versi_pk": b.terbaru.pk}
                )
                nama = b.terbaru.nama_asli or b.judul
                baris.append((nama, _url_absolut(basis_url, url)))
            else:
                baris.append((b.judul, b.url))
        hasil[kode] = baris
    return hasil


def jawaban_semua_lapisan(*, penilaian: Penilaian) -> dict[str, tuple[dict, dict]]:
    """{layer: ({code: raw answer}, {code: narasi/note})}: each layer's answers exactly as
    its score reads them (`penilaian.services.beku.masukan_lapisan`: a finished layer's frozen
    answers and survey values, so two downloads of a final LKE agree with each other and
    with the portal), the notes in one query."""
    catatan = {lap: {} for lap in LAPISAN_LKE}
    for kode, lapisan, narasi in (
        Jawaban.objects.filter(penilaian=penilaian)
        .exclude(narasi="")
        .values_list("pertanyaan__kode", "lapisan", "narasi")
    ):
        catatan.setdefault(lapisan, {})[kode] = narasi
    masukan = masukan_semua_lapisan(penilaian=penilaian, lapisan=LAPISAN_LKE)
    return {lap: (masukan[lap].jawaban_skor(), catatan[lap]) for lap in LAPISAN_LKE}


def lapisan_lke(*, penilaian: Penilaian) -> tuple[str, ...]:
    """The layers a workbook shows: the unit's, then each evaluator layer that was ever
    assigned, started or answered. A layer nobody was assigned to has no score, and a
    column of zeros would read as one."""
    aktif = set(
        PenugasanEvaluator.objects.filter(penilaian=penilaian).values_list("lapisan", flat=True)
    )
    aktif |= set(Evaluasi.objects.filter(penilaian=penilaian).values_list("lapisan", flat=True))
    if not aktif >= set(LAPISAN_EVALUATOR):
        aktif |= set(
            Jawaban.objects.filter(penilaian=penilaian)
            .exclude(lapisan=Lapisan.MANDIRI)
            .order_by()
            .values_list("lapisan", flat=True)
            .distinct()
        )
    return (Lapisan.MANDIRI, *(lap for lap in LAPISAN_EVALUATOR if lap in aktif))


def data_lke(*, penilaian: Penilaian, basis_url: str = "") -> DataLke:
    """Everything the LKE workbook of one assessment shows."""
    jawaban = jawaban_semua_lapisan(penilaian=penilaian)
    return DataLke(
        instrumen=instrumen_untuk_versi(penilaian.periode.versi),
        lapisan=tuple(
            DataLapisan(lap, str(Lapisan(lap).label), *jawaban[lap])
            for lap in lapisan_lke(penilaian=penilaian)
        ),
        satker=penilaian.satker.nama,
        periode=f"{penilaian.periode.kanwil.nama} {penilaian.periode.tahun}",
        predikat_sebelumnya=penilaian.predikat_sebelumnya or None,
        bukti=bukti_ringkas(penilaian=penilaian, basis_url=basis_url),
    )


def nama_berkas(penilaian: Penilaian, jenis: str, akhiran: str) -> str:
    kode = penilaian.satker.kode
    return f"{jenis}-{kode}-{penilaian.periode.tahun}.{akhiran}"
