"""The evaluator's own acts through the pages: agreeing with the unit on purpose, the
IPAK/IPKP value of their layer, and the confirmation before finishing."""

from decimal import Decimal

from penilaian.models import IndeksLapisan, Jawaban, JejakAudit, Lapisan, Penilaian
from survei.models import IndeksEksternal
from tests.penilaian.bantu import jawab_semua, penilaian_a, tugaskan

S = Penilaian.Status
R = "reviu/kanwil/"


def _dalam_reviu(cast):
    penilaian = penilaian_a(cast, S.DIREVIU)
    tugaskan(penilaian, cast.pengguna["evaluator_a"])
    return penilaian


def _jawaban(penilaian, kode, lapisan=Lapisan.KANWIL):
    return Jawaban.objects.filter(
        penilaian=penilaian, pertanyaan__kode=kode, lapisan=lapisan
    ).first()


def test_same_as_the_unit_per_question_is_the_evaluators_own_recorded_answer(cast, masuk_sebagai):
    penilaian = _dalam_reviu(cast)
    jawab_semua(penilaian, cast.pengguna["kepala_a"])
    client = masuk_sebagai("evaluator_a")
    r = client.post(f"/penilaian/{penilaian.pk}/{R}sama/A.I.1.i.b/")
    assert r.status_code == 302 and r.url.endswith("#q-A.I.1.i.b")
    jawaban = _jawaban(penilaian, "A.I.1.i.b")
    assert (jawaban.nilai, jawaban.diubah_oleh) == ("A", cast.pengguna["evaluator_a"])
    jejak = JejakAudit.objects.get(penilaian=penilaian, objek="jawaban_sama_unit")
    assert (jejak.kode_pertanyaan, jejak.lapisan, jejak.lama, jejak.baru, jejak.oleh) == (
        "A.I.1.i.b",
        Lapisan.KANWIL,
        None,
        "A",
        cast.pengguna["evaluator_a"],
    )


def test_same_as_the_unit_per_sub_area_fills_only_what_the_evaluator_has_not_scored(
    cast, masuk_sebagai
):
    penilaian = _dalam_reviu(cast)
    jawab_semua(penilaian, cast.pengguna["kepala_a"])
    client = masuk_sebagai("evaluator_a")
    client.post(f"/penilaian/{penilaian.pk}/{R}jawaban/A.I.1.ii.a/", {"nilai": "Tidak"})
    client.post(f"/penilaian/{penilaian.pk}/{R}sama-subarea/A.I.1.ii/")
    assert _jawaban(penilaian, "A.I.1.ii.a").nilai == "Tidak"  # a deliberate answer stays
    assert [_jawaban(penilaian, k).nilai for k in ("A.I.1.ii.b", "A.I.1.ii.c")] == ["A", "A"]
    assert JejakAudit.objects.filter(objek="jawaban_sama_unit").count() == 2
    assert penilaian.skor.get(lapisan=Lapisan.KANWIL).terjawab == 3


def test_unit_staff_cannot_agree_for_the_evaluator(cast, masuk_sebagai):
    penilaian = _dalam_reviu(cast)
    jawab_semua(penilaian, cast.pengguna["kepala_a"])
    r = masuk_sebagai("operator_a").post(f"/penilaian/{penilaian.pk}/{R}sama/A.I.1.i.b/")
    assert r.status_code == 403 and _jawaban(penilaian, "A.I.1.i.b") is None


def test_the_evaluator_records_the_layers_index_with_its_document(cast, masuk_sebagai):
    penilaian = _dalam_reviu(cast)
    client = masuk_sebagai("evaluator_a")
    url = f"/penilaian/{penilaian.pk}/{R}indeks/ipak/"
    assert client.post(url, {"nilai": "3.7", "sumber": "BPS"}).status_code == 302
    assert not IndeksLapisan.objects.exists()  # no document, nothing stored
    data = {"nilai": "3.7", "sumber": "BPS Kepri", "dokumen": "Laporan SPAK BPS 2026"}
    client.post(url, data)
    indeks = IndeksLapisan.objects.get()
    assert (indeks.lapisan, indeks.nilai, indeks.dicatat_oleh) == (
        Lapisan.KANWIL,
        Decimal("3.7"),
        cast.pengguna["evaluator_a"],
    )
    skor = penilaian.skor.get(lapisan=Lapisan.KANWIL)
    assert skor.sumber_hasil["B.I.a"]["jenis"] == "evaluator"
    assert skor.hasil_rinci["ipak"] == "259/16"  # 17.5 × 3.7 / 4
    assert JejakAudit.objects.get(objek="indeks_lapisan").baru["dokumen"] == (
        "Laporan SPAK BPS 2026"
    )
    client.post(f"/penilaian/{penilaian.pk}/{R}indeks/ipak/hapus/")
    assert not IndeksLapisan.objects.exists()
    assert penilaian.skor.get(lapisan=Lapisan.KANWIL).sumber_hasil["B.I.a"]["jenis"] == "kosong"


def test_the_evaluator_confirms_the_units_external_value_as_their_own(cast, masuk_sebagai):
    penilaian = _dalam_reviu(cast)
    IndeksEksternal.objects.create(
        satker=cast.satker_a,
        tahun=penilaian.periode.tahun,
        jenis="ipkp",
        nilai=Decimal("3.45"),
        sumber="Survei Itjen",
        dokumen="LHE Itjen 2026",
        lingkup="unit",
    )
    # Before the evaluator's confirmation the unit's value does not count for the layer.
    client = masuk_sebagai("evaluator_a")
    client.post(f"/penilaian/{penilaian.pk}/{R}jawaban/A.I.1.i.a/", {"nilai": "Ya"})
    assert penilaian.skor.get(lapisan=Lapisan.KANWIL).hasil_rinci["pelayanan_prima"] == "0"
    client.post(f"/penilaian/{penilaian.pk}/{R}indeks/ipkp/konfirmasi/")
    indeks = IndeksLapisan.objects.get()
    assert (indeks.nilai, indeks.dokumen, indeks.dicatat_oleh) == (
        Decimal("3.45"),
        "LHE Itjen 2026",
        cast.pengguna["evaluator_a"],
    )
    assert indeks.dikonfirmasi_dari


def test_unit_staff_get_403_on_the_evaluator_layers_index(cast, masuk_sebagai):
    penilaian = _dalam_reviu(cast)
    data = {"nilai": "4", "sumber": "x", "dokumen": "y"}
    for role in ("operator_a", "kepala_a"):
        r = masuk_sebagai(role).post(f"/penilaian/{penilaian.pk}/{R}indeks/ipak/", data)
        assert r.status_code == 403
    assert not IndeksLapisan.objects.exists()


def test_the_confirmation_page_shows_the_count_scored_the_total_and_the_predicate(
    cast, masuk_sebagai
):
    penilaian = _dalam_reviu(cast)
    client = masuk_sebagai("evaluator_a")
    client.post(f"/penilaian/{penilaian.pk}/{R}jawaban/A.I.1.i.a/", {"nilai": "Ya"})
    halaman = client.get(f"/penilaian/{penilaian.pk}/{R}selesai/")
    html = halaman.content.decode()
    assert 'data-testid="jumlah-dinilai">1 / 111<' in html
    assert 'data-testid="belum-dinilai"' in html and "tombol-selesaikan" not in html
    assert 'data-testid="total-selesai">0,25<' in html  # 1 × 0.5 / 2
    assert "Nilai total" in html and "data survei" in html
    # Posting anyway is refused with the same counts, and nothing is frozen.
    client.post(f"/penilaian/{penilaian.pk}/{R}selesai/")
    assert Penilaian.objects.get(pk=penilaian.pk).status == S.DIREVIU
    jawab_semua(penilaian, cast.pengguna["evaluator_a"], Lapisan.KANWIL)
    html = client.get(f"/penilaian/{penilaian.pk}/{R}selesai/").content.decode()
    assert 'data-testid="jumlah-dinilai">111 / 111<' in html and "tombol-selesaikan" in html
    client.post(f"/penilaian/{penilaian.pk}/{R}selesai/")
    assert Penilaian.objects.get(pk=penilaian.pk).status == S.FINAL
    # A finished layer's index can no longer be changed.
    client.post(
        f"/penilaian/{penilaian.pk}/{R}indeks/ipak/",
        {"nilai": "4", "sumber": "x", "dokumen": "y"},
    )
    assert not IndeksLapisan.objects.exists()
