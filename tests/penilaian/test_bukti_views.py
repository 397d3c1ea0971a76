"""Evidence pages through the test client: upload, refusal messages, permission-checked
downloads as attachments, no public media URL, deletion lock, shared evidence, carry-over."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from penilaian.models import Bukti, Penilaian, PenugasanEvaluator, TautanBukti
from penilaian.services import bukti as layanan
from penilaian.services.bukti import PESAN_TERKUNCI
from penilaian.services.unggahan import PESAN_EKSEKUTABEL, PESAN_TIDAK_COCOK
from tests.factories import PenilaianFactory, PeriodeFactory
from tests.penilaian import bukti_contoh as contoh
from tests.penilaian.bukti_contoh import KODE, berkas_tersimpan, gambar, pdf, unggahan

media, penilaian_a, pertanyaan = contoh.media, contoh.penilaian_a, contoh.pertanyaan


def _ada_kontrol_ubah(isi: str) -> bool:
    return bool(re.search(r"/bukti/p/[^\"]+/(ganti|hapus)/", isi))


def _url(penilaian, akhir=""):
    return f"/penilaian/{penilaian.pk}/bukti/p/{KODE}/{akhir}"


@pytest.fixture
def bukti_a(cast, penilaian_a, pertanyaan):
    [bukti] = layanan.bukti_unggah(
        penilaian=penilaian_a,
        pertanyaan=pertanyaan,
        berkas=[unggahan("SK Tim ZI.pdf")],
        oleh=cast.pengguna["operator_a"],
    )
    return bukti


def test_the_team_uploads_several_files_and_sees_them_listed(
    masuk_sebagai, penilaian_a, pertanyaan, media
):
    client = masuk_sebagai("operator_a")
    respons = client.post(
        _url(penilaian_a, "unggah/"),
        {
            "berkas": [
                SimpleUploadedFile("sk.pdf", pdf()),
                SimpleUploadedFile("foto.png", gambar("PNG")),
            ],
            "judul": "",
        },
    )
    assert respons.status_code == 302 and respons["Location"] == _url(penilaian_a)
    halaman = client.get(_url(penilaian_a))
    isi = halaman.content.decode()
    assert "2 berkas diunggah." in isi
    assert "sk.pdf" in isi and "foto.png" in isi
    assert len(berkas_tersimpan(media)) == 2


def test_a_renamed_program_is_refused_with_a_clear_message(
    masuk_sebagai, penilaian_a, pertanyaan, media
):
    client = masuk_sebagai("operator_a")
    respons = client.post(
        _url(penilaian_a, "unggah/"),
        {"berkas": SimpleUploadedFile("laporan.pdf", b"MZ\x90\x00" + b"\x00" * 300)},
    )
    assert respons.status_code == 200
    pesan = str(PESAN_EKSEKUTABEL) % {"nama": "laporan.pdf"}
    assert pesan in respons.content.decode().replace("&quot;", '"')
    assert not Bukti.objects.exists() and berkas_tersimpan(media) == []


def test_a_mismatched_extension_is_refused_on_the_page(masuk_sebagai, penilaian_a, pertanyaan):
    respons = masuk_sebagai("operator_a").post(
        _url(penilaian_a, "unggah/"), {"berkas": SimpleUploadedFile("foto.pdf", gambar("PNG"))}
    )
    pesan = str(PESAN_TIDAK_COCOK) % {"nama": "foto.pdf", "jenis": "gambar PNG", "ekstensi": "pdf"}
    assert pesan in respons.content.decode()


def test_a_link_is_added_and_opens_safely(masuk_sebagai, penilaian_a, pertanyaan):
    client = masuk_sebagai("kepala_a")
    client.post(_url(penilaian_a, "tautan/"), {"url": "https://rutan-a.go.id/sop", "judul": "SOP"})
    isi = client.get(_url(penilaian_a)).content.decode()
    assert 'href="https://rutan-a.go.id/sop" rel="noopener noreferrer nofollow"' in isi


def test_a_file_named_with_path_characters_downloads_under_a_harmless_name(
    masuk_sebagai, penilaian_a, pertanyaan, media
):
    client = masuk_sebagai("operator_a")
    client.post(
        _url(penilaian_a, "unggah/"),
        {"berkas": SimpleUploadedFile("../../etc/passwd.pdf", pdf())},
    )
    versi = Bukti.objects.get().versi.get()
    assert "etc" not in versi.berkas.name and ".." not in versi.berkas.name
    [disimpan] = berkas_tersimpan(media)
    assert disimpan.is_relative_to(media)
    respons = client.get(f"/penilaian/{penilaian_a.pk}/bukti/unduh/{versi.pk}/")
    assert respons["Content-Disposition"] == 'attachment; filename="passwd.pdf"'


@pytest.mark.parametrize("role", ["operator_a", "kepala_a", "evaluator_a", "auditor_x", "admin_x"])
def test_the_units_readers_download_the_file_as_an_attachment(
    masuk_sebagai, penilaian_a, bukti_a, role
):
    versi = bukti_a.versi.get()
    respons = masuk_sebagai(role).get(f"/penilaian/{penilaian_a.pk}/bukti/unduh/{versi.pk}/")
    assert respons.status_code == 200
    assert respons["Content-Disposition"] == 'attachment; filename="SK Tim ZI.pdf"'
    assert respons["Content-Type"] == "application/pdf"
    assert respons["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in respons["Content-Security-Policy"]
    assert b"".join(respons.streaming_content) == pdf()


@pytest.mark.parametrize("role", ["operator_b", "admin_y"])
def test_another_units_user_gets_404(masuk_sebagai, penilaian_a, bukti_a, role):
    versi = bukti_a.versi.get()
    client = masuk_sebagai(role)
    assert client.get(f"/penilaian/{penilaian_a.pk}/bukti/unduh/{versi.pk}/").status_code == 404
    assert client.get(_url(penilaian_a)).status_code == 404


def test_an_evaluator_assigned_from_outside_may_download(cast, masuk_sebagai, penilaian_a, bukti_a):
    PenugasanEvaluator.objects.create(
        penilaian=penilaian_a, lapisan="tpi", evaluator=cast.pengguna["operator_b"]
    )
    versi = bukti_a.versi.get()
    respons = masuk_sebagai("operator_b").get(
        f"/penilaian/{penilaian_a.pk}/bukti/unduh/{versi.pk}/"
    )
    assert respons.status_code == 200


def test_a_file_of_another_assessment_is_not_reachable_through_ones_own(
    cast, masuk_sebagai, penilaian_a, bukti_a
):
    """Guessing the version id of unit B's file through unit A's assessment gives 404."""
    penilaian_b = PenilaianFactory(satker=cast.satker_b, periode=penilaian_a.periode)
    [lain] = layanan.bukti_unggah(
        penilaian=penilaian_b,
        pertanyaan=contoh.Pertanyaan.objects.get(versi=penilaian_b.periode.versi, kode=KODE),
        berkas=[unggahan("rahasia-b.pdf")],
        oleh=cast.pengguna["operator_b"],
    )
    url = f"/penilaian/{penilaian_a.pk}/bukti/unduh/{lain.versi.get().pk}/"
    assert masuk_sebagai("operator_a").get(url).status_code == 404


def test_a_deleted_items_file_is_no_longer_served(cast, masuk_sebagai, penilaian_a, bukti_a):
    versi = bukti_a.versi.get()
    client = masuk_sebagai("operator_a")
    respons = client.post(_url(penilaian_a, f"{bukti_a.pk}/hapus/"))
    assert respons.status_code == 302
    assert client.get(f"/penilaian/{penilaian_a.pk}/bukti/unduh/{versi.pk}/").status_code == 404


def test_media_files_are_never_served_from_a_public_url(
    settings, masuk_sebagai, penilaian_a, bukti_a
):
    nama = bukti_a.versi.get().berkas.name
    client = masuk_sebagai("superuser")
    for awalan in ("/media/", settings.MEDIA_URL):
        assert client.get(f"{awalan}{nama}").status_code == 404


def test_the_portal_routes_nothing_to_media_root():
    from django.urls import get_resolver

    from zi_portal import urls

    assert not any("media" in str(p.pattern) for p in urls.urlpatterns)
    assert get_resolver().resolve("/healthz")  # sanity: resolving works at all


def test_deleting_is_refused_after_submission(masuk_sebagai, penilaian_a, bukti_a):
    Penilaian.objects.filter(pk=penilaian_a.pk).update(status=Penilaian.Status.DIAJUKAN)
    client = masuk_sebagai("operator_a")
    respons = client.post(_url(penilaian_a, f"{bukti_a.pk}/hapus/"), follow=True)
    assert str(PESAN_TERKUNCI) in respons.content.decode()
    bukti_a.refresh_from_db()
    assert bukti_a.dihapus_pada is None
    # The page shows no change buttons any more.
    isi = client.get(_url(penilaian_a)).content.decode()
    assert not _ada_kontrol_ubah(isi) and 'data-testid="form-unggah"' not in isi


def test_replacing_through_the_page_adds_a_version(masuk_sebagai, penilaian_a, bukti_a):
    client = masuk_sebagai("operator_a")
    respons = client.post(
        _url(penilaian_a, f"{bukti_a.pk}/ganti/"),
        {"berkas": SimpleUploadedFile("SK revisi.pdf", pdf())},
    )
    assert respons.status_code == 302
    isi = client.get(_url(penilaian_a)).content.decode()
    assert "2 versi" in isi and "SK revisi.pdf" in isi and "SK Tim ZI.pdf" in isi
    assert _ada_kontrol_ubah(isi)


def test_readers_see_the_evidence_without_change_controls(masuk_sebagai, penilaian_a, bukti_a):
    isi = masuk_sebagai("evaluator_a").get(_url(penilaian_a)).content.decode()
    assert "SK Tim ZI.pdf" in isi
    assert not _ada_kontrol_ubah(isi) and 'data-testid="baca-saja"' in isi


def test_a_kanwil_admin_shares_one_file_with_chosen_units(
    cast, masuk_sebagai, penilaian_a, pertanyaan, media
):
    penilaian_b = PenilaianFactory(satker=cast.satker_b, periode=penilaian_a.periode)
    client = masuk_sebagai("admin_x")
    url = f"/penilaian/periode/{penilaian_a.periode_id}/bukti-bersama/"
    assert "Lapas B" in client.get(url).content.decode()
    respons = client.post(
        url,
        {
            "kode": KODE,
            "judul": "SK Kanwil tentang Tim ZI",
            "berkas": SimpleUploadedFile("sk-kanwil.pdf", pdf()),
            "satker": [str(penilaian_a.pk), str(penilaian_b.pk)],
        },
    )
    assert respons.status_code == 302
    assert TautanBukti.objects.filter(bukti__kanwil_bersama=cast.kanwil_x).count() == 2
    assert len(berkas_tersimpan(media)) == 1
    isi = masuk_sebagai("operator_b").get(_url(penilaian_b)).content.decode()
    assert "SK Kanwil tentang Tim ZI" in isi and "Bukti bersama Kanwil" in isi
    assert not _ada_kontrol_ubah(isi)  # read-only for the unit
    assert masuk_sebagai("operator_a").get(_url(penilaian_a)).status_code == 200


def test_the_team_carries_last_years_evidence_over_in_one_action(
    cast, masuk_sebagai, penilaian_a, pertanyaan
):
    lalu = PenilaianFactory(
        satker=cast.satker_a, periode=PeriodeFactory(kanwil=cast.kanwil_x, tahun=2025)
    )
    layanan.bukti_unggah(
        penilaian=lalu,
        pertanyaan=pertanyaan,
        berkas=[unggahan("sk-2025.pdf"), unggahan("foto.png", gambar("PNG"))],
        oleh=cast.pengguna["operator_a"],
    )
    client = masuk_sebagai("kepala_a")
    daftar = client.get(f"/penilaian/{penilaian_a.pk}/bukti/").content.decode()
    assert "Bawa bukti periode 2025" in daftar
    respons = client.post(f"/penilaian/{penilaian_a.pk}/bukti/bawa/", follow=True)
    isi = respons.content.decode()
    assert "2 bukti dari periode lalu ditautkan." in isi
    assert "1 dari" in isi  # one question now has evidence
    assert "sk-2025.pdf" in client.get(_url(penilaian_a)).content.decode()


def test_the_pages_and_refusals_speak_english_when_chosen(
    settings, masuk_sebagai, penilaian_a, pertanyaan
):
    client = masuk_sebagai("operator_a")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert "Supporting evidence" in client.get(_url(penilaian_a)).content.decode()
    respons = client.post(
        _url(penilaian_a, "unggah/"),
        {"berkas": SimpleUploadedFile("a.pdf", b"\x7fELF" + bytes(64))},
    )
    assert "is a program or script and cannot be uploaded" in respons.content.decode()


def test_the_kanwil_admin_finds_the_shared_evidence_page_from_the_overview(
    masuk_sebagai, penilaian_a
):
    tautan = f'href="/penilaian/periode/{penilaian_a.periode_id}/bukti-bersama/"'
    assert (
        tautan
        in masuk_sebagai("admin_x").get(f"/penilaian/{penilaian_a.pk}/bukti/").content.decode()
    )
    assert (
        tautan
        not in masuk_sebagai("operator_a")
        .get(f"/penilaian/{penilaian_a.pk}/bukti/")
        .content.decode()
    )


def test_the_kanwil_admin_links_a_shared_item_to_another_unit_then_withdraws_it(
    cast, masuk_sebagai, penilaian_a, pertanyaan
):
    penilaian_b = PenilaianFactory(satker=cast.satker_b, periode=penilaian_a.periode)
    bukti = layanan.bukti_bersama_unggah(
        periode=penilaian_a.periode,
        pertanyaan=pertanyaan,
        berkas=unggahan("sk-kanwil.pdf"),
        judul="SK Kanwil",
        penilaian_ids=[penilaian_a.pk],
        oleh=cast.pengguna["admin_x"],
    ).bukti
    client = masuk_sebagai("admin_x")
    url = f"/penilaian/periode/{penilaian_a.periode_id}/bukti-bersama/"
    assert "Tautkan ke satuan kerja lain" in client.get(url).content.decode()
    respons = client.post(f"{url}{bukti.pk}/tautkan/", {"satker": [str(penilaian_b.pk)]})
    assert respons.status_code == 302
    assert "SK Kanwil" in masuk_sebagai("operator_b").get(_url(penilaian_b)).content.decode()
    client = masuk_sebagai("admin_x")
    isi = client.post(f"{url}{bukti.pk}/tarik/", follow=True).content.decode()
    assert "Bukti bersama ditarik dari 2 penilaian" in isi
    assert not TautanBukti.objects.filter(bukti=bukti).exists()


def test_an_oversized_upload_is_refused_with_the_size_message(
    settings, masuk_sebagai, penilaian_a, pertanyaan, media
):
    settings.ZI_UPLOAD_MAX_MB = 1
    besar = pdf() + b"%" * (3 * 1024 * 1024)
    respons = masuk_sebagai("operator_a").post(
        _url(penilaian_a, "unggah/"), {"berkas": SimpleUploadedFile("besar.pdf", besar)}
    )
    assert respons.status_code == 200
    assert "melebihi batas ukuran 1 MB" in respons.content.decode()
    assert not Bukti.objects.exists() and berkas_tersimpan(media) == []


def test_the_period_page_leads_its_administrator_to_the_shared_evidence(masuk_sebagai, penilaian_a):
    periode = f"/penilaian/periode/{penilaian_a.periode_id}/"
    tautan = f'href="{periode}bukti-bersama/"'
    halaman = masuk_sebagai("admin_x").get(periode)
    assert tautan in halaman.content.decode()
    assert masuk_sebagai("admin_x").get(f"{periode}bukti-bersama/").status_code == 200
    assert tautan not in masuk_sebagai("auditor_x").get(periode).content.decode()
