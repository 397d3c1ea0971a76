"""Reads of the unit page: one unit's layers by area and sub-area, Tabel 6, the
engine's gains list, earlier years and the prerequisites. Scores come from the stored
snapshots; the engine runs only for this one unit (sub-areas and gains)."""

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Min

from dasbor import status as st
from dasbor.selectors.periode import (
    NOL,
    MetaVersi,
    Skor,
    ada_nilai,
    meta_versi,
    skor_per_penilaian,
    skor_resmi,
    tren_satker,
)
from dasbor.selectors.sumber import persen_lhk_banyak
from penilaian.models import Lapisan, Penilaian, Periode
from penilaian.scoring import JawabanTidakValid, peluang
from penilaian.selectors.hasil import catatan_kriteria
from penilaian.selectors.instrumen import instrumen_untuk_versi
from penilaian.services.skor import hasil_lke, jawaban_untuk_skor

# --- One unit ------------------------------------------------------------------------------


@dataclass(frozen=True)
class BarisSubArea:
    kode: str
    nama: str
    bobot: Decimal
    nilai: list  # per layer (Decimal | None), in the order of RincianUnit.lapisan


@dataclass(frozen=True)
class BarisArea:
    no: str
    nama: str
    bobot: Decimal
    nilai: list  # per layer: (nilai, persen, warna) or None
    subarea: list


@dataclass
class RincianUnit:
    penilaian: Penilaian
    meta: MetaVersi | None
    lapisan: list  # [(kode, label, Skor | None)] MANDIRI, KANWIL, TPI
    resmi: Skor | None
    predikat: str
    area: list  # BarisArea
    kriteria: dict  # "WBK"/"WBBM" -> [BarisKriteria]
    radar: dict  # {"label": [...], "unit": [...], "kanwil": [...]}
    tahun_lalu: list  # [(tahun, {no: persen}, total, status)] earlier years first
    sumber_subarea: str = ""  # "" or why sub-area scores are missing


def _sumber_json(skor: Skor) -> dict:
    return {k: h.ke_json() for k, h in skor.sumber_hasil.items()}


def _nilai_subarea(penilaian: Penilaian, lapisan: str) -> dict[str, Decimal] | None:
    """Sub-area scores of one layer from the engine on the snapshot's own inputs (one
    unit, so one small computation; lists never do this)."""
    try:
        hasil = hasil_lke(penilaian=penilaian, lapisan=lapisan)
    except JawabanTidakValid:  # an invalid stored answer: show the snapshot only
        return None
    return {k: s.nilai for k, s in hasil.subarea.items()}


def _rata_kanwil(periode: Periode, bobot: dict) -> dict[str, Decimal]:
    """Average share of weight per area over the period's official scores."""
    jumlah = defaultdict(list)
    for lapisan in skor_per_penilaian(periode=periode).values():
        resmi = skor_resmi(lapisan)
        if resmi is None:
            continue
        for no, b in bobot.items():
            persen = st.persen_bobot(resmi.area.get(no), b)
            if persen is not None:
                jumlah[no].append(persen)
    return {no: sum(v, NOL) / len(v) for no, v in jumlah.items()}


def rincian_unit(*, penilaian: Penilaian) -> RincianUnit:
    """Everything the unit page shows, from the stored snapshots of this unit (all its
    years) and one engine run per scored layer for the sub-areas."""
    periode = penilaian.periode
    per_satker, skor = tren_satker([penilaian.satker_id])
    meta = meta_versi({periode.versi_id}).get(periode.versi_id)
    lapisan_ini = skor.get(penilaian.pk, {})
    lapisan = [(k, str(label), lapisan_ini.get(k)) for k, label in Lapisan.choices]
    resmi = skor_resmi(lapisan_ini)
    bobot = meta.bobot_area if meta else {}
    nama_area = meta.nama_area if meta else {}
    subarea_lapisan = [
        _nilai_subarea(penilaian, k) if s is not None else None for k, _l, s in lapisan
    ]
    area = []
    for no, nama in nama_area.items():
        nilai = []
        for _k, _l, s in lapisan:
            v = s.area.get(no) if s else None
            persen = st.persen_bobot(v, bobot[no])
            warna = st.warna_persen(persen, meta.perbandingan)
            nilai.append((v, persen, warna) if s else None)
        sub = [
            BarisSubArea(
                s.kode,
                s.nama,
                s.bobot,
                [x.get(s.kode) if x is not None else None for x in subarea_lapisan],
            )
            for s in meta.subarea
            if s.area.kode == no
        ]
        area.append(BarisArea(no, nama, bobot[no], nilai, sub))
    kriteria = {}
    if resmi is not None and meta is not None:
        for predikat, gagal in (("WBK", resmi.gagal_wbk), ("WBBM", resmi.gagal_wbbm)):
            kriteria[predikat] = st.tabel_kriteria(
                predikat=predikat,
                ambang=meta.ambang,
                total=resmi.total,
                pengungkit=resmi.pengungkit,
                area_nilai=resmi.area,
                area_bobot=bobot,
                nama_area=nama_area,
                hasil_rinci=resmi.hasil_rinci,
                gagal=gagal,
                predikat_sebelumnya=penilaian.predikat_sebelumnya,
                perbandingan=meta.perbandingan,
                catatan=catatan_kriteria(_sumber_json(resmi)),
            )
    rata = _rata_kanwil(periode, bobot)
    radar = {
        "label": [f"{no}. {nama}" for no, nama in nama_area.items()],
        "unit": [
            _angka(st.persen_bobot(resmi.area.get(no), bobot[no]) if resmi else None)
            for no in nama_area
        ],
        "kanwil": [_angka(rata.get(no)) for no in nama_area],
    }
    tahun_lalu = []
    for tahun, pk in per_satker.get(penilaian.satker_id, []):
        r = skor_resmi(skor.get(pk, {}))
        if not ada_nilai(r):
            continue
        persen = {no: st.persen_bobot(r.area.get(no), bobot.get(no)) for no in nama_area}
        tahun_lalu.append((tahun, persen, r.total, r.status))
    return RincianUnit(
        penilaian=penilaian,
        meta=meta,
        lapisan=lapisan,
        resmi=resmi,
        predikat=resmi.status if resmi else st.KOSONG,
        area=area,
        kriteria=kriteria,
        radar=radar,
        tahun_lalu=tahun_lalu,
        sumber_subarea="" if any(x is not None for x in subarea_lapisan) else "tanpa_mesin",
    )


def _angka(x: Decimal | None) -> float | None:
    """A number for the chart's JSON (rounded for display, as everywhere)."""
    return None if x is None else float(st.bulat(x))


@dataclass(frozen=True)
class Langkah:
    """One entry of 'what would close the gap'."""

    kode: str
    teks: str
    area: str
    nilai_sekarang: Decimal | None
    tambahan: Decimal
    menutup: list  # failing criteria it helps, in words


def target_berikut(status: str) -> str | None:
    return {st.KOSONG: "WBK", st.BELUM: "WBK", st.WBK: "WBBM"}.get(status)


def peluang_unit(*, penilaian: Penilaian, resmi: Skor | None, batas: int = 10) -> list[Langkah]:
    """The engine's ranked list of questions that would add most towards the next
    predicate, on the official layer's answers."""
    target = target_berikut(resmi.status if resmi else st.KOSONG)
    if target is None:
        return []
    instrumen = instrumen_untuk_versi(penilaian.periode.versi)
    lapisan = resmi.lapisan if resmi else Lapisan.MANDIRI
    jawaban = jawaban_untuk_skor(penilaian=penilaian, lapisan=lapisan)
    try:
        daftar = peluang(
            instrumen,
            jawaban,
            predikat_sebelumnya=penilaian.predikat_sebelumnya or None,
            target=target,
        )
    except JawabanTidakValid:
        return []
    nama_area = {a.kode: a.nama for a in instrumen.area}
    return [
        Langkah(
            kode=p.kode,
            teks=p.teks,
            area=p.area,
            nilai_sekarang=p.nilai_sekarang,
            tambahan=p.tambahan,
            menutup=[st.label_kriteria(k, nama_area) for k in p.menutup],
        )
        for p in daftar[:batas]
    ]


def prasyarat_banyak(*, penilaian: list[Penilaian], lapisan: dict[int, str]) -> dict:
    """{penilaian id: (stored checklist or None, [ButirPrasyarat], target)} for many
    assessments in four queries: the checklists, the declarations of ZI, and the LKE
    answers of the layer being judged of each (`lapisan`: id -> layer, the official
    one; the unit's own when none is given). The target is WBBM for a unit already
    holding WBK, else WBK; 'ZI built a year' is measured to the period's proposal
    date; LHKPN/LHKASN are the LKE's A.II.5.iii.a/b in that layer."""
    from dasbor.models import PrasyaratUsulan
    from dasbor.prasyarat import KODE_LHKASN, KODE_LHKPN, periksa_prasyarat
    from satker.models import StatusZI

    satker_ids = {p.satker_id for p in penilaian}
    data = {
        (d.satker_id, d.tahun): d
        for d in PrasyaratUsulan.objects.filter(satker_id__in=satker_ids).select_related(
            "diubah_oleh"
        )
    }
    pencanangan = dict(
        StatusZI.objects.filter(satker_id__in=satker_ids, tanggal_pencanangan__isnull=False)
        .values("satker_id")
        .annotate(awal=Min("tanggal_pencanangan"))
        .values_list("satker_id", "awal")
        .order_by()
    )
    lhk = persen_lhk_banyak(
        penilaian=penilaian, lapisan=lapisan, kode={"lhkpn": KODE_LHKPN, "lhkasn": KODE_LHKASN}
    )
    hasil = {}
    # Many units of a Kanwil give the same inputs (a thousand rows, a few dozen distinct
    # checklists): each distinct one is checked, and its labels translated, once.
    sekali = {}
    for p in penilaian:
        d = data.get((p.satker_id, p.periode.tahun))
        target = "WBBM" if p.predikat_sebelumnya in ("WBK", "WBBM") else "WBK"
        masukan = {
            "temuan_ditindaklanjuti": d.temuan_ditindaklanjuti if d else None,
            "lhkpn_persen": lhk[p.pk]["lhkpn"],
            "lhkasn_persen": lhk[p.pk]["lhkasn"],
            "nilai_sakip": d.nilai_sakip if d else "",
            "pencanangan": pencanangan.get(p.satker_id),
            "acuan": p.periode.tanggal_usulan,
            "target": target,
            "sumber_lhk": lapisan.get(p.pk) or Lapisan.MANDIRI,
        }
        kunci = tuple(masukan.values())
        if kunci not in sekali:
            masukan["sumber_lhk"] = str(Lapisan(masukan["sumber_lhk"]).label)
            sekali[kunci] = periksa_prasyarat(**masukan)
        hasil[p.pk] = (d, list(sekali[kunci]), target)
    return hasil


def prasyarat_unit(*, penilaian: Penilaian, lapisan: str | None = None):
    """(stored checklist or None, [ButirPrasyarat], target) for the unit's year, with
    LHKPN/LHKASN from the LKE answers of `lapisan`, the layer being judged."""
    return prasyarat_banyak(penilaian=[penilaian], lapisan={penilaian.pk: lapisan})[penilaian.pk]
