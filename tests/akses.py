"""The URL × role access table. Each app lists its URLs in `tests/<app>/akses.py`
as `KASUS`; `tests/test_akses_url.py` walks every case for every role and checks
that every named URL of the portal appears in some table."""

from collections.abc import Callable
from dataclasses import dataclass

from tests.conftest import ROLES

OK = "ok"  # 200, or a redirect that is not to the login page
LOGIN = "login"  # redirect to the login page
DILARANG = 403
TIDAK_ADA = 404


@dataclass(frozen=True)
class Kasus:
    nama: str  # URL name, e.g. "satker:detail"
    url: Callable  # cast -> path
    harapan: dict  # role -> OK | LOGIN | 403 | 404
    metode: str = "get"
    data: Callable | None = None  # cast -> POST data

    def __str__(self) -> str:
        return f"{self.metode.upper()} {self.nama}"


def peta(*, ok=(), dilarang=(), tidak_ada=(), login=("anon",)) -> dict:
    """Expected outcome per role; every role must be named exactly once."""
    harapan = {}
    for hasil, roles in ((OK, ok), (DILARANG, dilarang), (TIDAK_ADA, tidak_ada), (LOGIN, login)):
        for role in roles:
            assert role not in harapan, f"role {role} listed twice"
            harapan[role] = hasil
    assert set(harapan) == set(ROLES), f"roles missing: {set(ROLES) - set(harapan)}"
    return harapan


SEMUA_BERPERAN = [r for r in ROLES if r != "anon"]
ADMIN = ["superuser", "admin_x", "admin_y"]
BUKAN_ADMIN = ["kepala_a", "operator_a", "operator_b", "evaluator_a", "auditor_x"]
PEMBACA_A = ["kepala_a", "operator_a", "evaluator_a", "auditor_x"]
PENGELOLA_A = ["superuser", "admin_x"]
LUAR_A = ["operator_b", "admin_y"]
