"""Evidence pack of one assessment: a ZIP with the filled LKE workbook (in the layout of
Lampiran III) and every live evidence file in folders named by the LKE numbering, as
units keep them on their drives:

    LKE-<unit>-<year>.xlsx
    1 Manajemen Perubahan/A.I.1.i Penyusunan Tim Kerja/A.I.1.i.a/<original name>
    ...                                             /A.I.1.i.a/tautan.txt  (links)
    B.I Birokrasi yang Bersih dan Akuntabel/B.I.b .../B.I.b/<original name>

The archive is written to a file (a temporary one in the queue task), each evidence file
is copied into it in chunks: nothing is held whole in memory. Names are made safe (no path
separators, no control characters) and duplicates in one folder are numbered.
"""

import shutil
import tempfile
import zipfile
from pathlib import PurePosixPath

from django.utils.translation import gettext as _

from laporan.lembar_lampiran3 import lampiran3_buku
from laporan.sumber import data_lke, nama_berkas
from penilaian.models import Penilaian
from penilaian.scoring import model as m
from penilaian.selectors.bukti import bukti_per_pertanyaan
from penilaian.services.unggahan import nama_aman

PANJANG_NAMA = 80
POTONGAN = 1024 * 1024


def _bagian(teks: str) -> str:
    """One path component: safe, short, never empty, never '.' or '..'."""
    nama = nama_aman(teks, cadangan="_")[:PANJANG_NAMA].strip(" .")
    return nama or "_"


def folder_pertanyaan(instrumen: m.Instrumen, kode: str) -> str:
    """'1 Manajemen Perubahan/A.I.1.i Penyusunan Tim Kerja/A.I.1.i.a' for a question."""
    p = instrumen.cari(kode)
    sub = next(s for s in instrumen.subarea if s.kode == p.subarea)
    area = next(a for a in (*instrumen.area, *instrumen.kelompok_hasil) if a.kode == p.area)
    nama_area = f"{area.no} {area.nama}" if area.no else f"{area.kode} {area.nama}"
    bagian = [_bagian(nama_area), _bagian(f"{sub.kode} {sub.nama}")]
    if sub.kode != kode:
        bagian.append(_bagian(kode))
    return "/".join(bagian)


class _NamaUnik:
    def __init__(self):
        self.dipakai: set[str] = set()

    def __call__(self, folder: str, nama: str) -> str:
        dasar = PurePosixPath(nama)
        calon, n = f"{folder}/{nama}", 1
        while calon.casefold() in self.dipakai:
            n += 1
            calon = f"{folder}/{dasar.stem} ({n}){dasar.suffix}"
        self.dipakai.add(calon.casefold())
        return calon


def paket_bukti_tulis(berkas, *, penilaian: Penilaian, basis_url: str = "", kemajuan=None) -> dict:
    """Writes the evidence pack of `penilaian` into `berkas` (a writable binary file),
    reading each evidence file through the storage API (local or S3); `kemajuan(percent)`
    is told how far it is. Returns counts: {"berkas": files, "tautan": links, "hilang":
    files missing from the store}."""
    data = data_lke(penilaian=penilaian, basis_url=basis_url)
    instrumen = data.instrumen
    unik = _NamaUnik()
    jumlah = {"berkas": 0, "tautan": 0, "hilang": 0}
    hilang = []
    per_pertanyaan = bukti_per_pertanyaan(penilaian=penilaian)
    with zipfile.ZipFile(berkas, "w", zipfile.ZIP_DEFLATED) as arsip:
        with tempfile.TemporaryFile() as lke:
            lampiran3_buku(data).save(lke)  # the layout auditors know (Lampiran III)
            lke.seek(0)
            with arsip.open(nama_berkas(penilaian, "LKE", "xlsx"), "w") as tujuan:
                shutil.copyfileobj(lke, tujuan, POTONGAN)
        for urutan, (kode, daftar) in enumerate(per_pertanyaan.items()):
            if kemajuan:
                kemajuan(100 * urutan // max(len(per_pertanyaan), 1))
            if instrumen.cari(kode) is None:
                continue
            folder = folder_pertanyaan(instrumen, kode)
            tautan = []
            for b in daftar:
                if b.terbaru is None:
                    tautan.append(f"{b.judul}\t{b.url}")
                    continue
                nama = unik(folder, _bagian(b.terbaru.nama_asli or b.judul))
                try:
                    sumber = b.terbaru.berkas.open("rb")
                except FileNotFoundError:
                    hilang.append(f"{kode}\t{b.terbaru.nama_asli}")
                    continue
                with sumber, arsip.open(nama, "w", force_zip64=True) as tujuan:
                    shutil.copyfileobj(sumber, tujuan, POTONGAN)
                jumlah["berkas"] += 1
            if tautan:
                arsip.writestr(unik(folder, "tautan.txt"), "\n".join(tautan) + "\n")
                jumlah["tautan"] += len(tautan)
        if hilang:
            judul = _("Berkas yang tidak ditemukan di penyimpanan portal:")
            arsip.writestr("berkas-hilang.txt", judul + "\n" + "\n".join(hilang) + "\n")
            jumlah["hilang"] = len(hilang)
    return jumlah
