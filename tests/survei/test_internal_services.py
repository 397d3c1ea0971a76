"""Staff counts, one-time staff codes and staff responses (survei.internal.services)."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from survei.internal import services
from survei.internal.selectors import kode_internal_sah, total_pegawai, versi_internal
from survei.models import JumlahPegawai, KodeInternal, ResponsInternal, SkorInternal
from survei.perlindungan import token_baru
from tests.survei.internal_bantu import PROFIL, isi, jawaban, staf

TAHUN = timezone.localdate().year


def test_the_unit_records_its_staff_per_category_and_may_correct_it(cast):
    staf(cast.satker_a, TAHUN, asn=40, pppk=5, honorer=2)
    staf(cast.satker_a, TAHUN, asn=41, honorer=3)
    per = dict(JumlahPegawai.objects.filter(satker=cast.satker_a).values_list("kategori", "jumlah"))
    assert per == {"asn": 41, "pppk": 0, "honorer": 3, "kontrak": 0}
    assert total_pegawai(satker=cast.satker_a, tahun=TAHUN) == 44
    assert total_pegawai(satker=cast.satker_a, tahun=TAHUN + 3) == 44  # latest earlier year
    assert total_pegawai(satker=cast.satker_a, tahun=TAHUN - 1) is None


@pytest.mark.parametrize("jumlah", [{"asn": -1}, {"asn": 100001}, {"asn": "9"}, {}])
def test_a_bad_staff_count_is_refused_and_changes_nothing(cast, jumlah):
    with pytest.raises(ValidationError):
        staf(cast.satker_a, TAHUN, **jumlah)
    assert not JumlahPegawai.objects.exists()


def test_codes_need_a_staff_count_and_never_outnumber_the_staff(cast):
    with pytest.raises(ValidationError) as e:
        services.kode_internal_buat(satker=cast.satker_a, jumlah=1)
    assert services.PESAN_BELUM_ADA_PEGAWAI in e.value.messages
    staf(cast.satker_a, TAHUN, asn=10, honorer=2)
    assert len(services.kode_internal_buat(satker=cast.satker_a, jumlah=12)) == 12
    with pytest.raises(ValidationError) as e:
        services.kode_internal_buat(satker=cast.satker_a, jumlah=1)
    assert "(12)" in e.value.messages[0]
    assert services.kode_internal_batalkan(satker=cast.satker_a) == 12
    assert len(services.kode_internal_buat(satker=cast.satker_a, jumlah=3)) == 3


def test_a_code_is_kept_only_as_a_keyed_hash_under_a_random_key(cast):
    staf(cast.satker_a, TAHUN, asn=30)
    kode = services.kode_internal_buat(satker=cast.satker_a, jumlah=20)
    assert len(set(kode)) == 20 and all(len(k) == 8 for k in kode)
    teks = repr(list(KodeInternal.objects.values()))
    assert not [k for k in kode if k in teks]
    kunci = sorted(KodeInternal.objects.values_list("pk", flat=True))
    assert kunci[-1] - kunci[0] > 10**12  # not a counter: slip order is not in the table
    assert kode_internal_sah(satker=cast.satker_a, kode=kode[0].lower())
    assert not kode_internal_sah(satker=cast.satker_b, kode=kode[0])


def test_a_response_uses_up_its_code_and_a_second_use_is_refused(cast):
    staf(cast.satker_a, TAHUN, asn=5)
    kode = services.kode_internal_buat(satker=cast.satker_a, jumlah=1)[0]
    assert isi(cast.satker_a, 3, kode=kode) is True
    assert not KodeInternal.objects.exists()
    respons = ResponsInternal.objects.get()
    assert (respons.tanggal, respons.kategori) == (timezone.localdate(), "asn")
    assert SkorInternal.objects.count() == versi_internal().butir.count()
    with pytest.raises(ValidationError) as e:
        isi(cast.satker_a, 3, kode=kode)
    assert services.PESAN_KODE_TIDAK_VALID in e.value.messages
    assert ResponsInternal.objects.count() == 1


def test_another_units_code_or_no_code_admits_nothing(cast):
    staf(cast.satker_b, TAHUN, asn=5)
    kode_b = services.kode_internal_buat(satker=cast.satker_b, jumlah=1)[0]
    for kode in (kode_b, ""):
        with pytest.raises(ValidationError):
            isi(cast.satker_a, 4, kode=kode)
    assert not ResponsInternal.objects.exists()
    assert kode_internal_sah(satker=cast.satker_b, kode=kode_b)


@pytest.mark.parametrize(
    "profil",
    [{"kategori": "pejabat"}, {"masa_kerja": "99"}, {"melayani_publik": "ya"}],
)
def test_a_bad_profile_stores_nothing_and_keeps_the_code(cast, profil):
    staf(cast.satker_a, TAHUN, asn=5)
    kode = services.kode_internal_buat(satker=cast.satker_a, jumlah=1)[0]
    with pytest.raises(ValidationError):
        isi(cast.satker_a, 4, kode=kode, **profil)
    assert not ResponsInternal.objects.exists()
    assert kode_internal_sah(satker=cast.satker_a, kode=kode)


def test_a_missing_or_out_of_scale_answer_stores_nothing(cast):
    staf(cast.satker_a, TAHUN, asn=5)
    kode = services.kode_internal_buat(satker=cast.satker_a, jumlah=1)[0]
    for salah in ({"MP1": None}, {"MP1": 5}):
        with pytest.raises(ValidationError):
            services.respons_internal_simpan(
                satker=cast.satker_a,
                versi=versi_internal(),
                profil=PROFIL,
                jawaban={**jawaban(4), **salah},
                token=token_baru(),
                kode=kode,
            )
    assert not ResponsInternal.objects.exists() and kode_internal_sah(
        satker=cast.satker_a, kode=kode
    )


def test_a_resent_form_is_stored_once(cast):
    staf(cast.satker_a, TAHUN, asn=5)
    kode = services.kode_internal_buat(satker=cast.satker_a, jumlah=2)
    token = token_baru()
    data = {
        "satker": cast.satker_a,
        "versi": versi_internal(),
        "profil": PROFIL,
        "jawaban": jawaban(4),
        "token": token,
    }
    assert services.respons_internal_simpan(**data, kode=kode[0]) is True
    assert services.respons_internal_simpan(**data, kode=kode[1]) is False
    assert ResponsInternal.objects.count() == 1
    assert kode_internal_sah(satker=cast.satker_a, kode=kode[1])  # not spent by the resend


def test_a_public_questionnaire_cannot_be_answered_as_the_staff_survey(cast):
    from survei.selectors import versi_terbit

    staf(cast.satker_a, TAHUN, asn=5)
    kode = services.kode_internal_buat(satker=cast.satker_a, jumlah=1)[0]
    with pytest.raises(ValidationError) as e:
        services.respons_internal_simpan(
            satker=cast.satker_a,
            versi=versi_terbit("spak"),
            profil=PROFIL,
            jawaban={f"A{i}": 4 for i in range(1, 6)},
            token=token_baru(),
            kode=kode,
        )
    assert services.PESAN_BUKAN_INTERNAL in e.value.messages


def test_a_response_holds_only_the_day_and_coarse_profile():
    kolom = {f.name for f in ResponsInternal._meta.concrete_fields}
    assert kolom == {
        "id",
        "satker",
        "versi",
        "tanggal",
        "kategori",
        "masa_kerja",
        "melayani_publik",
    }
    assert {f.name for f in SkorInternal._meta.concrete_fields} == {
        "id",
        "respons",
        "butir",
        "nilai",
    }
    assert ResponsInternal._meta.get_field("tanggal").get_internal_type() == "DateField"
