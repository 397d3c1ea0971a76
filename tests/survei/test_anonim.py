"""A response never holds anything that identifies the respondent."""

from survei.models import Respons, Skor
from tests.survei.conftest import langkah_langkah

DIIZINKAN = {
    "id",
    "satker",
    "versi",
    "tahun",
    "tanggal",
    "cara",
    "usia",
    "jenis_kelamin",
    "pendidikan",
    "pekerjaan",
    "jenis_responden",
    "layanan",
    "saran",
}


def test_a_response_row_holds_no_identifying_field():
    kolom = {f.name for f in Respons._meta.concrete_fields}
    assert kolom == DIIZINKAN
    assert {f.name for f in Skor._meta.concrete_fields} == {"id", "respons", "butir", "nilai"}


def test_no_address_agent_or_session_reaches_the_database(client, cast, cepat):
    ip, agent = "203.0.113.77", "AgenUji/9.9 (rahasia)"
    client.defaults.update({"REMOTE_ADDR": ip, "HTTP_USER_AGENT": agent})
    r, _ = langkah_langkah(client, "/s/satker-a/spak/", {f"A{i}": "4" for i in range(1, 6)})
    assert r.status_code == 302
    respons = Respons.objects.values().get()
    teks = repr(respons)
    assert ip not in teks and agent not in teks
    from django.contrib.sessions.models import Session

    assert Session.objects.count() == 0  # no session is created for a respondent
