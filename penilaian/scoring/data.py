"""Builds an `Instrumen` from the data-file format (the shipped JSON), checking it.

The database selector produces the same format from rows, so the file and the
database go through one conversion and one set of checks.
"""

import json
import os
from decimal import Decimal
from fractions import Fraction

from penilaian.scoring import model as m
from penilaian.scoring.pesan import InstrumenTidakValid, gettext_noop
from penilaian.scoring.rumus import periksa_rumus

KRITERIA_HASIL = ("bersih_akuntabel", "ipak", "capaian_kinerja", "pelayanan_prima")
PILIHAN_NILAI_ABCD = ("desimal", "pecahan")
PILIHAN_MINIMUM_AREA = ("per_area", "per_bagian")
PILIHAN_PERBANDINGAN = ("tepat", "dibulatkan")
_ASPEK = {"Pemenuhan": m.PEMENUHAN, "Reform": m.REFORM}


def _d(nilai: object) -> Fraction:
    """An exact Fraction of a number in the data ("0.67" is 67/100, never a binary float)."""
    if isinstance(nilai, bool) or not isinstance(nilai, int | float | str | Decimal | Fraction):
        raise InstrumenTidakValid(gettext_noop("Angka %(nilai)s tidak valid."), nilai=nilai)
    try:
        return Fraction(str(nilai))
    except ValueError as exc:
        raise InstrumenTidakValid(
            gettext_noop("Angka %(nilai)s tidak valid."), nilai=nilai
        ) from exc


def _salah(pesan: str, **params: object) -> InstrumenTidakValid:
    return InstrumenTidakValid(pesan, **params)


def _opsi(item: dict, pengaturan: m.Pengaturan) -> tuple[m.Opsi, ...]:
    jenis = item["answer_type"]
    opsi = tuple(
        m.Opsi(label=o["label"], teks=o.get("text", ""), nilai=_d(o["value"]))
        for o in item.get("options", [])
    )
    label = tuple(o.label for o in opsi)
    if jenis in m.JENIS_OPSI and label != m.JENIS_OPSI[jenis]:
        raise _salah(
            gettext_noop("Pertanyaan %(kode)s: opsi %(label)s tidak sesuai jenis %(jenis)s."),
            kode=item["code"],
            label="/".join(label),
            jenis=jenis,
        )
    if jenis not in m.JENIS_OPSI and opsi:
        raise _salah(gettext_noop("Pertanyaan %(kode)s tidak memakai opsi."), kode=item["code"])
    if any(not 0 <= o.nilai <= 1 for o in opsi):
        raise _salah(gettext_noop("Pertanyaan %(kode)s: nilai opsi harus 0..1."), kode=item["code"])
    if jenis == m.ABCD and pengaturan.nilai_abcd == "pecahan":
        # Exact thirds instead of the printed 0.67 / 0.33: A 1, B 2/3, C 1/3, D 0.
        n = len(opsi) - 1
        opsi = tuple(m.Opsi(o.label, o.teks, Fraction(n - i, n)) for i, o in enumerate(opsi))
    return opsi


def _rumus(item: dict, pengaturan: m.Pengaturan) -> tuple[str, tuple[m.Masukan, ...]]:
    kode = item["code"]
    masukan = tuple(m.Masukan(kunci=i["key"], label=i["label"]) for i in item.get("inputs", []))
    if item["answer_type"] != m.PERSEN:
        return "", masukan
    kunci = {i.kunci for i in masukan}
    if not masukan or len(kunci) != len(masukan) or m.KUNCI_PERSEN in kunci:
        raise _salah(gettext_noop("Pertanyaan %(kode)s: masukan tidak valid."), kode=kode)
    varian = item.get("formula_variants") or {}
    rumus = varian.get(pengaturan.rumus_pengaduan, item.get("formula", ""))
    for teks in (rumus, *varian.values()):
        periksa_rumus(teks, kunci)
    for teks in item.get("constraints", []):
        periksa_rumus(teks, kunci, perbandingan=True)
    if item.get("zero_denominator") not in m.ATURAN_PENYEBUT_NOL:
        raise _salah(
            gettext_noop("Pertanyaan %(kode)s: aturan penyebut nol tidak dikenal."), kode=kode
        )
    return rumus, masukan


def _kode_area(item: dict) -> str:
    if item["component"] == "Pengungkit":
        return str(item["area_no"])
    return ".".join(item["code"].split(".")[:2])


def _kode_subarea(item: dict) -> str:
    kode: str = item["code"]
    return kode.rsplit(".", 1)[0] if item["component"] == "Pengungkit" else kode


def _ambang(nama: str, data: dict) -> m.Ambang:
    return m.Ambang(
        predikat=nama,
        total=_d(data["total"]),
        pengungkit=_d(data["pengungkit"]),
        fraksi_area=_d(data["area_min_fraction"]),
        bersih_akuntabel=_d(data["bersih_akuntabel"]),
        ipak=_d(data["ipak"]),
        capaian_kinerja=_d(data["capaian_kinerja"]),
        pelayanan_prima=_d(data["pelayanan_prima"]),
        syarat_predikat=data.get("requires_predicate"),
    )


def _pertanyaan(item: dict, urutan: int, pengaturan: m.Pengaturan) -> m.Pertanyaan:
    if item.get("answer_type") not in m.JENIS:
        raise _salah(
            gettext_noop("Pertanyaan %(kode)s: jenis jawaban %(jenis)s tidak dikenal."),
            kode=item.get("code"),
            jenis=item.get("answer_type"),
        )
    rumus, masukan = _rumus(item, pengaturan)
    return m.Pertanyaan(
        kode=item["code"],
        teks=item["question"],
        jenis=item["answer_type"],
        subarea=_kode_subarea(item),
        area=_kode_area(item),
        opsi=_opsi(item, pengaturan),
        masukan=masukan,
        rumus=rumus,
        penyebut_nol=item.get("zero_denominator", "") if rumus else "",
        batasan=tuple(item.get("constraints", [])) if rumus else (),
        nilai_maks=_d(item.get("max_value", 4)) if item["answer_type"] == m.NILAI else None,
        urutan=urutan,
    )


# Per area code: (code, name, weight); per sub-area code: ((area, aspect, name, weight), codes).
_DataArea = dict[str, tuple[str, str, Fraction]]
_DataSubArea = dict[str, tuple[tuple[str, str, str, Fraction], list[str]]]


def _struktur(
    items: list[dict], pengaturan: m.Pengaturan
) -> tuple[list[m.Pertanyaan], tuple[m.SubArea, ...], _DataArea]:
    pertanyaan: list[m.Pertanyaan] = []
    subarea: _DataSubArea = {}
    area: _DataArea = {}
    for urutan, item in enumerate(items, start=1):
        p = _pertanyaan(item, urutan, pengaturan)
        pertanyaan.append(p)
        kunci_area = (p.area, item["area"], _d(item["area_weight"]))
        area.setdefault(p.area, kunci_area)
        if area[p.area] != kunci_area:
            raise _salah(gettext_noop("Area %(kode)s tidak konsisten."), kode=p.area)
        aspek = _ASPEK.get(item["aspect"], "") if item["component"] == "Pengungkit" else m.HASIL
        if not aspek:
            raise _salah(gettext_noop("Pertanyaan %(kode)s: aspek tidak dikenal."), kode=p.kode)
        kunci_sub = (p.area, aspek, item["sub_area"], _d(item["sub_area_weight"]))
        lama = subarea.setdefault(p.subarea, (kunci_sub, []))
        if lama[0] != kunci_sub:
            raise _salah(gettext_noop("Sub-area %(kode)s tidak konsisten."), kode=p.subarea)
        lama[1].append(p.kode)
    if len({p.kode for p in pertanyaan}) != len(pertanyaan):
        raise _salah(gettext_noop("Kode pertanyaan ganda."))
    subarea_obj = tuple(
        m.SubArea(kode=k, area=a, aspek=asp, nama=nama, bobot=bobot, pertanyaan=tuple(kode))
        for k, ((a, asp, nama, bobot), kode) in subarea.items()
    )
    return pertanyaan, subarea_obj, area


def _area(area: dict, subarea: tuple[m.SubArea, ...]) -> list[m.Area]:
    hasil = []
    for kode, (_, nama, bobot) in area.items():
        bagian = {
            aspek: sum(
                (s.bobot for s in subarea if s.area == kode and s.aspek == aspek), Fraction(0)
            )
            for aspek in (m.PEMENUHAN, m.REFORM, m.HASIL)
        }
        if sum(bagian.values()) != bobot:
            raise _salah(
                gettext_noop("Bobot sub-area area %(kode)s tidak berjumlah %(bobot)s."),
                kode=kode,
                bobot=bobot,
            )
        pengungkit = not kode.startswith("B.")
        hasil.append(
            m.Area(
                kode=kode,
                komponen="A" if pengungkit else "B",
                no=int(kode) if pengungkit else None,
                nama=nama,
                bobot=bobot,
                bobot_pemenuhan=bagian[m.PEMENUHAN],
                bobot_reform=bagian[m.REFORM],
            )
        )
    return hasil


def instrumen_dari_data(data: dict, pengaturan: m.Pengaturan | None = None) -> m.Instrumen:
    """An Instrumen from the file format; `pengaturan` defaults to the file's own
    `meta.settings`, then to the Pengaturan defaults. Raises InstrumenTidakValid."""
    meta = data["meta"]
    if pengaturan is None:
        dikenal = set(m.Pengaturan.__dataclass_fields__)
        pengaturan = m.Pengaturan(
            **{k: v for k, v in meta.get("settings", {}).items() if k in dikenal}
        )
    if (
        pengaturan.nilai_abcd not in PILIHAN_NILAI_ABCD
        or pengaturan.minimum_area not in PILIHAN_MINIMUM_AREA
        or pengaturan.perbandingan_ambang not in PILIHAN_PERBANDINGAN
    ):
        raise _salah(gettext_noop("Pengaturan instrumen tidak dikenal: %(p)s."), p=pengaturan)
    pertanyaan, subarea, area_data = _struktur(data["items"], pengaturan)
    area = _area(area_data, subarea)
    predikat = meta["predicates"]
    sumber = predikat.get("criteria", {})
    kode_dikenal = {a.kode for a in area} | {p.kode for p in pertanyaan}
    if set(sumber) != set(KRITERIA_HASIL) or not set(sumber.values()) <= kode_dikenal:
        raise _salah(gettext_noop("Sumber kriteria hasil (predicates.criteria) tidak lengkap."))
    return m.Instrumen(
        kode=meta["instrument"],
        judul=meta.get("title", meta["instrument"]),
        area=tuple(a for a in area if a.komponen == "A"),
        kelompok_hasil=tuple(a for a in area if a.komponen == "B"),
        subarea=subarea,
        pertanyaan=tuple(pertanyaan),
        ambang={nama: _ambang(nama, predikat[nama]) for nama in ("WBK", "WBBM")},
        sumber_kriteria=dict(sumber),
        pengaturan=pengaturan,
    )


def instrumen_dari_berkas(
    path: str | os.PathLike[str], pengaturan: m.Pengaturan | None = None
) -> m.Instrumen:
    """An Instrumen straight from a data file, without the database."""
    with open(path, encoding="utf-8") as berkas:
        return instrumen_dari_data(json.load(berkas), pengaturan)
