"""Reads of the `penilaian` app. Sections: instrument; assessments (added later)."""

from decimal import Decimal

from penilaian.models import InstrumenVersi, Pertanyaan
from penilaian.scoring import Instrumen, Pengaturan, instrumen_dari_berkas, instrumen_dari_data

__all__ = [
    "instrumen_dari_berkas",
    "instrumen_untuk_versi",
    "versi_instrumen_daftar",
    "versi_punya_jawaban",
]

# --- Instrument -------------------------------------------------------------------------

_ASPEK_BERKAS = {"pemenuhan": "Pemenuhan", "reform": "Reform"}

# (pk, diubah) -> Instrumen. Any change to a version (settings, reload) moves `diubah`,
# so a stale entry is simply never asked for again; the dict stays as small as the
# number of versions times their edits in one process.
_CACHE: dict[tuple, Instrumen] = {}


def versi_punya_jawaban(versi: InstrumenVersi) -> bool:
    """Whether any assessment (and so any answer) points at this version, so it must
    never change in place: a period that uses it is enough."""
    from penilaian.models import Penilaian, Periode

    return (
        Periode.objects.filter(versi=versi).exists()
        or Penilaian.objects.filter(periode__versi=versi).exists()
    )


def versi_instrumen_daftar():
    return InstrumenVersi.objects.order_by("-aktif", "-dibuat")


def _angka(nilai: Decimal) -> str:
    return str(nilai.normalize()) if nilai is not None else None


def _item(p: Pertanyaan) -> dict:
    sub, area = p.subarea, p.subarea.area
    pengungkit = area.komponen == area.Komponen.PENGUNGKIT
    item = {
        "code": p.kode,
        "component": "Pengungkit" if pengungkit else "Hasil",
        "aspect": _ASPEK_BERKAS.get(sub.aspek, area.nama),
        "area_no": area.no,
        "area": area.nama,
        "area_weight": _angka(area.bobot),
        "sub_area": sub.nama,
        "sub_area_weight": _angka(sub.bobot),
        "question": p.teks,
        "answer_type": p.jenis_jawaban,
        "options": [
            {"label": o["label"], "text": o.get("teks", ""), "value": o["nilai"]} for o in p.opsi
        ],
        "inputs": [{"key": i["kunci"], "label": i["label"]} for i in p.masukan],
        "formula": p.rumus,
        "formula_variants": p.varian_rumus,
        "zero_denominator": p.aturan_penyebut_nol,
        "constraints": p.batasan,
    }
    if p.nilai_maks is not None:
        item["max_value"] = _angka(p.nilai_maks)
    return item


def _data_versi(versi: InstrumenVersi) -> dict:
    pertanyaan = (
        Pertanyaan.objects.filter(versi=versi)
        .select_related("subarea__area")
        .order_by("urutan", "pk")
    )
    return {
        "meta": {
            "instrument": versi.kode,
            "title": versi.judul,
            "predicates": versi.ambang_predikat,
        },
        "items": [_item(p) for p in pertanyaan],
    }


def pengaturan_versi(versi: InstrumenVersi) -> Pengaturan:
    return Pengaturan(
        nilai_abcd=versi.nilai_abcd,
        rumus_pengaduan=versi.rumus_pengaduan,
        minimum_area=versi.minimum_area,
    )


def instrumen_untuk_versi(versi: InstrumenVersi | str | int) -> Instrumen:
    """The plain-data instrument of a version (an instance, its kode or its pk) with
    the version's settings applied. One query for the questions (plus one to find the
    version when given a kode or pk), then cached until the version changes."""
    if not isinstance(versi, InstrumenVersi):
        kolom = "pk" if isinstance(versi, int) else "kode"
        versi = InstrumenVersi.objects.get(**{kolom: versi})
    kunci = (versi.pk, versi.diubah)
    instrumen = _CACHE.get(kunci)
    if instrumen is None:
        instrumen = instrumen_dari_data(_data_versi(versi), pengaturan_versi(versi))
        _CACHE[kunci] = instrumen
    return instrumen


# --- Assessments ------------------------------------------------------------------------
# (defined in penilaian.selectors_penilaian, re-exported so callers have one place to look)

from penilaian.selectors_penilaian import (  # noqa: E402
    area_daftar,
    bukti_ringkas_per_pertanyaan,
    jawaban_per_lapisan,
    kemajuan,
    komentar_per_pertanyaan,
    lembar_kerja,
    penilaian_untuk_pengguna,
    periode_untuk_pengguna,
    riwayat_status,
    skor_per_lapisan,
)

__all__ += [
    "area_daftar",
    "bukti_ringkas_per_pertanyaan",
    "jawaban_per_lapisan",
    "kemajuan",
    "komentar_per_pertanyaan",
    "lembar_kerja",
    "penilaian_untuk_pengguna",
    "periode_untuk_pengguna",
    "riwayat_status",
    "skor_per_lapisan",
]
