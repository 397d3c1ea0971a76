"""Queue tasks of the reports app: running background exports and cleaning old ones."""

import datetime

from antrean.services import percobaan_terakhir, tugas
from laporan.pekerjaan import pekerjaan_bersihkan, pekerjaan_jalankan
from laporan.unggahan_lke import unggahan_bersihkan


@tugas(
    konteks=True,
    percobaan=3,
    jeda=datetime.timedelta(seconds=30),
    batas_waktu=datetime.timedelta(hours=2),
)
def ekspor_jalankan(context, pekerjaan_id: int) -> bool:
    """Builds one export (recap, survey data or evidence pack) and stores its file."""
    return pekerjaan_jalankan(pekerjaan_id=pekerjaan_id, terakhir=percobaan_terakhir(context))


@tugas(jadwal=datetime.timedelta(hours=1))
def ekspor_bersihkan() -> int:
    """Deletes exports older than seven days with their files."""
    return pekerjaan_bersihkan()


@tugas(jadwal=datetime.timedelta(hours=1))
def unggahan_lke_bersihkan() -> int:
    """Deletes LKE uploads whose preview expired (also done on every upload)."""
    return unggahan_bersihkan()
