"""The hasil items that come from the surveys: B.I.a (IPAK) and B.II.a (IPKP).

Every score of every layer reads them through `nilai_hasil` and nothing else. The value
is the survey app's index for the unit and the period's year
(`survei.selectors.indeks_untuk_lke`): an external value typed in with its source (BPS
or a third party) when there is one, else the portal's own responses. Only when the
survey app has nothing does the value the unit typed into its worksheet count.
B.I.b (capaian kinerja) is an ordinary question answered by each layer.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

from penilaian.models import Jawaban, Lapisan, Penilaian
from survei.selectors import indeks_untuk_lke

# Item code -> survey index name.
KODE_SURVEI = {"B.I.a": "ipak", "B.II.a": "ipkp"}

SUMBER_LKE = _("diisi di lembar kerja")
SUMBER_KOSONG = _("belum ada data survei")


@dataclass(frozen=True)
class NilaiHasil:
    nilai: Decimal | None
    sumber: str  # said to the user: which source the number came from
    dari_survei: bool


def sumber_hasil(*, penilaian: Penilaian) -> dict[str, NilaiHasil]:
    """{kode: NilaiHasil} for each survey item, saying where its value came from."""
    indeks = indeks_untuk_lke(satker=penilaian.satker_id, tahun=penilaian.periode.tahun)
    diisi = dict(
        Jawaban.objects.filter(
            penilaian=penilaian,
            lapisan=Lapisan.MANDIRI,
            pertanyaan__kode__in=list(KODE_SURVEI),
            nilai__isnull=False,
        ).values_list("pertanyaan__kode", "nilai")
    )
    hasil = {}
    for kode, nama in KODE_SURVEI.items():
        nilai, sumber = indeks[nama]
        if nilai is not None:
            hasil[kode] = NilaiHasil(nilai, str(sumber), True)
        elif kode in diisi:
            hasil[kode] = NilaiHasil(Decimal(str(diisi[kode])), str(SUMBER_LKE), False)
        else:
            hasil[kode] = NilaiHasil(None, str(SUMBER_KOSONG), False)
    return hasil


def nilai_hasil(*, penilaian: Penilaian) -> dict[str, Decimal | None]:
    """{kode: index value 0-4 or None when not known yet} for each survey item."""
    return {kode: h.nilai for kode, h in sumber_hasil(penilaian=penilaian).items()}


def saat_indeks_berubah(sender, *, satker_id: int, tahun: int, **kwargs) -> None:
    """A new survey response or external value: refresh the stored scores of that
    unit's assessments of that year, every layer (they all read the same items)."""
    from penilaian.skor import skor_perbarui_semua_lapisan

    for penilaian in Penilaian.objects.filter(
        satker_id=satker_id, periode__tahun=tahun
    ).select_related("periode__versi"):
        skor_perbarui_semua_lapisan(penilaian=penilaian)
