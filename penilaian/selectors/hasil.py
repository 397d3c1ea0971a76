"""The hasil items that come from the surveys: B.I.a (IPAK) and B.II.a (IPKP), per layer.

Every score reads them through `sumber_hasil` and nothing else. What a layer may use
(ZI-DOMAIN.md, "Numbers that are official"):

- the unit's self-assessment (mandiri): an external value the unit recorded with its
  source document; else the portal's own index from the responses in the period's survey
  window (marked provisional below the version's `min_responden`); else the value typed
  into the worksheet;
- an evaluator layer: a value that layer's evaluator entered or confirmed
  (`IndeksLapisan`); else the value the Kanwil administrator recorded for the evaluator
  layers; else the portal's index, only with at least `min_responden` respondents in the
  window. Below that the item has no value ("data survei belum cukup (18/30)") and the
  criteria that read it are not met. Nothing the unit types reaches an evaluator layer.

A finished layer does not come here at all: it reads the values frozen with it
(penilaian.services.beku). B.I.b (capaian kinerja) is an ordinary question answered by each layer.
"""

import datetime
from dataclasses import asdict, dataclass
from fractions import Fraction

from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from penilaian.models import IndeksLapisan, Jawaban, Lapisan, Penilaian
from penilaian.scoring import pecahan
from survei.models import IndeksEksternal
from survei.selectors import IndeksLke, indeks_untuk_lke

# Item code -> survey index name.
KODE_SURVEI = {"B.I.a": "ipak", "B.II.a": "ipkp"}
# Tabel 6 criterion -> the survey item it reads (bersih_akuntabel holds B.I.a too).
KRITERIA_SURVEI = {"ipak": "B.I.a", "bersih_akuntabel": "B.I.a", "pelayanan_prima": "B.II.a"}

# Where a layer's survey item came from.
SURVEI = "survei"  # portal responses in the window, at least the minimum
SURVEI_SEMENTARA = "survei_sementara"  # self-assessment only: below the minimum, provisional
KURANG = "kurang"  # evaluator layer: too few respondents, so no value
EKSTERNAL_UNIT = "eksternal_unit"  # the unit's external value (self-assessment only)
EKSTERNAL_KANWIL = "eksternal_kanwil"  # recorded by the Kanwil administrator
EVALUATOR = "evaluator"  # entered or confirmed by the layer's evaluator
LKE = "lke"  # typed into the unit's worksheet (self-assessment only)
KOSONG = "kosong"

SUMBER_LKE = _("diisi di lembar kerja")
SUMBER_KOSONG = _("belum ada data survei")


@dataclass(frozen=True)
class NilaiHasil:
    """One survey item of one layer: its value (None when the layer may not use any) and
    everything that says where it came from."""

    nilai: Fraction | None
    jenis: str
    responden: int = 0
    minimum: int = 0
    mulai: datetime.date | None = None
    selesai: datetime.date | None = None
    sumber: str = ""  # the source named by whoever recorded the value
    dokumen: str = ""
    dicatat_oleh: str = ""

    @property
    def dari_survei(self) -> bool:
        """The value comes from a survey (portal or external), not from the worksheet."""
        return self.nilai is not None and self.jenis != LKE

    @property
    def sementara(self) -> bool:
        return self.jenis == SURVEI_SEMENTARA

    @property
    def kurang(self) -> bool:
        return self.jenis == KURANG

    @property
    def keterangan(self) -> str:
        """Where the value came from, in the user's language."""
        return keterangan_sumber(self)

    def ke_json(self) -> dict:
        data = asdict(self)
        data["nilai"] = None if self.nilai is None else str(self.nilai)
        for kunci in ("mulai", "selesai"):
            data[kunci] = data[kunci].isoformat() if data[kunci] else None
        return data

    @classmethod
    def dari_json(cls, data: dict) -> "NilaiHasil":
        data = dict(data)
        data["nilai"] = None if data.get("nilai") is None else pecahan(data["nilai"])
        for kunci in ("mulai", "selesai"):
            if data.get(kunci):
                data[kunci] = datetime.date.fromisoformat(data[kunci])
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})


def _jendela(h: NilaiHasil) -> str:
    if not (h.mulai and h.selesai):
        return ""
    return f"{date_format(h.mulai, 'j M Y')} – {date_format(h.selesai, 'j M Y')}"


def keterangan_sumber(h: NilaiHasil) -> str:
    """'Survei portal, 42 responden (1 Jan 2026 – 31 Mei 2026)', 'data survei belum cukup
    (18/30)', 'Nilai eksternal (Kanwil): BPS … · dokumen …', …"""
    rinci = {
        "n": h.responden,
        "min": h.minimum,
        "jendela": _jendela(h),
        "sumber": h.sumber,
        "dokumen": h.dokumen,
    }
    teks = {
        SURVEI: _("Survei portal, %(n)s responden (%(jendela)s)"),
        SURVEI_SEMENTARA: _(
            "Sementara: survei portal baru %(n)s dari minimal %(min)s responden (%(jendela)s)"
        ),
        KURANG: _("data survei belum cukup (%(n)s/%(min)s)"),
        EKSTERNAL_UNIT: _("Nilai eksternal dicatat unit: %(sumber)s · %(dokumen)s"),
        EKSTERNAL_KANWIL: _("Nilai eksternal dicatat Kanwil: %(sumber)s · %(dokumen)s"),
        EVALUATOR: _("Dicatat evaluator: %(sumber)s · %(dokumen)s"),
        LKE: SUMBER_LKE,
        KOSONG: SUMBER_KOSONG,
    }.get(h.jenis, SUMBER_KOSONG)
    return str(teks) % rinci


def _dicatat(e: IndeksEksternal | IndeksLapisan, jenis: str, indeks: IndeksLke) -> NilaiHasil:
    """A value someone recorded with its source and document (an external value of the
    unit or the Kanwil, or an evaluator's value for their layer)."""
    return NilaiHasil(
        nilai=Fraction(e.nilai),
        jenis=jenis,
        responden=indeks.responden,
        mulai=indeks.mulai,
        selesai=indeks.selesai,
        sumber=e.sumber,
        dokumen=e.dokumen,
        dicatat_oleh=e.dicatat_oleh.get_username() if e.dicatat_oleh_id else "",
    )


def _dari_portal(indeks: IndeksLke, minimum: int, *, evaluator: bool) -> NilaiHasil | None:
    if indeks.survei is None:
        return None
    cukup = indeks.responden >= minimum
    if evaluator and not cukup:
        jenis, nilai = KURANG, None
    else:
        jenis, nilai = (SURVEI if cukup else SURVEI_SEMENTARA), indeks.survei
    return NilaiHasil(
        nilai=nilai,
        jenis=jenis,
        responden=indeks.responden,
        minimum=minimum,
        mulai=indeks.mulai,
        selesai=indeks.selesai,
    )


def _mandiri(indeks: IndeksLke, minimum: int, diisi) -> NilaiHasil:
    unit = indeks.eksternal.get(IndeksEksternal.Lingkup.UNIT)
    if unit is not None:
        return _dicatat(unit, EKSTERNAL_UNIT, indeks)
    portal = _dari_portal(indeks, minimum, evaluator=False)
    if portal is not None:
        return portal
    if diisi is not None:
        return NilaiHasil(pecahan(str(diisi)), LKE)
    return NilaiHasil(None, KOSONG, minimum=minimum, mulai=indeks.mulai, selesai=indeks.selesai)


def _evaluator(indeks: IndeksLke, minimum: int, milik: IndeksLapisan | None) -> NilaiHasil:
    if milik is not None:
        return _dicatat(milik, EVALUATOR, indeks)
    kanwil = indeks.eksternal.get(IndeksEksternal.Lingkup.KANWIL)
    if kanwil is not None:
        return _dicatat(kanwil, EKSTERNAL_KANWIL, indeks)
    portal = _dari_portal(indeks, minimum, evaluator=True)
    if portal is not None:
        return portal
    return NilaiHasil(None, KOSONG, minimum=minimum, mulai=indeks.mulai, selesai=indeks.selesai)


def indeks_periode(penilaian: Penilaian) -> dict[str, IndeksLke]:
    """The survey app's figures for the unit in the period's window (one call)."""
    periode = penilaian.periode
    return indeks_untuk_lke(
        satker=penilaian.satker_id,
        tahun=periode.tahun,
        mulai=periode.survei_mulai,
        selesai=periode.survei_selesai,
    )


def sumber_hasil_lapisan(
    *, penilaian: Penilaian, lapisan: list[str], diisi: dict | None = None
) -> dict[str, dict[str, NilaiHasil]]:
    """{layer: {kode: NilaiHasil}} for several OPEN layers at once: the survey figures
    once, every evaluator value once. `diisi` is the unit's worksheet answers when the
    caller already has them (else read here when the unit's layer is asked for)."""
    if not lapisan:
        return {}
    indeks = indeks_periode(penilaian)
    minimum = penilaian.periode.versi.min_responden
    hasil = {}
    if Lapisan.MANDIRI in lapisan:
        if diisi is None:
            diisi = dict(
                Jawaban.objects.filter(
                    penilaian=penilaian,
                    lapisan=Lapisan.MANDIRI,
                    pertanyaan__kode__in=list(KODE_SURVEI),
                    nilai__isnull=False,
                ).values_list("pertanyaan__kode", "nilai")
            )
        hasil[Lapisan.MANDIRI] = {
            kode: _mandiri(indeks[nama], minimum, diisi.get(kode))
            for kode, nama in KODE_SURVEI.items()
        }
    evaluator = [lp for lp in lapisan if lp != Lapisan.MANDIRI]
    milik = {}
    if evaluator:
        for i in IndeksLapisan.objects.filter(
            penilaian=penilaian, lapisan__in=evaluator
        ).select_related("dicatat_oleh"):
            milik[(i.lapisan, i.jenis)] = i
    for lp in evaluator:
        hasil[lp] = {
            kode: _evaluator(indeks[nama], minimum, milik.get((lp, nama)))
            for kode, nama in KODE_SURVEI.items()
        }
    return hasil


def sumber_hasil(*, penilaian: Penilaian, lapisan: str = Lapisan.MANDIRI) -> dict[str, NilaiHasil]:
    """{kode: NilaiHasil} for each survey item as the OPEN layer `lapisan` reads it now
    (a finished layer reads its frozen values: penilaian.services.beku.masukan_lapisan)."""
    return sumber_hasil_lapisan(penilaian=penilaian, lapisan=[lapisan])[lapisan]


def nilai_hasil(*, penilaian: Penilaian, lapisan: str = Lapisan.MANDIRI) -> dict:
    """{kode: index value 0-4 (exact) or None} for each survey item of an open layer."""
    return {k: h.nilai for k, h in sumber_hasil(penilaian=penilaian, lapisan=lapisan).items()}


def catatan_kriteria(sumber_json: dict) -> dict[str, str]:
    """{criterion: note} for criteria whose survey item has no usable value, from a
    snapshot's `sumber_hasil`: {"ipak": "data survei belum cukup (18/30)", ...}."""
    catatan = {}
    for kriteria, kode in KRITERIA_SURVEI.items():
        data = (sumber_json or {}).get(kode)
        if data and data.get("jenis") in (KURANG, KOSONG):
            catatan[kriteria] = keterangan_sumber(NilaiHasil.dari_json(data))
    return catatan
