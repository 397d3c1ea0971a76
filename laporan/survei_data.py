"""Survey data workbook of one unit or of a Kanwil's units for one year:

- "Respons": raw anonymous responses, one row each: date, method, the coarse profile
  bands, service and every item's score. Nothing that identifies a person (no id, no
  token, no code, no suggestion text next to the profile).
- "Rerata & indeks": per-item means (the results page's `nrr` over the same sums and
  counts) and, per unit, respondents and indices from `ringkasan_survei_satker` (the
  same numbers as the results page and the LKE).
- "Saran": free-text suggestions with date and service only, always written as text.
- "Survei internal" and "Rerata internal": the staff survey, with its anonymity rules
  (laporan.survei_internal).

Responses are streamed with `.iterator(chunk_size=2000)` and their scores fetched
per chunk: the query count grows by one per 2,000 responses, memory stays flat. The
workbook is write-only.
"""

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from django.db.models import Count, Sum
from django.utils.translation import gettext as _

from laporan.excel import baris_tulis, buku_streaming, lebar_menurut, lembar_daftar, saring
from satker.models import Satker
from survei.indeks import nrr
from survei.models import Butir, Kuesioner, Layanan, Profil, RekapButir, Respons, Skor
from survei.selectors import jendela_tahun, ringkasan_survei_satker

UKURAN_POTONGAN = 2000


@dataclass(frozen=True)
class Cakupan:
    """Which units the export covers: one unit, or a Kanwil's units the user reads."""

    judul: str  # the unit's or the Kanwil's name
    satker: tuple  # ((pk, kode, nama), ...) ordered by name
    tahun: int
    per_kanwil: bool = False


def cakupan_satker(satker: Satker, tahun: int) -> Cakupan:
    return Cakupan(satker.nama, ((satker.pk, satker.kode, satker.nama),), tahun)


def cakupan_kanwil(kanwil: Satker, tahun: int, *, satker_ids: Iterable[int] | None) -> Cakupan:
    """The Kanwil's units (those in `satker_ids` when given: the user's scope)."""
    qs = Satker.objects.filter(induk=kanwil).order_by("nama")
    if satker_ids is not None:
        qs = qs.filter(pk__in=satker_ids)
    return Cakupan(kanwil.nama, tuple(qs.values_list("pk", "kode", "nama")), tahun, True)


@dataclass(frozen=True)
class Kolom:
    butir_id: int
    judul: str


def _kolom_butir(versi_ids) -> list[Kolom]:
    """One column per questionnaire item answered in these versions, in questionnaire,
    version and item order: 'SPKP v1 U1'."""
    butir = Butir.objects.filter(versi_id__in=versi_ids).select_related("versi__kuesioner")
    butir = sorted(butir, key=lambda b: (b.versi.kuesioner.urutan, b.versi.nomor, b.urutan))
    return [
        Kolom(
            b.pk,
            f"{b.versi.kuesioner.get_jenis_display().split(' — ')[0]} v{b.versi.nomor} {b.kode}",
        )
        for b in butir
    ]


def _label(pilihan) -> dict:
    return {k: str(v) for k, v in pilihan.choices}


def judul_respons(cakupan: Cakupan, kolom: list[Kolom]) -> list[str]:
    awal = [_("Satuan kerja")] if cakupan.per_kanwil else []
    return [
        *awal,
        _("Tanggal"),
        _("Kuesioner"),
        _("Cara"),
        _("Usia"),
        _("Jenis kelamin"),
        _("Pendidikan"),
        _("Pekerjaan"),
        _("Jenis responden"),
        _("Layanan"),
        *(k.judul for k in kolom),
    ]


def _potongan(baris: Iterable, ukuran: int) -> Iterator[list]:
    it = iter(baris)
    while potong := list(islice(it, ukuran)):
        yield potong


def _skor_potongan(potong: list, letak: dict[int, int]) -> dict[int, list]:
    """{response id: [(column index, score), ...]} of one chunk of responses, one query."""
    skor = defaultdict(list)
    for respons_id, butir_id, nilai in (
        Skor.objects.filter(respons_id__in=[r[0] for r in potong])
        .values_list("respons_id", "butir_id", "nilai")
        .order_by()
    ):
        if butir_id in letak:
            skor[respons_id].append((letak[butir_id], nilai))
    return skor


def baris_respons(cakupan: Cakupan, kolom: list[Kolom], konteks: dict) -> Iterator[list]:
    """One row per response, streamed; scores placed under their item's column.

    Responses come through `.iterator(chunk_size=UKURAN_POTONGAN)`; each chunk's scores
    are fetched in one query as plain tuples (a prefetch by hand: no model instances,
    so no Respons <-> Skor reference cycles that only the cyclic GC would free)."""
    ids = [s[0] for s in cakupan.satker]
    nama_satker = {s[0]: s[2] for s in cakupan.satker}
    letak = {k.butir_id: i for i, k in enumerate(kolom)}
    respons = (
        Respons.objects.filter(satker_id__in=ids, tahun=cakupan.tahun)
        .order_by("satker_id", "tanggal", "pk")
        .values_list(
            "pk",
            "satker_id",
            "versi_id",
            "tanggal",
            "cara",
            "usia",
            "jenis_kelamin",
            "pendidikan",
            "pekerjaan",
            "jenis_responden",
            "layanan_id",
        )
        .iterator(chunk_size=UKURAN_POTONGAN)
    )
    # The label maps as locals, read once: this loop runs once per response.
    versi, cara, usia = konteks["versi"], konteks["cara"], konteks["usia"]
    kelamin, pendidikan = konteks["kelamin"], konteks["pendidikan"]
    pekerjaan, jenis_responden, layanan = konteks["pekerjaan"], konteks["jenis"], konteks["layanan"]
    kosong = [None] * len(kolom)
    for potong in _potongan(respons, UKURAN_POTONGAN):
        skor = _skor_potongan(potong, letak)
        for pk, satker_id, versi_id, tanggal, c, u, k, d, p, j, lay in potong:
            nilai = kosong.copy()
            for i, n in skor[pk]:
                nilai[i] = n
            awal = [nama_satker[satker_id], tanggal] if cakupan.per_kanwil else [tanggal]
            yield [
                *awal,
                versi.get(versi_id, ""),
                cara.get(c, c),
                usia.get(u, u),
                kelamin.get(k, k),
                pendidikan.get(d, d),
                pekerjaan.get(p, p),
                jenis_responden.get(j, j),
                layanan.get(lay, ""),
                *nilai,
            ]


def rerata_butir(cakupan: Cakupan) -> list[list]:
    """Per-item mean over every response of the scope: the results page's numbers
    (`survei.indeks.nrr` over the same sums and counts), read from the day aggregates
    the results page reads (`RekapButir`, a few rows per unit and day) rather than from
    every answer. A response's `tahun` is its date's year (every path that stores one
    sets both from the same day), so the calendar year's days are the year's responses."""
    ids = [s[0] for s in cakupan.satker]
    baris = []
    for r in (
        RekapButir.objects.filter(
            satker_id__in=ids, tanggal__range=jendela_tahun(cakupan.tahun), banyak__gt=0
        )
        .values(
            "versi__kuesioner__jenis",
            "versi__kuesioner__urutan",
            "versi__nomor",
            "versi__skala_maks",
            "butir__kode",
            "butir__urutan",
            "butir__teks_id",
        )
        .annotate(s=Sum("jumlah"), n=Sum("banyak"))
        .order_by("versi__kuesioner__urutan", "versi__nomor", "butir__urutan")
    ):
        baris.append(
            [
                r["versi__kuesioner__jenis"].upper(),
                r["versi__nomor"],
                r["butir__kode"],
                r["butir__teks_id"],
                r["versi__skala_maks"],
                r["n"],
                nrr(r["s"], r["n"]),
            ]
        )
    return baris


def baris_indeks(cakupan: Cakupan) -> list[list]:
    """Per unit: respondents per questionnaire, the portal's own indices, the values
    the LKE uses with their source, and SKM — from the survey app's selector."""
    ringkasan = ringkasan_survei_satker(
        satker_ids=[s[0] for s in cakupan.satker], tahun=cakupan.tahun
    )
    baris = []
    for pk, kode, nama in cakupan.satker:
        r = ringkasan[pk]
        baris.append(
            [
                kode,
                nama,
                r.responden(Kuesioner.Jenis.SPKP),
                r.responden(Kuesioner.Jenis.SPAK),
                r.responden(Kuesioner.Jenis.SKM),
                r.ipkp_survei,
                r.ipak_survei,
                r.ipkp[0],
                str(r.ipkp[1]),
                r.ipak[0],
                str(r.ipak[1]),
                r.skm.nilai if r.skm else None,
                r.skm.mutu if r.skm else "",
            ]
        )
    return baris


def baris_saran(cakupan: Cakupan, konteks: dict) -> Iterable[list]:
    ids = [s[0] for s in cakupan.satker]
    nama_satker = {s[0]: s[2] for s in cakupan.satker}
    for satker_id, tanggal, versi_id, layanan_id, saran in (
        Respons.objects.filter(satker_id__in=ids, tahun=cakupan.tahun)
        .exclude(saran="")
        .order_by("satker_id", "tanggal", "pk")
        .values_list("satker_id", "tanggal", "versi_id", "layanan_id", "saran")
        .iterator(chunk_size=UKURAN_POTONGAN)
    ):
        yield [
            *([nama_satker[satker_id]] if cakupan.per_kanwil else []),
            tanggal,
            konteks["versi"].get(versi_id, ""),
            konteks["layanan"].get(layanan_id, ""),
            saran,
        ]


def _konteks(cakupan: Cakupan) -> tuple[dict, list[Kolom], int]:
    ids = [s[0] for s in cakupan.satker]
    per_versi = dict(
        Respons.objects.filter(satker_id__in=ids, tahun=cakupan.tahun)
        .values("versi_id")
        .annotate(n=Count("id"))
        .order_by()
        .values_list("versi_id", "n")
    )
    kolom = _kolom_butir(per_versi)
    from survei.models import KuesionerVersi

    versi = {
        v.pk: f"{v.kuesioner.get_jenis_display().split(' — ')[0]} v{v.nomor}"
        for v in KuesionerVersi.objects.filter(pk__in=per_versi).select_related("kuesioner")
    }
    konteks = {
        "versi": versi,
        "layanan": dict(Layanan.objects.filter(satker_id__in=ids).values_list("pk", "nama")),
        "cara": _label(Respons.Cara),
        "usia": _label(Profil.Usia),
        "kelamin": _label(Profil.Kelamin),
        "pendidikan": _label(Profil.Pendidikan),
        "pekerjaan": _label(Profil.Pekerjaan),
        "jenis": _label(Profil.JenisResponden),
    }
    return konteks, kolom, sum(per_versi.values())


def _lebar(judul: list[str]) -> dict[int, int]:
    """Widths of the columns whose header is a poor guide: names, dates, services."""
    return lebar_menurut(
        judul,
        {
            _("Satuan kerja"): 30,
            _("Tanggal"): 12,
            _("Kuesioner"): 12,
            _("Layanan"): 28,
            _("Jenis responden"): 20,
            _("Pekerjaan"): 20,
            _("Pendidikan"): 16,
        },
    )


def _lembar_rerata(buku, cakupan: Cakupan) -> None:
    """The 'Rerata & indeks' sheet: per-item means (filterable), then per-unit indices."""
    ws = buku.create_sheet(_("Rerata & indeks"))
    judul_butir = [
        _("Kuesioner"),
        _("Versi"),
        _("Kode"),
        _("Butir"),
        _("Skala maks"),
        _("Jumlah jawaban"),
        _("Rerata"),
    ]
    lembar_daftar(ws, judul_butir, lebar={4: 50, 1: 12})
    rerata = rerata_butir(cakupan)
    for baris in rerata:
        ws.append(baris_tulis(ws, baris))
    saring(ws, kolom=len(judul_butir), baris=len(rerata) + 1)  # one filter per sheet
    ws.append([])
    judul_indeks = [
        _("Kode"),
        _("Satuan kerja"),
        _("Responden SPKP"),
        _("Responden SPAK"),
        _("Responden SKM"),
        _("IPKP survei (0-4)"),
        _("IPAK survei (0-4)"),
        _("IPKP dipakai LKE"),
        _("Sumber IPKP"),
        _("IPAK dipakai LKE"),
        _("Sumber IPAK"),
        _("Nilai SKM"),
        _("Mutu SKM"),
    ]
    ws.append(baris_tulis(ws, judul_indeks, tebal=True))
    for baris in baris_indeks(cakupan):
        ws.append(baris_tulis(ws, baris))


def survei_buat(berkas, cakupan: Cakupan, *, kemajuan: Callable[[int], None] | None = None) -> int:
    """Writes the survey workbook of `cakupan` into `berkas` (path or binary file) and
    returns the number of responses written."""
    konteks, kolom, jumlah = _konteks(cakupan)
    buku = buku_streaming()
    ws = buku.create_sheet(_("Respons"))
    judul = judul_respons(cakupan, kolom)
    lembar_daftar(ws, judul, lebar=_lebar(judul))
    n = 0
    for baris in baris_respons(cakupan, kolom, konteks):
        ws.append(baris_tulis(ws, baris))
        n += 1
        if kemajuan and n % UKURAN_POTONGAN == 0:
            kemajuan(n * 90 // max(jumlah, 1))
    saring(ws, kolom=len(judul), baris=n + 1)
    _lembar_rerata(buku, cakupan)
    ws = buku.create_sheet(_("Saran"))
    awal = [_("Satuan kerja")] if cakupan.per_kanwil else []
    judul_saran = [*awal, _("Tanggal"), _("Kuesioner"), _("Layanan"), _("Saran")]
    lembar_daftar(ws, judul_saran, lebar={**_lebar(judul_saran), len(judul_saran): 60})
    jumlah_saran = 0
    for baris in baris_saran(cakupan, konteks):
        ws.append(baris_tulis(ws, baris))
        jumlah_saran += 1
    saring(ws, kolom=len(judul_saran), baris=jumlah_saran + 1)
    _sheet_internal(buku, cakupan)
    buku.save(berkas)
    if kemajuan:
        kemajuan(100)
    return n


def _sheet_internal(buku, cakupan: Cakupan) -> None:
    """The staff survey's sheets, after the public ones (laporan.survei_internal, which
    builds on this module's scope and chunking, hence imported here)."""
    from laporan.survei_internal import baris_rerata_internal, baris_respons_internal

    for judul, baris in (
        (_("Survei internal"), baris_respons_internal(cakupan)),
        (_("Rerata internal"), baris_rerata_internal(cakupan)),
    ):
        ws = buku.create_sheet(judul)
        ws.freeze_panes = "A2"
        for i, b in enumerate(baris):
            ws.append(baris_tulis(ws, b, tebal=i == 0))


def jumlah_respons(cakupan: Cakupan) -> int:
    return Respons.objects.filter(
        satker_id__in=[s[0] for s in cakupan.satker], tahun=cakupan.tahun
    ).count()
