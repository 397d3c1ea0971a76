"""Reads of evidence (data dukung) for the evidence pages and for other parts (the
worksheet, the review, the dashboard): every read here takes a fixed number of queries,
whatever the number of questions, items or versions."""

from django.db.models import Count, Prefetch

from penilaian.models import Bukti, Penilaian, Periode, Pertanyaan, TautanBukti, VersiBerkas


def _tautan_hidup(**filter):
    """Links to live (not deleted) items with their item and all its versions, newest
    first, as `bukti.versi_list` (two queries)."""
    return (
        TautanBukti.objects.filter(bukti__dihapus_pada__isnull=True, **filter)
        .select_related("bukti", "bukti__kanwil_bersama", "pertanyaan")
        .prefetch_related(
            Prefetch(
                "bukti__versi",
                queryset=VersiBerkas.objects.order_by("-diunggah_pada", "-pk"),
                to_attr="versi_list",
            )
        )
        .order_by("pertanyaan__urutan", "ditautkan_pada", "pk")
    )


def _siapkan(tautan: TautanBukti) -> Bukti:
    bukti = tautan.bukti
    bukti.tautan_id = tautan.pk
    bukti.terbaru = bukti.versi_list[0] if bukti.versi_list else None
    bukti.bersama = bukti.kanwil_bersama_id is not None
    return bukti


def bukti_per_pertanyaan(*, penilaian: Penilaian) -> dict[str, list[Bukti]]:
    """Live evidence of an assessment by question code: each `Bukti` carries
    `versi_list` (newest first), `terbaru` (the current version or None for a link),
    `bersama` (Kanwil-shared, read-only for the unit) and `tautan_id`. Two queries."""
    hasil: dict[str, list[Bukti]] = {}
    for tautan in _tautan_hidup(penilaian=penilaian):
        hasil.setdefault(tautan.pertanyaan.kode, []).append(_siapkan(tautan))
    return hasil


def bukti_untuk_pertanyaan(*, penilaian: Penilaian, pertanyaan: Pertanyaan) -> list[Bukti]:
    """The same as one entry of `bukti_per_pertanyaan`, for one question."""
    return [_siapkan(t) for t in _tautan_hidup(penilaian=penilaian, pertanyaan=pertanyaan)]


def kelengkapan_bukti(*, penilaian_ids) -> dict[int, int]:
    """For each assessment id, the number of questions with at least one live evidence
    item (0 when none). One query, whatever the number of assessments."""
    ids = list(penilaian_ids)
    hasil = dict.fromkeys(ids, 0)
    if not ids:
        return hasil
    baris = (
        TautanBukti.objects.filter(penilaian_id__in=ids, bukti__dihapus_pada__isnull=True)
        .values("penilaian_id")
        .annotate(n=Count("pertanyaan_id", distinct=True))
        .order_by()
    )
    for row in baris:
        hasil[row["penilaian_id"]] = row["n"]
    return hasil


def tautan_di_pertanyaan(*, penilaian: Penilaian, pertanyaan: Pertanyaan, bukti_pk: int):
    """The link of an item to this question of this assessment, or None."""
    return (
        TautanBukti.objects.select_related("bukti", "pertanyaan")
        .filter(penilaian=penilaian, pertanyaan=pertanyaan, bukti_id=bukti_pk)
        .first()
    )


def versi_untuk_diunduh(*, penilaian: Penilaian, versi_pk: int) -> VersiBerkas | None:
    """A version of a live item linked to this assessment, or None (then: 404)."""
    return (
        VersiBerkas.objects.filter(
            pk=versi_pk,
            bukti__dihapus_pada__isnull=True,
            bukti__tautan__penilaian=penilaian,
        )
        .distinct()
        .first()
    )


def penilaian_sebelumnya(*, penilaian: Penilaian) -> Penilaian | None:
    """The unit's assessment in the latest earlier year, whichever Kanwil opened it."""
    return (
        Penilaian.objects.filter(
            satker_id=penilaian.satker_id, periode__tahun__lt=penilaian.periode.tahun
        )
        .select_related("periode")
        .order_by("-periode__tahun")
        .first()
    )


def bukti_bersama_periode(*, periode: Periode) -> list[Bukti]:
    """The Kanwil's shared items linked into assessments of this period, each with
    `versi_list` and `penilaian_list` (the assessments it is linked to). Three queries."""
    tautan = list(
        TautanBukti.objects.filter(
            penilaian__periode=periode,
            bukti__kanwil_bersama=periode.kanwil,
            bukti__dihapus_pada__isnull=True,
        )
        .select_related("bukti", "pertanyaan", "penilaian__satker")
        .prefetch_related(
            Prefetch(
                "bukti__versi",
                queryset=VersiBerkas.objects.order_by("-diunggah_pada", "-pk"),
                to_attr="versi_list",
            )
        )
        .order_by("-bukti__dibuat_pada", "bukti_id", "penilaian__satker__nama")
    )
    per_bukti: dict[int, Bukti] = {}
    for t in tautan:
        bukti = per_bukti.setdefault(t.bukti_id, t.bukti)
        if not hasattr(bukti, "penilaian_list"):
            bukti.penilaian_list = []
            bukti.pertanyaan = t.pertanyaan
            bukti.terbaru = bukti.versi_list[0] if bukti.versi_list else None
            bukti.contoh_penilaian = t.penilaian
        bukti.penilaian_list.append(t.penilaian)
    return list(per_bukti.values())


def penilaian_periode_untuk_bukti_bersama(*, periode: Periode):
    """The assessments of a period a shared item may be linked to, by unit name."""
    return (
        Penilaian.objects.filter(periode=periode).select_related("satker").order_by("satker__nama")
    )


def pertanyaan_dengan_jumlah_bukti(*, penilaian: Penilaian) -> list[Pertanyaan]:
    """Every question of the assessment's instrument with `jumlah_bukti` (live items)."""
    per_kode = {
        row["pertanyaan__kode"]: row["n"]
        for row in TautanBukti.objects.filter(penilaian=penilaian, bukti__dihapus_pada__isnull=True)
        .values("pertanyaan__kode")
        .annotate(n=Count("bukti_id"))
        .order_by()
    }
    daftar = list(
        Pertanyaan.objects.filter(versi_id=penilaian.periode.versi_id)
        .select_related("subarea__area")
        .order_by("urutan")
    )
    for p in daftar:
        p.jumlah_bukti = per_kode.get(p.kode, 0)
    return daftar
