"""What a layer's score is computed from, and freezing it when an evaluator finishes.

`masukan_lapisan` is the one place that says what a layer is scored on: an open layer
reads its live inputs (its own answers, the survey items as `penilaian.selectors.hasil` chooses them
for that layer, the version's settings, the predicate already held); a finished
evaluator layer reads only what was frozen with it (`Evaluasi.masukan_beku`), so no new
survey response, external index edit or recomputation can move it. Only reopening the
layer (with a reason, penilaian.services.alur) thaws it.
"""

from dataclasses import dataclass
from typing import cast

from django.utils import timezone

from penilaian.models import Evaluasi, Jawaban, Lapisan, Penilaian
from penilaian.scoring import Instrumen, Pengaturan
from penilaian.selectors.hasil import KODE_SURVEI, NilaiHasil, sumber_hasil, sumber_hasil_lapisan
from penilaian.selectors.instrumen import instrumen_untuk_versi
from penilaian.selectors.penilaian import jawaban_per_lapisan

# The version settings a score depends on (the engine's Pengaturan and the minimum
# respondents that decided which survey values the layer could use).
PENGATURAN_VERSI = ("nilai_abcd", "rumus_pengaduan", "minimum_area", "perbandingan_ambang")


@dataclass(frozen=True)
class Masukan:
    """Everything one layer's score is computed from."""

    lapisan: str
    jawaban: dict  # the layer's own raw answers, as stored
    hasil: dict[str, NilaiHasil]  # B.I.a / B.II.a as this layer reads them
    pengaturan: dict  # the version's settings (PENGATURAN_VERSI names + min_responden)
    predikat_sebelumnya: str | None
    beku: bool = False  # read from a finished layer's frozen record

    def jawaban_skor(self) -> dict:
        """The raw answers the engine scores: the layer's own, with the survey items."""
        jawaban = {k: v for k, v in self.jawaban.items() if k not in KODE_SURVEI}
        for kode, h in self.hasil.items():
            if h.nilai is not None:
                jawaban[kode] = h.nilai
        return jawaban

    def ke_json(self) -> dict:
        return {
            "jawaban": self.jawaban,
            "hasil": {k: h.ke_json() for k, h in self.hasil.items()},
            "pengaturan": self.pengaturan,
            "predikat_sebelumnya": self.predikat_sebelumnya,
        }


def pengaturan_versi(versi) -> dict:
    return {
        **{nama: getattr(versi, nama) for nama in PENGATURAN_VERSI},
        "min_responden": versi.min_responden,
    }


def instrumen_masukan(penilaian: Penilaian, masukan: Masukan) -> Instrumen:
    """The instrument with the settings the layer was scored under."""
    pengaturan = Pengaturan(**{k: masukan.pengaturan[k] for k in PENGATURAN_VERSI})
    return instrumen_untuk_versi(penilaian.periode.versi, pengaturan=pengaturan)


def masukan_hidup(*, penilaian: Penilaian, lapisan: str) -> Masukan:
    """The layer's inputs as they stand now."""
    return Masukan(
        lapisan=lapisan,
        jawaban=jawaban_per_lapisan(penilaian=penilaian, lapisan=lapisan),
        hasil=sumber_hasil(penilaian=penilaian, lapisan=lapisan),
        pengaturan=pengaturan_versi(penilaian.periode.versi),
        predikat_sebelumnya=penilaian.predikat_sebelumnya or None,
    )


def dari_json(lapisan: str, data: dict) -> Masukan:
    return Masukan(
        lapisan=lapisan,
        jawaban=dict(data["jawaban"]),
        hasil={k: NilaiHasil.dari_json(v) for k, v in data["hasil"].items()},
        pengaturan=dict(data["pengaturan"]),
        predikat_sebelumnya=data.get("predikat_sebelumnya"),
        beku=True,
    )


def masukan_beku(*, penilaian: Penilaian, lapisan: str) -> Masukan | None:
    """The frozen inputs of a finished layer, or None for an open one."""
    if lapisan == Lapisan.MANDIRI:
        return None
    data = (
        Evaluasi.objects.filter(penilaian=penilaian, lapisan=lapisan, selesai_pada__isnull=False)
        .values_list("masukan_beku", flat=True)
        .first()
    )
    return dari_json(lapisan, data) if data else None


def masukan_lapisan(*, penilaian: Penilaian, lapisan: str) -> Masukan:
    """What the layer is scored on: frozen when it is finished, live otherwise."""
    return masukan_beku(penilaian=penilaian, lapisan=lapisan) or masukan_hidup(
        penilaian=penilaian, lapisan=lapisan
    )


def masukan_semua_lapisan(*, penilaian: Penilaian, lapisan: tuple[str, ...]) -> dict:
    """{layer: Masukan} for several layers in a fixed number of queries (exports): the
    frozen records in one, every open layer's answers in one, the survey figures once."""
    beku = {
        lp: dari_json(lp, cast(dict, data))  # masukan_beku__isnull=False below
        for lp, data in Evaluasi.objects.filter(
            penilaian=penilaian,
            lapisan__in=lapisan,
            selesai_pada__isnull=False,
            masukan_beku__isnull=False,
        ).values_list("lapisan", "masukan_beku")
    }
    terbuka = [lp for lp in lapisan if lp not in beku]
    jawaban: dict[str, dict] = {lp: {} for lp in terbuka}
    for kode, lp, nilai in (
        Jawaban.objects.filter(penilaian=penilaian, lapisan__in=terbuka, nilai__isnull=False)
        .values_list("pertanyaan__kode", "lapisan", "nilai")
        .order_by()
    ):
        jawaban[lp][kode] = nilai
    diisi = {k: v for k, v in jawaban.get(Lapisan.MANDIRI, {}).items() if k in KODE_SURVEI}
    hasil = sumber_hasil_lapisan(penilaian=penilaian, lapisan=terbuka, diisi=diisi)
    pengaturan = pengaturan_versi(penilaian.periode.versi)
    terbuka_masukan = {
        lp: Masukan(
            lapisan=lp,
            jawaban=jawaban[lp],
            hasil=hasil[lp],
            pengaturan=pengaturan,
            predikat_sebelumnya=penilaian.predikat_sebelumnya or None,
        )
        for lp in terbuka
    }
    return {lp: beku.get(lp) or terbuka_masukan[lp] for lp in lapisan}


def lapisan_bekukan(*, penilaian: Penilaian, lapisan: str, oleh) -> Masukan:
    """Stores the layer's live inputs as its frozen record (the layer was just marked
    finished in the same transaction) and returns them."""
    masukan = masukan_hidup(penilaian=penilaian, lapisan=lapisan)
    data = {
        **masukan.ke_json(),
        "versi": penilaian.periode.versi.kode,
        "dibekukan_pada": timezone.now().isoformat(),
        # None: a layer finished before finishing froze anything, frozen on recomputation.
        "dibekukan_oleh": oleh.get_username() if oleh is not None else "hitung_ulang_skor",
    }
    Evaluasi.objects.filter(penilaian=penilaian, lapisan=lapisan).update(masukan_beku=data)
    return dari_json(lapisan, data)


def lapisan_cairkan(*, penilaian: Penilaian, lapisan: str) -> None:
    """Drops the frozen record of a layer being reopened."""
    Evaluasi.objects.filter(penilaian=penilaian, lapisan=lapisan).update(masukan_beku=None)


def lapisan_beku(penilaian: Penilaian) -> set[str]:
    """The layers of this assessment that are finished (and so frozen)."""
    return set(
        Evaluasi.objects.filter(penilaian=penilaian, selesai_pada__isnull=False).values_list(
            "lapisan", flat=True
        )
    )
