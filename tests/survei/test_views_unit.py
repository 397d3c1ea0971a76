from decimal import Decimal as D

from survei.models import IndeksEksternal, KodeSekali, Layanan, PengaturanSurvei


def test_results_show_indices_skm_grade_and_suggestions(cast, masuk_sebagai, isi_respons):
    isi_respons(cast.satker_a, "spkp", 6, saran="Antrean lebih tertib")
    isi_respons(cast.satker_a, "spak", 3)
    isi_respons(cast.satker_a, "skm", 4)
    r = masuk_sebagai("operator_a").get("/survei/satker-a/")
    html = r.content.decode()
    assert r.status_code == 200
    assert 'data-testid="ipkp">4,00' in html
    assert 'data-testid="ipak">2,00' in html
    assert 'data-testid="skm">100,00' in html and ">A<" in html
    assert "Antrean lebih tertib" in html
    assert 'data-testid="butir-spkp"' in html  # table with the chart's numbers
    assert "chart.umd.min.js" in html


def test_results_count_queries_do_not_grow_with_responses(
    cast, masuk_sebagai, isi_respons, django_assert_max_num_queries
):
    client = masuk_sebagai("operator_a")
    isi_respons(cast.satker_a, "spkp", 5)
    client.get("/survei/satker-a/")
    for _ in range(5):
        isi_respons(cast.satker_a, "skm", 3)
        isi_respons(cast.satker_a, "spak", 4, saran="ok")
    with django_assert_max_num_queries(25):
        assert client.get("/survei/satker-a/").status_code == 200


def test_a_unit_sees_only_its_own_results_and_the_kanwil_all_of_its_units(cast, masuk_sebagai):
    assert masuk_sebagai("operator_b").get("/survei/satker-a/").status_code == 404
    daftar = masuk_sebagai("admin_x").get("/survei/").content.decode()
    assert "Rutan A" in daftar and "Lapas B" in daftar and "Kanim C" not in daftar
    sendiri = masuk_sebagai("operator_a").get("/survei/").content.decode()
    assert "Rutan A" in sendiri and "Lapas B" not in sendiri


def test_the_poster_is_a_png_and_a_pdf(cast, masuk_sebagai):
    client = masuk_sebagai("operator_a")
    png = client.get("/survei/satker-a/poster.png")
    assert png["Content-Type"] == "image/png" and png.content[:8] == b"\x89PNG\r\n\x1a\n"
    pdf = client.get("/survei/satker-a/poster.pdf")
    assert pdf["Content-Type"] == "application/pdf" and pdf.content[:5] == b"%PDF-"
    assert "attachment" in pdf["Content-Disposition"]


def test_staff_maintain_the_units_services(cast, masuk_sebagai):
    client = masuk_sebagai("operator_a")
    r = client.post("/survei/satker-a/layanan/", {"nama": "Kunjungan keluarga"})
    assert r.status_code == 302
    layanan = Layanan.objects.get(satker=cast.satker_a)
    client.post(f"/survei/satker-a/layanan/{layanan.pk}/aktif/0/")
    layanan.refresh_from_db()
    assert not layanan.aktif
    again = client.post("/survei/satker-a/layanan/", {"nama": "kunjungan  keluarga"})
    assert "sudah ada" in again.content.decode()


def test_staff_print_one_time_codes_and_may_require_them(cast, masuk_sebagai):
    client = masuk_sebagai("kepala_a")
    client.post("/survei/satker-a/kode/", {"jumlah": 12})
    assert KodeSekali.objects.filter(satker=cast.satker_a).count() == 12
    html = client.get("/survei/satker-a/kode/").content.decode()
    assert KodeSekali.objects.first().kode in html
    client.post("/survei/satker-a/pengaturan/", {"wajib_kode": "on"})
    assert PengaturanSurvei.objects.get(satker=cast.satker_a).wajib_kode


def test_the_unit_records_an_external_value_for_its_own_self_assessment(
    cast, masuk_sebagai, isi_respons
):
    isi_respons(cast.satker_a, "spak", 6)
    client = masuk_sebagai("operator_a")
    data = {
        "tahun": 2026,
        "jenis": "ipak",
        "nilai": "3.5100",
        "sumber": "BPS Kepri",
        "dokumen": "Laporan SPAK BPS No. 7/2026",
    }
    assert client.post("/survei/satker-a/eksternal/", data).status_code == 302
    indeks = IndeksEksternal.objects.get()
    assert (indeks.nilai, indeks.lingkup, indeks.dicatat_oleh) == (
        D("3.51"),
        "unit",
        cast.pengguna["operator_a"],
    )
    assert indeks.dokumen == "Laporan SPAK BPS No. 7/2026"


def test_the_kanwil_administrator_records_the_evaluators_value(cast, masuk_sebagai):
    client = masuk_sebagai("admin_x")
    data = {"tahun": 2026, "jenis": "ipkp", "nilai": "3.7", "sumber": "Itjen", "dokumen": "LHE"}
    assert client.post("/survei/satker-a/eksternal/", data).status_code == 302
    assert IndeksEksternal.objects.get().lingkup == "kanwil"


def test_unit_staff_get_403_for_a_value_that_counts_for_the_evaluator_layers(cast, masuk_sebagai):
    kanwil = IndeksEksternal.objects.create(
        satker=cast.satker_a,
        tahun=2026,
        jenis="ipak",
        nilai=D("3.61"),
        sumber="BPS",
        dokumen="Laporan BPS",
        lingkup="kanwil",
    )
    client = masuk_sebagai("operator_a")
    data = {"tahun": 2026, "jenis": "ipak", "nilai": "4", "sumber": "x", "dokumen": "y"}
    assert (
        client.post("/survei/satker-a/eksternal/", {**data, "lingkup": "kanwil"}).status_code == 403
    )
    assert client.post(f"/survei/satker-a/eksternal/{kanwil.pk}/hapus/").status_code == 403
    kanwil.refresh_from_db()
    assert kanwil.nilai == D("3.61")
    assert IndeksEksternal.objects.count() == 1


def test_an_external_value_without_its_source_document_is_refused(cast, masuk_sebagai):
    client = masuk_sebagai("operator_a")
    data = {"tahun": 2026, "jenis": "ipak", "nilai": "3.5", "sumber": "BPS"}
    response = client.post("/survei/satker-a/eksternal/", data)
    assert response.status_code == 200 and response.context["form"].errors["dokumen"]
    assert IndeksEksternal.objects.count() == 0


def test_an_out_of_range_external_value_is_refused(cast, masuk_sebagai):
    client = masuk_sebagai("operator_a")
    data = {"tahun": 2026, "jenis": "ipak", "nilai": "4.5", "sumber": "BPS", "dokumen": "L"}
    assert client.post("/survei/satker-a/eksternal/", data).status_code == 200
    assert IndeksEksternal.objects.count() == 0


def test_the_units_list_query_count_does_not_grow_with_units(
    cast, masuk_sebagai, isi_respons, django_assert_max_num_queries
):
    from tests.factories import SatkerFactory

    client = masuk_sebagai("admin_x")
    for _ in range(6):
        satker = SatkerFactory(induk=cast.kanwil_x)
        isi_respons(satker, "skm", 3)
        isi_respons(satker, "spak", 5)
    with django_assert_max_num_queries(12):
        r = client.get("/survei/")
    assert r.status_code == 200 and r.content.decode().count("/30") >= 3 * 8


def test_the_results_page_counts_the_responses_of_the_window_it_is_given(cast, masuk_sebagai):
    import datetime

    from tests.penilaian.bantu import respons_pada

    respons_pada(cast.satker_a, "spak", 6, datetime.date(2026, 3, 1), n=2)
    respons_pada(cast.satker_a, "spak", 6, datetime.date(2026, 7, 1), n=3)
    client = masuk_sebagai("kepala_a")
    tahun = client.get("/survei/satker-a/?tahun=2026").context["ringkasan"]
    jendela = client.get("/survei/satker-a/?mulai=2026-01-01&selesai=2026-05-31").context
    assert tahun.responden("spak") == 5
    assert jendela["ringkasan"].responden("spak") == 2
    assert jendela["tahun"] == 2026
    assert (
        "1 Jan 2026"
        in client.get("/survei/satker-a/?mulai=2026-01-01&selesai=2026-05-31").content.decode()
    )
