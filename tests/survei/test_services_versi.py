import pytest
from django.core.exceptions import ValidationError

from survei import services
from survei.models import Kuesioner, KuesionerVersi
from survei.selectors import versi_terbit


def test_three_questionnaires_are_installed_with_their_items(db):
    assert versi_terbit("spkp").butir.count() == 8
    assert versi_terbit("spak").butir.count() == 5
    skm = versi_terbit("skm")
    assert skm.butir.count() == 9 and skm.skala_maks == 4 and skm.bobot_skm == "1/9"
    assert versi_terbit("spkp").skala_maks == 6 and versi_terbit("spkp").konversi == "linear"


def test_a_new_version_copies_the_latest_and_is_a_draft(cast):
    spak = Kuesioner.objects.get(jenis="spak")
    versi = services.versi_buat(kuesioner=spak, oleh=cast.pengguna["superuser"])
    assert versi.nomor == 2 and versi.status == KuesionerVersi.Status.DRAF
    assert [b.kode for b in versi.butir.all()] == ["A1", "A2", "A3", "A4", "A5"]
    assert versi_terbit("spak").nomor == 1


def test_a_draft_can_be_edited_and_published(cast):
    spak = Kuesioner.objects.get(jenis="spak")
    versi = services.versi_buat(kuesioner=spak, oleh=None)
    services.versi_ubah(
        versi=versi,
        skala_maks=4,
        konversi="rentang",
        bobot_skm="1/9",
        catatan="uji",
        butir=[("A1", "Satu", "One"), ("A2", "Dua", "Two")],
    )
    services.versi_terbitkan(versi=versi, oleh=None)
    aktif = versi_terbit("spak")
    assert aktif.pk == versi.pk and aktif.skala_maks == 4
    assert [b.teks_en for b in aktif.butir.all()] == ["One", "Two"]


def test_a_version_with_responses_is_never_changed(cast, isi_respons):
    isi_respons(cast.satker_a, "spak", 6)
    with pytest.raises(ValidationError) as exc:
        services.versi_ubah(
            versi=versi_terbit("spak"),
            skala_maks=4,
            konversi="linear",
            bobot_skm="1/9",
            catatan="",
            butir=[("A1", "Satu", "One")],
        )
    assert services.PESAN_VERSI_TERKUNCI in exc.value.messages
    assert versi_terbit("spak").skala_maks == 6


def test_skm_keeps_the_1_4_scale(cast):
    versi = services.versi_buat(kuesioner=Kuesioner.objects.get(jenis="skm"), oleh=None)
    with pytest.raises(ValidationError) as exc:
        services.versi_ubah(
            versi=versi, skala_maks=6, konversi="linear", bobot_skm="1/9", catatan="", butir=[]
        )
    assert services.PESAN_SKM_SKALA_4 in exc.value.messages
