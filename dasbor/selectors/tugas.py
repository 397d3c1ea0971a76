""" "Tugas saya": what each role does next, read in a constant number of queries
whatever the number of units (tests count them).

- the unit's team: continue the worksheet (next unanswered question, progress per area),
  the questions returned with the evaluator's notes, the deadline;
- an evaluator: assessments waiting for its layer, with unscored / different / flagged;
- a Kanwil administrator: late units, units submitted without an evaluator.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone

from penilaian.models import (
    Evaluasi,
    Jawaban,
    Lapisan,
    Penilaian,
    PenugasanEvaluator,
    Periode,
    Pertanyaan,
    RiwayatStatus,
)
from penilaian.selectors.hasil import KODE_SURVEI
from penilaian.selectors.tenggat import terlambat
from satker.lingkup import lingkup_pengguna

S = Penilaian.Status
MASIH_DIISI = {S.DRAF, S.DIKEMBALIKAN}
MENUNGGU_REVIU = {S.DIAJUKAN, S.DIAJUKAN_ULANG, S.DIREVIU}


@dataclass
class Tautan:
    """Where one unit's work of one period lives, only what the user may open."""

    penilaian: str = ""
    lke: str = ""
    reviu: str = ""
    bukti: str = ""
    survei: str = ""
    dasbor: str = ""


@dataclass
class AreaProgres:
    kode: str
    nama: str
    terjawab: int
    jumlah: int

    @property
    def persen(self) -> int:
        return round(self.terjawab * 100 / self.jumlah) if self.jumlah else 0


@dataclass
class Dikembalikan:
    kode: str
    teks: str
    area: str
    catatan: list[str]


@dataclass
class TugasUnit:
    penilaian: Penilaian
    area: list[AreaProgres]
    berikut: tuple[str, str] | None  # (question code, area code) of the next unanswered
    dikembalikan: list[Dikembalikan]
    catatan_kembali: str
    terlambat: str
    sisa_hari: int

    @property
    def terjawab(self) -> int:
        return sum(a.terjawab for a in self.area)

    @property
    def jumlah(self) -> int:
        return sum(a.jumlah for a in self.area)


@dataclass
class TugasReviu:
    penilaian: Penilaian
    lapisan: str
    belum_dinilai: int
    berbeda: int
    ditandai: int
    terlambat: str


@dataclass
class TugasKanwil:
    periode: Periode
    terlambat: list[Penilaian] = field(default_factory=list)
    tanpa_evaluator: list[Penilaian] = field(default_factory=list)


def periode_berjalan(periode_qs) -> list[Periode]:
    """Per Kanwil, the period being worked on: the latest with any work (an answer or a
    move past draft), not a newly opened empty year; the latest when none has work.
    Two queries."""
    periode = list(periode_qs.order_by("-tahun"))
    ada_kerja = set(
        Penilaian.objects.filter(periode__in=periode)
        .filter(
            Q(status__in=[s for s in S.values if s != S.DRAF])
            | Exists(Jawaban.objects.filter(penilaian=OuterRef("pk")))
        )
        .values_list("periode_id", flat=True)
        .distinct()
    )
    pilih = {}
    for p in periode:
        lama = pilih.get(p.kanwil_id)
        if lama is None or (lama.pk not in ada_kerja and p.pk in ada_kerja):
            pilih[p.kanwil_id] = p
    return list(pilih.values())


def penilaian_unit_berjalan(*, user) -> Penilaian | None:
    """The latest assessment of the user's own units in a period being worked on: where a
    unit's people start."""
    baca = lingkup_pengguna(user).baca
    berjalan = periode_berjalan(Periode.objects.filter(penilaian__satker_id__in=baca).distinct())
    return (
        Penilaian.objects.filter(satker_id__in=baca, periode__in=berjalan)
        .select_related("periode__kanwil", "satker")
        .order_by("-periode__tahun")
        .first()
    )


# Stand-ins for a row's own id and unit code in a URL reversed once for many rows.
_PK = 2147483001
_KODE = "__kode__"


class PolaUrl:
    """`reverse` for many rows: each URL is reversed once with the stand-ins `_PK` and
    `_KODE` in the places of the row's id and unit code, which are then put in as text
    (a thousand-row overview would otherwise reverse six thousand URLs)."""

    def __init__(self):
        self._pola: dict = {}

    def url(self, nama: str, *args, pk: int | None = None, kode: str | None = None) -> str:
        if (nama, args) not in self._pola:
            self._pola[(nama, args)] = reverse(nama, args=args)
        url = self._pola[(nama, args)]
        if pk is not None:
            url = url.replace(str(_PK), str(pk))
        if kode is not None:
            url = url.replace(_KODE, kode)
        return url


def tautan_untuk(
    user, penilaian: Penilaian, lapisan_reviu: set[str], pola: PolaUrl | None = None
) -> Tautan:
    """The pages of this unit and period the user may open (no queries: scope and the
    user's assignments are read once by the caller)."""
    lingkup = lingkup_pengguna(user)
    pola = pola or PolaUrl()
    t = Tautan()
    if not (lingkup.boleh_baca(penilaian.satker_id) or lapisan_reviu):
        return t
    pk = penilaian.pk
    t.penilaian = pola.url("penilaian:detail", _PK, pk=pk)
    t.lke = pola.url("penilaian:lembar", _PK, "1", pk=pk)
    t.bukti = pola.url("penilaian:bukti_daftar", _PK, pk=pk)
    if lapisan_reviu:
        t.reviu = pola.url("penilaian:reviu", _PK, sorted(lapisan_reviu)[0], "1", pk=pk)
    if lingkup.boleh_baca(penilaian.satker_id):
        periode = penilaian.periode
        kode = penilaian.satker.kode
        t.survei = (
            pola.url("survei:hasil", _KODE, kode=kode)
            + f"?mulai={periode.survei_mulai:%Y-%m-%d}&selesai={periode.survei_selesai:%Y-%m-%d}"
            + f"&tahun={periode.tahun}"
        )
        t.dasbor = pola.url("dasbor:unit", periode.kanwil.kode, periode.tahun, _KODE, kode=kode)
    return t


def lapisan_ditugaskan(*, user, penilaian_ids=None) -> dict[int, set[str]]:
    """The layers `user` is assigned to, per assessment (one query)."""
    qs = PenugasanEvaluator.objects.filter(evaluator=user)
    if penilaian_ids is not None:
        qs = qs.filter(penilaian_id__in=list(penilaian_ids))
    hasil = defaultdict(set)
    for penilaian_id, lapisan in qs.values_list("penilaian_id", "lapisan"):
        hasil[penilaian_id].add(lapisan)
    return hasil


# --- The unit's team ---------------------------------------------------------------------


def tugas_unit(*, user, hari_ini: datetime.date | None = None) -> list[TugasUnit]:
    """The team's assessments of the periods being worked on, not yet final. Seven
    queries whatever the number of units."""
    hari_ini = hari_ini or timezone.localdate()
    lingkup = lingkup_pengguna(user)
    if not lingkup.isi:
        return []
    periode = periode_berjalan(
        Periode.objects.filter(penilaian__satker_id__in=lingkup.isi).distinct()
    )
    daftar = list(
        Penilaian.objects.filter(satker_id__in=lingkup.isi, periode__in=periode)
        .exclude(status=S.FINAL)
        .select_related("satker", "periode__kanwil")
        .order_by("satker__nama")
    )
    if not daftar:
        return []
    pertanyaan = _pertanyaan_per_versi({p.periode.versi_id for p in daftar})
    terjawab = defaultdict(set)
    for penilaian_id, pertanyaan_id in Jawaban.objects.filter(
        penilaian__in=daftar, lapisan=Lapisan.MANDIRI, nilai__isnull=False
    ).values_list("penilaian_id", "pertanyaan_id"):
        terjawab[penilaian_id].add(pertanyaan_id)
    kembali = _dikembalikan(daftar)
    catatan_kembali = _catatan_kembali(daftar)
    hasil = []
    for p in daftar:
        soal = pertanyaan[p.periode.versi_id]
        sudah = terjawab[p.pk]
        berikut = next(((k, a) for pk, k, a, _n in soal if pk not in sudah), None)
        hasil.append(
            TugasUnit(
                penilaian=p,
                area=_progres(soal, sudah),
                berikut=berikut if p.status in MASIH_DIISI else None,
                dikembalikan=kembali.get(p.pk, []) if p.status == S.DIKEMBALIKAN else [],
                catatan_kembali=catatan_kembali.get(p.pk, "") if p.status == S.DIKEMBALIKAN else "",
                terlambat=terlambat(p, p.periode, hari_ini),
                sisa_hari=(p.periode.batas_mandiri - hari_ini).days,
            )
        )
    return hasil


def _pertanyaan_per_versi(versi_ids) -> dict[int, list[tuple[int, str, str, str]]]:
    hasil = defaultdict(list)
    for pk, versi_id, kode, area_kode, area_nama in (
        Pertanyaan.objects.filter(versi_id__in=versi_ids)
        .order_by("subarea__area__urutan", "subarea__urutan", "urutan", "pk")
        .values_list("pk", "versi_id", "kode", "subarea__area__kode", "subarea__area__nama")
    ):
        hasil[versi_id].append((pk, kode, area_kode, area_nama))
    return hasil


def _progres(soal, sudah) -> list[AreaProgres]:
    per_area: dict[str, AreaProgres] = {}
    for pk, _kode, area_kode, area_nama in soal:
        a = per_area.setdefault(area_kode, AreaProgres(area_kode, area_nama, 0, 0))
        a.jumlah += 1
        a.terjawab += pk in sudah
    return list(per_area.values())


def _dikembalikan(daftar) -> dict[int, list[Dikembalikan]]:
    """Flagged questions with every evaluator layer's note on them (two queries)."""
    ditandai = list(
        Jawaban.objects.filter(penilaian__in=daftar, lapisan=Lapisan.MANDIRI, perlu_revisi=True)
        .order_by("pertanyaan__urutan")
        .values_list(
            "penilaian_id",
            "pertanyaan_id",
            "pertanyaan__kode",
            "pertanyaan__teks",
            "pertanyaan__subarea__area__kode",
        )
    )
    catatan = defaultdict(list)
    for penilaian_id, pertanyaan_id, narasi in (
        Jawaban.objects.filter(penilaian__in=daftar, pertanyaan_id__in={d[1] for d in ditandai})
        .exclude(lapisan=Lapisan.MANDIRI)
        .exclude(narasi="")
        .values_list("penilaian_id", "pertanyaan_id", "narasi")
    ):
        catatan[(penilaian_id, pertanyaan_id)].append(narasi)
    hasil = defaultdict(list)
    for penilaian_id, pertanyaan_id, kode, teks, area in ditandai:
        hasil[penilaian_id].append(
            Dikembalikan(kode, teks, area, catatan[(penilaian_id, pertanyaan_id)])
        )
    return hasil


def _catatan_kembali(daftar) -> dict[int, str]:
    """The note written with the latest return (one query)."""
    hasil = {}
    for penilaian_id, catatan in (
        RiwayatStatus.objects.filter(penilaian__in=daftar, ke=S.DIKEMBALIKAN)
        .order_by("pada", "pk")
        .values_list("penilaian_id", "catatan")
    ):
        # alur appends one generated line (the flagged codes, listed here anyway) to
        # what the evaluator wrote; show only the evaluator's words.
        hasil[penilaian_id] = "\n".join(catatan.splitlines()[:-1])
    return hasil


# --- Evaluators --------------------------------------------------------------------------


def tugas_reviu(*, user, hari_ini: datetime.date | None = None) -> list[TugasReviu]:
    """Assessments waiting for a layer the user is assigned to and has not finished,
    with counts of its questions unscored, different from the unit and flagged. Five
    queries whatever the number of assessments."""
    hari_ini = hari_ini or timezone.localdate()
    penugasan = lapisan_ditugaskan(user=user)
    if not penugasan:
        return []
    daftar = list(
        Penilaian.objects.filter(pk__in=penugasan, status__in=MENUNGGU_REVIU)
        .select_related("satker", "periode__kanwil")
        .order_by("periode__batas_reviu", "satker__nama")
    )
    selesai = set(
        Evaluasi.objects.filter(penilaian__in=daftar, selesai_pada__isnull=False).values_list(
            "penilaian_id", "lapisan"
        )
    )
    soal = _soal_evaluator({p.periode.versi_id for p in daftar})
    jawaban = defaultdict(dict)  # (penilaian, lapisan) -> pertanyaan -> (nilai, ditandai)
    for penilaian_id, lapisan, pertanyaan_id, nilai, ditandai in Jawaban.objects.filter(
        penilaian__in=daftar
    ).values_list("penilaian_id", "lapisan", "pertanyaan_id", "nilai", "perlu_revisi"):
        jawaban[(penilaian_id, lapisan)][pertanyaan_id] = (nilai, ditandai)
    return [
        _hitung_reviu(
            p,
            lapisan,
            soal[p.periode.versi_id],
            unit=jawaban[(p.pk, Lapisan.MANDIRI)],
            sendiri=jawaban[(p.pk, lapisan)],
            hari_ini=hari_ini,
        )
        for p in daftar
        for lapisan in sorted(penugasan[p.pk])
        if (p.pk, lapisan) not in selesai
    ]


def _soal_evaluator(versi_ids) -> dict[int, set[int]]:
    """The questions an evaluator scores, per version: all but the survey items, as the
    finish check counts them (one query)."""
    hasil = defaultdict(set)
    for versi_id, pk in (
        Pertanyaan.objects.filter(versi_id__in=versi_ids)
        .exclude(kode__in=list(KODE_SURVEI))
        .values_list("versi_id", "pk")
    ):
        hasil[versi_id].add(pk)
    return hasil


def _hitung_reviu(p, lapisan, soal, *, unit, sendiri, hari_ini) -> TugasReviu:
    """Different means as the review page says: the layer answered, not as the unit."""
    dinilai = sum(1 for q, (n, _t) in sendiri.items() if n is not None and q in soal)
    return TugasReviu(
        penilaian=p,
        lapisan=lapisan,
        belum_dinilai=len(soal) - dinilai,
        berbeda=sum(
            1
            for q, (n, _t) in sendiri.items()
            if n is not None and n != unit.get(q, (None, False))[0]
        ),
        ditandai=sum(1 for _n, t in sendiri.values() if t),
        terlambat=terlambat(p, p.periode, hari_ini),
    )


# --- Kanwil administrators ---------------------------------------------------------------


def tugas_kanwil(*, user, hari_ini: datetime.date | None = None) -> list[TugasKanwil]:
    """Per administered Kanwil, its period being worked on with the late units and the
    units waiting for review without an evaluator. Three queries."""
    hari_ini = hari_ini or timezone.localdate()
    lingkup = lingkup_pengguna(user)
    if not lingkup.admin:
        return []
    periode_qs = Periode.objects.select_related("kanwil")
    if not lingkup.semua:
        periode_qs = periode_qs.filter(kanwil_id__in=lingkup.kanwil_dikelola)
    periode = sorted(periode_berjalan(periode_qs), key=lambda p: p.kanwil.nama)
    hasil = {p.pk: TugasKanwil(periode=p) for p in periode}
    for p in (
        Penilaian.objects.filter(periode__in=periode)
        .annotate(ada_evaluator=Exists(PenugasanEvaluator.objects.filter(penilaian=OuterRef("pk"))))
        .select_related("satker", "periode__kanwil")
        .order_by("satker__nama")
    ):
        tugas = hasil[p.periode_id]
        if terlambat(p, p.periode, hari_ini):
            tugas.terlambat.append(p)
        if p.status in MENUNGGU_REVIU and not p.ada_evaluator:
            tugas.tanpa_evaluator.append(p)
    return list(hasil.values())


def tautan_banyak(*, user, penilaian) -> dict[int, Tautan]:
    """`tautan_untuk` for many assessments: one query for the user's assignments."""
    penilaian = list(penilaian)
    lapisan = lapisan_ditugaskan(user=user, penilaian_ids=[p.pk for p in penilaian])
    pola = PolaUrl()
    return {p.pk: tautan_untuk(user, p, lapisan.get(p.pk, set()), pola) for p in penilaian}
