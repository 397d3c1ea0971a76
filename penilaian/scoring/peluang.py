""" "What would close the gap": the questions ranked by the points each would add to
the total if raised to its best answer, with the failing criteria each one helps."""

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

from penilaian.scoring import model as m
from penilaian.scoring.angka import NOL
from penilaian.scoring.hitung import hitung
from penilaian.scoring.jawaban import jawaban_terbaik, nilai_terbaik
from penilaian.scoring.pesan import JawabanTidakValid, gettext_noop

PESAN_TARGET_TIDAK_DIKENAL = gettext_noop("Target predikat %(target)s tidak dikenal.")


@dataclass(frozen=True)
class Peluang:
    kode: str
    teks: str
    area: str  # "1".."6", "B.I", "B.II"
    subarea: str
    nilai_sekarang: Fraction | None  # 0..1, None when unanswered
    nilai_terbaik: Fraction
    jawaban_terbaik: object  # a raw answer that reaches nilai_terbaik
    tambahan: Fraction  # points added to the total (exact)
    menutup: tuple[str, ...]  # failing criteria of the target this question raises


def _kriteria_terbantu(p: m.Pertanyaan, gagal: set[str], sumber: Mapping[str, str]) -> tuple:
    """Criteria (failing ones only) whose value rises when this question rises."""
    terbantu = ["total"]
    if p.area.isdigit():
        terbantu += ["pengungkit", f"area_{p.area}"]
    else:
        terbantu += [nama for nama, kode in sumber.items() if kode in (p.area, p.subarea, p.kode)]
    return tuple(k for k in terbantu if k in gagal)


def peluang(
    instrumen: m.Instrumen,
    jawaban: Mapping[str, object],
    *,
    predikat_sebelumnya: str | None = None,
    target: str = "WBK",
) -> list[Peluang]:
    """Every question that can still add points, most points first; ties go to the one
    helping more failing criteria of `target`, then to instrument order."""
    if target not in instrumen.ambang:
        raise JawabanTidakValid(PESAN_TARGET_TIDAK_DIKENAL, target=target)
    hasil = hitung(instrumen, jawaban, predikat_sebelumnya=predikat_sebelumnya)
    gagal = set(hasil.predikat[target].gagal)
    daftar = []
    for p in instrumen.pertanyaan:
        sekarang = hasil.nilai_pertanyaan[p.kode]
        terbaik = nilai_terbaik(p)
        sub = hasil.subarea[p.subarea]
        tambahan = (terbaik - (sekarang or NOL)) * sub.bobot / sub.jumlah
        if tambahan <= 0:
            continue
        daftar.append(
            Peluang(
                kode=p.kode,
                teks=p.teks,
                area=p.area,
                subarea=p.subarea,
                nilai_sekarang=sekarang,
                nilai_terbaik=terbaik,
                jawaban_terbaik=jawaban_terbaik(p),
                tambahan=tambahan,
                menutup=_kriteria_terbantu(p, gagal, instrumen.sumber_kriteria),
            )
        )
    urutan = {p.kode: p.urutan for p in instrumen.pertanyaan}
    daftar.sort(key=lambda x: (-x.tambahan, -len(x.menutup), urutan[x.kode]))
    return daftar
