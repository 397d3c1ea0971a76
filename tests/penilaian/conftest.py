import pytest

from penilaian.services.muat import BERKAS_BAWAAN


def muat_instrumen_bawaan():
    """Loads the shipped LKE if it is missing (idempotent). The data migration loads it
    into every fresh database, but a transactional test (the browser tests) flushes
    every table after it runs, so a later test must not count on the migration."""
    from penilaian.services.instrumen import instrumen_muat_berkas

    return instrumen_muat_berkas(path=BERKAS_BAWAAN).versi


@pytest.fixture
def instrumen_lke(db):
    return muat_instrumen_bawaan()
