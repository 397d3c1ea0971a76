"""Review, workflow moves through the pages, the summary and the audit trail page."""

from penilaian.models import Jawaban, JejakAudit, Lapisan, Penilaian, RiwayatStatus
from tests.penilaian.bantu import jawab_semua, penilaian_a, tugaskan

S = Penilaian.Status


def test_the_evaluator_answers_beside_the_unit_and_differences_are_counted(cast, masuk_sebagai):
    penilaian = penilaian_a(cast, S.DIREVIU)
    jawab_semua(penilaian, cast.pengguna["operator_a"])
    tugaskan(penilaian, cast.pengguna["evaluator_a"])
    client = masuk_sebagai("evaluator_a")
    response = client.post(
        f"/penilaian/{penilaian.pk}/reviu/kanwil/jawaban/A.I.1.i.a/",
        {"nilai": "Tidak", "narasi": "SK belum ada", "perlu_revisi": "1"},
        HTTP_ACCEPT="application/json",
    )
    assert response.json()["ok"]
    jawaban = Jawaban.objects.get(lapisan=Lapisan.KANWIL)
    assert (jawaban.nilai, jawaban.narasi, jawaban.perlu_revisi) == ("Tidak", "SK belum ada", True)
    html = client.get(f"/penilaian/{penilaian.pk}/reviu/kanwil/lke/1/").content.decode()
    assert 'data-testid="jumlah-berbeda">1<' in html
    assert 'data-berbeda="1"' in html
    assert Jawaban.objects.get(lapisan=Lapisan.MANDIRI, pertanyaan=jawaban.pertanyaan).nilai == "Ya"


def test_the_summary_shows_each_layers_score_side_by_side(cast, masuk_sebagai):
    penilaian = penilaian_a(cast, S.DIREVIU)
    tugaskan(penilaian, cast.pengguna["evaluator_a"])
    masuk_sebagai("evaluator_a").post(
        f"/penilaian/{penilaian.pk}/reviu/kanwil/jawaban/A.I.1.i.a/", {"nilai": "Ya"}
    )
    html = masuk_sebagai("kepala_a").get(f"/penilaian/{penilaian.pk}/").content.decode()
    assert 'data-testid="total-kanwil"' in html
    assert 'data-testid="berbeda-kanwil">1<' in html


def test_the_head_submits_with_confirmation_from_the_summary_page(cast, masuk_sebagai):
    penilaian = penilaian_a(cast)
    client = masuk_sebagai("kepala_a")
    client.post(f"/penilaian/{penilaian.pk}/ajukan/")
    assert Penilaian.objects.get(pk=penilaian.pk).status == S.DRAF
    client.post(f"/penilaian/{penilaian.pk}/ajukan/", {"konfirmasi": "1"})
    assert Penilaian.objects.get(pk=penilaian.pk).status == S.DIAJUKAN


def test_an_evaluator_starts_returns_and_finishes_through_the_pages(cast, masuk_sebagai):
    penilaian = penilaian_a(cast, S.DIAJUKAN)
    tugaskan(penilaian, cast.pengguna["evaluator_a"])
    client = masuk_sebagai("evaluator_a")
    base = f"/penilaian/{penilaian.pk}/reviu/kanwil/"
    client.post(base + "mulai/")
    client.post(base + "jawaban/A.I.1.i.a/", {"nilai": "Tidak", "perlu_revisi": "1"})
    client.post(base + "kembalikan/", {"catatan": "Lengkapi"})
    assert Penilaian.objects.get(pk=penilaian.pk).status == S.DIKEMBALIKAN
    masuk_sebagai("kepala_a").post(f"/penilaian/{penilaian.pk}/ajukan/", {"konfirmasi": "1"})
    client = masuk_sebagai("evaluator_a")
    client.post(base + "mulai/")
    # Finishing is refused while questions are unscored: nothing moves.
    client.post(base + "selesai/")
    assert Penilaian.objects.get(pk=penilaian.pk).status == S.DIREVIU
    jawab_semua(penilaian, cast.pengguna["evaluator_a"], Lapisan.KANWIL)
    halaman = client.get(base + "selesai/")
    assert halaman.status_code == 200 and halaman.context["belum"] == []
    client.post(base + "selesai/")
    assert Penilaian.objects.get(pk=penilaian.pk).status == S.FINAL
    assert list(RiwayatStatus.objects.values_list("ke", flat=True)) == [
        S.DIREVIU,
        S.DIKEMBALIKAN,
        S.DIAJUKAN_ULANG,
        S.DIREVIU,
        S.FINAL,
    ]


def test_reopening_needs_a_written_reason(cast, masuk_sebagai):
    penilaian = penilaian_a(cast, S.FINAL)
    client = masuk_sebagai("admin_x")
    response = client.post(f"/penilaian/{penilaian.pk}/buka-kembali/", {"alasan": ""})
    assert response.status_code == 200
    assert Penilaian.objects.get(pk=penilaian.pk).status == S.FINAL
    client.post(f"/penilaian/{penilaian.pk}/buka-kembali/", {"alasan": "Koreksi IPAK"})
    assert Penilaian.objects.get(pk=penilaian.pk).status == S.DIREVIU


def test_the_audit_trail_shows_old_and_new_values_to_the_auditor(cast, masuk_sebagai):
    penilaian = penilaian_a(cast)
    client = masuk_sebagai("operator_a")
    url = f"/penilaian/{penilaian.pk}/jawaban/A.I.1.i.a/"
    client.post(url, {"nilai": "Ya"})
    client.post(url, {"nilai": "Tidak"})
    assert JejakAudit.objects.filter(objek="jawaban").count() == 2
    html = masuk_sebagai("auditor_x").get(f"/penilaian/{penilaian.pk}/jejak/").content.decode()
    assert "Tidak" in html and str(cast.pengguna["operator_a"]) in html
    assert masuk_sebagai("operator_a").get(f"/penilaian/{penilaian.pk}/jejak/").status_code == 403


def test_a_comment_goes_into_the_questions_thread(cast, masuk_sebagai):
    penilaian = penilaian_a(cast)
    tugaskan(penilaian, cast.pengguna["evaluator_a"])
    masuk_sebagai("evaluator_a").post(
        f"/penilaian/{penilaian.pk}/komentar/A.I.1.i.a/",
        {"teks": "Lampirkan SK", "kembali": "https://contoh.com/"},
    )
    html = masuk_sebagai("operator_a").get(f"/penilaian/{penilaian.pk}/lke/1/").content.decode()
    assert "Lampirkan SK" in html


def test_the_admin_opens_a_period_from_the_form(cast, masuk_sebagai):
    from penilaian.models import InstrumenVersi, Periode

    client = masuk_sebagai("admin_x")
    response = client.post(
        "/penilaian/periode/baru/",
        {
            "kanwil": cast.kanwil_x.pk,
            "tahun": 2026,
            "versi": InstrumenVersi.objects.get().pk,
            "batas_mandiri": "2026-03-31",
            "batas_reviu": "2026-04-30",
            "satker_ids": [cast.satker_a.pk, cast.satker_b.pk],
        },
    )
    periode = Periode.objects.get()
    assert response["Location"] == f"/penilaian/periode/{periode.pk}/"
    assert periode.penilaian.count() == 2
    html = client.get(f"/penilaian/periode/{periode.pk}/").content.decode()
    assert "Rutan A" in html and "Lapas B" in html
