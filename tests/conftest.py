"""The fixed cast every test can call on (STYLE.md): Kanwil X with satker A and B,
another Kanwil Y with satker C, and one person per role."""

from dataclasses import dataclass

import pytest

from satker.models import Peran
from tests.factories import KanwilFactory, PenggunaFactory, PeranFactory, SatkerFactory

PASSWORD = "rahasia-uji-123"


@dataclass
class Cast:
    kanwil_x: object
    satker_a: object
    satker_b: object
    kanwil_y: object
    satker_c: object
    pengguna: dict  # role name -> user (None for the anonymous visitor)


ROLES = [
    "superuser",
    "admin_x",
    "kepala_a",
    "operator_a",
    "operator_b",
    "evaluator_a",
    "auditor_x",
    "admin_y",
    "anon",
]


def _peran(jenis, satker, username):
    return PeranFactory(jenis=jenis, satker=satker, pengguna__username=username).pengguna


@pytest.fixture
def cast(db) -> Cast:
    kanwil_x = KanwilFactory(kode="kanwil-x", nama="Kanwil X")
    satker_a = SatkerFactory(kode="satker-a", nama="Rutan A", induk=kanwil_x)
    satker_b = SatkerFactory(kode="satker-b", nama="Lapas B", induk=kanwil_x, jenis="lapas")
    kanwil_y = KanwilFactory(kode="kanwil-y", nama="Kanwil Y")
    satker_c = SatkerFactory(kode="satker-c", nama="Kanim C", induk=kanwil_y, jenis="kanim")
    pengguna = {
        "superuser": PenggunaFactory(username="super", is_superuser=True, is_staff=True),
        "admin_x": _peran(Peran.Jenis.ADMIN_KANWIL, kanwil_x, "admin_x"),
        "kepala_a": _peran(Peran.Jenis.KEPALA, satker_a, "kepala_a"),
        "operator_a": _peran(Peran.Jenis.OPERATOR, satker_a, "operator_a"),
        "operator_b": _peran(Peran.Jenis.OPERATOR, satker_b, "operator_b"),
        "evaluator_a": _peran(Peran.Jenis.EVALUATOR, satker_a, "evaluator_a"),
        "auditor_x": _peran(Peran.Jenis.AUDITOR, kanwil_x, "auditor_x"),
        "admin_y": _peran(Peran.Jenis.ADMIN_KANWIL, kanwil_y, "admin_y"),
        "anon": None,
    }
    return Cast(kanwil_x, satker_a, satker_b, kanwil_y, satker_c, pengguna)


@pytest.fixture
def masuk_sebagai(client, cast):
    """Log the test client in as one of the cast, by role name."""

    def _masuk(role: str):
        user = cast.pengguna[role]
        client.logout()
        if user is not None:
            client.force_login(user, backend="satker.auth.UsernameAtauEmailBackend")
        return client

    return _masuk


@pytest.fixture(autouse=True)
def _data_acuan(request):
    """The shipped reference data (LKE instrument, questionnaires) that data migrations
    load. A transactional test (the browser tests) flushes every table when it ends, so
    a later test must not count on the migrations: put it back when it is missing."""
    for nama in ("transactional_db", "db"):
        if nama in request.fixturenames:
            request.getfixturevalue(nama)  # open the database before loading into it
            _pastikan_data_acuan()
            return


def _pastikan_data_acuan():
    from penilaian.models import InstrumenVersi
    from survei.bawaan import pastikan_ada
    from tests.penilaian.conftest import muat_instrumen_bawaan

    if not InstrumenVersi.objects.exists():
        muat_instrumen_bawaan()
    pastikan_ada()
