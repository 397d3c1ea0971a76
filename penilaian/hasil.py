"""The hasil items that come from the external surveys: B.I.a (IPAK) and B.II.a (IPKP).

Every score of every layer reads them through `nilai_hasil` and nothing else, so when
the survey app is connected (`survei.selectors.indeks_untuk_lke(*, satker, tahun)`)
only this module changes. Until then they are the values the unit typed into its
worksheet. B.I.b (capaian kinerja) is an ordinary question answered by each layer.
"""

from decimal import Decimal

from penilaian.models import Jawaban, Lapisan, Penilaian

# Item code -> survey index name.
KODE_SURVEI = {"B.I.a": "ipak", "B.II.a": "ipkp"}


def nilai_hasil(*, penilaian: Penilaian) -> dict[str, Decimal | None]:
    """{kode: index value 0-4 or None when not known yet} for each survey item."""
    tersimpan = dict(
        Jawaban.objects.filter(
            penilaian=penilaian,
            lapisan=Lapisan.MANDIRI,
            pertanyaan__kode__in=list(KODE_SURVEI),
            nilai__isnull=False,
        ).values_list("pertanyaan__kode", "nilai")
    )
    return {
        kode: (Decimal(str(tersimpan[kode])) if kode in tersimpan else None) for kode in KODE_SURVEI
    }
