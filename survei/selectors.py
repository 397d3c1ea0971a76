"""Reads for surveys. The LKE reads survey indices ONLY through `indeks_untuk_lke`;
the Kanwil dashboard reads many units at once through `ringkasan_survei_satker`.

Responses count by the day they were given (`tanggal`) inside a survey window
[mulai, selesai] the caller passes in: an assessment period has its own window (the
survey app knows nothing of periods), a survey page defaults to the calendar year.
External index values are kept per year."""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from fractions import Fraction

from django.db.models import Count, Max, QuerySet, Sum

from satker.lingkup import lingkup_pengguna
from satker.models import Satker
from survei.indeks import AgregatVersi, HasilSkm, hitung_skm, indeks_persepsi
from survei.models import (
    Butir,
    IndeksEksternal,
    Kuesioner,
    KuesionerVersi,
    Layanan,
    RekapButir,
    RekapRespons,
)

TARGET_RESPONDEN = 30  # per unit, period and questionnaire (ZI-DOMAIN.md)

# Enum `.values` builds a new list on every call; the per-unit loop reads this instead.
SEMUA_JENIS = tuple(Kuesioner.Jenis.values)

# Which questionnaire feeds which LKE index.
KUESIONER_INDEKS = {"ipkp": Kuesioner.Jenis.SPKP, "ipak": Kuesioner.Jenis.SPAK}


@dataclass(frozen=True)
class SumberIndeks:
    """Where an index value came from: the portal's own responses (with how many
    respondents), an external survey value (with its source), or nothing yet."""

    SURVEI = "survei"
    EKSTERNAL = "eksternal"
    KOSONG = "kosong"

    jenis: str
    responden: int = 0
    sumber: str = ""
    dokumen: str = ""

    @property
    def dari_survei(self) -> bool:
        return self.jenis == self.SURVEI

    @property
    def dari_eksternal(self) -> bool:
        return self.jenis == self.EKSTERNAL

    def __str__(self) -> str:
        from django.utils.translation import gettext as _

        if self.jenis == self.SURVEI:
            return _("Survei portal, %(n)s responden") % {"n": self.responden}
        if self.jenis == self.EKSTERNAL:
            teks = _("Nilai eksternal: %(sumber)s") % {"sumber": self.sumber}
            return f"{teks} ({self.dokumen})" if self.dokumen else teks
        return _("Belum ada data")


KOSONG = SumberIndeks(SumberIndeks.KOSONG)


@dataclass(frozen=True)
class RingkasanKuesioner:
    responden: int = 0
    layanan_tercakup: frozenset[int] = frozenset()


def jendela_tahun(tahun: int) -> tuple[datetime.date, datetime.date]:
    """The calendar year as a survey window (survey pages without a period)."""
    return datetime.date(tahun, 1, 1), datetime.date(tahun, 12, 31)


@dataclass(frozen=True)
class RingkasanSurvei:
    """One unit's survey state for one survey window (and the external values of a year)."""

    tahun: int
    target: int
    layanan_aktif: frozenset[int]
    per_kuesioner: dict[str, RingkasanKuesioner]
    ipkp: tuple[Fraction | None, SumberIndeks]
    ipak: tuple[Fraction | None, SumberIndeks]
    skm: HasilSkm | None
    ipkp_survei: Fraction | None = None  # the portal's own value even when external is used
    ipak_survei: Fraction | None = None
    # index name -> lingkup ("unit" | "kanwil") -> the external value of that scope
    eksternal: dict[str, dict[str, IndeksEksternal]] = field(default_factory=dict)
    mulai: datetime.date | None = None
    selesai: datetime.date | None = None

    def responden(self, jenis: str) -> int:
        return self.per_kuesioner.get(jenis, RingkasanKuesioner()).responden

    def layanan_kurang(self, jenis: str) -> frozenset[int]:
        tercakup = self.per_kuesioner.get(jenis, RingkasanKuesioner()).layanan_tercakup
        return self.layanan_aktif - tercakup

    def memenuhi_target(self, jenis: str) -> bool:
        return self.responden(jenis) >= self.target and not self.layanan_kurang(jenis)


def ringkasan_survei_satker(
    *,
    satker_ids,
    tahun: int,
    mulai: datetime.date | None = None,
    selesai: datetime.date | None = None,
) -> dict[int, RingkasanSurvei]:
    """Respondents, target and indices for many units in four queries, whatever their
    number or the number of responses (read from the day aggregates, survei.rekap):
    responses dated inside [mulai, selesai] (default: the calendar year `tahun`),
    external values of `tahun`. Units without any data are present with empty values."""
    satker_ids = list(satker_ids)
    bawaan = jendela_tahun(tahun)
    mulai, selesai = mulai or bawaan[0], selesai or bawaan[1]
    dalam_jendela = {"tanggal__gte": mulai, "tanggal__lte": selesai}
    per_versi = defaultdict(dict)  # satker -> versi id -> respondents
    info_versi = {}
    responden = defaultdict(lambda: defaultdict(int))  # satker -> jenis -> n
    tercakup = defaultdict(lambda: defaultdict(set))  # satker -> jenis -> layanan ids
    jumlah = defaultdict(lambda: defaultdict(lambda: [0, 0]))  # satker -> versi -> [sum, n]
    # The day aggregates kept with every response (survei.rekap), never the raw answers.
    baris = (
        RekapRespons.objects.filter(satker_id__in=satker_ids, **dalam_jendela)
        .values(
            "satker_id",
            "versi_id",
            "layanan_kunci",
            "versi__nomor",
            "versi__skala_maks",
            "versi__konversi",
            "versi__bobot_skm",
            "versi__kuesioner__jenis",
        )
        .annotate(n=Sum("responden"), s=Sum("jumlah"), b=Sum("banyak"))
        .order_by()
    )
    for r in baris:
        jenis = r["versi__kuesioner__jenis"]
        info_versi[r["versi_id"]] = r
        per_versi[r["satker_id"]].setdefault(r["versi_id"], 0)
        per_versi[r["satker_id"]][r["versi_id"]] += r["n"]
        responden[r["satker_id"]][jenis] += r["n"]
        jumlah[r["satker_id"]][r["versi_id"]][0] += r["s"]
        jumlah[r["satker_id"]][r["versi_id"]][1] += r["b"]
        if r["layanan_kunci"]:
            tercakup[r["satker_id"]][jenis].add(r["layanan_kunci"])
    per_unsur = defaultdict(lambda: defaultdict(lambda: [0, 0]))  # satker -> kode -> [sum, n]
    skor = (
        RekapButir.objects.filter(
            satker_id__in=satker_ids,
            versi__kuesioner__jenis=Kuesioner.Jenis.SKM,
            **dalam_jendela,
        )
        .values("satker_id", "butir__kode")
        .annotate(s=Sum("jumlah"), n=Sum("banyak"))
        .order_by()
    )
    for r in skor:
        per_unsur[r["satker_id"]][r["butir__kode"]][0] += r["s"]
        per_unsur[r["satker_id"]][r["butir__kode"]][1] += r["n"]
    eksternal = defaultdict(lambda: defaultdict(dict))
    for e in IndeksEksternal.objects.filter(satker_id__in=satker_ids, tahun=tahun):
        eksternal[e.satker_id][e.jenis][e.lingkup] = e
    layanan = defaultdict(set)
    for satker_id, layanan_id in Layanan.objects.filter(
        satker_id__in=satker_ids, aktif=True
    ).values_list("satker_id", "pk"):
        layanan[satker_id].add(layanan_id)

    hasil = {}
    for satker_id in satker_ids:
        indeks_survei = {}
        for nama, jenis in KUESIONER_INDEKS.items():
            agregat = [
                AgregatVersi(
                    responden=n,
                    jumlah=jumlah[satker_id][versi_id][0],
                    banyak=jumlah[satker_id][versi_id][1],
                    skala_maks=info_versi[versi_id]["versi__skala_maks"],
                    konversi=info_versi[versi_id]["versi__konversi"],
                )
                for versi_id, n in per_versi[satker_id].items()
                if info_versi[versi_id]["versi__kuesioner__jenis"] == jenis
            ]
            indeks_survei[nama] = indeks_persepsi(agregat)
        versi_skm = [
            info_versi[v]
            for v in per_versi[satker_id]
            if info_versi[v]["versi__kuesioner__jenis"] == Kuesioner.Jenis.SKM
        ]
        skm = None
        if versi_skm:
            terbaru = max(versi_skm, key=lambda r: r["versi__nomor"])
            skm = hitung_skm(
                {k: tuple(v) for k, v in per_unsur[satker_id].items()},
                bobot=terbaru["versi__bobot_skm"],
            )
        per_kuesioner = {
            jenis: RingkasanKuesioner(
                responden=responden[satker_id][jenis],
                layanan_tercakup=frozenset(tercakup[satker_id][jenis]),
            )
            for jenis in SEMUA_JENIS
        }
        pilihan = {
            nama: _pilih_indeks(
                indeks_survei[nama],
                responden[satker_id][jenis],
                eksternal[satker_id].get(nama, {}),
            )
            for nama, jenis in KUESIONER_INDEKS.items()
        }
        hasil[satker_id] = RingkasanSurvei(
            tahun=tahun,
            target=TARGET_RESPONDEN,
            layanan_aktif=frozenset(layanan[satker_id]),
            per_kuesioner=per_kuesioner,
            ipkp=pilihan["ipkp"],
            ipak=pilihan["ipak"],
            skm=skm,
            ipkp_survei=indeks_survei["ipkp"],
            ipak_survei=indeks_survei["ipak"],
            eksternal={k: dict(v) for k, v in eksternal[satker_id].items()},
            mulai=mulai,
            selesai=selesai,
        )
    return hasil


def _pilih_indeks(dari_survei, responden, eksternal: dict) -> tuple:
    """What a survey page shows as the unit's index: an external value, when one was
    entered, wins (the Kanwil's over the unit's); otherwise the portal's survey. The LKE
    decides per layer which of these it may use (penilaian.selectors.hasil)."""
    pilihan = eksternal.get(IndeksEksternal.Lingkup.KANWIL) or eksternal.get(
        IndeksEksternal.Lingkup.UNIT
    )
    if pilihan is not None:
        return Fraction(pilihan.nilai), SumberIndeks(
            SumberIndeks.EKSTERNAL, sumber=pilihan.sumber, dokumen=pilihan.dokumen
        )
    if dari_survei is None:
        return None, KOSONG
    return dari_survei, SumberIndeks(SumberIndeks.SURVEI, responden=responden)


@dataclass(frozen=True)
class IndeksLke:
    """Everything the LKE may use for one index (IPAK or IPKP) of a unit and period: the
    portal's own index from the responses in the window with their number, and the
    external values of the year by scope. `penilaian.selectors.hasil` chooses per layer."""

    survei: Fraction | None
    responden: int
    mulai: datetime.date
    selesai: datetime.date
    eksternal: dict[str, IndeksEksternal]  # lingkup -> value


def indeks_untuk_lke(
    *,
    satker,
    tahun: int,
    mulai: datetime.date | None = None,
    selesai: datetime.date | None = None,
) -> dict[str, IndeksLke]:
    """The LKE's hasil inputs {"ipak": IndeksLke, "ipkp": IndeksLke}: responses dated in
    [mulai, selesai] (the period's survey window; the calendar year `tahun` when not
    given), external values of `tahun`. Indices are exact (Fraction) on 0-4; the caller
    rounds for display only."""
    satker_id = getattr(satker, "pk", satker)
    bawaan = jendela_tahun(tahun)
    mulai, selesai = mulai or bawaan[0], selesai or bawaan[1]
    r = ringkasan_survei_satker(satker_ids=[satker_id], tahun=tahun, mulai=mulai, selesai=selesai)[
        satker_id
    ]
    survei = {"ipak": r.ipak_survei, "ipkp": r.ipkp_survei}
    return {
        nama: IndeksLke(
            survei=survei[nama],
            responden=r.responden(jenis),
            mulai=mulai,
            selesai=selesai,
            eksternal=dict(r.eksternal.get(nama, {})),
        )
        for nama, jenis in KUESIONER_INDEKS.items()
    }


# ---- Questionnaires and versions ------------------------------------------------


def versi_terbit(jenis: str) -> KuesionerVersi | None:
    """The version the public form uses: the latest published one."""
    return (
        KuesionerVersi.objects.filter(kuesioner__jenis=jenis, status=KuesionerVersi.Status.TERBIT)
        .select_related("kuesioner")
        .order_by("-nomor")
        .first()
    )


def versi_terbit_semua() -> list[KuesionerVersi]:
    """The public questionnaires' current versions (the staff survey is not public)."""
    terbaru = (
        KuesionerVersi.objects.filter(
            status=KuesionerVersi.Status.TERBIT, kuesioner__jenis__in=Kuesioner.JENIS_PUBLIK
        )
        .values("kuesioner_id")
        .annotate(m=Max("nomor"))
    )
    kunci = {(r["kuesioner_id"], r["m"]) for r in terbaru}
    semua = KuesionerVersi.objects.filter(status=KuesionerVersi.Status.TERBIT).select_related(
        "kuesioner"
    )
    return sorted(
        (v for v in semua if (v.kuesioner_id, v.nomor) in kunci),
        key=lambda v: v.kuesioner.urutan,
    )


def kuesioner_dengan_versi() -> list[Kuesioner]:
    return list(
        Kuesioner.objects.prefetch_related("versi").annotate(
            jumlah_versi=Count("versi", distinct=True)
        )
    )


def versi_terkunci(versi: KuesionerVersi) -> bool:
    """A version with responses (public or staff) is never changed in place."""
    return versi.respons.exists() or versi.respons_internal.exists()


def butir_versi(versi: KuesionerVersi) -> QuerySet[Butir]:
    return versi.butir.order_by("urutan")


def layanan_satker(*, satker: Satker, aktif_saja: bool = True) -> QuerySet[Layanan]:
    qs = Layanan.objects.filter(satker=satker)
    return qs.filter(aktif=True) if aktif_saja else qs


def satker_survei_untuk_pengguna(*, user) -> QuerySet[Satker]:
    """Units whose survey results the user may read (own unit; a Kanwil: all its units)."""
    lingkup = lingkup_pengguna(user)
    qs = Satker.objects.filter(aktif=True).exclude(jenis=Satker.Jenis.KANWIL)
    if not lingkup.semua:
        qs = qs.filter(pk__in=lingkup.baca)
    return qs.select_related("induk").order_by("induk__nama", "nama")
