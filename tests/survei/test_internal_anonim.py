"""A staff response can never be paired with the code that admitted it: not by a
column, a key, a time, the order of rows, or (on PostgreSQL) the transaction id."""

import datetime

import pytest
from django.apps import apps
from django.db import connection
from django.utils import timezone

from survei.internal.selectors import sidik_kode
from survei.internal.services import kode_internal_buat
from survei.models import KodeInternal, RekapButirInternal, ResponsInternal, SkorInternal
from tests.survei.internal_bantu import isi_formulir, staf


def _semua_baris():
    """(table, row) of every row of every table of the portal's own apps."""
    for nama in ("satker", "penilaian", "survei", "laporan", "dasbor"):
        for model in apps.get_app_config(nama).get_models():
            for baris in model.objects.values():
                yield model._meta.db_table, baris


def test_no_table_of_the_staff_survey_can_refer_to_a_code():
    for model in (ResponsInternal, SkorInternal):
        terkait = {f.related_model for f in model._meta.get_fields() if f.is_relation}
        assert KodeInternal not in terkait
    terkait = {f.related_model for f in KodeInternal._meta.get_fields() if f.is_relation}
    assert terkait.isdisjoint({ResponsInternal, SkorInternal})


@pytest.mark.django_db(transaction=True)
def test_twelve_answers_cannot_be_paired_with_their_codes(client, cast, settings):
    settings.SURVEI_WAKTU_MIN_DETIK = 0
    staf(cast.satker_a, timezone.localdate().year, asn=13)
    kode = kode_internal_buat(satker=cast.satker_a, jumlah=13)
    dipakai, sisa = kode[:12], kode[12]
    # Each person answers with their own profile, so we know which answers are whose.
    for i, k in enumerate(dipakai):
        isi_formulir(client, k, str(1 + i % 4), profil=_profil(i))
    assert ResponsInternal.objects.count() == 12
    semua = list(_semua_baris())
    teks = repr(semua)
    # Neither a used code nor its hash is anywhere; the one unused code stays as a hash.
    assert not [k for k in dipakai if k in teks or sidik_kode(k) in teks]
    assert list(KodeInternal.objects.values_list("sidik", flat=True)) == [sidik_kode(sisa)]
    assert sisa not in teks
    # No time finer than the day in the staff survey's tables.
    for tabel, baris in semua:
        if tabel in (
            "survei_responsinternal",
            "survei_skorinternal",
            "survei_kodeinternal",
            *REKAP,
        ):
            assert not [v for v in baris.values() if isinstance(v, datetime.datetime)]
    # Keys carry no order: sorted by key, the responses are not in the order given.
    urutan = [_profil(i)["masa_kerja"] + str(1 + i % 4) for i in range(12)]
    menurut_kunci = [
        r.masa_kerja + str(r.skor.first().nilai) for r in ResponsInternal.objects.order_by("pk")
    ]
    assert sorted(menurut_kunci) == sorted(urutan) and menurut_kunci != urutan
    # Nor do the aggregates' keys tell in which order a day's categories first answered.
    kunci = list(RekapButirInternal.objects.order_by("pk").values_list("pk", flat=True))
    assert kunci[-1] - kunci[0] > 10**12  # random, not a counter
    if connection.vendor == "postgresql":
        _tidak_berpasangan_lewat_xmin()


def _profil(i):
    masa = ["lt2", "2-5", "6-10", "gt10"][i // 3]
    return {"kategori": "asn", "masa_kerja": masa, "melayani_publik": "ya"}


_KUNCI_REKAP = ["id", "tanggal", "kategori"]
REKAP = {
    "survei_rekapresponsinternal": [*_KUNCI_REKAP, "responden", "satker_id", "versi_id"],
    "survei_rekapbutirinternal": [
        *_KUNCI_REKAP,
        "jumlah",
        "banyak",
        "butir_id",
        "satker_id",
        "versi_id",
    ],
}


def _tidak_berpasangan_lewat_xmin():
    """A staff response's transaction writes its answers, the keyed hash of its form
    token and its day's aggregates, and deletes its code: no other live row of any table
    shares its transaction."""
    with connection.cursor() as cur:
        cur.execute("SELECT DISTINCT xmin::text FROM survei_responsinternal")
        xmin = [x for (x,) in cur.fetchall()]
        assert len(xmin) == 12
        for nama in connection.introspection.table_names(cur):
            if nama in ("survei_responsinternal", "survei_skorinternal"):
                continue
            cur.execute(f'SELECT * FROM "{nama}" WHERE xmin::text = ANY(%s)', [xmin])  # noqa: S608
            baris = cur.fetchall()
            if nama == "survei_tokenkirim":
                assert [c.name for c in cur.description] == ["id", "sidik", "tanggal"]
            elif nama in REKAP:
                # The day aggregates the response adds itself to: a day, a category and
                # sums over all of that day's category, no code, no time.
                assert [c.name for c in cur.description] == REKAP[nama], nama
            else:
                assert baris == [], nama
