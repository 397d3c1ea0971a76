import pytest
from django.utils import translation

from penilaian.models import Area, CatatanArea, Lapisan
from satker.models import KopSurat
from tests.factories import SatkerFactory
from tests.usulan.bantu import prasyarat_lengkap, unit_selesai


@pytest.fixture(autouse=True)
def _bahasa_indonesia():
    """Messages are compared in Indonesian: a request in English (the language middleware
    activates it for the thread) must not leak into the next test."""
    translation.activate("id")
    yield
    translation.activate("id")


@pytest.fixture
def musim(cast):
    """Kanwil X's 2026 season at its end. A (Rutan A) meets WBK in the Kanwil and TPI
    layers with every prerequisite; B (Lapas B) falls short on areas 1-2 (Kanwil layer
    only); D (Kanim D, holding WBK) meets WBBM but its SAKIP grade B is below WBBM's BB.
    Kanwil X has its letterhead; the TPI wrote notes on area 1 of A."""
    evaluator = cast.pengguna["evaluator_a"]
    evaluator.first_name, evaluator.last_name = "Dewi", "Lestari"
    evaluator.save()
    admin = cast.pengguna["admin_x"]
    cast.satker_a.nama_kepala = "Bambang Sutrisno"
    cast.satker_a.save()
    KopSurat.objects.create(
        kanwil=cast.kanwil_x,
        instansi="KEMENTERIAN UJI REPUBLIK INDONESIA",
        nama_kantor="KANTOR WILAYAH X",
        alamat="Jalan Merdeka Nomor 1, Kota X 29111",
        telepon="(0771) 123456",
        email="kanwil.x@contoh.go.id",
        laman="x.contoh.go.id",
        kota="Kota X",
        jabatan_kepala="Kepala Kantor Wilayah",
        nama_kepala="Siti Rahmawati",
        nip_kepala="197502031998032001",
        nama_tpi="Inspektorat Jenderal Kementerian Uji",
    )
    d = SatkerFactory(kode="satker-d", nama="Kanim D", induk=cast.kanwil_x, jenis="kanim")
    keduanya = (Lapisan.KANWIL, Lapisan.TPI)
    hasil = {
        "a": unit_selesai(cast.satker_a, "wbk", evaluator=evaluator, lapisan=keduanya),
        "b": unit_selesai(cast.satker_b, "belum_area", evaluator=evaluator),
        "d": unit_selesai(
            d, "wbbm", evaluator=evaluator, lapisan=keduanya, predikat_sebelumnya="WBK"
        ),
    }
    prasyarat_lengkap(cast.satker_a, admin)
    prasyarat_lengkap(d, admin, sakip="B")
    CatatanArea.objects.create(
        penilaian=hasil["a"],
        lapisan=Lapisan.TPI,
        area=Area.objects.get(versi=hasil["a"].periode.versi, kode="1"),
        catatan="SK Tim Kerja ZI 2026 belum memuat agen perubahan.",
        rekomendasi="Tetapkan agen perubahan dalam SK Tim Kerja ZI.",
        diubah_oleh=evaluator,
    )
    return hasil
