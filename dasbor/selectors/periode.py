"""Reads of the dashboard, each in a constant number of queries whatever the number
of units: scores come from stored snapshots (never recomputed per row), evidence and
survey figures from one aggregate each. Lists are already filtered to the user's scope."""

import functools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from fractions import Fraction

from django.db.models import Count
from django.utils import timezone

from dasbor import status as st
from dasbor.selectors.sumber import Survei, survei_per_satker
from penilaian.models import (
    Evaluasi,
    Lapisan,
    Penilaian,
    Periode,
    Pertanyaan,
    SkorSnapshot,
    SubArea,
)
from penilaian.scoring import pecahan
from penilaian.selectors import hasil
from penilaian.selectors.bukti import kelengkapan_bukti
from penilaian.selectors.hasil import NilaiHasil
from penilaian.selectors.tenggat import terlambat
from satker.lingkup import lingkup_pengguna
from satker.models import Satker

NOL = Fraction(0)
# The latest finished evaluator layer is the official score (TPI over KANWIL).
URUTAN_EVALUATOR = (Lapisan.TPI, Lapisan.KANWIL)


# --- Plain shapes the templates read ---------------------------------------------------


@dataclass(frozen=True)
class Skor:
    """The few fields of a SkorSnapshot the dashboard shows, exact (Fraction)."""

    penilaian_id: int
    lapisan: str
    total: Fraction
    pengungkit: Fraction | None
    hasil: Fraction | None
    area: dict  # "1".."6" -> exact value
    hasil_rinci: dict  # bersih_akuntabel/ipak/capaian_kinerja/pelayanan_prima -> exact
    memenuhi_wbk: bool
    memenuhi_wbbm: bool
    gagal_wbk: tuple
    gagal_wbbm: tuple
    terjawab: int
    jumlah_pertanyaan: int
    selesai: bool = False  # an evaluator layer that has been finished
    sumber_hasil: dict = field(default_factory=dict)  # B.I.a/B.II.a -> NilaiHasil

    def survei(self, kode: str) -> NilaiHasil | None:
        return self.sumber_hasil.get(kode)

    @property
    def status(self) -> str:
        return st.status_predikat(memenuhi_wbk=self.memenuhi_wbk, memenuhi_wbbm=self.memenuhi_wbbm)


@dataclass(frozen=True)
class MetaVersi:
    """What the dashboard needs of an instrument version (one query for all versions)."""

    nama_area: dict  # "1".."6" -> name
    bobot_area: dict  # "1".."6" -> exact weight
    subarea: tuple  # SubArea rows in order (with .area)
    bobot_ipak: Fraction  # weight of B.I.a (IPAK points = weight × index / 4)
    bobot_ipkp: Fraction
    jumlah_pertanyaan: int
    ambang: dict
    perbandingan: str = "tepat"  # the version's threshold comparison setting

    def indeks(self, poin, bobot) -> Fraction | None:
        """Survey index (0..4) from the LKE points of its hasil item."""
        if poin is None or not bobot:
            return None
        return pecahan(poin) * 4 / pecahan(bobot)


@dataclass(frozen=True)
class SelArea:
    no: str
    nama: str
    persen: Fraction | None
    warna: str


@dataclass
class BarisUnit:
    penilaian: Penilaian
    satker: Satker
    tahun: int
    mandiri: Skor | None
    evaluator: Skor | None
    resmi: Skor | None
    area: list
    ipak: Fraction | None
    ipak_sumber: str
    ipkp: Fraction | None
    ipkp_sumber: str
    responden: int | None
    target: int | None
    bukti: int
    jumlah_pertanyaan: int
    predikat: str
    gagal: list
    terlambat: str  # "" | "mandiri" | "reviu"
    sumber_indeks: str = "lke"  # where IPAK (else IPKP) comes from: survei|eksternal|lke
    tren: list = field(default_factory=list)  # [(tahun, total, status)] earlier years first
    prasyarat: list = field(default_factory=list)  # [ButirPrasyarat] of the judged layer

    @property
    def bukti_persen(self) -> Fraction:
        if not self.jumlah_pertanyaan:
            return NOL
        return Fraction(self.bukti * 100, self.jumlah_pertanyaan)

    @property
    def gagal_ringkas(self) -> str:
        if self.resmi is None:
            return ""
        return st.kriteria_gagal_ringkas(self.predikat, self.resmi.gagal_wbk, self.resmi.gagal_wbbm)

    @property
    def label_predikat(self) -> str:
        return str(st.STATUS_PREDIKAT[self.predikat])

    @property
    def label_nilai(self) -> str:
        """The score's verdict, said as only the score's ("Nilai memenuhi WBK")."""
        return str(st.STATUS_NILAI[self.predikat])

    @property
    def prasyarat_ringkas(self) -> str:
        """'prasyarat lengkap' or 'prasyarat belum: SAKIP' (empty without a score)."""
        if self.predikat == st.KOSONG or not self.prasyarat:
            return ""
        from dasbor.prasyarat import ringkasan_prasyarat

        return ringkasan_prasyarat(self.prasyarat)

    @property
    def warna_predikat(self) -> str:
        return st.WARNA_PREDIKAT[self.predikat]


# --- Building blocks (one query each) ---------------------------------------------------


def _d(nilai) -> Fraction | None:
    if nilai in (None, ""):
        return None
    return _teks(nilai) if isinstance(nilai, str) else pecahan(nilai)


@functools.lru_cache(maxsize=8192)
def _teks(nilai: str) -> Fraction:
    """A stored exact value ("23/3") read once per process: snapshots of a thousand units
    repeat the same few hundred values, and Fractions are immutable."""
    return pecahan(nilai)


def meta_versi(versi_ids: Iterable[int]) -> dict[int, MetaVersi]:
    """Area names and weights, sub-areas, hasil weights and question counts per version."""
    versi_ids = set(versi_ids)
    subarea = defaultdict(list)
    for s in (
        SubArea.objects.filter(area__versi_id__in=versi_ids)
        .select_related("area", "area__versi")
        .order_by("area__urutan", "area__pk", "urutan", "pk")
    ):
        subarea[s.area.versi_id].append(s)
    jumlah = dict(
        Pertanyaan.objects.filter(versi_id__in=versi_ids)
        .values("versi_id")
        .annotate(n=Count("id"))
        .order_by()
        .values_list("versi_id", "n")
    )
    hasil = {}
    for versi_id, daftar in subarea.items():
        area = {s.area.kode: s.area for s in daftar}
        pengungkit = {k: a for k, a in area.items() if a.no is not None}
        bobot_sub = {s.kode: pecahan(s.bobot) for s in daftar}
        versi = daftar[0].area.versi
        hasil[versi_id] = MetaVersi(
            nama_area={k: a.nama for k, a in pengungkit.items()},
            bobot_area={k: pecahan(a.bobot) for k, a in pengungkit.items()},
            subarea=tuple(daftar),
            bobot_ipak=bobot_sub.get("B.I.a", Fraction("17.5")),
            bobot_ipkp=bobot_sub.get("B.II.a", Fraction("17.5")),
            jumlah_pertanyaan=jumlah.get(versi_id, 0),
            ambang=versi.ambang_predikat,
            perbandingan=versi.perbandingan_ambang,
        )
    return hasil


def _skor_dari_baris(r: dict, selesai: bool) -> Skor:
    r = {**_KOSONG, **r}
    return Skor(
        penilaian_id=r["penilaian_id"],
        lapisan=r["lapisan"],
        total=_d(r["total_tepat"]),
        pengungkit=_d(r["pengungkit_tepat"]),
        hasil=_d(r["hasil_tepat"]),
        area={no: _d((v or {}).get("nilai")) for no, v in (r["area"] or {}).items()},
        hasil_rinci={k: _d(v) for k, v in (r["hasil_rinci"] or {}).items()},
        sumber_hasil={k: NilaiHasil.dari_json(v) for k, v in (r["sumber_hasil"] or {}).items()},
        memenuhi_wbk=r["memenuhi_wbk"],
        memenuhi_wbbm=r["memenuhi_wbbm"],
        gagal_wbk=tuple(r["gagal_wbk"] or ()),
        gagal_wbbm=tuple(r["gagal_wbbm"] or ()),
        terjawab=r["terjawab"],
        jumlah_pertanyaan=r["jumlah_pertanyaan"],
        selesai=selesai,
    )


_KOLOM_SKOR = (
    "penilaian_id",
    "lapisan",
    "total_tepat",
    "pengungkit_tepat",
    "hasil_tepat",
    "area",
    "hasil_rinci",
    "sumber_hasil",
    "memenuhi_wbk",
    "memenuhi_wbbm",
    "gagal_wbk",
    "gagal_wbbm",
    "terjawab",
    "jumlah_pertanyaan",
)
# "terjawab" too: a year whose only snapshot is an empty self-assessment is no trend point
# (ada_nilai), which the light rows must still be able to tell.
_KOLOM_RINGAN = (
    "penilaian_id",
    "lapisan",
    "total_tepat",
    "memenuhi_wbk",
    "memenuhi_wbbm",
    "terjawab",
    "jumlah_pertanyaan",  # the summary cards' share of questions answered
)
_KOSONG = {
    "pengungkit_tepat": None,
    "hasil_tepat": None,
    "area": {},
    "hasil_rinci": {},
    "sumber_hasil": {},
    "gagal_wbk": (),
    "gagal_wbbm": (),
    "jumlah_pertanyaan": 0,
}


def skor_per_penilaian(
    *, ringan: bool = False, kecuali: Periode | None = None, **saring
) -> dict[int, dict[str, Skor]]:
    """Every stored layer score of the assessments matching `saring` (Penilaian field
    lookups, e.g. periode=p or satker_id__in=ids), leaving out those of the period
    `kecuali`: two queries. `ringan` reads only the totals and verdicts (no JSON to
    decode), for views over thousands of units."""
    saring = {f"penilaian__{k}": v for k, v in saring.items()}
    evaluasi = Evaluasi.objects.filter(selesai_pada__isnull=False, **saring)
    snapshot = SkorSnapshot.objects.filter(**saring)
    if kecuali is not None:
        evaluasi = evaluasi.exclude(penilaian__periode=kecuali)
        snapshot = snapshot.exclude(penilaian__periode=kecuali)
    selesai = set(evaluasi.values_list("penilaian_id", "lapisan"))
    hasil = defaultdict(dict)
    kolom = _KOLOM_RINGAN if ringan else _KOLOM_SKOR
    for r in snapshot.values(*kolom).order_by():
        kunci = (r["penilaian_id"], r["lapisan"])
        hasil[r["penilaian_id"]][r["lapisan"]] = _skor_dari_baris(r, kunci in selesai)
    return hasil


def skor_evaluator(lapisan: dict[str, Skor]) -> Skor | None:
    """The latest evaluator layer scored so far, finished or not."""
    return next((lapisan[x] for x in URUTAN_EVALUATOR if x in lapisan), None)


def skor_resmi(lapisan: dict[str, Skor]) -> Skor | None:
    """The official score: the latest finished evaluator layer, else the unit's own."""
    for x in URUTAN_EVALUATOR:
        if x in lapisan and lapisan[x].selesai:
            return lapisan[x]
    return lapisan.get(Lapisan.MANDIRI)


def ada_nilai(skor: Skor | None) -> bool:
    """Whether a year has a score to draw: a newly opened year nobody answered yet has
    an empty self-assessment snapshot, which a trend line must skip, not show as 0."""
    return skor is not None and (skor.lapisan != Lapisan.MANDIRI or bool(skor.terjawab))


def tren_satker(satker_ids, *, periode: Periode | None = None) -> tuple[dict, dict]:
    """All assessments of these units in every year, with their layer scores:
    ({satker_id: [(tahun, penilaian_id)]}, {penilaian_id: {lapisan: Skor}}). Three queries;
    with `periode`, five: full scores for that period, only totals and verdicts (no JSON
    to decode) for the other years, which the trend needs no more of."""
    per_satker = defaultdict(list)
    for pk, satker_id, tahun in (
        Penilaian.objects.filter(satker_id__in=satker_ids)
        .values_list("pk", "satker_id", "periode__tahun")
        .order_by("periode__tahun", "pk")
    ):
        per_satker[satker_id].append((tahun, pk))
    if periode is None:
        return per_satker, skor_per_penilaian(satker_id__in=satker_ids)
    skor = skor_per_penilaian(ringan=True, kecuali=periode, satker_id__in=satker_ids)
    skor.update(skor_per_penilaian(periode=periode, satker_id__in=satker_ids))
    return per_satker, skor


# How the dashboard names where an official layer's survey item came from.
JENIS_SUMBER = {
    hasil.SURVEI: "survei",
    hasil.SURVEI_SEMENTARA: "survei",
    hasil.EKSTERNAL_UNIT: "eksternal",
    hasil.EKSTERNAL_KANWIL: "eksternal",
    hasil.EVALUATOR: "eksternal",
    hasil.LKE: "lke",
    hasil.KURANG: "kurang",
    hasil.KOSONG: "kurang",
}


def _sekali(memo: dict, kunci, buat):
    """`buat()` the first time `kunci` is asked for in one page's rows, then the same:
    a thousand rows share a few dozen labels (translations, sources in words)."""
    if kunci not in memo:
        memo[kunci] = buat()
    return memo[kunci]


def _indeks_resmi(resmi: Skor | None, kode: str, dari_poin, memo: dict) -> tuple:
    """(index 0-4, where it came from, kind) of a survey item exactly as the official
    layer's score used it (frozen with a finished layer)."""
    if resmi is None:
        return None, "", "lke"
    lapisan = _sekali(memo, ("lapisan", resmi.lapisan), lambda: str(Lapisan(resmi.lapisan).label))
    h = resmi.survei(kode)
    if h is None:  # a snapshot from before the sources were stored
        return dari_poin, lapisan, "lke"
    sumber = _sekali(memo, ("sumber", lapisan, h), lambda: f"{lapisan}: {h.keterangan}")
    return h.nilai, sumber, JENIS_SUMBER.get(h.jenis, "lke")


def _sel_area(no: str, nama: str, nilai, meta: MetaVersi, ada: bool) -> SelArea:
    persen = st.persen_bobot(nilai, meta.bobot_area[no]) if ada else None
    return SelArea(no, nama, persen, st.warna_persen(persen, meta.perbandingan))


def _baris(
    penilaian: Penilaian,
    lapisan: dict,
    meta: MetaVersi | None,
    survei: Survei | None,
    ringkas: "BarisRingkas",
    memo: dict,
) -> BarisUnit:
    resmi = skor_resmi(lapisan)
    nama_area = meta.nama_area if meta else {}
    area = []
    for no, nama in nama_area.items():
        nilai = resmi.area.get(no) if resmi else None
        # Many units share an area's value: its share and colour are worked out once
        # (keyed on the Fraction's terms: hashing a Fraction is slow).
        kunci = ("area", no, resmi is None, None if nilai is None else nilai.as_integer_ratio())
        area.append(
            _sekali(
                memo,
                kunci,
                lambda no=no, nama=nama, nilai=nilai: _sel_area(
                    no, nama, nilai, meta, resmi is not None
                ),
            )
        )
    status = resmi.status if resmi else st.KOSONG
    gagal_wbk, gagal_wbbm = (resmi.gagal_wbk, resmi.gagal_wbbm) if resmi else ((), ())
    rinci = resmi.hasil_rinci if resmi else {}
    ipak, ipak_sumber, jenis_ipak = _indeks_resmi(
        resmi, "B.I.a", meta.indeks(rinci.get("ipak"), meta.bobot_ipak) if meta else None, memo
    )
    ipkp, ipkp_sumber, jenis_ipkp = _indeks_resmi(
        resmi,
        "B.II.a",
        meta.indeks(rinci.get("pelayanan_prima"), meta.bobot_ipkp) if meta else None,
        memo,
    )
    return BarisUnit(
        penilaian=penilaian,
        satker=penilaian.satker,
        tahun=penilaian.periode.tahun,
        mandiri=lapisan.get(Lapisan.MANDIRI),
        evaluator=skor_evaluator(lapisan),
        resmi=resmi,
        area=area,
        ipak=ipak,
        ipak_sumber=ipak_sumber,
        ipkp=ipkp,
        ipkp_sumber=ipkp_sumber,
        sumber_indeks=jenis_ipak if jenis_ipak != "lke" else jenis_ipkp,
        responden=survei.responden if survei else None,
        target=survei.target if survei else None,
        bukti=ringkas.bukti,
        jumlah_pertanyaan=meta.jumlah_pertanyaan if meta else 0,
        predikat=status,
        gagal=list(
            _sekali(
                memo,
                ("gagal", status, gagal_wbk, gagal_wbbm),
                lambda: st.kriteria_gagal(status, gagal_wbk, gagal_wbbm, nama_area),
            )
        ),
        terlambat=ringkas.terlambat,  # worked out once, with the light row
    )


@dataclass
class BarisRingkas:
    """What filtering, sorting and the summary cards need of one unit, read for every
    unit of the period: the layers' totals and verdicts (snapshot columns, no JSON to
    decode), evidence count and lateness. `BarisUnit` has the same fields, so
    `saring_baris` and `kartu_ringkasan` take either."""

    penilaian: Penilaian
    satker: Satker
    mandiri: Skor | None
    evaluator: Skor | None
    resmi: Skor | None
    bukti: int
    predikat: str
    terlambat: str  # "" | "mandiri" | "reviu"


def baris_ringkas(*, user, periode: Periode) -> list[BarisRingkas]:
    """One light row per unit of the period that the user may read, ordered by name:
    four queries whatever the number of units (assessments, finished layers, snapshot
    totals, evidence counts)."""
    lingkup = lingkup_pengguna(user)
    penilaian = Penilaian.objects.filter(periode=periode).select_related("satker")
    if not lingkup.semua:
        penilaian = penilaian.filter(satker_id__in=lingkup.baca)
    penilaian = list(penilaian.order_by("satker__nama"))
    skor = skor_per_penilaian(ringan=True, periode=periode)
    bukti = kelengkapan_bukti(penilaian_ids=[p.pk for p in penilaian])
    hari_ini = timezone.localdate()
    baris = []
    for p in penilaian:
        p.periode = periode  # one period object for all rows, not a thousand copies of it
        lapisan = skor.get(p.pk, {})
        resmi = skor_resmi(lapisan)
        baris.append(
            BarisRingkas(
                penilaian=p,
                satker=p.satker,
                mandiri=lapisan.get(Lapisan.MANDIRI),
                evaluator=skor_evaluator(lapisan),
                resmi=resmi,
                bukti=bukti.get(p.pk, 0),
                predikat=resmi.status if resmi else st.KOSONG,
                terlambat=terlambat(p, periode, hari_ini),
            )
        )
    return baris


def baris_lengkap(ringkas: list[BarisRingkas], *, periode: Periode) -> list[BarisUnit]:
    """The full rows (areas, indices and their sources, survey respondents,
    prerequisites, earlier years) of these light rows, in their order: a constant
    number of queries, the work growing with the rows asked for (one page of the
    overview), not with the units of the period. Snapshots, finished layers and the
    instrument (five), the survey summary (the survey app's own constant number) and
    the prerequisites (four)."""
    penilaian = [r.penilaian for r in ringkas]
    satker_ids = [p.satker_id for p in penilaian]
    tahun_per_satker, skor = tren_satker(satker_ids, periode=periode)
    meta = meta_versi([periode.versi_id]).get(periode.versi_id)
    survei = survei_per_satker(
        satker_ids=satker_ids,
        tahun=periode.tahun,
        mulai=periode.survei_mulai,
        selesai=periode.survei_selesai,
    )
    from dasbor.selectors.unit import prasyarat_banyak  # it builds on this module

    dinilai = {p.pk: getattr(skor_resmi(skor.get(p.pk, {})), "lapisan", None) for p in penilaian}
    prasyarat = prasyarat_banyak(penilaian=penilaian, lapisan=dinilai)
    memo = {}
    baris = []
    for r in ringkas:
        p = r.penilaian
        b = _baris(p, skor.get(p.pk, {}), meta, survei.get(p.satker_id), r, memo)
        b.prasyarat = prasyarat[p.pk][1]
        for tahun, pk in tahun_per_satker.get(p.satker_id, []):
            resmi = skor_resmi(skor.get(pk, {}))
            if ada_nilai(resmi):
                b.tren.append((tahun, resmi.total, resmi.status))
        baris.append(b)
    return baris


def baris_periode(*, user, periode: Periode) -> list[BarisUnit]:
    """Every unit's full row (the recap workbook, which lists them all)."""
    return baris_lengkap(baris_ringkas(user=user, periode=periode), periode=periode)


def _kunci_urut(urut: str):
    tahap = {s: i for i, s in enumerate(Penilaian.Status.values)}
    predikat = {s: i for i, s in enumerate(st.STATUS_PREDIKAT)}

    def total(skor):
        return skor.total if skor else Fraction(-1)

    return {
        "nama": lambda b: b.satker.nama.lower(),
        "kode": lambda b: b.satker.kode,
        "jenis": lambda b: (b.satker.get_jenis_display(), b.satker.nama.lower()),
        "tahap": lambda b: (tahap.get(b.penilaian.status, 99), b.satker.nama.lower()),
        "mandiri": lambda b: -total(b.mandiri),
        "evaluator": lambda b: -total(b.evaluator),
        "total": lambda b: -total(b.resmi),
        "bukti": lambda b: -b.bukti,
        "predikat": lambda b: (predikat[b.predikat], -total(b.resmi)),
    }.get(urut)


def saring_baris(
    baris: list[BarisUnit],
    *,
    jenis: str = "",
    tahap: str = "",
    predikat: str = "",
    cari: str = "",
    urut: str = "nama",
    terlambat: str = "",
) -> list[BarisUnit]:
    """The rows a filter asks for, sorted (in memory: the rows are already loaded).
    `terlambat`: "mandiri" or "reviu" for that lateness, any other non-empty value for
    either."""
    cari = cari.strip().lower()
    hasil = [
        b
        for b in baris
        if (not jenis or b.satker.jenis == jenis)
        and (not tahap or b.penilaian.status == tahap)
        and (not predikat or b.predikat == predikat)
        and (not cari or cari in b.satker.nama.lower() or cari in b.satker.kode.lower())
        and (not terlambat or b.terlambat == terlambat or (b.terlambat and terlambat == "1"))
    ]
    kunci = _kunci_urut(urut) or _kunci_urut("nama")
    return sorted(hasil, key=kunci)


@dataclass(frozen=True)
class Kartu:
    jumlah: int
    per_predikat: list  # [(kode, label, warna, n)]
    per_tahap: list  # [(kode, label, n)]
    terlambat_mandiri: int
    terlambat_reviu: int
    kemajuan: Fraction  # mean share of questions answered by the units, %
    final: int


def kartu_ringkasan(baris: list[BarisUnit]) -> Kartu:
    predikat = defaultdict(int)
    tahap = defaultdict(int)
    for b in baris:
        predikat[b.predikat] += 1
        tahap[b.penilaian.status] += 1
    terjawab = [
        Fraction(b.mandiri.terjawab * 100, b.mandiri.jumlah_pertanyaan)
        if b.mandiri and b.mandiri.jumlah_pertanyaan
        else NOL
        for b in baris
    ]
    return Kartu(
        jumlah=len(baris),
        per_predikat=[
            (k, str(label), st.WARNA_PREDIKAT[k], predikat[k])
            for k, label in st.STATUS_PREDIKAT.items()
        ],
        per_tahap=[(k, str(label), tahap[k]) for k, label in Penilaian.Status.choices],
        terlambat_mandiri=sum(b.terlambat == "mandiri" for b in baris),
        terlambat_reviu=sum(b.terlambat == "reviu" for b in baris),
        kemajuan=sum(terjawab, NOL) / len(terjawab) if terjawab else NOL,
        final=tahap[Penilaian.Status.FINAL],
    )


# --- Periods and Kanwil ------------------------------------------------------------------


def periode_untuk_pengguna(*, user):
    """Periods of the Kanwil the user reads (administrators and auditors of a Kanwil)."""
    lingkup = lingkup_pengguna(user)
    qs = Periode.objects.select_related("kanwil")
    if not lingkup.semua:
        qs = qs.filter(kanwil_id__in=lingkup.baca)
    return qs.order_by("-tahun", "kanwil__nama")


@dataclass(frozen=True)
class BarisKanwil:
    periode: Periode
    jumlah: int
    per_predikat: dict  # status -> n
    rata_total: Fraction | None
    terlambat: int
    final: int


def baris_nasional(*, user, tahun: int) -> list[BarisKanwil]:
    """One row per Kanwil for a year (national administrators): four queries."""
    periode = list(periode_untuk_pengguna(user=user).filter(tahun=tahun))
    penilaian = list(
        Penilaian.objects.filter(periode__in=periode).only("pk", "status", "periode_id")
    )
    skor = skor_per_penilaian(ringan=True, periode__in=periode)
    hari_ini = timezone.localdate()
    per_periode = {p.pk: p for p in periode}
    data = defaultdict(
        lambda: {"n": 0, "pred": defaultdict(int), "total": [], "telat": 0, "final": 0}
    )
    for p in penilaian:
        d = data[p.periode_id]
        resmi = skor_resmi(skor.get(p.pk, {}))
        d["n"] += 1
        d["pred"][resmi.status if resmi else st.KOSONG] += 1
        if resmi:
            d["total"].append(resmi.total)
        d["telat"] += bool(terlambat(p, per_periode[p.periode_id], hari_ini))
        d["final"] += p.status == Penilaian.Status.FINAL
    return [
        BarisKanwil(
            periode=p,
            jumlah=data[p.pk]["n"],
            per_predikat=dict(data[p.pk]["pred"]),
            rata_total=sum(data[p.pk]["total"], NOL) / len(data[p.pk]["total"])
            if data[p.pk]["total"]
            else None,
            terlambat=data[p.pk]["telat"],
            final=data[p.pk]["final"],
        )
        for p in sorted(periode, key=lambda p: p.kanwil.nama)
    ]
