from tests.akses import ADMIN, BUKAN_ADMIN, Kasus, peta  # noqa: F401

ADMIN_SAJA = peta(ok=ADMIN, dilarang=BUKAN_ADMIN)

KASUS: list[Kasus] = []
