"""Stored score snapshots: the only writer of SkorSnapshot.

Every service that changes a layer's inputs calls `skor_perbarui` in its own transaction,
so lists and dashboards read a stored score and never recompute per row. The score is
always the engine's (`penilaian.scoring.hitung`) on the layer's inputs
(`penilaian.services.beku.masukan_lapisan`): live for an open layer, frozen for a finished one. A
finished layer's snapshot is never rewritten; only reopening it (penilaian.services.alur) does.
`skor_hitung_ulang_semua` recomputes everything, compares finished layers with their
frozen inputs, and reports what had drifted.
"""

from dataclasses import dataclass

from django.db import transaction

from penilaian.models import Evaluasi, Jawaban, Lapisan, Penilaian, SkorSnapshot
from penilaian.scoring import HasilLke, hitung
from penilaian.scoring.angka import bawah, teks_tepat
from penilaian.selectors.instrumen import instrumen_untuk_versi
from penilaian.services.beku import instrumen_masukan, lapisan_bekukan, masukan_lapisan

KOLOM_DESIMAL = ("total", "pengungkit", "hasil")
KOLOM = (
    *KOLOM_DESIMAL,
    *(f"{k}_tepat" for k in KOLOM_DESIMAL),
    "area",
    "hasil_rinci",
    "subarea",
    "sumber_hasil",
    "memenuhi_wbk",
    "memenuhi_wbbm",
    "gagal_wbk",
    "gagal_wbbm",
    "terjawab",
    "jumlah_pertanyaan",
)


def jawaban_untuk_skor(*, penilaian: Penilaian, lapisan: str) -> dict:
    """The raw answers one layer is scored on: its own, with the survey items as that
    layer reads them (frozen for a finished layer)."""
    return masukan_lapisan(penilaian=penilaian, lapisan=lapisan).jawaban_skor()


def _hasil(penilaian: Penilaian, masukan) -> HasilLke:
    return hitung(
        instrumen_masukan(penilaian, masukan),
        masukan.jawaban_skor(),
        predikat_sebelumnya=masukan.predikat_sebelumnya,
    )


def hasil_lke(*, penilaian: Penilaian, lapisan: str) -> HasilLke:
    """The engine's full result for one layer (for pages that show criteria and gaps)."""
    return _hasil(penilaian, masukan_lapisan(penilaian=penilaian, lapisan=lapisan))


def nilai_snapshot(hasil: HasilLke, jumlah_pertanyaan: int, sumber_hasil: dict) -> dict:
    """The SkorSnapshot columns of one engine result: exact values as text ("p/q"), the
    decimal columns cut to their 12 places (`bawah`: sorting and aggregates only)."""
    return {
        **{k: bawah(getattr(hasil, k)) for k in KOLOM_DESIMAL},
        **{f"{k}_tepat": teks_tepat(getattr(hasil, k)) for k in KOLOM_DESIMAL},
        "area": {
            str(no): {
                "nilai": teks_tepat(a.nilai),
                "pemenuhan": teks_tepat(a.pemenuhan),
                "reform": teks_tepat(a.reform),
                "persen": teks_tepat(a.persen_bobot),
            }
            for no, a in hasil.area.items()
        },
        "hasil_rinci": {
            k: teks_tepat(getattr(hasil, k))
            for k in ("bersih_akuntabel", "ipak", "capaian_kinerja", "pelayanan_prima")
        },
        "subarea": {
            kode: {"nilai": teks_tepat(s.nilai), "rata_rata": teks_tepat(s.rata_rata)}
            for kode, s in hasil.subarea.items()
        },
        "sumber_hasil": sumber_hasil,
        "memenuhi_wbk": hasil.predikat["WBK"].memenuhi,
        "memenuhi_wbbm": hasil.predikat["WBBM"].memenuhi,
        "gagal_wbk": hasil.predikat["WBK"].gagal,
        "gagal_wbbm": hasil.predikat["WBBM"].gagal,
        "terjawab": len(hasil.jawaban),
        "jumlah_pertanyaan": jumlah_pertanyaan,
    }


def hitung_snapshot(penilaian: Penilaian, masukan) -> dict:
    """The snapshot columns of a layer's inputs."""
    instrumen = instrumen_untuk_versi(penilaian.periode.versi)
    sumber = {k: h.ke_json() for k, h in masukan.hasil.items()}
    return nilai_snapshot(_hasil(penilaian, masukan), len(instrumen.pertanyaan), sumber)


@transaction.atomic
def skor_tulis(*, penilaian: Penilaian, lapisan: str, masukan) -> SkorSnapshot:
    """Stores the score of `masukan` as the layer's snapshot (freezing and reopening)."""
    snapshot, _dibuat = SkorSnapshot.objects.update_or_create(
        penilaian=penilaian, lapisan=lapisan, defaults=hitung_snapshot(penilaian, masukan)
    )
    return snapshot


@transaction.atomic
def skor_perbarui(*, penilaian: Penilaian, lapisan: str) -> SkorSnapshot:
    """Recomputes one open layer's score from its inputs and stores it. A finished
    layer's snapshot is left exactly as it was frozen (written only when missing)."""
    masukan = masukan_lapisan(penilaian=penilaian, lapisan=lapisan)
    if masukan.beku:
        ada = SkorSnapshot.objects.filter(penilaian=penilaian, lapisan=lapisan).first()
        if ada is not None:
            return ada
    return skor_tulis(penilaian=penilaian, lapisan=lapisan, masukan=masukan)


def skor_perbarui_lapisan_terbuka(*, penilaian: Penilaian) -> None:
    """After a change of what open layers read (the survey items), refresh each stored
    open layer; finished layers keep their frozen score."""
    selesai = set(
        penilaian.evaluasi.filter(selesai_pada__isnull=False).values_list("lapisan", flat=True)
    )
    lapisan = set(penilaian.skor.values_list("lapisan", flat=True)) | {Lapisan.MANDIRI}
    for nama in sorted(lapisan - selesai):
        skor_perbarui(penilaian=penilaian, lapisan=nama)


@dataclass(frozen=True)
class Selisih:
    penilaian_id: int
    lapisan: str
    kolom: str
    tersimpan: object
    dihitung: object
    beku: bool = False  # a finished layer: reported against its frozen inputs, never rewritten

    def __str__(self) -> str:
        tanda = " (final, tidak diubah)" if self.beku else ""
        return (
            f"penilaian {self.penilaian_id} [{self.lapisan}] {self.kolom}: "
            f"{self.tersimpan!r} -> {self.dihitung!r}{tanda}"
        )


def _beda(snapshot: SkorSnapshot | None, baru: dict, penilaian_id: int, lapisan: str, beku):
    if snapshot is None:
        return [Selisih(penilaian_id, lapisan, "*", None, "baru", beku)]
    selisih = []
    for kolom in KOLOM:
        lama = getattr(snapshot, kolom)
        if lama != baru[kolom]:
            selisih.append(Selisih(penilaian_id, lapisan, kolom, lama, baru[kolom], beku))
    return selisih


def _periksa(penilaian: Penilaian, lapisan: str, snapshot, simpan: bool) -> list[Selisih]:
    masukan = masukan_lapisan(penilaian=penilaian, lapisan=lapisan)
    selisih = _beda(
        snapshot, hitung_snapshot(penilaian, masukan), penilaian.pk, lapisan, masukan.beku
    )
    # A finished layer is rewritten only when it has no snapshot at all.
    if selisih and simpan and (not masukan.beku or snapshot is None):
        skor_tulis(penilaian=penilaian, lapisan=lapisan, masukan=masukan)
    return selisih


def _bekukan_yang_lama(simpan: bool) -> list[Selisih]:
    """Layers finished before finishing froze their inputs (older data): frozen now from
    what they read today, and reported, so from here on nothing moves them either."""
    lama = Evaluasi.objects.filter(selesai_pada__isnull=False, masukan_beku__isnull=True)
    selisih = []
    for e in lama.select_related("penilaian__periode__versi"):
        if simpan:
            lapisan_bekukan(penilaian=e.penilaian, lapisan=e.lapisan, oleh=None)
        selisih.append(Selisih(e.penilaian_id, e.lapisan, "masukan_beku", None, "dibekukan", True))
    return selisih


def skor_hitung_ulang_semua(*, simpan: bool = True) -> list[Selisih]:
    """Recomputes every layer that has a snapshot or answers and returns every column
    that differed. Open layers are stored fresh (unless `simpan` is False); a finished
    layer is recomputed from its frozen inputs only and reported, never rewritten."""
    semua = _bekukan_yang_lama(simpan)
    tersimpan = {(s.penilaian_id, s.lapisan): s for s in SkorSnapshot.objects.all()}
    pasangan = set(tersimpan) | set(Jawaban.objects.values_list("penilaian_id", "lapisan"))
    pasangan |= {(pk, Lapisan.MANDIRI) for pk in Penilaian.objects.values_list("pk", flat=True)}
    pasangan |= set(
        Evaluasi.objects.filter(selesai_pada__isnull=False).values_list("penilaian_id", "lapisan")
    )
    penilaian = Penilaian.objects.select_related("periode__versi").in_bulk(
        {pk for pk, _lapisan in pasangan}
    )
    for pk, lapisan in sorted(pasangan):
        semua.extend(_periksa(penilaian[pk], lapisan, tersimpan.get((pk, lapisan)), simpan))
    return semua


def persen_pertanyaan(*, penilaian: Penilaian, kode: str, nilai):
    """The question's value as a percentage (2 decimals, half-up) computed by the
    engine, e.g. for a `%` question's named counts; None when unanswered."""
    from penilaian.scoring import bulat, periksa_jawaban
    from penilaian.scoring.jawaban import nilai_dari_normal

    instrumen = instrumen_untuk_versi(penilaian.periode.versi)
    normal = periksa_jawaban(instrumen, kode, nilai)
    pertanyaan = instrumen.cari(kode)
    if pertanyaan is None:  # periksa_jawaban refused unknown codes already
        return None
    nilai_01 = nilai_dari_normal(pertanyaan, normal)
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
