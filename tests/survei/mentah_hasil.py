"""The results page's reader as it was before the day aggregates (raw responses), the
reference for tests/survei/test_rekap.py.

Reads for the results page of one unit and survey window: item means, breakdowns and
suggestions. A fixed number of queries whatever the number of responses."""

from collections import defaultdict

from django.db.models import Count, Sum

from survei.hasil import Kelompok, RerataButir
from survei.indeks import AgregatVersi, hitung_skm, indeks_persepsi, nrr
from survei.models import Kuesioner, Profil, Respons, Skor
from survei.selectors import jendela_tahun
from tests.survei.mentah_selectors import ringkasan_survei_satker


def hasil_survei(*, satker, tahun: int, mulai=None, selesai=None) -> dict:
    """Responses dated in [mulai, selesai] (default: the calendar year `tahun`)."""
    if mulai is None or selesai is None:
        mulai, selesai = jendela_tahun(tahun)
    ringkasan = ringkasan_survei_satker(
        satker_ids=[satker.pk], tahun=tahun, mulai=mulai, selesai=selesai
    )[satker.pk]
    jendela = {"tanggal__gte": mulai, "tanggal__lte": selesai}
    basis = Skor.objects.filter(
        respons__satker=satker, respons__tanggal__gte=mulai, respons__tanggal__lte=selesai
    )
    butir = defaultdict(list)
    for r in (
        basis.values(
            "respons__versi__kuesioner__jenis",
            "respons__versi__nomor",
            "respons__versi__skala_maks",
            "butir__kode",
            "butir__urutan",
            "butir__teks_id",
            "butir__teks_en",
        )
        .annotate(s=Sum("nilai"), n=Count("id"))
        .order_by("respons__versi__nomor", "butir__urutan")
    ):
        butir[r["respons__versi__kuesioner__jenis"]].append(
            RerataButir(
                kode=r["butir__kode"],
                teks_id=r["butir__teks_id"],
                teks_en=r["butir__teks_en"],
                versi=r["respons__versi__nomor"],
                skala_maks=r["respons__versi__skala_maks"],
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
        "per_layanan": _per_kelompok(satker, jendela, "layanan_id", label_layanan),
        "saran": saran,
    }


def _per_kelompok(satker, jendela: dict, kolom: str, label: dict) -> dict[str, list[Kelompok]]:
    """Respondents and index per group (respondent type or service), per questionnaire."""
    responden = defaultdict(int)
    info = {}
    for r in (
        Respons.objects.filter(satker=satker, **jendela)
        .values(
            kolom,
            "versi_id",
            "versi__skala_maks",
            "versi__konversi",
            "versi__bobot_skm",
            "versi__kuesioner__jenis",
        )
        .annotate(n=Count("id"))
        .order_by()
    ):
        responden[(r[kolom], r["versi_id"])] += r["n"]
        info[r["versi_id"]] = r
    jumlah = defaultdict(lambda: [0, 0])
    unsur = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for r in (
        Skor.objects.filter(
            respons__satker=satker, **{f"respons__{k}": v for k, v in jendela.items()}
        )
        .values(f"respons__{kolom}", "respons__versi_id", "butir__kode")
        .annotate(s=Sum("nilai"), n=Count("id"))
        .order_by()
    ):
        kunci = (r[f"respons__{kolom}"], r["respons__versi_id"])
        jumlah[kunci][0] += r["s"]
        jumlah[kunci][1] += r["n"]
        if info[r["respons__versi_id"]]["versi__kuesioner__jenis"] == Kuesioner.Jenis.SKM:
            unsur[r[f"respons__{kolom}"]][r["butir__kode"]][0] += r["s"]
            unsur[r[f"respons__{kolom}"]][r["butir__kode"]][1] += r["n"]
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
