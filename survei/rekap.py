"""Survey aggregates kept with every response, and rebuilt or checked from the raw ones.

A response adds itself to its day's rows (`RekapRespons`: respondents and the sum and
number of all answers; `RekapButir`: the same per item) in the transaction that stores
it, in a fixed number of queries whatever the number of earlier responses: insert the
rows if they are missing (ignoring a concurrent insert), then add to them with one
UPDATE each, which takes the rows' locks so two responses of the same day add up.

`rekap_periksa` compares the stored rows with the raw responses, `rekap_bangun_ulang`
replaces them (manage.py rekap_survei --periksa / --perbaiki); both read the raw tables
and are for repair, never for a page.
"""

from collections import defaultdict
from collections.abc import Iterable

from django.db import transaction
from django.db.models import BigIntegerField, Case, Count, F, Sum, Value, When

from survei.models import RekapButir, RekapRespons, Respons, Skor

KUNCI_RESPONS = ("satker_id", "versi_id", "tanggal", "layanan_kunci", "jenis_responden")
KUNCI_BUTIR = ("satker_id", "versi_id", "butir_id", "tanggal", "layanan_kunci", "jenis_responden")


def _kunci_dasar(respons: Respons) -> dict:
    return {
        "satker_id": respons.satker_id,
        "versi_id": respons.versi_id,
        "tanggal": respons.tanggal,
        "layanan_kunci": respons.layanan_id or 0,
        "jenis_responden": respons.jenis_responden,
    }


def tambah_baris(model, kunci: dict, **tambah: int) -> None:
    """Adds `tambah` (field -> amount) to `model`'s aggregate row of `kunci`, inserting
    the row first if it is missing (a concurrent insert is ignored; the UPDATE then waits
    for that transaction's lock and adds on top). Two queries."""
    model.objects.bulk_create([model(**kunci)], ignore_conflicts=True)
    model.objects.filter(**kunci).update(**{f: F(f) + n for f, n in tambah.items()})


def tambah_per_butir(model, kunci: dict, nilai: dict[int, int]) -> None:
    """Adds each answer (`nilai`: item id -> answer) to its item's row of `kunci` in
    `model` (fields `jumlah`, `banyak`): two queries, however many items."""
    if not nilai:
        return
    model.objects.bulk_create([model(butir_id=b, **kunci) for b in nilai], ignore_conflicts=True)
    model.objects.filter(butir_id__in=list(nilai), **kunci).update(
        jumlah=F("jumlah")
        + Case(
            *(When(butir_id=b, then=Value(n)) for b, n in nilai.items()),
            default=Value(0),
            output_field=BigIntegerField(),
        ),
        banyak=F("banyak") + 1,
    )


def rekap_tambah(*, respons: Respons, nilai: dict[int, int]) -> None:
    """Adds one stored response (`nilai`: item id -> answer) to its day's aggregates.
    Four queries, to be called inside the transaction that stores the response."""
    kunci = _kunci_dasar(respons)
    tambah_baris(RekapRespons, kunci, responden=1, jumlah=sum(nilai.values()), banyak=len(nilai))
    tambah_per_butir(RekapButir, kunci, nilai)


# ---- Rebuilding and checking from the raw responses -------------------------------------


def _filter(satker_ids, awalan: str = "") -> dict:
    return {} if satker_ids is None else {f"{awalan}satker_id__in": list(satker_ids)}


def rekap_mentah(*, satker_ids: Iterable[int] | None = None) -> tuple[dict, dict]:
    """What the aggregates must hold, computed from the raw responses: ({respons key:
    (responden, jumlah, banyak)}, {butir key: (jumlah, banyak)}), keys as KUNCI_*."""
    responden = {}
    for r in (
        Respons.objects.filter(**_filter(satker_ids))
        .values("satker_id", "versi_id", "tanggal", "layanan_id", "jenis_responden")
        .annotate(n=Count("id"))
        .order_by()
    ):
        kunci = (r["satker_id"], r["versi_id"], r["tanggal"], r["layanan_id"] or 0)
        responden[(*kunci, r["jenis_responden"])] = r["n"]
    per_respons = defaultdict(lambda: [0, 0])
    per_butir = {}
    for r in (
        Skor.objects.filter(**_filter(satker_ids, "respons__"))
        .values(
            "respons__satker_id",
            "respons__versi_id",
            "butir_id",
            "respons__tanggal",
            "respons__layanan_id",
            "respons__jenis_responden",
        )
        .annotate(s=Sum("nilai"), n=Count("id"))
        .order_by()
    ):
        dasar = (r["respons__satker_id"], r["respons__versi_id"])
        hari = (r["respons__tanggal"], r["respons__layanan_id"] or 0)
        jenis = r["respons__jenis_responden"]
        per_butir[(*dasar, r["butir_id"], *hari, jenis)] = (r["s"], r["n"])
        per_respons[(*dasar, *hari, jenis)][0] += r["s"]
        per_respons[(*dasar, *hari, jenis)][1] += r["n"]
    hasil_respons = {k: (n, *per_respons.get(k, (0, 0))) for k, n in responden.items()}
    return hasil_respons, per_butir


def rekap_tersimpan(*, satker_ids: Iterable[int] | None = None) -> tuple[dict, dict]:
    """The stored aggregates in the shape of `rekap_mentah`."""
    per_respons = {
        tuple(r[:5]): tuple(r[5:])
        for r in RekapRespons.objects.filter(**_filter(satker_ids)).values_list(
            *KUNCI_RESPONS, "responden", "jumlah", "banyak"
        )
    }
    per_butir = {
        tuple(r[:6]): tuple(r[6:])
        for r in RekapButir.objects.filter(**_filter(satker_ids)).values_list(
            *KUNCI_BUTIR, "jumlah", "banyak"
        )
    }
    return per_respons, per_butir


def rekap_selisih(nama: str, harus: dict, ada: dict) -> list[str]:
    """Every key whose stored figures (`ada`) differ from the raw ones (`harus`), as
    lines `nama key...: stored -> raw`; a key missing on one side counts as zeros."""
    kosong = (0,) * len(next(iter(harus.values()), next(iter(ada.values()), ())))
    selisih = []
    for kunci in sorted(set(harus) | set(ada), key=str):
        a, b = ada.get(kunci, kosong), harus.get(kunci, kosong)
        if tuple(a) != tuple(b):
            teks = " ".join(str(x) for x in kunci)
            selisih.append(f"{nama} {teks}: {tuple(a)} -> {tuple(b)}")
    return selisih


def rekap_periksa(*, satker_ids: Iterable[int] | None = None) -> list[str]:
    """Every difference between the stored aggregates and the raw responses, as lines
    `satker versi [butir] tanggal layanan jenis: stored -> raw`; empty when they agree."""
    satker_ids = None if satker_ids is None else list(satker_ids)
    mentah = rekap_mentah(satker_ids=satker_ids)
    tersimpan = rekap_tersimpan(satker_ids=satker_ids)
    selisih = []
    for nama, harus, ada in zip(("respons", "butir"), mentah, tersimpan, strict=True):
        selisih += rekap_selisih(nama, harus, ada)
    return selisih


@transaction.atomic
def rekap_bangun_ulang(*, satker_ids: Iterable[int] | None = None) -> int:
    """Replaces the aggregates of `satker_ids` (all units when None) with what the raw
    responses say; returns the number of rows written."""
    satker_ids = None if satker_ids is None else list(satker_ids)
    per_respons, per_butir = rekap_mentah(satker_ids=satker_ids)
    RekapRespons.objects.filter(**_filter(satker_ids)).delete()
    RekapButir.objects.filter(**_filter(satker_ids)).delete()
    RekapRespons.objects.bulk_create(
        (
            RekapRespons(
                **dict(zip(KUNCI_RESPONS, k, strict=True)), responden=n, jumlah=s, banyak=b
            )
            for k, (n, s, b) in per_respons.items()
        ),
        batch_size=2000,
    )
    RekapButir.objects.bulk_create(
        (
            RekapButir(**dict(zip(KUNCI_BUTIR, k, strict=True)), jumlah=s, banyak=n)
            for k, (s, n) in per_butir.items()
        ),
        batch_size=2000,
    )
    return len(per_respons) + len(per_butir)
