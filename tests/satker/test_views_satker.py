from satker.models import Satker


def test_admin_creates_a_unit_through_the_form(cast, masuk_sebagai):
    client = masuk_sebagai("admin_x")
    response = client.post(
        "/satker/baru/",
        {"kode": "lpka-x", "nama": "LPKA X", "jenis": "lpka", "induk": cast.kanwil_x.pk},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == "/satker/lpka-x/"
    assert "Satuan kerja LPKA X dibuat." in response.content.decode()


def test_a_bad_form_re_renders_with_errors_and_saves_nothing(cast, masuk_sebagai):
    client = masuk_sebagai("admin_x")
    response = client.post(
        "/satker/baru/", {"kode": "Kode Salah!", "nama": "", "jenis": "lpka", "induk": ""}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Kode hanya huruf kecil" in html
    assert "Bidang ini tidak boleh kosong" in html  # Django's own Indonesian
    assert Satker.objects.count() == 5


def test_the_unit_list_shows_only_units_in_scope(cast, masuk_sebagai):
    html = masuk_sebagai("admin_x").get("/satker/").content.decode()
    assert "Rutan A" in html and "Lapas B" in html and "Kanim C" not in html
    html = masuk_sebagai("operator_b").get("/satker/").content.decode()
    assert "Lapas B" in html and "Rutan A" not in html


def test_search_filters_the_unit_list(cast, masuk_sebagai):
    html = masuk_sebagai("superuser").get("/satker/?q=kanim").content.decode()
    assert "Kanim C" in html and "Rutan A" not in html


def test_a_head_does_not_see_admin_menu_entries(cast, masuk_sebagai):
    html = masuk_sebagai("kepala_a").get("/").content.decode()
    assert "/pengguna/" not in html
    html = masuk_sebagai("admin_x").get("/").content.decode()
    assert 'href="/pengguna/"' in html


def test_moving_through_the_form_is_shown_in_history(cast, masuk_sebagai):
    client = masuk_sebagai("superuser")
    response = client.post(
        f"/satker/{cast.satker_b.kode}/pindah/",
        {"induk_baru": cast.kanwil_y.pk, "catatan": "reorganisasi 2024"},
        follow=True,
    )
    html = response.content.decode()
    assert "riwayatnya tetap tersimpan" in html
    assert "reorganisasi 2024" in html
    assert Satker.objects.get(pk=cast.satker_b.pk).induk == cast.kanwil_y


def test_the_parent_kanwil_is_linked_only_for_those_who_may_open_it(cast, masuk_sebagai):
    html = masuk_sebagai("kepala_a").get("/satker/satker-a/").content.decode()
    assert "Kanwil X" in html and 'href="/satker/kanwil-x/"' not in html
    html = masuk_sebagai("admin_x").get("/satker/satker-a/").content.decode()
    assert 'href="/satker/kanwil-x/"' in html
