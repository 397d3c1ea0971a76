"""Reads of assessments, answers, progress and stored scores. Every list is already
filtered to the user's scope; every page's reads take a constant number of queries."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Q, QuerySet

from penilaian.models import (
    Area,
    Jawaban,
    Komentar,
    Lapisan,
    Penilaian,
    PenugasanEvaluator,
    Periode,
    Pertanyaan,
    RiwayatStatus,
    SkorSnapshot,
    TautanBukti,
)
from satker.lingkup import lingkup_pengguna


def penilaian_untuk_pengguna(*, user, periode: Periode | None = None) -> QuerySet[Penilaian]:
    """Assessments of units in the user's scope, plus those it is assigned to evaluate."""
    daftar = Penilaian.objects.select_related("periode__kanwil", "satker")
    if periode is not None:
        daftar = daftar.filter(periode=periode)
    lingkup = lingkup_pengguna(user)
    if lingkup.semua:
        return daftar
    if not user.is_authenticated:
        return daftar.none()
    ditugaskan = PenugasanEvaluator.objects.filter(evaluator=user).values("penilaian_id")
    return daftar.filter(Q(satker_id__in=lingkup.baca) | Q(pk__in=ditugaskan))


def periode_untuk_pengguna(*, user) -> QuerySet[Periode]:
    """Periods with at least one assessment the user may read, or of a Kanwil it runs."""
    lingkup = lingkup_pengguna(user)
    daftar = Periode.objects.select_related("kanwil", "versi").annotate(
        jumlah_penilaian=Count("penilaian", distinct=True)
    )
    if lingkup.semua:
        return daftar
    terlihat = penilaian_untuk_pengguna(user=user).values("periode_id")
    return daftar.filter(Q(pk__in=terlihat) | Q(kanwil_id__in=lingkup.kanwil_dikelola))


def jawaban_per_lapisan(*, penilaian: Penilaian, lapisan: str) -> dict[str, object]:
    """{question code: raw answer} of one layer; unanswered questions are left out."""
    return dict(
        Jawaban.objects.filter(penilaian=penilaian, lapisan=lapisan, nilai__isnull=False)
        .values_list("pertanyaan__kode", "nilai")
        .order_by()
    )


def area_daftar(*, versi_id: int) -> list[Area]:
    return list(Area.objects.filter(versi_id=versi_id).order_by("urutan"))


def skor_per_lapisan(*, penilaian: Penilaian) -> dict[str, SkorSnapshot]:
    return {s.lapisan: s for s in SkorSnapshot.objects.filter(penilaian=penilaian)}


def riwayat_status(*, penilaian: Penilaian) -> QuerySet[RiwayatStatus]:
    return RiwayatStatus.objects.filter(penilaian=penilaian).select_related("oleh")


def bukti_ringkas_per_pertanyaan(*, penilaian: Penilaian, pertanyaan_ids=None) -> dict:
    """{pertanyaan_id: [evidence titles]} from TautanBukti (deleted evidence left out)."""
    tautan = TautanBukti.objects.filter(penilaian=penilaian, bukti__dihapus_pada__isnull=True)
    if pertanyaan_ids is not None:
        tautan = tautan.filter(pertanyaan_id__in=pertanyaan_ids)
    hasil = defaultdict(list)
    for pertanyaan_id, judul in tautan.values_list("pertanyaan_id", "bukti__judul").order_by(
        "ditautkan_pada", "pk"
    ):
        hasil[pertanyaan_id].append(judul)
    return hasil


def komentar_per_pertanyaan(*, penilaian: Penilaian, pertanyaan_ids=None) -> dict:
    komentar = Komentar.objects.filter(penilaian=penilaian).select_related("penulis")
    if pertanyaan_ids is not None:
        komentar = komentar.filter(pertanyaan_id__in=pertanyaan_ids)
    hasil = defaultdict(list)
    for k in komentar:
        hasil[k.pertanyaan_id].append(k)
    return hasil


@dataclass
class BarisPertanyaan:
    """One question of the worksheet with what every layer said about it."""

    pertanyaan: Pertanyaan
    jawaban: dict = field(default_factory=dict)  # lapisan -> Jawaban
    bukti: list = field(default_factory=list)  # titles
    komentar: list = field(default_factory=list)

    @property
    def milik_unit(self) -> Jawaban | None:
        return self.jawaban.get(Lapisan.MANDIRI)

    def nilai(self, lapisan: str):
        j = self.jawaban.get(lapisan)
        return None if j is None else j.nilai


@dataclass
class BlokSubArea:
    kode: str
    nama: str
    aspek: str
    baris: list = field(default_factory=list)


def lembar_kerja(*, penilaian: Penilaian, area: Area | None) -> list[BlokSubArea]:
    """The questions of one area (None: of every area, in order), grouped by sub-area as
    the LKE reads, with each layer's answer, evidence titles and the comment thread.
    Five queries whatever the size."""
    if area is None:
        pertanyaan = Pertanyaan.objects.filter(versi_id=penilaian.periode.versi_id)
    else:
        pertanyaan = Pertanyaan.objects.filter(subarea__area=area)
    pertanyaan = list(
        pertanyaan.select_related("subarea").order_by(
            "subarea__area__urutan", "subarea__urutan", "urutan"
        )
    )
    ids = [p.pk for p in pertanyaan]
    jawaban = defaultdict(dict)
    for j in Jawaban.objects.filter(penilaian=penilaian, pertanyaan_id__in=ids):
        jawaban[j.pertanyaan_id][j.lapisan] = j
    bukti = bukti_ringkas_per_pertanyaan(penilaian=penilaian, pertanyaan_ids=ids)
    komentar = komentar_per_pertanyaan(penilaian=penilaian, pertanyaan_ids=ids)
    blok: dict[int, BlokSubArea] = {}
    for p in pertanyaan:
        sub = p.subarea
        if sub.pk not in blok:
            blok[sub.pk] = BlokSubArea(kode=sub.kode, nama=sub.nama, aspek=sub.aspek)
        blok[sub.pk].baris.append(
            BarisPertanyaan(
                pertanyaan=p,
                jawaban=jawaban.get(p.pk, {}),
                bukti=bukti.get(p.pk, []),
                komentar=komentar.get(p.pk, []),
            )
        )
    return list(blok.values())


@dataclass
class Kemajuan:
    kode: str
    nama: str
    jumlah: int = 0
    terjawab: int = 0
    berbukti: int = 0

    @property
    def persen_terjawab(self) -> int:
        return round(self.terjawab * 100 / self.jumlah) if self.jumlah else 0

    @property
    def persen_berbukti(self) -> int:
        return round(self.berbukti * 100 / self.jumlah) if self.jumlah else 0


def kemajuan(*, penilaian: Penilaian, lapisan: str = Lapisan.MANDIRI) -> list[Kemajuan]:
    """Answered questions and questions with evidence, per area, then the whole
    (last row, kode "semua"). Four queries."""
    areas = area_daftar(versi_id=penilaian.periode.versi_id)
    per_area = {a.pk: Kemajuan(kode=a.kode, nama=a.nama) for a in areas}
    semua = Kemajuan(kode="semua", nama="")
    terjawab = set(
        Jawaban.objects.filter(
            penilaian=penilaian, lapisan=lapisan, nilai__isnull=False
        ).values_list("pertanyaan_id", flat=True)
    )
    berbukti = set(
        TautanBukti.objects.filter(
            penilaian=penilaian, bukti__dihapus_pada__isnull=True
        ).values_list("pertanyaan_id", flat=True)
    )
    for pk, area_id in Pertanyaan.objects.filter(versi_id=penilaian.periode.versi_id).values_list(
        "pk", "subarea__area_id"
    ):
        for k in (per_area[area_id], semua):
            k.jumlah += 1
            k.terjawab += pk in terjawab
            k.berbukti += pk in berbukti
    return [*per_area.values(), semua]


def jumlah_berbeda(*, penilaian: Penilaian, lapisan: str) -> int:
    """How many questions the layer answered differently from the unit (one query)."""
    per_pertanyaan = defaultdict(dict)
    for pertanyaan_id, nama, nilai in Jawaban.objects.filter(
        penilaian=penilaian, lapisan__in=[Lapisan.MANDIRI, lapisan], nilai__isnull=False
    ).values_list("pertanyaan_id", "lapisan", "nilai"):
        per_pertanyaan[pertanyaan_id][nama] = nilai
    return sum(
        1
        for nilai in per_pertanyaan.values()
        if lapisan in nilai and nilai[lapisan] != nilai.get(Lapisan.MANDIRI)
    )


def catatan_area_per_lapisan(*, penilaian: Penilaian, area_id: int | None = None) -> dict:
    """{(lapisan, area_id): CatatanArea} of the evaluator layers (one query); `area_id`
    narrows it to one area."""
    from penilaian.models import CatatanArea

    daftar = CatatanArea.objects.filter(penilaian=penilaian)
    if area_id is not None:
        daftar = daftar.filter(area_id=area_id)
    return {(c.lapisan, c.area_id): c for c in daftar}


@dataclass
class PertanyaanTindak:
    """A question the unit has to act on, with where to find it on the worksheet and,
    for a returned one, each evaluator layer's note on it."""

    kode: str
    teks: str
    area_kode: str
    catatan: list = field(default_factory=list)  # [(layer label, note)]


def _catatan_evaluator(penilaian: Penilaian, pertanyaan_ids) -> dict:
    """{pertanyaan_id: [(layer label, note)]} of the evaluator layers (one query)."""
    hasil = defaultdict(list)
    for pertanyaan_id, lapisan, narasi in (
        Jawaban.objects.filter(penilaian=penilaian, pertanyaan_id__in=pertanyaan_ids)
        .exclude(lapisan=Lapisan.MANDIRI)
        .exclude(narasi="")
        .values_list("pertanyaan_id", "lapisan", "narasi")
        .order_by("lapisan")
    ):
        hasil[pertanyaan_id].append((Lapisan(lapisan).label, narasi))
    return hasil


def pertanyaan_dikembalikan(*, penilaian: Penilaian) -> list[PertanyaanTindak]:
    """The questions an evaluator returned for the unit to fix (still marked), in LKE
    order, each with the evaluators' notes. Two queries."""
    baris = list(
        Jawaban.objects.filter(penilaian=penilaian, lapisan=Lapisan.MANDIRI, perlu_revisi=True)
        .order_by("pertanyaan__urutan")
        .values_list(
            "pertanyaan_id",
            "pertanyaan__kode",
            "pertanyaan__teks",
            "pertanyaan__subarea__area__kode",
        )
    )
    catatan = _catatan_evaluator(penilaian, [b[0] for b in baris]) if baris else {}
    return [
        PertanyaanTindak(kode=kode, teks=teks, area_kode=area, catatan=catatan.get(pk, []))
        for pk, kode, teks, area in baris
    ]


def pertanyaan_belum_dijawab(*, penilaian: Penilaian) -> list[PertanyaanTindak]:
    """The questions the unit has not answered (as alur.jumlah_belum_terjawab counts
    them), in LKE order. One query."""
    terjawab = Jawaban.objects.filter(
        penilaian=penilaian, lapisan=Lapisan.MANDIRI, nilai__isnull=False
    ).values("pertanyaan_id")
    return [
        PertanyaanTindak(kode=kode, teks=teks, area_kode=area)
        for kode, teks, area in Pertanyaan.objects.filter(versi_id=penilaian.periode.versi_id)
        .exclude(pk__in=terjawab)
        .order_by("urutan")
        .values_list("kode", "teks", "subarea__area__kode")
    ]
