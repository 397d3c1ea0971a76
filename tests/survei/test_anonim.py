"""A response never holds anything that identifies the respondent."""

import pytest

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


SKM = {f"U{i}": "4" for i in range(1, 10)}
SPAK = {f"A{i}": "5" for i in range(1, 6)}
# Staff records, written by staff actions and never in a respondent's transaction: a
# version's publication, an external index, a tablet locked as a kiosk.
CATATAN_PETUGAS = {"kuesionerversi", "indekseksternal", "kios"}


def _sepuluh_respons(client, masuk_sebagai, cast):
    """Five responses by ticket code on the public form, five on a locked kiosk tablet;
    each suggestion says its arrival order. Returns (codes used, suggestions in order)."""
    from survei.services import kode_buat

    kode = [k.kode for k in kode_buat(satker=cast.satker_a, jumlah=5)]
    urutan = []
    for i, k in enumerate(kode):
        saran = f"urutan-{i}"
        r, _ = langkah_langkah(client, "/s/satker-a/spak/", SPAK, extra={"kode": k}, saran=saran)
        assert r.status_code == 302
        urutan.append(saran)
    tablet = masuk_sebagai("operator_a")
    assert tablet.post("/s/satker-a/kiosk/kunci/").status_code == 302
    for i in range(5, 10):
        saran = f"urutan-{i}"
        r, _ = langkah_langkah(tablet, "/s/satker-a/kiosk/skm/", SKM, saran=saran)
        assert r.status_code == 302
        urutan.append(saran)
    return kode, urutan


def _baris_survei():
    """(model name, row dict) of every row of every survey table."""
    from django.apps import apps

    for model in apps.get_app_config("survei").get_models():
        for baris in model.objects.values():
            yield model._meta.model_name, baris


@pytest.mark.django_db(transaction=True)
def test_ten_responses_cannot_be_paired_with_a_code_a_time_or_their_order(
    client, cast, masuk_sebagai, settings
):
    import datetime

    from django.db import connection

    settings.SURVEI_WAKTU_MIN_DETIK = 0
    kode, urutan = _sepuluh_respons(client, masuk_sebagai, cast)
    assert Respons.objects.count() == 10
    semua = list(_baris_survei())
    # No used ticket code is left anywhere in the survey tables.
    teks = repr(semua)
    assert not [k for k in kode if k in teks]
    # Nothing in a table a respondent's submission writes holds a time finer than a day.
    for model, baris in semua:
        if model in CATATAN_PETUGAS:
            continue
        waktu = [v for v in baris.values() if isinstance(v, datetime.datetime | datetime.time)]
        assert waktu == [], (model, baris)
    # Keys carry no arrival order: sorted by key, the responses are shuffled.
    menurut_kunci = list(Respons.objects.order_by("pk").values_list("saran", flat=True))
    assert sorted(menurut_kunci) == urutan and menurut_kunci != urutan
    kunci = list(Respons.objects.order_by("pk").values_list("pk", flat=True))
    assert kunci[-1] - kunci[0] > 10**12  # random, not a counter
    if connection.vendor == "postgresql":
        _tidak_berpasangan_lewat_xmin()


_KUNCI_REKAP = ["tanggal", "layanan_kunci", "jenis_responden"]
REKAP = {
    "survei_rekaprespons": ["id", *_KUNCI_REKAP, "responden", "jumlah", "banyak"]
    + ["satker_id", "versi_id"],
    "survei_rekapbutir": ["id", *_KUNCI_REKAP, "jumlah", "banyak"]
    + ["butir_id", "satker_id", "versi_id"],
}


def _tidak_berpasangan_lewat_xmin():
    """Rows written in one transaction share PostgreSQL's xmin. A response's
    transaction writes its answers, the keyed hash of its token (in a savepoint, so
    usually under its own xid) and its day's aggregates, nothing else: no code, no time,
    in any table."""
    from django.db import connection

    with connection.cursor() as cur:
        cur.execute("SELECT DISTINCT xmin::text FROM survei_respons")
        xmin = [x for (x,) in cur.fetchall()]
        assert len(xmin) == 10  # one transaction per response
        tabel = connection.introspection.table_names(cur)
        for nama in tabel:
            if nama in ("survei_respons", "survei_skor"):
                continue
            cur.execute(
                f'SELECT * FROM "{nama}" WHERE xmin::text = ANY(%s)',  # noqa: S608
                [xmin],
            )
            baris = cur.fetchall()
            kolom = [c.name for c in cur.description]
            if nama == "survei_tokenkirim":
                assert kolom == ["id", "sidik", "tanggal"]  # a hash and a day, if any
            elif nama in REKAP:
                # The day aggregates the response adds itself to: a day, a group and
                # sums over every response of that day and group, no code, no time.
                assert kolom == REKAP[nama], nama
            else:
                assert baris == [], nama
