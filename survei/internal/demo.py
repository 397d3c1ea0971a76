"""Demo internal survey: staff counts and staff responses for a few demo units, through
the real services (codes made, then used up), so the unit pages, the dashboard's gap
and the export show something on `make run`. Idempotent: a unit that already has staff
responses this year is left alone."""

import random

from django.db import transaction

from satker.models import Satker
from survei.bawaan import pastikan_ada
from survei.demo import TAHUN, _tanggal
from survei.internal.rekap import rekap_internal_bangun_ulang
from survei.internal.selectors import versi_internal
from survei.internal.services import (
    jumlah_pegawai_simpan,
    kode_internal_buat,
    respons_internal_simpan,
)
from survei.models import ResponsInternal
from survei.perlindungan import token_baru

# unit -> (staff per category, respondents per category, how good each area feels 0-1)
UNIT = {
    # The demo head's rutan: staff see supervision (area 5) and integrity well below the
    # rest, and its three honorary respondents are merged with PPPK and contract staff.
    "rutan-tpi": (
        {"asn": 38, "pppk": 4, "honorer": 6, "kontrak": 3},
        {"asn": 28, "pppk": 3, "honorer": 3, "kontrak": 2},
        {"5": 0.45, "integritas": 0.5},
    ),
    "kanim-batam": (
        {"asn": 60, "pppk": 8, "honorer": 5, "kontrak": 10},
        {"asn": 44, "pppk": 6, "honorer": 2, "kontrak": 7},
        {},
    ),
    # Three answers only: the pages show the count and withhold the rest.
    "lapas-batam": ({"asn": 70, "honorer": 9}, {"asn": 3}, {}),
}
MUTU_BAWAAN = 0.85


def _nilai(acak: random.Random, mutu: float) -> int:
    return max(1, min(4, round(acak.gauss(1 + 3 * mutu, 0.7))))


@transaction.atomic
def muat(stdout) -> None:
    pastikan_ada()
    versi = versi_internal()
    tahun = TAHUN  # the demo assessment period's year
    butir = list(versi.butir.all())
    dibuat = 0
    for kode, (pegawai, responden, mutu) in UNIT.items():
        satker = Satker.objects.filter(kode=kode).first()
        if satker is None or ResponsInternal.objects.filter(satker=satker).exists():
            continue
        jumlah_pegawai_simpan(satker=satker, tahun=tahun, jumlah=pegawai)
        acak = random.Random(f"internal-{kode}")  # noqa: S311 - the same demo every time
        for kategori, n in responden.items():
            for _ in range(n):
                respons_internal_simpan(
                    satker=satker,
                    versi=versi,
                    profil={
                        "kategori": kategori,
                        "masa_kerja": acak.choice(["lt2", "2-5", "6-10", "gt10"]),
                        "melayani_publik": acak.random() < 0.6,
                    },
                    jawaban={b.kode: _nilai(acak, mutu.get(b.area, MUTU_BAWAAN)) for b in butir},
                    token=token_baru(),
                    kode=kode_internal_buat(satker=satker, jumlah=1)[0],
                )
                dibuat += 1
        # Answered inside the demo period's survey window, like the public demo surveys
        # (the service dates a response today; the demo spreads them over the window).
        for respons in ResponsInternal.objects.filter(satker=satker):
            ResponsInternal.objects.filter(pk=respons.pk).update(tanggal=_tanggal(acak))
        rekap_internal_bangun_ulang(satker_ids=[satker.pk])  # re-dated directly: aggregate again
    stdout.write(
        f"Survei internal: {dibuat} respons pegawai demo; formulir di /s/<kode satker>/pegawai/"
    )
