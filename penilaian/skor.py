"""Stored score snapshots: the only writer of SkorSnapshot.

Every service that changes a layer's answers calls `skor_perbarui` in its own
transaction, so lists and dashboards read a stored score and never recompute per row.
The score itself is always the engine's (`penilaian.scoring.hitung`) on the stored raw
answers, with the survey items read through `penilaian.hasil.nilai_hasil`.
`skor_hitung_ulang_semua` recomputes everything and reports what had drifted.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction

from penilaian.hasil import nilai_hasil
from penilaian.models import Jawaban, Lapisan, Penilaian, SkorSnapshot
from penilaian.scoring import HasilLke, hitung
from penilaian.selectors import instrumen_untuk_versi, jawaban_per_lapisan

PRESISI_KOLOM = Decimal("1e-12")  # SkorSnapshot's DecimalFields keep 12 decimals
KOLOM_DESIMAL = ("total", "pengungkit", "hasil")
KOLOM = (
    *KOLOM_DESIMAL,
    "area",
    "hasil_rinci",
    "subarea",
    "memenuhi_wbk",
    "memenuhi_wbbm",
    "gagal_wbk",
    "gagal_wbbm",
    "terjawab",
    "jumlah_pertanyaan",
)


def jawaban_untuk_skor(*, penilaian: Penilaian, lapisan: str) -> dict:
    """The raw answers one layer is scored on: its own, with the survey items from
    `nilai_hasil` (the same for every layer)."""
    jawaban = jawaban_per_lapisan(penilaian=penilaian, lapisan=lapisan)
    for kode, nilai in nilai_hasil(penilaian=penilaian).items():
        if nilai is None:
            jawaban.pop(kode, None)
        else:
            jawaban[kode] = nilai
    return jawaban


def hasil_lke(*, penilaian: Penilaian, lapisan: str) -> HasilLke:
    """The engine's full result for one layer (for pages that show criteria and gaps)."""
    instrumen = instrumen_untuk_versi(penilaian.periode.versi)
    return hitung(
        instrumen,
        jawaban_untuk_skor(penilaian=penilaian, lapisan=lapisan),
        predikat_sebelumnya=penilaian.predikat_sebelumnya or None,
    )


def _s(x: Decimal) -> str:
    return str(x)


def nilai_snapshot(hasil: HasilLke, jumlah_pertanyaan: int) -> dict:
    """The SkorSnapshot columns of one engine result: decimals cut to the column's 12
    places; the JSON parts keep full precision as strings."""
    return {
        "total": hasil.total.quantize(PRESISI_KOLOM),
        "pengungkit": hasil.pengungkit.quantize(PRESISI_KOLOM),
        "hasil": hasil.hasil.quantize(PRESISI_KOLOM),
        "area": {
            str(no): {
                "nilai": _s(a.nilai),
                "pemenuhan": _s(a.pemenuhan),
                "reform": _s(a.reform),
                "persen": _s(a.persen_bobot),
            }
            for no, a in hasil.area.items()
        },
        "hasil_rinci": {
            "bersih_akuntabel": _s(hasil.bersih_akuntabel),
            "ipak": _s(hasil.ipak),
            "capaian_kinerja": _s(hasil.capaian_kinerja),
            "pelayanan_prima": _s(hasil.pelayanan_prima),
        },
        "subarea": {
            kode: {"nilai": _s(s.nilai), "rata_rata": _s(s.rata_rata)}
            for kode, s in hasil.subarea.items()
        },
        "memenuhi_wbk": hasil.predikat["WBK"].memenuhi,
        "memenuhi_wbbm": hasil.predikat["WBBM"].memenuhi,
        "gagal_wbk": hasil.predikat["WBK"].gagal,
        "gagal_wbbm": hasil.predikat["WBBM"].gagal,
        "terjawab": len(hasil.jawaban),
        "jumlah_pertanyaan": jumlah_pertanyaan,
    }


def _hitung(penilaian: Penilaian, lapisan: str) -> dict:
    instrumen = instrumen_untuk_versi(penilaian.periode.versi)
    hasil = hitung(
        instrumen,
        jawaban_untuk_skor(penilaian=penilaian, lapisan=lapisan),
        predikat_sebelumnya=penilaian.predikat_sebelumnya or None,
    )
    return nilai_snapshot(hasil, len(instrumen.pertanyaan))


@transaction.atomic
def skor_perbarui(*, penilaian: Penilaian, lapisan: str) -> SkorSnapshot:
    """Recomputes one layer's score from its stored answers and stores it."""
    snapshot, _dibuat = SkorSnapshot.objects.update_or_create(
        penilaian=penilaian, lapisan=lapisan, defaults=_hitung(penilaian, lapisan)
    )
    return snapshot


def skor_perbarui_semua_lapisan(*, penilaian: Penilaian) -> None:
    """After a change every layer reads (the survey items), refresh each stored layer."""
    lapisan = set(penilaian.skor.values_list("lapisan", flat=True)) | {Lapisan.MANDIRI}
    for nama in sorted(lapisan):
        skor_perbarui(penilaian=penilaian, lapisan=nama)


@dataclass(frozen=True)
class Selisih:
    penilaian_id: int
    lapisan: str
    kolom: str
    tersimpan: object
    dihitung: object

    def __str__(self) -> str:
        return (
            f"penilaian {self.penilaian_id} [{self.lapisan}] {self.kolom}: "
            f"{self.tersimpan!r} -> {self.dihitung!r}"
        )


def _beda(snapshot: SkorSnapshot | None, baru: dict, penilaian_id: int, lapisan: str):
    if snapshot is None:
        return [Selisih(penilaian_id, lapisan, "*", None, "baru")]
    selisih = []
    for kolom in KOLOM:
        lama = getattr(snapshot, kolom)
        if kolom in KOLOM_DESIMAL:
            lama = Decimal(lama).quantize(PRESISI_KOLOM)
        if lama != baru[kolom]:
            selisih.append(Selisih(penilaian_id, lapisan, kolom, lama, baru[kolom]))
    return selisih


def skor_hitung_ulang_semua(*, simpan: bool = True) -> list[Selisih]:
    """Recomputes every layer that has a snapshot or answers, stores the fresh values
    (unless `simpan` is False) and returns every column that differed."""
    tersimpan = {(s.penilaian_id, s.lapisan): s for s in SkorSnapshot.objects.all()}
    pasangan = set(tersimpan) | set(Jawaban.objects.values_list("penilaian_id", "lapisan"))
    pasangan |= {(pk, Lapisan.MANDIRI) for pk in Penilaian.objects.values_list("pk", flat=True)}
    penilaian = Penilaian.objects.select_related("periode__versi").in_bulk(
        {pk for pk, _lapisan in pasangan}
    )
    semua = []
    for pk, lapisan in sorted(pasangan):
        baru = _hitung(penilaian[pk], lapisan)
        selisih = _beda(tersimpan.get((pk, lapisan)), baru, pk, lapisan)
        if selisih and simpan:
            skor_perbarui(penilaian=penilaian[pk], lapisan=lapisan)
        semua.extend(selisih)
    return semua


def persen_pertanyaan(*, penilaian: Penilaian, kode: str, nilai) -> Decimal | None:
    """The question's value as a percentage (2 decimals) computed by the engine, e.g.
    for a `%` question's named counts; None when unanswered."""
    from penilaian.scoring import bulat, periksa_jawaban
    from penilaian.scoring.jawaban import nilai_dari_normal

    instrumen = instrumen_untuk_versi(penilaian.periode.versi)
    normal = periksa_jawaban(instrumen, kode, nilai)
    nilai_01 = nilai_dari_normal(instrumen.cari(kode), normal)
    return None if nilai_01 is None else bulat(nilai_01 * 100)


def lapisan_resmi(*, penilaian: Penilaian) -> str | None:
    """The latest finished evaluator layer (TPI over KANWIL): the official score."""
    selesai = set(
        penilaian.evaluasi.filter(selesai_pada__isnull=False).values_list("lapisan", flat=True)
    )
    for lapisan in (Lapisan.TPI, Lapisan.KANWIL):
        if lapisan in selesai:
            return lapisan
    return None
