import itertools

import pytest

from survei.models import Respons
from survei.selectors import versi_terbit
from survei.services import respons_simpan

_token = itertools.count()

PROFIL = {
    "usia": "26-35",
    "jenis_kelamin": "p",
    "pendidikan": "sma",
    "pekerjaan": "swasta",
    "jenis_responden": "keluarga",
}


def isi(satker, jenis, nilai, *, layanan=None, cara=Respons.Cara.PUBLIK, saran="", **profil):
    """Store one response answering every item of `jenis` with `nilai` (int or list)."""
    versi = versi_terbit(jenis)
    butir = list(versi.butir.all())
    daftar = nilai if isinstance(nilai, list) else [nilai] * len(butir)
    return respons_simpan(
        satker=satker,
        versi=versi,
        profil={**PROFIL, "layanan": layanan, **profil},
        jawaban={b.kode: v for b, v in zip(butir, daftar, strict=True)},
        saran=saran,
        cara=cara,
        token=f"uji-{next(_token)}",
    )


@pytest.fixture
def isi_respons():
    return isi
