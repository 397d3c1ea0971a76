"""Kanwil recap workbook: one row per unit with the dashboard's columns, then one sheet
per area with the sub-area scores per unit.

The rows come from the dashboard's own selectors (`dasbor.selectors.periode.baris_periode`,
`skor_per_penilaian`): the same numbers as the Kanwil overview, read from stored
snapshots. Per period the reads are a constant number of queries whatever the number of
units (the dashboard's, plus two for every layer's totals and one for the official
layer's sub-area scores). The workbook is written in write-only mode, row by row.
"""

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from fractions import Fraction

from django.utils.translation import gettext as _

from dasbor.selectors.periode import (
    BarisUnit,
    MetaVersi,
    baris_periode,
    meta_versi,
    skor_per_penilaian,
)
from laporan.excel import baris_tulis, buku_streaming, lebar_menurut, lembar_daftar, saring
from penilaian.models import Lapisan, Periode, SkorSnapshot
from penilaian.scoring import pecahan

LAPISAN_REKAP = (Lapisan.MANDIRI, Lapisan.KANWIL, Lapisan.TPI)
JUDUL_HASIL = "hasil"  # key of the hasil sub-areas (areas without a number)


@dataclass
class DataPeriode:
    """Everything the workbook needs of one period, read in a constant number of queries."""

    periode: Periode
    meta: MetaVersi | None
    baris: list  # [BarisUnit]
    lapisan: dict  # penilaian id -> {lapisan: dasbor Skor} (totals only)
    subarea: dict  # penilaian id -> {kode sub-area: exact nilai} of the official layer


def data_periode(*, user, periode: Periode) -> DataPeriode:
    """The dashboard's rows of the period for `user`, every layer's totals and the
    official layer's sub-area scores."""
    baris = baris_periode(user=user, periode=periode)
    ids = {b.penilaian.pk for b in baris}
    lapisan = skor_per_penilaian(ringan=True, periode=periode)
    resmi = {b.penilaian.pk: b.resmi.lapisan for b in baris if b.resmi}
    subarea = {}
    for pk, nama, nilai in (
        SkorSnapshot.objects.filter(penilaian__periode=periode)
        .values_list("penilaian_id", "lapisan", "subarea")
        .order_by()
        .iterator(chunk_size=500)
    ):
        if pk in ids and resmi.get(pk) == nama:
            subarea[pk] = {k: pecahan(v["nilai"]) for k, v in (nilai or {}).items()}
    meta = meta_versi([periode.versi_id]).get(periode.versi_id)
    return DataPeriode(
        periode, meta, baris, {k: v for k, v in lapisan.items() if k in ids}, subarea
    )


# --- Rows --------------------------------------------------------------------------------


def judul_rekap(meta: MetaVersi | None) -> list[str]:
    nama_area = meta.nama_area if meta else {}
    return [
        _("Kanwil"),
        _("Kode"),
        _("Satuan kerja"),
        _("Jenis"),
        _("Tahun"),
        _("Tahap"),
        _("Total mandiri"),
        _("Total Kanwil"),
        _("Total TPI"),
        _("Lapisan resmi"),
        _("Total resmi"),
        _("Pengungkit"),
        _("Hasil"),
        *(
            _("Area %(no)s %(nama)s") % {"no": no, "nama": nama}
            for no, nama in sorted(nama_area.items(), key=lambda x: int(x[0]))
        ),
        _("IPAK (0-4)"),
        _("Sumber IPAK"),
        _("IPKP (0-4)"),
        _("Sumber IPKP"),
        _("Responden"),
        _("Target responden"),
        _("Status predikat"),
        _("Kriteria belum terpenuhi"),
    ]


def _total(lapisan: dict, nama: str) -> Fraction | None:
    skor = lapisan.get(nama)
    return skor.total if skor else None


def baris_rekap(b: BarisUnit, lapisan: dict, meta: MetaVersi | None) -> list:
    """One unit's row of the recap sheet, in the order of `judul_rekap`."""
    resmi = b.resmi
    nomor_area = sorted(meta.nama_area, key=int) if meta else []
    return [
        b.penilaian.periode.kanwil.nama,
        b.satker.kode,
        b.satker.nama,
        b.satker.get_jenis_display(),
        b.tahun,
        b.penilaian.get_status_display(),
        *(_total(lapisan, x) for x in LAPISAN_REKAP),
        str(Lapisan(resmi.lapisan).label) if resmi else "",
        resmi.total if resmi else None,
        resmi.pengungkit if resmi else None,
        resmi.hasil if resmi else None,
        *((resmi.area.get(no) if resmi else None) for no in nomor_area),
        b.ipak,
        b.ipak_sumber,
        b.ipkp,
        b.ipkp_sumber,
        b.responden,
        b.target,
        b.label_predikat,
        "; ".join(b.gagal),
    ]


def lebar_kolom(judul: list[str]) -> dict[int, int]:
    """Widths of the columns whose header is a poor guide: names and long texts."""
    return lebar_menurut(
        judul,
        {
            _("Kanwil"): 24,
            _("Satuan kerja"): 32,
            _("Jenis"): 18,
            _("Tahap"): 16,
            _("Sumber IPAK"): 28,
            _("Sumber IPKP"): 28,
            _("Status predikat"): 22,
            _("Kriteria belum terpenuhi"): 40,
        },
    )


def kelompok_subarea(meta: MetaVersi | None) -> dict[str, list]:
    """Sub-areas per sheet: "1".."6" for the pengungkit areas, then "hasil"."""
    kelompok = defaultdict(list)
    for s in meta.subarea if meta else ():
        kelompok[str(s.area.no) if s.area.no is not None else JUDUL_HASIL].append(s)
    return dict(kelompok)


def judul_area(kunci: str, meta: MetaVersi) -> str:
    if kunci == JUDUL_HASIL:
        return _("Hasil")
    return _("Area %(no)s") % {"no": kunci}


def judul_subarea(subarea: list) -> list[str]:
    return [
        _("Kanwil"),
        _("Kode"),
        _("Satuan kerja"),
        *(f"{s.kode} {s.nama}" for s in subarea),
        _("Jumlah"),
    ]


def baris_subarea(b: BarisUnit, nilai: dict, subarea: list) -> list:
    isi = [nilai.get(s.kode) for s in subarea]
    ada = [x for x in isi if x is not None]
    return [
        b.penilaian.periode.kanwil.nama,
        b.satker.kode,
        b.satker.nama,
        *isi,
        sum(ada, Fraction(0)) if ada else None,
    ]


# --- Workbook ------------------------------------------------------------------------------


def tulis_rekap(
    berkas,
    data: Iterable[DataPeriode],
    *,
    kemajuan: Callable[[int], None] | None = None,
) -> int:
    """Writes the recap of the given periods into `berkas` (a path or a binary file) and
    returns the number of unit rows. All periods must use one instrument version for the
    area sheets to line up; the first period's version names the columns."""
    data = list(data)
    meta = next((d.meta for d in data if d.meta), None)
    kelompok = kelompok_subarea(meta)
    buku = buku_streaming()
    ws = buku.create_sheet(_("Rekap"))
    judul = judul_rekap(meta)
    lembar_daftar(ws, judul, lebar=lebar_kolom(judul), beku="D2")
    lembar_area = {}
    for kunci, subarea in kelompok.items():
        lembar = buku.create_sheet(judul_area(kunci, meta)[:31])
        judul_sub = judul_subarea(subarea)
        lembar_daftar(lembar, judul_sub, lebar=lebar_kolom(judul_sub), beku="D2")
        lembar_area[kunci] = lembar
    jumlah_total = sum(len(d.baris) for d in data) or 1
    n = 0
    for d in data:
        for b in d.baris:
            ws.append(baris_tulis(ws, baris_rekap(b, d.lapisan.get(b.penilaian.pk, {}), d.meta)))
            nilai = d.subarea.get(b.penilaian.pk, {})
            for kunci, subarea in kelompok.items():
                lembar = lembar_area[kunci]
                lembar.append(baris_tulis(lembar, baris_subarea(b, nilai, subarea)))
            n += 1
            if kemajuan and n % 50 == 0:
                kemajuan(n * 100 // jumlah_total)
    saring(ws, kolom=len(judul), baris=n + 1)
    for kunci, lembar in lembar_area.items():
        saring(lembar, kolom=len(judul_subarea(kelompok[kunci])), baris=n + 1)
    buku.save(berkas)
    return n


def periode_rekap(*, user, tahun: int, kanwil_kode: Iterable[str] = ()) -> list[Periode]:
    """The periods of a year the user may read, optionally only these Kanwil (by code)."""
    from satker.lingkup import lingkup_pengguna

    lingkup = lingkup_pengguna(user)
    qs = Periode.objects.filter(tahun=tahun).select_related("kanwil", "versi")
    kanwil_kode = [k for k in kanwil_kode if k]
    if kanwil_kode:
        qs = qs.filter(kanwil__kode__in=kanwil_kode)
    if not lingkup.semua:
        qs = qs.filter(kanwil_id__in=lingkup.baca)
    return list(qs.order_by("kanwil__nama"))


def rekap_buat(berkas, *, user, daftar_periode: Iterable[Periode], kemajuan=None) -> int:
    """The recap workbook of these periods for `user` (each period's rows already
    limited to the user's scope by the dashboard selector)."""
    return tulis_rekap(
        berkas,
        _data(user, daftar_periode),
        kemajuan=kemajuan,
    )


def _data(user, daftar_periode) -> Iterator[DataPeriode]:
    for periode in daftar_periode:
        yield data_periode(user=user, periode=periode)
