"""From answers to scores: question → sub-area → pemenuhan/reform → area → pengungkit;
hasil from the IPAK index, capaian kinerja and the IPKP index; total.

Everything is an exact `Fraction` from the answer values to the total; `bulat` rounds
half-up to 2 decimals and is used only to show, export or print a value (and to compare
with a threshold when the version's setting says `dibulatkan`).
"""

from collections.abc import Mapping
from dataclasses import replace
from fractions import Fraction

from penilaian.scoring import model as m
from penilaian.scoring.angka import NOL, SERATUS
from penilaian.scoring.hasil import HasilArea, HasilLke, HasilSubArea
from penilaian.scoring.jawaban import nilai_dari_normal, periksa_jawaban
from penilaian.scoring.pesan import JawabanTidakValid, gettext_noop
from penilaian.scoring.predikat import nilai_predikat

PREDIKAT = ("WBK", "WBBM")
PESAN_PREDIKAT_TIDAK_DIKENAL = gettext_noop(
    "Predikat sebelumnya %(predikat)s tidak dikenal; pilih WBK, WBBM atau kosong."
)


def _periksa_predikat(predikat_sebelumnya: str | None) -> str | None:
    if predikat_sebelumnya in (None, ""):
        return None
    if predikat_sebelumnya not in PREDIKAT:
        raise JawabanTidakValid(PESAN_PREDIKAT_TIDAK_DIKENAL, predikat=predikat_sebelumnya)
    return predikat_sebelumnya


def normalkan(instrumen: m.Instrumen, jawaban: Mapping[str, object]) -> dict[str, object]:
    """Every answer checked and in normal form (unanswered ones left out)."""
    normal: dict[str, object] = {}
    for kode, nilai in jawaban.items():
        hasil = periksa_jawaban(instrumen, kode, nilai)
        if hasil is not None:
            normal[kode] = hasil
    return normal


def _subarea(s: m.SubArea, nilai: Mapping[str, Fraction | None]) -> HasilSubArea:
    angka = [nilai[k] for k in s.pertanyaan]
    jumlah = sum((a for a in angka if a is not None), NOL)
    n = len(angka)
    return HasilSubArea(
        kode=s.kode,
        area=s.area,
        aspek=s.aspek,
        bobot=s.bobot,
        rata_rata=jumlah / n,
        # Multiply before dividing: n values of 1 give exactly the weight.
        nilai=jumlah * s.bobot / n,
        terjawab=sum(a is not None for a in angka),
        jumlah=n,
    )


def _area(a: m.Area, subarea: Mapping[str, HasilSubArea]) -> HasilArea:
    bagian = {m.PEMENUHAN: NOL, m.REFORM: NOL, m.HASIL: NOL}
    for s in subarea.values():
        if s.area == a.kode:
            bagian[s.aspek] += s.nilai
    nilai = sum(bagian.values(), NOL)
    return HasilArea(
        no=a.no,
        kode=a.kode,
        nama=a.nama,
        bobot=a.bobot,
        pemenuhan=bagian[m.PEMENUHAN],
        reform=bagian[m.REFORM],
        nilai=nilai,
        persen_bobot=nilai * SERATUS / a.bobot,
    )


def _nilai_hasil(
    instrumen: m.Instrumen,
    nilai: Mapping[str, Fraction | None],
    subarea: Mapping[str, HasilSubArea],
    kelompok: Mapping[str, HasilArea],
) -> dict[str, Fraction]:
    """Points of each hasil item: its value × its sub-area's weight ÷ questions there."""
    return {
        p.kode: (nilai[p.kode] or NOL) * subarea[p.subarea].bobot / subarea[p.subarea].jumlah
        for p in instrumen.pertanyaan
        if p.area in kelompok
    }


def _skor(instrumen: m.Instrumen, normal: Mapping[str, object]) -> HasilLke:
    """Every figure except the predicates, from answers in normal form."""
    nilai = {p.kode: nilai_dari_normal(p, normal.get(p.kode)) for p in instrumen.pertanyaan}
    subarea = {s.kode: _subarea(s, nilai) for s in instrumen.subarea}
    area = {a.no: _area(a, subarea) for a in instrumen.area}
    kelompok = {a.kode: _area(a, subarea) for a in instrumen.kelompok_hasil}
    nilai_hasil = _nilai_hasil(instrumen, nilai, subarea, kelompok)
    pengungkit = sum((a.nilai for a in area.values()), NOL)
    hasil = sum((a.nilai for a in kelompok.values()), NOL)

    def baca(nama: str) -> Fraction:
        # A Tabel 6 criterion reads a hasil group (B.I), an item (B.I.a) or a sub-area.
        kode = instrumen.sumber_kriteria[nama]
        if kode in kelompok:
            return kelompok[kode].nilai
        return nilai_hasil[kode] if kode in nilai_hasil else subarea[kode].nilai

    return HasilLke(
        total=pengungkit + hasil,
        pengungkit=pengungkit,
        hasil=hasil,
        pemenuhan=sum((a.pemenuhan for a in area.values()), NOL),
        reform=sum((a.reform for a in area.values()), NOL),
        bersih_akuntabel=baca("bersih_akuntabel"),
        ipak=baca("ipak"),
        capaian_kinerja=baca("capaian_kinerja"),
        pelayanan_prima=baca("pelayanan_prima"),
        area=area,
        kelompok_hasil=kelompok,
        subarea=subarea,
        nilai_pertanyaan=nilai,
        nilai_hasil=nilai_hasil,
        predikat={},
        jawaban=dict(normal),
    )


def hitung(
    instrumen: m.Instrumen,
    jawaban: Mapping[str, object],
    *,
    predikat_sebelumnya: str | None = None,
) -> HasilLke:
    """Scores a set of answers (code → raw answer; missing codes are unanswered).
    Raises JawabanTidakValid on the first invalid answer: nothing is scored silently."""
    predikat_sebelumnya = _periksa_predikat(predikat_sebelumnya)
    hasil = _skor(instrumen, normalkan(instrumen, jawaban))
    predikat = {
        nama: nilai_predikat(instrumen, hasil, nama, predikat_sebelumnya) for nama in PREDIKAT
    }
    return replace(hasil, predikat=predikat)
