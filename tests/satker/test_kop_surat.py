"""The Kanwil's letterhead page: its administrator sets what the documents print."""

from satker.models import KopSurat
from satker.selectors import kop_surat_untuk

DATA = {
    "instansi": "KEMENTERIAN HUKUM REPUBLIK INDONESIA",
    "nama_kantor": "KANTOR WILAYAH X",
    "alamat": "Jalan Merdeka Nomor 1, Kota X 29111",
    "telepon": "(0771) 123456",
    "email": "kanwil.x@contoh.go.id",
    "laman": "x.contoh.go.id",
    "kota": "Kota X",
    "jabatan_kepala": "Kepala Kantor Wilayah",
    "nama_kepala": "Siti Rahmawati",
    "nip_kepala": "19750203 199803 2 001",
    "nama_tpi": "Inspektorat Jenderal Kementerian Hukum",
}


def test_the_admin_saves_the_letterhead_and_the_nip_is_kept_as_its_18_digits(cast, masuk_sebagai):
    client = masuk_sebagai("admin_x")
    response = client.post("/satker/kanwil-x/kop-surat/", DATA, follow=True)
    assert "Kop surat disimpan." in response.content.decode()
    kop = KopSurat.objects.get(kanwil=cast.kanwil_x)
    assert kop.nip_kepala == "197502031998032001"
    assert kop.nama_kepala == "Siti Rahmawati" and kop.diubah_oleh == cast.pengguna["admin_x"]
    # Saving again edits the same letterhead.
    client.post("/satker/kanwil-x/kop-surat/", {**DATA, "kota": "Batam"})
    assert KopSurat.objects.get(kanwil=cast.kanwil_x).kota == "Batam"
    assert KopSurat.objects.count() == 1


def test_a_wrong_nip_re_renders_the_form_in_indonesian_and_saves_nothing(cast, masuk_sebagai):
    response = masuk_sebagai("admin_x").post(
        "/satker/kanwil-x/kop-surat/", {**DATA, "nip_kepala": "1975-02-03", "kota": ""}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "NIP terdiri atas 18 angka" in html
    assert "Bidang ini tidak boleh kosong" in html
    assert not KopSurat.objects.exists()


def test_an_unset_letterhead_is_drafted_from_the_unit_record(cast, masuk_sebagai):
    cast.kanwil_x.alamat = "Jl. Sudirman 5,\nKota X"
    cast.kanwil_x.nama_kepala = "Budi"
    cast.kanwil_x.save()
    kop = kop_surat_untuk(kanwil=cast.kanwil_x)
    assert kop.pk is None
    assert (kop.nama_kantor, kop.alamat, kop.nama_kepala) == (
        "KANWIL X",
        "Jl. Sudirman 5, Kota X",
        "Budi",
    )
    html = masuk_sebagai("admin_x").get("/satker/kanwil-x/kop-surat/").content.decode()
    assert 'value="KANWIL X"' in html


def test_only_a_kanwil_has_a_letterhead_page(cast, masuk_sebagai):
    assert masuk_sebagai("admin_x").get("/satker/satker-a/kop-surat/").status_code == 404


def test_the_kanwil_page_links_its_letterhead_for_its_administrator_only(cast, masuk_sebagai):
    assert (
        'data-testid="kop-surat"'
        in masuk_sebagai("admin_x").get("/satker/kanwil-x/").content.decode()
    )
    html = masuk_sebagai("auditor_x").get("/satker/kanwil-x/").content.decode()
    assert 'data-testid="kop-surat"' not in html
