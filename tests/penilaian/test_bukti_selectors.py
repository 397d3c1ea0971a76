"""Evidence selectors others rely on: their shape and a query count that does not grow
with the number of assessments, questions, items or versions."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from penilaian.models import Pertanyaan
from penilaian.selectors.bukti import bukti_per_pertanyaan, kelengkapan_bukti
from penilaian.services import bukti as layanan
from tests.factories import PenilaianFactory, SatkerFactory
from tests.penilaian import bukti_contoh as contoh
from tests.penilaian.bukti_contoh import KODE, unggahan

media, penilaian_a, pertanyaan = contoh.media, contoh.penilaian_a, contoh.pertanyaan


def _isi(penilaian, oleh, jumlah_pertanyaan: int, per_pertanyaan: int = 1):
    daftar = Pertanyaan.objects.filter(versi=penilaian.periode.versi).order_by("urutan")
    for p in daftar[:jumlah_pertanyaan]:
        hasil = layanan.bukti_unggah(
            penilaian=penilaian,
            pertanyaan=p,
            berkas=[unggahan(f"{p.kode}-{i}.pdf") for i in range(per_pertanyaan)],
            oleh=oleh,
        )
        tautan = hasil[0].tautan.get()
        layanan.bukti_ganti(
            penilaian=penilaian, tautan=tautan, berkas=unggahan("v2.pdf"), oleh=oleh
        )


def _hitung(fungsi):
    with CaptureQueriesContext(connection) as ctx:
        hasil = fungsi()
    return hasil, len(ctx.captured_queries)


def test_evidence_by_question_has_versions_and_takes_two_queries(cast, penilaian_a):
    operator = cast.pengguna["operator_a"]
    _isi(penilaian_a, operator, 1)
    _, sedikit = _hitung(lambda: bukti_per_pertanyaan(penilaian=penilaian_a))
    _isi(penilaian_a, operator, 6, per_pertanyaan=2)
    hasil, banyak = _hitung(lambda: bukti_per_pertanyaan(penilaian=penilaian_a))
    assert sedikit == banyak == 2
    assert len(hasil) == 6
    item = hasil[KODE][0]
    assert [v.nama_asli for v in item.versi_list] == ["v2.pdf", f"{KODE}-0.pdf"]
    assert item.terbaru.nama_asli == "v2.pdf" and item.bersama is False


def test_completeness_counts_questions_with_live_evidence_in_one_query(cast, penilaian_a):
    operator = cast.pengguna["operator_a"]
    lain = [
        PenilaianFactory(satker=SatkerFactory(induk=cast.kanwil_x), periode=penilaian_a.periode)
        for _ in range(3)
    ]
    _isi(penilaian_a, operator, 4, per_pertanyaan=2)
    _isi(lain[0], operator, 2)
    # A deleted item does not count.
    [hapus] = layanan.bukti_unggah(
        penilaian=lain[1],
        pertanyaan=Pertanyaan.objects.get(versi=penilaian_a.periode.versi, kode=KODE),
        berkas=[unggahan("salah.pdf")],
        oleh=operator,
    )
    layanan.bukti_hapus(penilaian=lain[1], tautan=hapus.tautan.get(), oleh=operator)
    ids = [penilaian_a.pk] + [p.pk for p in lain]
    hasil, jumlah_query = _hitung(lambda: kelengkapan_bukti(penilaian_ids=ids))
    assert hasil == {penilaian_a.pk: 4, lain[0].pk: 2, lain[1].pk: 0, lain[2].pk: 0}
    assert jumlah_query == 1
    _, satu = _hitung(lambda: kelengkapan_bukti(penilaian_ids=[penilaian_a.pk]))
    assert satu == 1
    assert kelengkapan_bukti(penilaian_ids=[]) == {}


@pytest.mark.parametrize("jumlah", [1, 8])
def test_the_question_page_does_not_grow_in_queries_with_its_items(
    cast, masuk_sebagai, penilaian_a, pertanyaan, jumlah, django_assert_max_num_queries
):
    layanan.bukti_unggah(
        penilaian=penilaian_a,
        pertanyaan=pertanyaan,
        berkas=[unggahan(f"b{i}.pdf") for i in range(jumlah)],
        oleh=cast.pengguna["operator_a"],
    )
    client = masuk_sebagai("operator_a")
    with django_assert_max_num_queries(12):
        assert client.get(f"/penilaian/{penilaian_a.pk}/bukti/p/{KODE}/").status_code == 200
