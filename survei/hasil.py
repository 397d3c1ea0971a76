"""Reads for the results page of one unit and survey window: item means, breakdowns and
suggestions. A fixed number of queries whatever the number of responses: figures come
from the day aggregates (survei.rekap), only the latest suggestions from responses."""

from collections import defaultdict
from dataclasses import dataclass
from fractions import Fraction

from django.db.models import Sum

from survei.indeks import AgregatVersi, hitung_skm, indeks_persepsi, nrr
from survei.models import Kuesioner, Profil, RekapButir, RekapRespons, Respons
from survei.selectors import jendela_tahun, ringkasan_survei_satker


@dataclass(frozen=True)
class RerataButir:
    kode: str
    teks_id: str
    teks_en: str
    versi: int
    skala_maks: int
    rerata: Fraction
    jumlah: int


@dataclass(frozen=True)
class Kelompok:
    label: str
    responden: int
    nilai: Fraction | None  # 0-4 index (SPKP/SPAK) or SKM score


def hasil_survei(*, satker, tahun: int, mulai=None, selesai=None) -> dict:
    """Responses dated in [mulai, selesai] (default: the calendar year `tahun`)."""
    if mulai is None or selesai is None:
        mulai, selesai = jendela_tahun(tahun)
    ringkasan = ringkasan_survei_satker(
        satker_ids=[satker.pk], tahun=tahun, mulai=mulai, selesai=selesai
    )[satker.pk]
    jendela = {"tanggal__gte": mulai, "tanggal__lte": selesai}
    butir = defaultdict(list)
    for r in (
        RekapButir.objects.filter(satker=satker, **jendela)
        .values(
            "versi__kuesioner__jenis",
            "versi__nomor",
            "versi__skala_maks",
            "butir__kode",
            "butir__urutan",
            "butir__teks_id",
            "butir__teks_en",
        )
        .annotate(s=Sum("jumlah"), n=Sum("banyak"))
        .order_by("versi__nomor", "butir__urutan")
    ):
        butir[r["versi__kuesioner__jenis"]].append(
            RerataButir(
                kode=r["butir__kode"],
                teks_id=r["butir__teks_id"],
                teks_en=r["butir__teks_en"],
                versi=r["versi__nomor"],
                skala_maks=r["versi__skala_maks"],
                rerata=nrr(r["s"], r["n"]),
                jumlah=r["n"],
            )
        )
    label_jenis = dict(Profil.JenisResponden.choices)
    label_layanan = {x.pk: x.nama for x in satker.layanan_survei.all()}
    saran = list(
        Respons.objects.filter(satker=satker, **jendela)
        .exclude(saran="")
        .select_related("versi__kuesioner", "layanan")
        .order_by("-tanggal", "-id")[:200]
    )
    return {
        "ringkasan": ringkasan,
        "butir": dict(butir),
        "per_jenis_responden": _per_kelompok(satker, jendela, "jenis_responden", label_jenis),
        "per_layanan": _per_kelompok(satker, jendela, "layanan_kunci", label_layanan),
        "saran": saran,
    }


def _per_kelompok(satker, jendela: dict, kolom: str, label: dict) -> dict[str, list[Kelompok]]:
    """Respondents and index per group (respondent type or service: `layanan_kunci`, 0
    for none), per questionnaire, from the day aggregates."""
    responden = defaultdict(int)
    info = {}
    jumlah = defaultdict(lambda: [0, 0])
    for r in (
        RekapRespons.objects.filter(satker=satker, **jendela)
        .values(
            kolom,
            "versi_id",
            "versi__skala_maks",
            "versi__konversi",
            "versi__bobot_skm",
            "versi__kuesioner__jenis",
        )
        .annotate(n=Sum("responden"), s=Sum("jumlah"), b=Sum("banyak"))
        .order_by()
    ):
        kunci = (r[kolom] or None, r["versi_id"])
        responden[kunci] += r["n"]
        jumlah[kunci][0] += r["s"]
        jumlah[kunci][1] += r["b"]
        info[r["versi_id"]] = r
    unsur = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for r in (
        RekapButir.objects.filter(
            satker=satker, versi__kuesioner__jenis=Kuesioner.Jenis.SKM, **jendela
        )
        .values(kolom, "butir__kode")
        .annotate(s=Sum("jumlah"), n=Sum("banyak"))
        .order_by()
    ):
        unsur[r[kolom] or None][r["butir__kode"]][0] += r["s"]
        unsur[r[kolom] or None][r["butir__kode"]][1] += r["n"]
    hasil = defaultdict(list)
    for jenis in Kuesioner.Jenis.values:
        kelompok = sorted(
            {g for (g, v) in responden if info[v]["versi__kuesioner__jenis"] == jenis},
            key=lambda g: str(label.get(g, "")),
        )
        for g in kelompok:
            kunci = [(g, v) for (g2, v) in responden if g2 == g]
            kunci = [k for k in kunci if info[k[1]]["versi__kuesioner__jenis"] == jenis]
            n = sum(responden[k] for k in kunci)
            if jenis == Kuesioner.Jenis.SKM:
                bobot = info[kunci[-1][1]]["versi__bobot_skm"]
                skm = hitung_skm({k: tuple(v) for k, v in unsur[g].items()}, bobot=bobot)
                nilai = skm.nilai if skm else None
            else:
                nilai = indeks_persepsi(
                    AgregatVersi(
                        responden=responden[k],
                        jumlah=jumlah[k][0],
                        banyak=jumlah[k][1],
                        skala_maks=info[k[1]]["versi__skala_maks"],
                        konversi=info[k[1]]["versi__konversi"],
                    )
                    for k in kunci
                )
            nama = label.get(g) if g is not None else None
            hasil[jenis].append(Kelompok(label=str(nama or "—"), responden=n, nilai=nilai))
    return dict(hasil)


def konteks_hasil(*, satker, tahun: int, mulai=None, selesai=None) -> dict:
    """What the results page shows: `hasil_survei` plus chart data and labels."""
    from django.utils.translation import gettext as _

    data = hasil_survei(satker=satker, tahun=tahun, mulai=mulai, selesai=selesai)
    ringkasan = data["ringkasan"]
    jenis_kuesioner = [
        (j, str(label).split(" — ")[0])
        for j, label in Kuesioner.Jenis.choices
        if j in Kuesioner.JENIS_PUBLIK
    ]
    kurang = set()
    for jenis, _label in jenis_kuesioner:
        kurang |= ringkasan.layanan_kurang(jenis)
    nama_layanan = dict(satker.layanan_survei.values_list("pk", "nama"))
    grafik = {
        jenis: {
            "judul": label,
            "label": [b.kode for b in data["butir"].get(jenis, [])],
            "nilai": [float(b.rerata) for b in data["butir"].get(jenis, [])],
            "maks": max((b.skala_maks for b in data["butir"].get(jenis, [])), default=4),
        }
        for jenis, label in jenis_kuesioner
    }
    return {
        **data,
        "jenis_kuesioner": jenis_kuesioner,
        "layanan_kurang": sorted(nama_layanan[i] for i in kurang if i in nama_layanan),
        "rincian": [
            (_("Menurut jenis responden"), data["per_jenis_responden"]),
            (_("Menurut layanan"), data["per_layanan"]),
        ],
        "grafik": grafik,
    }
