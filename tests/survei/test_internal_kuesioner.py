"""The internal staff survey as a fourth questionnaire kind: shipped default, kept
off the public forms, edited by national administrators like the others."""

import pytest
from django.core.exceptions import ValidationError

from survei import services
from survei.models import AreaButir, Kuesioner, KuesionerVersi
from survei.selectors import versi_terbit, versi_terbit_semua


def test_the_default_version_groups_items_by_the_six_areas_and_integrity(db):
    versi = versi_terbit(Kuesioner.Jenis.INTERNAL)
    assert versi is not None and versi.nomor == 1
    assert versi.asal == KuesionerVersi.Asal.PORTAL  # the portal's own, not a regulation's
    assert "bukan instrumen resmi" in versi.catatan
    butir = list(versi.butir.all())
    assert {b.area for b in butir} == set(AreaButir.values)
    for b in butir:
        assert b.teks_id and b.teks_en and b.teks_id != b.teks_en
        assert b.sumber, b.kode  # every item says where it comes from
    lke = [b for b in butir if b.area != AreaButir.INTEGRITAS]
    assert all(b.sumber.startswith("LKE A.I.") for b in lke)


def test_the_staff_survey_is_not_offered_on_the_public_pages(client, cast):
    assert Kuesioner.Jenis.INTERNAL not in [v.kuesioner.jenis for v in versi_terbit_semua()]
    html = client.get("/s/satker-a/").content.decode()
    assert "/s/satker-a/szi/" not in html and "SZI" not in html
    assert client.get("/s/satker-a/szi/").status_code == 404


def test_an_internal_item_without_an_area_is_refused(cast):
    draf = services.versi_buat(
        kuesioner=Kuesioner.objects.get(jenis=Kuesioner.Jenis.INTERNAL), oleh=None
    )
    with pytest.raises(ValidationError) as e:
        services.versi_ubah(
            versi=draf,
            skala_maks=4,
            konversi="rentang",
            bobot_skm="1/9",
            catatan="",
            butir=[("X1", "Satu", "One", "5", "LKE A.I.5"), ("X2", "Dua", "Two")],
        )
    assert services.PESAN_AREA_WAJIB in e.value.messages
    assert draf.butir.count() == versi_terbit("szi").butir.count()  # unchanged


def test_a_new_version_copies_areas_sources_and_origin(cast):
    asli = versi_terbit(Kuesioner.Jenis.INTERNAL)
    draf = services.versi_buat(kuesioner=asli.kuesioner, oleh=None)
    lama = list(asli.butir.values_list("kode", "area", "sumber"))
    assert list(draf.butir.values_list("kode", "area", "sumber")) == lama
    assert (draf.asal, draf.konversi, draf.skala_maks) == ("portal", "rentang", 4)


def test_the_administrator_edits_areas_in_the_portal(cast, masuk_sebagai):
    client = masuk_sebagai("superuser")
    r = client.post("/kuesioner/szi/versi-baru/")
    draf = KuesionerVersi.objects.get(kuesioner__jenis="szi", nomor=2)
    html = client.get(r["Location"]).content.decode()
    assert 'name="butir-0-area"' in html and 'name="butir-0-sumber"' in html
    data = {"skala_maks": 4, "konversi": "rentang", "bobot_skm": "1/9", "catatan": "v2"}
    data.update(
        {
            "butir-TOTAL_FORMS": 1,
            "butir-INITIAL_FORMS": 0,
            "butir-MIN_NUM_FORMS": 0,
            "butir-MAX_NUM_FORMS": 1000,
            "butir-0-kode": "PW9",
            "butir-0-teks_id": "Saluran WBS dipercaya.",
            "butir-0-teks_en": "The WBS channel is trusted.",
            "butir-0-area": "5",
            "butir-0-sumber": "LKE A.I.5.iv.a",
        }
    )
    r = client.post(f"/kuesioner/versi/{draf.pk}/ubah/", data)
    assert r.status_code == 302, r.content.decode()[:2000]
    assert list(draf.butir.values_list("kode", "area", "sumber")) == [
        ("PW9", "5", "LKE A.I.5.iv.a")
    ]
    html = client.get(f"/kuesioner/versi/{draf.pk}/").content.decode()
    assert "Instrumen portal (bukan instrumen resmi regulasi)" in html
