"""The survey readers as they were before the day aggregates: every figure from the raw
responses. Kept only as the reference the aggregate readers must equal exactly
(tests/survei/test_rekap.py).

Reads for surveys. The LKE reads survey indices ONLY through `indeks_untuk_lke`;
the Kanwil dashboard reads many units at once through `ringkasan_survei_satker`.

Responses count by the day they were given (`tanggal`) inside a survey window
[mulai, selesai] the caller passes in: an assessment period has its own window (the
survey app knows nothing of periods), a survey page defaults to the calendar year.
External index values are kept per year."""

import datetime
from collections import defaultdict
from fractions import Fraction

from django.db.models import Count, Sum

from survei.indeks import AgregatVersi, hitung_skm, indeks_persepsi
from survei.models import IndeksEksternal, Kuesioner, Layanan, Respons, Skor
from survei.selectors import (
    KOSONG,
    KUESIONER_INDEKS,
    TARGET_RESPONDEN,
    IndeksLke,
    RingkasanKuesioner,
    RingkasanSurvei,
    SumberIndeks,
    jendela_tahun,
)


def ringkasan_survei_satker(
    *,
    satker_ids,
    tahun: int,
    mulai: datetime.date | None = None,
    selesai: datetime.date | None = None,
) -> dict[int, RingkasanSurvei]:
    """Respondents, target and indices for many units in four queries, whatever
    their number: responses dated inside [mulai, selesai] (default: the calendar year
    `tahun`), external values of `tahun`. Units without any data are present with
    empty values."""
    satker_ids = list(satker_ids)
    bawaan = jendela_tahun(tahun)
    mulai, selesai = mulai or bawaan[0], selesai or bawaan[1]
    dalam_jendela = {"tanggal__gte": mulai, "tanggal__lte": selesai}
    per_versi = defaultdict(dict)  # satker -> versi id -> AgregatVersi fields
    info_versi = {}
    responden = defaultdict(lambda: defaultdict(int))  # satker -> jenis -> n
    tercakup = defaultdict(lambda: defaultdict(set))  # satker -> jenis -> layanan ids
    baris = (
        Respons.objects.filter(satker_id__in=satker_ids, **dalam_jendela)
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
        Skor.objects.filter(
            respons__satker_id__in=satker_ids,
            respons__tanggal__gte=mulai,
            respons__tanggal__lte=selesai,
        )
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
            for jenis in Kuesioner.Jenis.values
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
    decides per layer which of these it may use (penilaian.hasil)."""
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
