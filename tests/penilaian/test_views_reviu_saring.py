"""The evaluator's review page narrowed to what needs attention: ?saring=berbeda,
ditandai, belum and ?area=, with counts on the controls; the unit's option answer with
its text; a bounded number of queries whatever the data."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from penilaian.models import Jawaban, Lapisan, Penilaian, Pertanyaan
from tests.penilaian import bukti_contoh
from tests.penilaian.bantu import jawab_semua, penilaian_a, tugaskan

media = bukti_contoh.media

S = Penilaian.Status
BEDA, SAMA, KOSONG = "A.I.1.i.a", "A.I.1.i.b", "A.I.1.ii.a"


def _jawab(penilaian, kode, lapisan, nilai, oleh, **lain):
    Jawaban.objects.create(
        penilaian=penilaian,
        pertanyaan=Pertanyaan.objects.get(versi=penilaian.periode.versi, kode=kode),
        lapisan=lapisan,
        nilai=nilai,
        diubah_oleh=oleh,
        **lain,
    )


@pytest.fixture
def reviu(cast):
    """Unit: Ya, B, Ya. Kanwil: Tidak (flagged), B, nothing yet."""
    penilaian = penilaian_a(cast, S.DIREVIU)
    tugaskan(penilaian, cast.pengguna["evaluator_a"])
    unit, ev = cast.pengguna["operator_a"], cast.pengguna["evaluator_a"]
    for kode, nilai in ((BEDA, "Ya"), (SAMA, "B"), (KOSONG, "Ya")):
        _jawab(penilaian, kode, Lapisan.MANDIRI, nilai, unit)
    _jawab(penilaian, BEDA, Lapisan.KANWIL, "Tidak", ev, narasi="SK belum ada", perlu_revisi=True)
    _jawab(penilaian, SAMA, Lapisan.KANWIL, "B", ev)
    return penilaian


def _kode(html: str) -> list[str]:
    return re.findall(r'data-testid="q-([^"]+)"', html)


def _jumlah(html: str, saring: str) -> int:
    m = re.search(rf'data-testid="saring-{saring}".*?data-jumlah>(\d+)<', html, re.S)
    return int(m.group(1))


def _get(client, penilaian, akhir):
    respons = client.get(f"/penilaian/{penilaian.pk}/reviu/kanwil/{akhir}")
    assert respons.status_code == 200
    return respons.content.decode()


def test_berbeda_shows_only_the_questions_scored_differently_from_the_unit(masuk_sebagai, reviu):
    html = _get(masuk_sebagai("evaluator_a"), reviu, "lke/1/?saring=berbeda")
    assert _kode(html) == [BEDA]
    assert 'aria-current="true" href="?saring=berbeda"' in html


def test_ditandai_shows_only_the_flagged_questions(masuk_sebagai, reviu):
    html = _get(masuk_sebagai("evaluator_a"), reviu, "lke/1/?saring=ditandai")
    assert _kode(html) == [BEDA]


def test_belum_shows_the_unscored_questions_and_never_a_scored_one(masuk_sebagai, reviu):
    html = _get(masuk_sebagai("evaluator_a"), reviu, "lke/1/?saring=belum")
    kode = _kode(html)
    assert KOSONG in kode and BEDA not in kode and SAMA not in kode
    semua = Pertanyaan.objects.filter(subarea__area__kode="1").count()
    assert len(kode) == semua - 2


def test_the_controls_count_each_filter(masuk_sebagai, reviu):
    html = _get(masuk_sebagai("evaluator_a"), reviu, "lke/1/")
    semua = Pertanyaan.objects.filter(subarea__area__kode="1").count()
    assert _jumlah(html, "semua") == semua
    assert (_jumlah(html, "berbeda"), _jumlah(html, "ditandai")) == (1, 1)
    assert _jumlah(html, "belum") == semua - 2


def test_every_area_at_once_and_area_narrows_it(masuk_sebagai, reviu, cast):
    client = masuk_sebagai("evaluator_a")
    assert _kode(_get(client, reviu, "?saring=berbeda")) == [BEDA]
    # Nothing differs in area 2; its unscored questions are all of area 2's.
    assert _kode(_get(client, reviu, "?saring=berbeda&area=2")) == []
    html = _get(client, reviu, "?saring=belum&area=2")
    area2 = set(Pertanyaan.objects.filter(subarea__area__kode="2").values_list("kode", flat=True))
    assert set(_kode(html)) == area2
    assert "Tidak ada pertanyaan yang cocok" in _get(client, reviu, "?saring=ditandai&area=2")


def test_an_unknown_filter_shows_everything_and_an_unknown_area_is_404(masuk_sebagai, reviu):
    client = masuk_sebagai("evaluator_a")
    semua = Pertanyaan.objects.filter(subarea__area__kode="1").count()
    assert len(_kode(_get(client, reviu, "lke/1/?saring=<x>"))) == semua
    assert client.get(f"/penilaian/{reviu.pk}/reviu/kanwil/?area=99").status_code == 404


def test_the_units_option_answer_shows_with_its_text(masuk_sebagai, reviu):
    html = _get(masuk_sebagai("evaluator_a"), reviu, "lke/1/")
    p = Pertanyaan.objects.get(versi=reviu.periode.versi, kode=SAMA)
    teks = next(o["teks"] for o in p.opsi if o["label"] == "B")
    unit = re.search(rf'data-testid="unit-{re.escape(SAMA)}">([^<]*)<', html).group(1)
    assert unit.startswith("B — ") and teks[:30] in unit


def test_the_review_page_takes_the_same_queries_whatever_the_data(
    masuk_sebagai, reviu, cast, media
):
    from penilaian.selectors.instrumen import instrumen_untuk_versi
    from penilaian.services import bukti as layanan
    from tests.penilaian.bukti_contoh import unggahan

    def _unggah(kode, nama):
        # The unit uploads while drafting; the review then reads it.
        Penilaian.objects.filter(pk=reviu.pk).update(status=S.DRAF)
        reviu.status = S.DRAF
        layanan.bukti_unggah(
            penilaian=reviu,
            pertanyaan=Pertanyaan.objects.get(versi=reviu.periode.versi, kode=kode),
            berkas=[unggahan(nama)],
            oleh=cast.pengguna["operator_a"],
        )
        Penilaian.objects.filter(pk=reviu.pk).update(status=S.DIREVIU)
        reviu.status = S.DIREVIU

    _unggah(BEDA, "a.pdf")
    # The instrument is read once per process and version (then cached), not per row.
    instrumen_untuk_versi(reviu.periode.versi)
    client = masuk_sebagai("evaluator_a")
    with CaptureQueriesContext(connection) as sedikit:
        _get(client, reviu, "?saring=berbeda")
    jawab_semua(reviu, cast.pengguna["operator_a"])
    jawab_semua(reviu, cast.pengguna["evaluator_a"], Lapisan.KANWIL, nilai_opsi="B")
    for kode in (SAMA, KOSONG, "A.I.1.ii.b"):
        _unggah(kode, f"{kode}.pdf")
    with CaptureQueriesContext(connection) as banyak:
        html = _get(client, reviu, "?saring=berbeda")
    assert len(_kode(html)) > 10
    assert len(banyak) == len(sedikit) <= 40
