"""Reads of the `penilaian` app. Sections: instrument; assessments (added later)."""

from decimal import Decimal
from fractions import Fraction

from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from penilaian.models import InstrumenVersi, Pertanyaan
from penilaian.scoring import (
    Instrumen,
    Pengaturan,
    bulat,
    instrumen_dari_berkas,
    instrumen_dari_data,
)

__all__ = [
    "instrumen_dari_berkas",
    "instrumen_rincian",
    "instrumen_untuk_versi",
    "pertanyaan_rincian",
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
        perbandingan_ambang=versi.perbandingan_ambang,
    )


def instrumen_untuk_versi(
    versi: InstrumenVersi | str | int, pengaturan: Pengaturan | None = None
) -> Instrumen:
    """The plain-data instrument of a version (an instance, its kode or its pk) with
    the version's settings applied, or with `pengaturan` (the settings a finished layer
    was frozen with). One query for the questions (plus one to find the version when
    given a kode or pk), then cached until the version changes."""
    if not isinstance(versi, InstrumenVersi):
        kolom = "pk" if isinstance(versi, int) else "kode"
        versi = InstrumenVersi.objects.get(**{kolom: versi})
    pengaturan = pengaturan or pengaturan_versi(versi)
    kunci = (versi.pk, versi.diubah, pengaturan)
    instrumen = _CACHE.get(kunci)
    if instrumen is None:
        instrumen = instrumen_dari_data(_data_versi(versi), pengaturan)
        _CACHE[kunci] = instrumen
    return instrumen


# What an administrator sees of a version: settings with their notes, Tabel 6, structure.
ASPEK_LABEL = {"pemenuhan": _("Pemenuhan"), "reform": _("Reform"), "hasil": _("Hasil")}
PENGATURAN_TAMPIL = (
    "nilai_abcd",
    "rumus_pengaduan",
    "minimum_area",
    "perbandingan_ambang",
    "min_responden",
)
BARIS_AMBANG = (
    ("total", _("Nilai total")),
    ("pengungkit", _("Komponen pengungkit")),
    ("fraksi_area", _("Setiap area, terhadap bobotnya")),
    ("bersih_akuntabel", _("Birokrasi yang bersih dan akuntabel")),
    ("ipak", _("— bagian IPAK")),
    ("capaian_kinerja", _("— capaian kinerja")),
    ("pelayanan_prima", _("Pelayanan publik yang prima")),
    ("syarat_predikat", _("Predikat yang sudah diraih")),
)


def _ambang_tampil(instrumen: Instrumen) -> list[dict]:
    baris = []
    for nama, label in BARIS_AMBANG:
        nilai = []
        for predikat in ("WBK", "WBBM"):
            x = getattr(instrumen.ambang[predikat], nama)
            if nama == "fraksi_area":
                x = f"≥ {number_format(bulat(x * 100, 0), 0)} %"
            elif isinstance(x, Fraction):
                x = f"≥ {number_format(bulat(x), 2)}"
            nilai.append(x or "—")
        baris.append({"label": label, "wbk": nilai[0], "wbbm": nilai[1]})
    return baris


def _pengaturan_tampil(versi: InstrumenVersi) -> list[dict]:
    baris = []
    for nama in PENGATURAN_TAMPIL:
        field = InstrumenVersi._meta.get_field(nama)
        pilihan = dict(field.choices) if field.choices else {}
        nilai = getattr(versi, nama)
        baris.append(
            {
                "nama": nama,
                "label": field.verbose_name,
                "nilai": pilihan.get(nilai, nilai),
                "bawaan": pilihan.get(field.default, field.default),
                "ubah": nilai != field.default,
                "catatan": field.help_text,
            }
        )
    return baris


def instrumen_rincian(versi: InstrumenVersi) -> dict:
    """Everything the instrument page shows, from the cached Instrumen (one query at most)."""
    instrumen = instrumen_untuk_versi(versi)
    per_subarea: dict[str, list] = {}
    for p in instrumen.pertanyaan:
        per_subarea.setdefault(p.subarea, []).append(p)

    def kelompok(areas):
        return [
            {
                "area": a,
                "subarea": [
                    {
                        "subarea": s,
                        "aspek": ASPEK_LABEL[s.aspek],
                        "pertanyaan": per_subarea[s.kode],
                    }
                    for s in instrumen.subarea
                    if s.area == a.kode
                ],
            }
            for a in areas
        ]

    return {
        "versi": versi,
        "instrumen": instrumen,
        "pengaturan": _pengaturan_tampil(versi),
        "ambang": _ambang_tampil(instrumen),
        "area": kelompok(instrumen.area),
        "kelompok_hasil": kelompok(instrumen.kelompok_hasil),
        "jumlah_pertanyaan": len(instrumen.pertanyaan),
        "punya_jawaban": versi_punya_jawaban(versi),
    }


def pertanyaan_rincian(versi: InstrumenVersi, kode: str) -> dict | None:
    """One question as scored (effective option values and formula) with its notes."""
    instrumen = instrumen_untuk_versi(versi)
    p = instrumen.cari(kode)
    if p is None:
        return None
    baris = Pertanyaan.objects.filter(versi=versi, kode=kode).only(
        "catatan", "catatan_rumus", "aturan_penyebut_nol"
    )[0]
    subarea = next(s for s in instrumen.subarea if s.kode == p.subarea)
    area = next(a for a in (*instrumen.area, *instrumen.kelompok_hasil) if a.kode == p.area)
    return {
        "versi": versi,
        "p": p,
        "subarea": subarea,
        "aspek": ASPEK_LABEL[subarea.aspek],
        "area": area,
        "poin_maks": bulat(subarea.bobot / len(subarea.pertanyaan), 4),
        "catatan": baris.catatan,
        "catatan_rumus": baris.catatan_rumus,
        "aturan_penyebut_nol": baris.get_aturan_penyebut_nol_display(),
    }
