"""Turns an instrument file (the JSON format of the shipped data) into rows.

Plain functions over whichever model classes they are given, so the data migration
can run them with historical models and the service with the real ones. Only fields
present since migration 0001 are written here; a later field must have a default (or
the migration must freeze its own copy of this module).
"""

import hashlib
import json
from decimal import Decimal
from pathlib import Path

# the app folder (penilaian/), two up from penilaian/services/muat.py
BERKAS_BAWAAN = (
    Path(__file__).resolve().parent.parent / "data" / "instrumen" / "permenpan-rb-90-2021.json"
)

ASPEK = {"Pemenuhan": "pemenuhan", "Reform": "reform"}
PENGATURAN = (
    "nilai_abcd",
    "rumus_pengaduan",
    "minimum_area",
    "perbandingan_ambang",
    "min_responden",
)


def baca_berkas(path) -> dict:
    with open(path, encoding="utf-8") as berkas:
        return json.load(berkas)


def sidik(data: dict) -> str:
    """SHA-256 of the canonical JSON: equal files give equal prints whatever their layout."""
    teks = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(teks.encode("utf-8")).hexdigest()


def _kode_area(item: dict) -> tuple[str, str]:
    """(component letter, area code): ("A", "1") or ("B", "B.I")."""
    if item["component"] == "Pengungkit":
        return "A", str(item["area_no"])
    return "B", ".".join(item["code"].split(".")[:2])


def _kode_subarea(item: dict) -> str:
    bagian = item["code"].split(".")
    return ".".join(bagian[:-1]) if bagian[0] == "A" else item["code"]


def _desimal(nilai) -> str:
    return str(Decimal(str(nilai)))


def tulis(data: dict, versi, *, Area, SubArea, Pertanyaan) -> None:
    """Writes areas, sub-areas and questions of `data` under a saved, empty `versi`."""
    area_baris: dict[str, object] = {}
    subarea_baris: dict[str, object] = {}
    for urutan, item in enumerate(data["items"], start=1):
        komponen, kode_area = _kode_area(item)
        area = area_baris.get(kode_area)
        if area is None:
            area = Area.objects.create(
                versi=versi,
                komponen=komponen,
                kode=kode_area,
                no=item["area_no"],
                nama=item["area"],
                bobot=Decimal(_desimal(item["area_weight"])),
                urutan=len(area_baris) + 1,
            )
            area_baris[kode_area] = area
        kode_sub = _kode_subarea(item)
        subarea = subarea_baris.get(kode_sub)
        if subarea is None:
            subarea = SubArea.objects.create(
                area=area,
                aspek=ASPEK.get(item["aspect"], "hasil") if komponen == "A" else "hasil",
                kode=kode_sub,
                nama=item["sub_area"],
                bobot=Decimal(_desimal(item["sub_area_weight"])),
                urutan=len(subarea_baris) + 1,
            )
            subarea_baris[kode_sub] = subarea
        Pertanyaan.objects.create(
            versi=versi,
            subarea=subarea,
            kode=item["code"],
            teks=item["question"],
            jenis_jawaban=item["answer_type"],
            opsi=[
                {"label": o["label"], "teks": o["text"], "nilai": _desimal(o["value"])}
                for o in item.get("options", [])
            ],
            masukan=[{"kunci": m["key"], "label": m["label"]} for m in item.get("inputs", [])],
            rumus=item.get("formula", ""),
            varian_rumus=item.get("formula_variants", {}),
            aturan_penyebut_nol=item.get("zero_denominator", ""),
            batasan=item.get("constraints", []),
            catatan_rumus=item.get("formula_note", ""),
            catatan=item.get("note", ""),
            nilai_maks=Decimal(4) if item["answer_type"] == "Nilai (0-4)" else None,
            urutan=urutan,
        )


def isi_versi(versi, data: dict) -> None:
    """Copies the version-level fields of `data` (meta) onto `versi` (not saved)."""
    meta = data["meta"]
    versi.kode = meta["instrument"]
    versi.judul = meta["title"]
    versi.dasar_hukum = meta.get("legal_basis", "")
    versi.ambang_predikat = meta["predicates"]
    versi.catatan_penyebut_nol = meta.get("zero_denominator_rules", {}).get("note", "")
    versi.sidik = sidik(data)
    for nama, nilai in meta.get("settings", {}).items():
        if nama in PENGATURAN:
            setattr(versi, nama, nilai)
