import pytest
from django.core.exceptions import ValidationError

from survei import services
from survei.models import KodeSekali, Respons, Skor
from survei.perlindungan import token_baru
from survei.selectors import versi_terbit
from tests.survei.conftest import PROFIL

_TOKEN: dict[str, str] = {}


@pytest.fixture(autouse=True)
def _token_baru_per_uji():
    _TOKEN.clear()


def _simpan(satker, jawaban=None, token="t-1", **kw):
    """Store a SPAK response; `token` names a form token the server issued (the same
    name, the same token)."""
    versi = versi_terbit("spak")
    jawaban = jawaban if jawaban is not None else {f"A{i}": 5 for i in range(1, 6)}
    token = _TOKEN.setdefault(token, token_baru())
    data = {"profil": PROFIL, "jawaban": jawaban, "token": token, **kw}
    return services.respons_simpan(satker=satker, versi=versi, **data)


def test_it_stores_one_response_with_its_answers(cast):
    assert _simpan(cast.satker_a) is True
    assert Respons.objects.get().satker == cast.satker_a
    assert Skor.objects.count() == 5


def test_the_same_token_is_stored_once(cast):
    assert _simpan(cast.satker_a) is True
    assert _simpan(cast.satker_a) is False
    assert Respons.objects.count() == 1


@pytest.mark.parametrize(
    "jawaban, pesan",
    [
        ({"A1": 5}, services.PESAN_JAWABAN_KURANG),
        ({"A1": 7, "A2": 5, "A3": 5, "A4": 5, "A5": 5}, services.PESAN_DI_LUAR_SKALA),
        ({"A1": "x", "A2": 5, "A3": 5, "A4": 5, "A5": 5}, services.PESAN_DI_LUAR_SKALA),
    ],
)
def test_bad_answers_store_nothing(cast, jawaban, pesan):
    with pytest.raises(ValidationError) as exc:
        _simpan(cast.satker_a, jawaban=jawaban)
    assert pesan in exc.value.messages
    assert Respons.objects.count() == 0


def test_a_one_time_code_accepts_one_response(cast):
    kode = services.kode_buat(satker=cast.satker_a, jumlah=1)[0].kode
    assert _simpan(cast.satker_a, kode=kode.lower()) is True
    with pytest.raises(ValidationError) as exc:
        _simpan(cast.satker_a, kode=kode, token="t-2")
    assert services.PESAN_KODE_TIDAK_VALID in exc.value.messages
    assert Respons.objects.count() == 1
    assert not KodeSekali.objects.exists()  # deleted, not stamped with a time


def test_another_units_code_is_refused(cast):
    kode = services.kode_buat(satker=cast.satker_b, jumlah=1)[0].kode
    with pytest.raises(ValidationError):
        _simpan(cast.satker_a, kode=kode)


def test_a_unit_may_require_codes_on_the_public_form_but_not_the_kiosk(cast):
    services.pengaturan_simpan(satker=cast.satker_a, wajib_kode=True)
    with pytest.raises(ValidationError) as exc:
        _simpan(cast.satker_a)
    assert services.PESAN_KODE_WAJIB in exc.value.messages
    assert _simpan(cast.satker_a, cara=Respons.Cara.KIOSK) is True


def test_service_must_come_from_the_units_own_list(cast):
    lain = services.layanan_tambah(satker=cast.satker_b, nama="Kunjungan")
    services.layanan_tambah(satker=cast.satker_a, nama="Kunjungan")
    with pytest.raises(ValidationError) as exc:
        _simpan(cast.satker_a, profil={**PROFIL, "layanan": lain.pk})
    assert services.PESAN_LAYANAN_TIDAK_VALID in exc.value.messages


def test_a_refused_code_does_not_use_up_the_token(cast):
    with pytest.raises(ValidationError):
        _simpan(cast.satker_a, kode="TIDAKADA")
    assert _simpan(cast.satker_a) is True  # same token, now without the bad code


def test_a_double_tap_with_a_code_is_stored_once_and_not_refused(cast):
    kode = services.kode_buat(satker=cast.satker_a, jumlah=1)[0].kode
    assert _simpan(cast.satker_a, kode=kode) is True
    assert _simpan(cast.satker_a, kode=kode) is False
    assert Respons.objects.count() == 1


@pytest.mark.parametrize("token", ["", "t-1", "eyJuIjoieCIsInQiOjB9:1abc:palsu"])
def test_a_token_the_server_never_issued_is_refused(cast, token):
    versi = versi_terbit("spak")
    with pytest.raises(ValidationError) as exc:
        services.respons_simpan(
            satker=cast.satker_a,
            versi=versi,
            profil=PROFIL,
            jawaban={f"A{i}": 5 for i in range(1, 6)},
            token=token,
        )
    assert exc.value.code == "token"
    assert Respons.objects.count() == 0


def test_a_used_token_is_kept_only_as_a_keyed_hash_with_the_date(cast):
    from django.utils import timezone

    from survei.models import TokenKirim
    from survei.perlindungan import baca_token

    assert _simpan(cast.satker_a) is True
    bekas = TokenKirim.objects.values().get()
    assert set(bekas) == {"id", "sidik", "tanggal"}
    assert bekas["tanggal"] == timezone.localdate()
    assert bekas["sidik"] == baca_token(_TOKEN["t-1"]).sidik
    assert baca_token(_TOKEN["t-1"]).nonce not in bekas["sidik"]
