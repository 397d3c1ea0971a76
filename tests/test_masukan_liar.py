"""No input gives a 500: every URL of the URL × role table (tests/*/akses*.py), as each
role and anonymously, with hostile values in its path segments, in every query
parameter the code reads and in every form field it posts: NUL bytes, negative and
huge numbers, 1e308, overlong text. Each must answer below 500 (a 400 or 404 with a
message, a form error, a redirect)."""

import re
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.conftest import ROLES
from tests.test_akses_url import KASUS

AKAR = Path(__file__).resolve().parents[1]
APLIKASI = ("satker", "penilaian", "survei", "laporan", "dasbor", "zi_portal")

NILAI_LIAR = {
    "nul": "a\x00b",
    "negatif": "-1",
    "besar": "9" * 30,
    "eksponen": "1e308",
    "panjang": "x" * 5000,
    "unicode": "²٣\u202e\ufeff",
}
SEGMEN_LIAR = {"nul": "%00", "besar": "9" * 30, "panjang": "y" * 400}


def _parameter_yang_dibaca() -> list[str]:
    """Every request parameter name the code reads by name, plus form-bound GET filters."""
    pola = re.compile(r"""(?:GET|POST)(?:\.get|\.getlist|\[)\(?\s*["'](\w+)["']""")
    nama = {"tahun", "q", "jenis", "status", "kode", "tahap", "predikat", "urut", "next"}
    for app in APLIKASI:
        for berkas in (AKAR / app).rglob("*.py"):
            nama |= set(pola.findall(berkas.read_text(encoding="utf-8")))
    return sorted(nama)


PARAMETER = _parameter_yang_dibaca()


def _jalur_liar(url: str) -> list[str]:
    """The URL with its last segment, and separately every numeric segment, replaced."""
    bagian = url.rstrip("/").split("/")
    hasil = []
    for nilai in SEGMEN_LIAR.values():
        akhir = bagian[:-1] + [nilai]
        hasil.append("/".join(akhir) + "/")
        angka = [nilai if b.isdigit() else b for b in bagian]
        if angka != bagian:
            hasil.append("/".join(angka) + "/")
    return hasil


def _data_liar(data: dict, nilai: str) -> dict:
    return {
        k: v
        if isinstance(v, SimpleUploadedFile)
        else ([nilai] * 2 if k.startswith("b_") else nilai)
        for k, v in data.items()
    }


def _minta(client, metode, url, data):
    try:
        r = getattr(client, metode)(url, data)
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"[:300]
    return r.status_code if r.status_code >= 500 else None


@pytest.mark.parametrize("kasus", KASUS, ids=str)
def test_no_hostile_value_in_any_path_query_or_field_gives_a_server_error(
    kasus, cast, masuk_sebagai
):
    gagal = []
    url = kasus.url(cast)
    data = kasus.data(cast) if kasus.data else {}
    for role in ROLES:
        client = masuk_sebagai(role)
        for jalur in _jalur_liar(url):
            if galat := _minta(client, kasus.metode, jalur, data):
                gagal.append((role, kasus.metode, jalur[:120], galat))
        for jenis, nilai in NILAI_LIAR.items():
            query = {p: nilai for p in PARAMETER}
            if kasus.metode == "get":
                if galat := _minta(client, "get", url, query):
                    gagal.append((role, "get", f"{url}?{jenis}", galat))
            else:
                tujuan = f"{url}?tahun={nilai[:50]}"
                if galat := _minta(client, "post", tujuan, _data_liar({**query, **data}, nilai)):
                    gagal.append((role, "post", f"{url} [{jenis}]", galat))
    assert gagal == [], "\n".join(map(repr, gagal))


def test_the_issues_inputs_get_a_400_with_a_message(cast, masuk_sebagai, client):
    r = client.get("/s/satker-a/%00/")
    assert r.status_code == 400
    assert "karakter NUL" in r.content.decode()
    r = client.post("/s/satker-a/spak/", {"token": "a\x00b"})
    assert r.status_code == 400
    r = masuk_sebagai("admin_x").get("/survei/satker-a/?tahun=-1")
    assert r.status_code == 400
    assert "antara 2000 dan 2100" in r.content.decode()
    assert masuk_sebagai("admin_x").get("/survei/satker-a/?tahun=2025").status_code == 200


@pytest.mark.parametrize(
    "url, kolom",
    [
        ("/masuk/", ("username", "password")),
        ("/akun/kata-sandi/lupa/", ("email",)),
        ("/akun/kata-sandi/atur/MQ/set-password/", ("new_password1", "new_password2")),
        ("/i18n/setlang/", ("language", "next")),
    ],
)
def test_the_login_and_password_pages_outside_the_table_survive_hostile_values(
    client, cast, url, kolom
):
    gagal = []
    for jenis, nilai in NILAI_LIAR.items():
        for metode, data in (
            ("get", {k: nilai for k in kolom}),
            ("post", {k: nilai for k in kolom}),
        ):
            if galat := _minta(client, metode, url, data):
                gagal.append((metode, jenis, galat))
    assert gagal == []
