from decimal import Decimal as D

from django.utils import timezone

from survei.hasil import hasil_survei
from survei.services import layanan_tambah


def test_breakdowns_by_respondent_type_and_service(cast, isi_respons):
    kunjungan = layanan_tambah(satker=cast.satker_a, nama="Kunjungan")
    titip = layanan_tambah(satker=cast.satker_a, nama="Penitipan")
    isi_respons(cast.satker_a, "spkp", 6, layanan=kunjungan.pk, jenis_responden="keluarga")
    isi_respons(cast.satker_a, "spkp", 3, layanan=titip.pk, jenis_responden="pengacara")
    isi_respons(cast.satker_a, "skm", 4, layanan=titip.pk, jenis_responden="pengacara")
    data = hasil_survei(satker=cast.satker_a, tahun=timezone.localdate().year)
    per_jenis = {k.label: k for k in data["per_jenis_responden"]["spkp"]}
    assert per_jenis["Keluarga warga binaan/tahanan"].nilai == D(4)
    assert per_jenis["Penasihat hukum"].nilai == D(2)
    per_layanan = {k.label: k for k in data["per_layanan"]["skm"]}
    assert per_layanan["Penitipan"].responden == 1 and per_layanan["Penitipan"].nilai == D(100)
    rerata = {b.kode: b.rerata for b in data["butir"]["spkp"]}
    assert rerata["P1"] == D("4.5")
