"""The review page offers the evaluator the staff's perception of the area under
review beside the LKE (evidence only, not a score)."""

from django.utils import timezone

from penilaian.models import Penilaian, SkorSnapshot
from tests.dasbor.bantu import unit_dinilai
from tests.penilaian.bantu import tugaskan
from tests.survei.internal_bantu import isi, periode_kini, staf

S = Penilaian.Status


def _dalam_reviu(cast):
    tahun = timezone.localdate().year
    periode = periode_kini(cast.kanwil_x)
    penilaian = unit_dinilai(cast.satker_a, "wbbm", periode=periode)
    Penilaian.objects.filter(pk=penilaian.pk).update(status=S.DIREVIU)
    tugaskan(penilaian, cast.pengguna["evaluator_a"])
    staf(cast.satker_a, tahun, asn=8)
    return penilaian


def test_the_evaluator_sees_the_staffs_view_of_area_5_beside_its_lke(cast, masuk_sebagai):
    penilaian = _dalam_reviu(cast)
    for _ in range(6):
        isi(cast.satker_a, {"5": 2, "integritas": 1})
    total = SkorSnapshot.objects.get(penilaian=penilaian, lapisan="mandiri").total
    client = masuk_sebagai("evaluator_a")
    html = client.get(f"/penilaian/{penilaian.pk}/reviu/kanwil/lke/5/").content.decode()
    assert 'data-testid="persepsi-area"' in html
    assert "Penilaian mandiri area ini 100 % dari bobotnya; pegawainya sendiri menilai 33 %" in html
    assert "(selisih +67 poin)" in html and "selisih besar" in html
    assert "Integritas yang dialami pegawai" in html and ": 0 %." in html
    assert "6 dari 8 pegawai menjawab (75 %)" in html
    html = client.get(f"/penilaian/{penilaian.pk}/reviu/kanwil/lke/1/").content.decode()
    assert "menilai 100 %" in html and "selisih besar" not in html
    assert "Integritas yang dialami" not in html
    # Evidence only: the score is what it was.
    assert SkorSnapshot.objects.get(penilaian=penilaian, lapisan="mandiri").total == total


def test_below_five_respondents_the_review_page_gives_only_the_count(cast, masuk_sebagai):
    penilaian = _dalam_reviu(cast)
    for _ in range(3):
        isi(cast.satker_a, 1)
    html = (
        masuk_sebagai("evaluator_a")
        .get(f"/penilaian/{penilaian.pk}/reviu/kanwil/lke/5/")
        .content.decode()
    )
    assert "3 pegawai menjawab; persepsi ditampilkan setelah sedikitnya 5" in html
    assert "menilai" not in html
