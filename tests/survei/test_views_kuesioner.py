from survei.models import KuesionerVersi
from survei.selectors import versi_terbit


def _formset(butir):
    data = {
        "butir-TOTAL_FORMS": len(butir),
        "butir-INITIAL_FORMS": 0,
        "butir-MIN_NUM_FORMS": 0,
        "butir-MAX_NUM_FORMS": 1000,
    }
    for i, (kode, teks_id, teks_en) in enumerate(butir):
        data.update(
            {f"butir-{i}-kode": kode, f"butir-{i}-teks_id": teks_id, f"butir-{i}-teks_en": teks_en}
        )
    return data


def test_an_administrator_makes_edits_and_publishes_a_new_version(cast, masuk_sebagai):
    client = masuk_sebagai("superuser")
    r = client.post("/kuesioner/spak/versi-baru/")
    draf = KuesionerVersi.objects.get(kuesioner__jenis="spak", nomor=2)
    assert r["Location"] == f"/kuesioner/versi/{draf.pk}/ubah/"
    assert client.get(r["Location"]).status_code == 200
    data = {"skala_maks": 4, "konversi": "linear", "bobot_skm": "1/9", "catatan": "v2"}
    data.update(_formset([("A1", "Satu", "One"), ("A9", "Baru", "New")]))
    r = client.post(f"/kuesioner/versi/{draf.pk}/ubah/", data)
    assert r.status_code == 302, r.content.decode()[:2000]
    client.post(f"/kuesioner/versi/{draf.pk}/terbitkan/")
    assert versi_terbit("spak").pk == draf.pk
    html = client.get("/s/satker-a/spak/").content.decode()
    assert "1 — Tidak setuju" not in html  # page 1 is the profile
    assert [b.kode for b in versi_terbit("spak").butir.all()] == ["A1", "A9"]


def test_a_version_with_responses_cannot_be_edited_in_the_portal(cast, masuk_sebagai, isi_respons):
    isi_respons(cast.satker_a, "spak", 4)
    versi = versi_terbit("spak")
    data = {"skala_maks": 4, "konversi": "linear", "bobot_skm": "1/9", "catatan": ""}
    data.update(_formset([("A1", "Satu", "One")]))
    r = masuk_sebagai("superuser").post(f"/kuesioner/versi/{versi.pk}/ubah/", data)
    assert "tidak dapat diubah" in r.content.decode()
    assert versi.butir.count() == 5
