"""Reads for surveys. The LKE reads survey indices ONLY through `indeks_untuk_lke`;
the Kanwil dashboard reads many units at once through `ringkasan_survei_satker`."""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

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
    Respons,
    Skor,
)

TARGET_RESPONDEN = 30  # per unit, period and questionnaire (ZI-DOMAIN.md)

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
            return _("Nilai eksternal: %(sumber)s") % {"sumber": self.sumber}
        return _("Belum ada data")


KOSONG = SumberIndeks(SumberIndeks.KOSONG)


@dataclass(frozen=True)
class RingkasanKuesioner:
    responden: int = 0
    layanan_tercakup: frozenset[int] = frozenset()


@dataclass(frozen=True)
class RingkasanSurvei:
    """One unit's survey state for one year."""

    tahun: int
    target: int
    layanan_aktif: frozenset[int]
    per_kuesioner: dict[str, RingkasanKuesioner]
    ipkp: tuple[Decimal | None, SumberIndeks]
    ipak: tuple[Decimal | None, SumberIndeks]
    skm: HasilSkm | None
    ipkp_survei: Decimal | None = None  # the portal's own value even when external is used
    ipak_survei: Decimal | None = None
    eksternal: dict[str, IndeksEksternal] = field(default_factory=dict)

    def responden(self, jenis: str) -> int:
        return self.per_kuesioner.get(jenis, RingkasanKuesioner()).responden

    def layanan_kurang(self, jenis: str) -> frozenset[int]:
        tercakup = self.per_kuesioner.get(jenis, RingkasanKuesioner()).layanan_tercakup
        return self.layanan_aktif - tercakup

    def memenuhi_target(self, jenis: str) -> bool:
        return self.responden(jenis) >= self.target and not self.layanan_kurang(jenis)


def ringkasan_survei_satker(*, satker_ids, tahun: int) -> dict[int, RingkasanSurvei]:
    """Respondents, target and indices for many units in four queries, whatever
    their number. Units without any data are present with empty values."""
    satker_ids = list(satker_ids)
    per_versi = defaultdict(dict)  # satker -> versi id -> AgregatVersi fields
    info_versi = {}
    responden = defaultdict(lambda: defaultdict(int))  # satker -> jenis -> n
    tercakup = defaultdict(lambda: defaultdict(set))  # satker -> jenis -> layanan ids
    baris = (
        Respons.objects.filter(satker_id__in=satker_ids, tahun=tahun)
        .values(
            "satker_id",
            "versi_id",
            "layanan_id",
            "versi__nomor",
            "versi__skala_maks",
            "versi__konversi",
            "versi__bobot_skm",
            "versi__kuesioner__jenis",
        )
        .annotate(n=Count("id"))
        .order_by()
    )
    for r in baris:
        jenis = r["versi__kuesioner__jenis"]
        info_versi[r["versi_id"]] = r
        per_versi[r["satker_id"]].setdefault(r["versi_id"], 0)
        per_versi[r["satker_id"]][r["versi_id"]] += r["n"]
        responden[r["satker_id"]][jenis] += r["n"]
        if r["layanan_id"]:
            tercakup[r["satker_id"]][jenis].add(r["layanan_id"])
    jumlah = defaultdict(lambda: defaultdict(lambda: [0, 0]))  # satker -> versi -> [sum, n]
    per_unsur = defaultdict(lambda: defaultdict(lambda: [0, 0]))  # satker -> kode -> [sum, n]
    skor = (
        Skor.objects.filter(respons__satker_id__in=satker_ids, respons__tahun=tahun)
        .values("respons__satker_id", "respons__versi_id", "butir__kode")
        .annotate(s=Sum("nilai"), n=Count("id"))
        .order_by()
    )
    for r in skor:
        satker_id, versi_id = r["respons__satker_id"], r["respons__versi_id"]
        jumlah[satker_id][versi_id][0] += r["s"]
        jumlah[satker_id][versi_id][1] += r["n"]
        if info_versi[versi_id]["versi__kuesioner__jenis"] == Kuesioner.Jenis.SKM:
            per_unsur[satker_id][r["butir__kode"]][0] += r["s"]
            per_unsur[satker_id][r["butir__kode"]][1] += r["n"]
    eksternal = defaultdict(dict)
    for e in IndeksEksternal.objects.filter(satker_id__in=satker_ids, tahun=tahun):
        eksternal[e.satker_id][e.jenis] = e
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
            for jenis in Kuesioner.Jenis.values
        }
        pilihan = {
            nama: _pilih_indeks(
                indeks_survei[nama],
                responden[satker_id][jenis],
                eksternal[satker_id].get(nama),
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
            eksternal=dict(eksternal[satker_id]),
        )
    return hasil


def _pilih_indeks(dari_survei, responden, eksternal) -> tuple[Decimal | None, SumberIndeks]:
    """An external value, when one was entered, wins; otherwise the portal's survey."""
    if eksternal is not None:
        return Decimal(eksternal.nilai), SumberIndeks(
            SumberIndeks.EKSTERNAL, sumber=eksternal.sumber
        )
    if dari_survei is None:
        return None, KOSONG
    return dari_survei, SumberIndeks(SumberIndeks.SURVEI, responden=responden)


def indeks_untuk_lke(*, satker, tahun: int) -> dict:
    """The LKE's hasil inputs: {"ipak": (value or None, SumberIndeks), "ipkp": (...)}.

    Values are indices on 0-4 at full precision; the caller rounds for display only.
    """
    satker_id = getattr(satker, "pk", satker)
    ringkasan = ringkasan_survei_satker(satker_ids=[satker_id], tahun=tahun)[satker_id]
    return {"ipak": ringkasan.ipak, "ipkp": ringkasan.ipkp}


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
