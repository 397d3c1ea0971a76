"""Tabel 6: does a unit meet WBK / WBBM, criterion by criterion, and by how much not.

How a value meets its threshold is the version's setting `perbandingan_ambang`: `tepat` (the
default) compares the exact value, as the evaluators' spreadsheets compare the unrounded
cell, so area 1 at 4.7963 of 8 (59.95 %) does not meet 60 %; `dibulatkan` compares the
value rounded half-up to 2 decimals, as some worksheets show it.
"""

from fractions import Fraction

from penilaian.scoring import model as m
from penilaian.scoring.angka import NOL, bulat
from penilaian.scoring.hasil import HasilLke, HasilPredikat, Kriteria
from penilaian.scoring.pesan import gettext_noop

LABEL = {
    "total": gettext_noop("Nilai total"),
    "pengungkit": gettext_noop("Komponen pengungkit"),
    "area": gettext_noop("Area %(no)s: %(nama)s"),
    "area_bagian": gettext_noop("Area %(no)s: %(nama)s (bagian %(bagian)s)"),
    "bersih_akuntabel": gettext_noop("Birokrasi yang bersih dan akuntabel"),
    "ipak": gettext_noop("Indeks Persepsi Anti Korupsi (IPAK)"),
    "capaian_kinerja": gettext_noop("Capaian kinerja"),
    "pelayanan_prima": gettext_noop("Pelayanan publik yang prima"),
    "predikat_wbk": gettext_noop("Sudah meraih predikat WBK"),
}
KUNCI_GAGAL = (
    "total",
    "pengungkit",
    *(f"area_{no}" for no in range(1, 7)),
    "bersih_akuntabel",
    "ipak",
    "capaian_kinerja",
    "pelayanan_prima",
    "predikat_wbk",
)


TEPAT = "tepat"
DIBULATKAN = "dibulatkan"


def memenuhi_ambang(nilai: Fraction, syarat: Fraction, perbandingan: str = TEPAT) -> bool:
    """Whether `nilai` meets `syarat` under the version's comparison setting."""
    if perbandingan == DIBULATKAN:
        return bulat(nilai) >= syarat
    return nilai >= syarat


def _kriteria(
    kode: str, label: str, nilai: Fraction, syarat: Fraction, perbandingan: str
) -> Kriteria:
    memenuhi = memenuhi_ambang(nilai, syarat, perbandingan)
    if memenuhi:
        celah = NOL
    elif perbandingan == DIBULATKAN:
        celah = syarat - Fraction(bulat(nilai))
    else:
        celah = syarat - nilai
    return Kriteria(kode, label, nilai, syarat, celah, memenuhi)


def _kriteria_area(instrumen: m.Instrumen, hasil: HasilLke, ambang: m.Ambang) -> list[Kriteria]:
    baris = []
    cara = instrumen.pengaturan.perbandingan_ambang
    for a in instrumen.area:
        h = hasil.area[a.no]
        kode = f"area_{a.no}"
        label = LABEL["area"] % {"no": a.no, "nama": a.nama}
        if instrumen.pengaturan.minimum_area != "per_bagian":
            baris.append(_kriteria(kode, label, h.nilai, a.bobot * ambang.fraksi_area, cara))
            continue
        # Each part against the same share of its own weight; report the weaker part.
        bagian = [
            _kriteria(
                kode,
                LABEL["area_bagian"] % {"no": a.no, "nama": a.nama, "bagian": nama},
                nilai,
                bobot * ambang.fraksi_area,
                cara,
            )
            for nama, nilai, bobot in (
                ("pemenuhan", h.pemenuhan, a.bobot_pemenuhan),
                ("reform", h.reform, a.bobot_reform),
            )
        ]
        baris.append(max(bagian, key=lambda k: (not k.memenuhi, k.celah)))
    return baris


def nilai_predikat(
    instrumen: m.Instrumen,
    hasil: HasilLke,
    predikat: str,
    predikat_sebelumnya: str | None,
) -> HasilPredikat:
    """Every criterion of one predicate, in the order of KUNCI_GAGAL."""
    ambang = instrumen.ambang[predikat]
    cara = instrumen.pengaturan.perbandingan_ambang
    kriteria = [
        _kriteria("total", LABEL["total"], hasil.total, ambang.total, cara),
        _kriteria("pengungkit", LABEL["pengungkit"], hasil.pengungkit, ambang.pengungkit, cara),
        *_kriteria_area(instrumen, hasil, ambang),
        *(
            _kriteria(nama, LABEL[nama], getattr(hasil, nama), getattr(ambang, nama), cara)
            for nama in ("bersih_akuntabel", "ipak", "capaian_kinerja", "pelayanan_prima")
        ),
    ]
    if ambang.syarat_predikat:
        # A unit holding WBBM already held WBK before it.
        sudah = predikat_sebelumnya is not None and (
            predikat_sebelumnya == ambang.syarat_predikat or predikat_sebelumnya == "WBBM"
        )
        kriteria.append(
            Kriteria(
                "predikat_wbk",
                LABEL["predikat_wbk"],
                predikat_sebelumnya,
                ambang.syarat_predikat,
                None,
                sudah,
            )
        )
    return HasilPredikat(
        predikat=predikat,
        memenuhi=all(k.memenuhi for k in kriteria),
        kriteria=tuple(kriteria),
    )
