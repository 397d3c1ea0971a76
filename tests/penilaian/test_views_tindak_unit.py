"""What the unit's team sees first on its assessment page: the returned questions with
links and the evaluators' notes (also on each question), the head's list of unanswered
questions, the operator's hint that the head submits; and the warning when a unit
submits with no evaluator assigned."""

from penilaian.models import Penilaian, Pertanyaan
from tests.penilaian.bantu import jawab_semua, penilaian_a, tugaskan

S = Penilaian.Status
KODE = "A.I.1.i.a"


def _dikembalikan(cast, masuk_sebagai):
    penilaian = penilaian_a(cast, S.DIAJUKAN)
    jawab_semua(penilaian, cast.pengguna["operator_a"])
    tugaskan(penilaian, cast.pengguna["evaluator_a"])
    client = masuk_sebagai("evaluator_a")
    base = f"/penilaian/{penilaian.pk}/reviu/kanwil/"
    client.post(base + "mulai/")
    client.post(
        base + f"jawaban/{KODE}/",
        {"nilai": "Tidak", "narasi": "SK Tim ZI belum ditandatangani", "perlu_revisi": "1"},
    )
    client.post(base + "kembalikan/", {"catatan": "Lengkapi"})
    penilaian.refresh_from_db()
    assert penilaian.status == S.DIKEMBALIKAN
    return penilaian


def test_the_returned_questions_come_first_with_links_and_notes(cast, masuk_sebagai):
    penilaian = _dikembalikan(cast, masuk_sebagai)
    html = masuk_sebagai("kepala_a").get(f"/penilaian/{penilaian.pk}/").content.decode()
    daftar = html.index('data-testid="dikembalikan"')
    assert daftar < html.index("Langkah") < html.index('data-testid="riwayat"')
    assert f'href="/penilaian/{penilaian.pk}/lke/1/#q-{KODE}"' in html
    assert "SK Tim ZI belum ditandatangani" in html[daftar:]


def test_the_note_shows_on_the_flagged_question_itself(cast, masuk_sebagai):
    penilaian = _dikembalikan(cast, masuk_sebagai)
    html = masuk_sebagai("operator_a").get(f"/penilaian/{penilaian.pk}/lke/1/").content.decode()
    catatan = html.index(f'data-testid="catatan-evaluator-{KODE}"')
    assert html.index(f'id="q-{KODE}"') < catatan
    assert "SK Tim ZI belum ditandatangani" in html[catatan : catatan + 300]
    # Only the returned question carries a note.
    assert html.count('data-testid="catatan-evaluator-') == 1


def test_the_head_sees_which_questions_are_unanswered_with_links(cast, masuk_sebagai):
    penilaian = penilaian_a(cast)
    html = masuk_sebagai("kepala_a").get(f"/penilaian/{penilaian.pk}/").content.decode()
    jumlah = Pertanyaan.objects.filter(versi=penilaian.periode.versi).count()
    bagian = html[html.index('data-testid="belum-dijawab"') :]
    bagian = bagian[: bagian.index("</details>")]
    assert f"{jumlah} pertanyaan belum dijawab" in bagian
    assert bagian.count(f'href="/penilaian/{penilaian.pk}/lke/') == jumlah
    assert f'href="/penilaian/{penilaian.pk}/lke/1/#q-{KODE}"' in bagian


def test_an_operator_is_told_that_the_head_submits(cast, masuk_sebagai):
    penilaian = penilaian_a(cast)
    html = masuk_sebagai("operator_a").get(f"/penilaian/{penilaian.pk}/").content.decode()
    assert 'data-testid="petunjuk-operator"' in html
    assert "kepala satuan kerja yang mengajukan" in html
    assert 'data-testid="belum-dijawab"' not in html
    kepala = masuk_sebagai("kepala_a").get(f"/penilaian/{penilaian.pk}/").content.decode()
    assert 'data-testid="petunjuk-operator"' not in kepala


def test_readers_outside_the_team_see_none_of_it(cast, masuk_sebagai):
    penilaian = _dikembalikan(cast, masuk_sebagai)
    html = masuk_sebagai("auditor_x").get(f"/penilaian/{penilaian.pk}/").content.decode()
    assert 'data-testid="dikembalikan"' not in html


def test_submitting_without_an_evaluator_warns_the_head_and_the_kanwil(cast, masuk_sebagai):
    penilaian = penilaian_a(cast)
    jawab_semua(penilaian, cast.pengguna["operator_a"])
    respons = masuk_sebagai("kepala_a").post(f"/penilaian/{penilaian.pk}/ajukan/", follow=True)
    assert "Belum ada evaluator yang ditugaskan" in respons.content.decode()
    html = (
        masuk_sebagai("admin_x").get(f"/penilaian/periode/{penilaian.periode_id}/").content.decode()
    )
    assert 'data-testid="tanpa-evaluator"' in html and "Rutan A" in html
    assert f'data-testid="tanpa-evaluator-{penilaian.pk}"' in html


def test_no_warning_when_an_evaluator_is_assigned(cast, masuk_sebagai):
    penilaian = penilaian_a(cast)
    jawab_semua(penilaian, cast.pengguna["operator_a"])
    tugaskan(penilaian, cast.pengguna["evaluator_a"])
    respons = masuk_sebagai("kepala_a").post(f"/penilaian/{penilaian.pk}/ajukan/", follow=True)
    assert "Belum ada evaluator yang ditugaskan" not in respons.content.decode()
    html = (
        masuk_sebagai("admin_x").get(f"/penilaian/periode/{penilaian.periode_id}/").content.decode()
    )
    assert 'data-testid="tanpa-evaluator"' not in html
