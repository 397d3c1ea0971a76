"""The proposal page as the Kanwil uses it, and where other pages lead to it: the
dashboard's deadline card and an assessment's documents."""

import datetime

from django.utils import timezone

from satker.models import RiwayatPredikat
from usulan.models import Usulan

URL = "/usulan/kanwil-x/2026/"


def test_the_page_lists_candidates_with_their_reasons_and_ticks_the_proposable(
    musim, masuk_sebagai
):
    RiwayatPredikat.objects.create(
        satker=musim["d"].satker,
        predikat="WBK",
        tahun=2025,
        pemberi="mandiri",
        nomor_sk="SEK-12.OT.02.02",
        tanggal_sk=datetime.date(2025, 12, 9),
    )
    html = masuk_sebagai("admin_x").get(URL).content.decode()
    assert 'data-testid="calon-satker-a" data-layak="1"' in html
    a, b, d = musim["a"].pk, musim["b"].pk, musim["d"].pk
    assert f'name="unit_{a}" id="id_unit_{a}" checked' in html
    assert f'name="unit_{b}" id="id_unit_{b}" disabled' in html
    assert f'name="unit_{d}" id="id_unit_{d}">' in html and f'name="alasan_{d}"' in html
    assert "Prasyarat belum terpenuhi: Nilai SAKIP internal" in html
    # Where D's WBK (the ground of its WBBM proposal) came from.
    assert (
        "WBK 2025 dari Evaluasi mandiri instansi (Permenpan RB 5/2024), SK SEK-12.OT.02.02 "
        "(9 Desember 2025)" in " ".join(html.split())
    )
    assert 'value="Siti Rahmawati"' in html  # the signatory starts as the Kanwil head


def test_saving_then_sending_the_proposal_through_the_pages(musim, masuk_sebagai):
    client = masuk_sebagai("admin_x")
    response = client.post(
        URL + "simpan/",
        {
            f"unit_{musim['a'].pk}": "on",
            "penandatangan_nama": "Siti Rahmawati",
            "penandatangan_jabatan": "Kepala Kantor Wilayah",
        },
        follow=True,
    )
    html = response.content.decode()
    assert "Usulan disimpan." in html and 'data-testid="unduh-pengajuan-pdf"' in html
    assert client.get(URL + "kirim/").status_code == 200
    response = client.post(
        URL + "kirim/",
        {"nomor_surat": "W.30-123", "tanggal_surat": "2026-05-20", "tanggal_kirim": "2026-05-22"},
        follow=True,
    )
    html = response.content.decode()
    assert "usulan kini terkunci" in html and "W.30-123" in html
    assert 'data-testid="simpan-usulan"' not in html  # no form once sent
    assert Usulan.objects.get().status == Usulan.Status.DIKIRIM


def test_a_refused_choice_re_renders_the_page_with_the_reason_and_saves_nothing(
    musim, masuk_sebagai
):
    response = masuk_sebagai("admin_x").post(
        URL + "simpan/",
        {
            f"unit_{musim['d'].pk}": "on",
            "penandatangan_nama": "Siti Rahmawati",
            "penandatangan_jabatan": "Kepala Kantor Wilayah",
            "penandatangan_nip": "1975",
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Kanim D: prasyarat belum terpenuhi (Nilai SAKIP internal)" in html
    assert not Usulan.objects.exists()


def test_a_bad_nip_is_said_in_indonesian(musim, masuk_sebagai):
    response = masuk_sebagai("admin_x").post(
        URL + "simpan/",
        {
            f"unit_{musim['a'].pk}": "on",
            "penandatangan_nama": "Siti",
            "penandatangan_jabatan": "Kepala",
            "penandatangan_nip": "1975",
        },
    )
    assert "NIP terdiri atas 18 angka" in response.content.decode()
    assert not Usulan.objects.exists()


def test_the_auditor_reads_the_page_without_the_form(musim, masuk_sebagai):
    html = masuk_sebagai("auditor_x").get(URL).content.decode()
    assert 'data-testid="tabel-calon"' in html and 'data-testid="simpan-usulan"' not in html
    assert 'data-testid="unduh-layak-pdf"' in html


def test_sending_before_a_proposal_exists_is_not_found(musim, masuk_sebagai):
    assert masuk_sebagai("admin_x").get(URL + "kirim/").status_code == 404


def test_the_dashboard_shows_the_deadline_and_links_the_proposal(musim, masuk_sebagai):
    html = masuk_sebagai("admin_x").get("/dasbor/kanwil-x/2026/").content.decode()
    assert 'data-testid="kartu-usulan"' in html and "Batas 31 Mei 2026" in html
    assert f'href="{URL}"' in html
    sisa = (datetime.date(2026, 5, 31) - timezone.localdate()).days
    if sisa < 0:
        assert f"Lewat {-sisa} hari; belum dikirim" in html
    else:
        assert f"{sisa} hari lagi" in html


def test_an_assessment_links_the_documents_of_its_finished_layers(musim, masuk_sebagai):
    html = masuk_sebagai("kepala_a").get(f"/penilaian/{musim['a'].pk}/").content.decode()
    a = musim["a"].pk
    assert f'href="/penilaian/{a}/dokumen/laporan-tpi.pdf"' in html
    assert f'href="/penilaian/{a}/dokumen/berita-acara-kanwil.docx"' in html
    html = masuk_sebagai("operator_b").get(f"/penilaian/{musim['b'].pk}/").content.decode()
    assert (
        "laporan-tpi" not in html
        and f"/penilaian/{musim['b'].pk}/dokumen/laporan-kanwil.pdf" in html
    )


def test_the_pages_unit_documents_come_in_a_constant_number_of_queries(
    musim, cast, django_assert_max_num_queries
):
    from usulan.selectors import dokumen_unit_periode, unit_layak_dievaluasi

    with django_assert_max_num_queries(2):
        assert len(dokumen_unit_periode(periode=musim["a"].periode)) == 3
    with django_assert_max_num_queries(5):
        assert [u.nama for u in unit_layak_dievaluasi(periode=musim["a"].periode)] == [
            "Kanim D",
            "Rutan A",
        ]


def test_a_proposed_unit_whose_official_score_moved_is_flagged(musim, cast, masuk_sebagai):
    from penilaian.models import Evaluasi, Lapisan

    client = masuk_sebagai("admin_x")
    client.post(
        URL + "simpan/",
        {
            f"unit_{musim['a'].pk}": "on",
            "penandatangan_nama": "Siti Rahmawati",
            "penandatangan_jabatan": "Kepala Kantor Wilayah",
        },
    )
    assert 'data-testid="nilai-berubah"' not in client.get(URL).content.decode()
    # The TPI layer is reopened: the official score falls back to the Kanwil layer's.
    Evaluasi.objects.filter(penilaian=musim["a"], lapisan=Lapisan.TPI).update(selesai_pada=None)
    html = client.get(URL).content.decode()
    assert "Nilai resminya berubah sejak usulan disimpan; simpan ulang usulan." in html
