"""Helpers of the internal-survey tests: staff counts, codes and staff responses stored
through the real services."""

from survei.internal.selectors import versi_internal
from survei.internal.services import (
    jumlah_pegawai_simpan,
    kode_internal_buat,
    respons_internal_simpan,
)
from survei.perlindungan import token_baru

PROFIL = {"kategori": "asn", "masa_kerja": "6-10", "melayani_publik": True}


def jawaban(nilai) -> dict[str, int]:
    """Every item answered `nilai`, or {area: nilai} per area (others 4)."""
    butir = versi_internal().butir.all()
    if isinstance(nilai, dict):
        return {b.kode: nilai.get(b.area, 4) for b in butir}
    return {b.kode: nilai for b in butir}


def staf(satker, tahun, **jumlah) -> None:
    jumlah_pegawai_simpan(satker=satker, tahun=tahun, jumlah=jumlah)


def isi(satker, nilai=4, *, kode=None, **profil) -> bool:
    """One staff response admitted by `kode` (a fresh code when None)."""
    if kode is None:
        kode = kode_internal_buat(satker=satker, jumlah=1)[0]
    return respons_internal_simpan(
        satker=satker,
        versi=versi_internal(),
        profil={**PROFIL, **profil},
        jawaban=jawaban(nilai),
        token=token_baru(),
        kode=kode,
    )


PROFIL_FORM = {"kategori": "honorer", "masa_kerja": "2-5", "melayani_publik": "ya"}


def isi_formulir(
    client, kode: str, nilai="3", *, satker="satker-a", profil=None, ketat=True, url=None
):
    """Walk the staff form page by page as a browser does (hidden fields carried over);
    returns the last response. Every item answered `nilai`."""
    import re

    url = url or f"/s/{satker}/pegawai/"
    html = client.get(url).content.decode()
    token = re.search(r'type="hidden" name="token" value="([^"]*)"', html).group(1)
    data = {"token": token, "kode": kode, **(profil or PROFIL_FORM), "langkah": 0}
    r = client.post(url, data)
    while r.status_code == 200:
        html = r.content.decode()
        radio = set(re.findall(r'type="radio" name="(b_\w+)"', html))
        if not radio or radio <= set(data):
            break  # the code page again, or the same page again: an error is shown
        data.update({n: nilai for n in radio})
        data["langkah"] = int(re.search(r'name="langkah" value="(\d+)"', html).group(1))
        r = client.post(url, data)
    if ketat:
        assert r.status_code == 302, r.content.decode()[:3000]
    return r


def periode_kini(kanwil):
    """This year's assessment period with a survey window that runs to today, so staff
    answers given today (the service dates them today) count for it."""
    import datetime

    from django.utils import timezone

    from tests.factories import PeriodeFactory

    hari_ini = timezone.localdate()
    return PeriodeFactory(
        kanwil=kanwil,
        tahun=hari_ini.year,
        survei_mulai=datetime.date(hari_ini.year, 1, 1),
        survei_selesai=hari_ini,
    )
