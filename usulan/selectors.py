"""Reads of the proposal and the documents. Official figures come from the scoring's
own selectors (dasbor.selectors.periode: stored snapshots, the latest finished evaluator layer),
Tabel 6 from dasbor.status, prerequisites from dasbor.selectors.unit; nothing here
recomputes or rounds a score."""

import datetime
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from dasbor import status as st
from dasbor.selectors.periode import Skor, meta_versi, skor_per_penilaian, skor_resmi
from dasbor.selectors.unit import prasyarat_banyak, prasyarat_unit
from penilaian.models import CatatanArea, Evaluasi, Lapisan, Penilaian, Periode
from penilaian.selectors.penilaian import skor_per_lapisan
from satker.models import Predikat, RiwayatPredikat, Satker
from satker.selectors import kop_surat_untuk
from usulan.dokumen.bersama import PENILAI
from usulan.dokumen.data import (
    BarisArea,
    BarisHasil,
    CatatanTeks,
    DataKop,
    DataLaporan,
    DataLayak,
    DataPengajuan,
    Kriteria,
    NilaiUnit,
    Prasyarat,
)
from usulan.models import Usulan

PESAN_SUDAH_WBBM = _("Sudah meraih WBBM.")
PESAN_BELUM_DIEVALUASI = _("Belum ada lapisan evaluator (Kanwil atau TPI) yang selesai.")
PESAN_NILAI_BELUM = _("Nilai resmi (%(penilai)s) belum memenuhi %(predikat)s: %(kriteria)s.")
PESAN_BELUM_TPI = _(
    "Nilai resmi berasal dari penilaian pendahuluan Kanwil; TPI belum menyelesaikan evaluasinya."
)

# The results rows of the report: the instrument's hasil groups and items, and the
# snapshot field that holds each one's value.
KUNCI_HASIL = {
    "B.I": "bersih_akuntabel",
    "B.I.a": "ipak",
    "B.I.b": "capaian_kinerja",
    "B.II": "pelayanan_prima",
    "B.II.a": "pelayanan_prima",
}


def batas_usulan(periode: Periode) -> datetime.date:
    """The proposal deadline: the period's proposal date (31 May unless the national
    team announces another, Permenpan RB 5/2024)."""
    return periode.tanggal_usulan


def target_predikat(penilaian: Penilaian) -> str | None:
    """What the unit can be proposed for: WBBM once it holds WBK, none once it holds WBBM."""
    return {"": Predikat.WBK, "WBK": Predikat.WBBM}.get(penilaian.predikat_sebelumnya or "")


def data_kop(*, kanwil: Satker) -> DataKop:
    kop = kop_surat_untuk(kanwil=kanwil)
    return DataKop(
        instansi=kop.instansi,
        nama_kantor=kop.nama_kantor,
        alamat=kop.alamat,
        telepon=kop.telepon,
        email=kop.email,
        laman=kop.laman,
        kota=kop.kota,
        jabatan_kepala=kop.jabatan_kepala,
        nama_kepala=kop.nama_kepala,
        nip_kepala=kop.nip_kepala,
        nama_tpi=kop.nama_tpi,
        nama_kanwil=kanwil.nama,
        nama_instansi=kanwil.instansi.nama if kanwil.instansi_id else "",
    )


# --- Who may be proposed ---------------------------------------------------------------


@dataclass
class CalonUsulan:
    """One unit of the period as a proposal candidate, with every reason it is not one."""

    penilaian: Penilaian
    resmi: Skor | None  # the finished evaluator layer's score
    target: str | None
    prasyarat: list = field(default_factory=list)  # dasbor ButirPrasyarat
    wbk: RiwayatPredikat | None = None  # the WBK a WBBM proposal rests on
    alasan: list = field(default_factory=list)  # why it cannot be proposed
    prasyarat_belum: list = field(default_factory=list)  # may be overridden with a reason
    catatan: list = field(default_factory=list)

    @property
    def bisa(self) -> bool:
        """May be proposed (by default, or with a written reason)."""
        return self.resmi is not None and not self.alasan

    @property
    def layak(self) -> bool:
        """Proposable by default: official score meets the predicate, prerequisites met."""
        return self.bisa and not self.prasyarat_belum

    @property
    def penilai(self) -> str:
        return PENILAI.get(self.resmi.lapisan, "") if self.resmi else ""


def _wbk_dimiliki(satker_ids, tahun: int) -> dict[int, RiwayatPredikat]:
    """The latest WBK each unit held before `tahun` and still holds (any awarder)."""
    hasil = {}
    for r in RiwayatPredikat.objects.filter(
        satker_id__in=satker_ids, predikat=Predikat.WBK, tahun__lt=tahun
    ).order_by("tahun", "pk"):
        if r.tahun_dicabut is None or r.tahun_dicabut > tahun:
            hasil[r.satker_id] = r
    return hasil


def _alasan_nilai(c: CalonUsulan, nama_area: dict) -> None:
    resmi, target = c.resmi, c.target
    if target is None:
        c.alasan.append(str(PESAN_SUDAH_WBBM))
        return
    if resmi is None:
        c.alasan.append(str(PESAN_BELUM_DIEVALUASI))
        return
    memenuhi = resmi.memenuhi_wbbm if target == Predikat.WBBM else resmi.memenuhi_wbk
    if not memenuhi:
        gagal = resmi.gagal_wbbm if target == Predikat.WBBM else resmi.gagal_wbk
        kriteria = ", ".join(st.label_kriteria(k, nama_area) for k in gagal)
        c.alasan.append(
            str(PESAN_NILAI_BELUM)
            % {"penilai": c.penilai, "predikat": target, "kriteria": kriteria}
        )
    if resmi.lapisan != Lapisan.TPI:
        c.catatan.append(str(PESAN_BELUM_TPI))


def calon_usulan(*, periode: Periode) -> list[CalonUsulan]:
    """Every unit of the period with whether it may be proposed and why not. Scores in a
    constant number of queries; the prerequisites are read per unit through the
    dashboard's own selector (two queries each), so they can never disagree with it."""
    penilaian = list(
        Penilaian.objects.filter(periode=periode)
        .select_related("satker", "periode")
        .order_by("satker__nama")
    )
    skor = skor_per_penilaian(periode=periode)
    meta = meta_versi([periode.versi_id]).get(periode.versi_id)
    nama_area = meta.nama_area if meta else {}
    wbk = _wbk_dimiliki([p.satker_id for p in penilaian], periode.tahun)
    daftar = []
    for p in penilaian:
        resmi = skor_resmi(skor.get(p.pk, {}))
        if resmi is not None and (resmi.lapisan == Lapisan.MANDIRI or not resmi.selesai):
            resmi = None
        c = CalonUsulan(
            penilaian=p, resmi=resmi, target=target_predikat(p), wbk=wbk.get(p.satker_id)
        )
        _alasan_nilai(c, nama_area)
        daftar.append(c)
    # Prerequisites of the proposable ones, judged on the official layer's own answers
    # (LHKPN/LHKASN), in a constant number of queries.
    bisa = [c for c in daftar if c.bisa]
    prasyarat = prasyarat_banyak(
        penilaian=[c.penilaian for c in bisa],
        lapisan={c.penilaian.pk: c.resmi.lapisan for c in bisa},
    )
    for c in bisa:
        _data, c.prasyarat, _target = prasyarat[c.penilaian.pk]
        c.prasyarat_belum = [str(b.label) for b in c.prasyarat if not b.memenuhi]
    return daftar


# --- Documents' data -----------------------------------------------------------------------


def _selesai(**saring) -> dict[tuple[int, str], Evaluasi]:
    """Finished evaluator layers, by (penilaian_id, lapisan): one query."""
    return {
        (e.penilaian_id, e.lapisan): e
        for e in Evaluasi.objects.filter(selesai_pada__isnull=False, **saring).select_related(
            "selesai_oleh"
        )
    }


def _nilai_unit(p: Penilaian, skor: Skor, predikat: str, selesai: Evaluasi | None) -> NilaiUnit:
    return NilaiUnit(
        nama=p.satker.nama,
        predikat=predikat,
        penilai=PENILAI[skor.lapisan],
        total=skor.total,
        pengungkit=skor.pengungkit,
        hasil=skor.hasil,
        selesai_pada=selesai.selesai_pada if selesai else None,
    )


def unit_layak_dievaluasi(*, periode: Periode) -> list[NilaiUnit]:
    """Units whose Kanwil pre-assessment is finished and meets the predicate they aim for:
    those the Kanwil states fit to be evaluated by the TPI. Four queries."""
    skor = skor_per_penilaian(periode=periode)
    selesai = _selesai(penilaian__periode=periode, lapisan=Lapisan.KANWIL)
    daftar = []
    for p in (
        Penilaian.objects.filter(periode=periode).select_related("satker").order_by("satker__nama")
    ):
        kanwil = skor.get(p.pk, {}).get(Lapisan.KANWIL)
        target = target_predikat(p)
        if kanwil is None or not kanwil.selesai or target is None:
            continue
        if kanwil.memenuhi_wbbm if target == Predikat.WBBM else kanwil.memenuhi_wbk:
            daftar.append(_nilai_unit(p, kanwil, target, selesai.get((p.pk, Lapisan.KANWIL))))
    return daftar


def data_layak(*, periode: Periode) -> DataLayak | None:
    unit = unit_layak_dievaluasi(periode=periode)
    if not unit:
        return None
    return DataLayak(kop=data_kop(kanwil=periode.kanwil), tahun=periode.tahun, unit=tuple(unit))


def _baris_area(skor: Skor, snapshot, meta) -> tuple[BarisArea, ...]:
    baris = []
    for no, nama in meta.nama_area.items():
        rinci = snapshot.area.get(no, {}) if snapshot else {}
        nilai = skor.area.get(no)
        baris.append(
            BarisArea(
                no=no,
                nama=nama,
                bobot=meta.bobot_area[no],
                pemenuhan=rinci.get("pemenuhan"),
                reform=rinci.get("reform"),
                nilai=nilai,
                persen=st.persen_bobot(nilai, meta.bobot_area[no]),
            )
        )
    return tuple(baris)


def _baris_hasil(skor: Skor, meta) -> tuple[BarisHasil, ...]:
    kelompok: dict = {}
    for s in meta.subarea:
        if s.area.no is None:
            kelompok.setdefault(s.area, []).append(s)
    baris = []
    for area, sub in kelompok.items():
        baris.append(
            BarisHasil(area.nama, area.bobot, skor.hasil_rinci.get(KUNCI_HASIL.get(area.kode)))
        )
        if len(sub) > 1:
            baris += [
                BarisHasil(
                    s.nama, s.bobot, skor.hasil_rinci.get(KUNCI_HASIL.get(s.kode)), rinci=True
                )
                for s in sub
            ]
    return tuple(baris)


def _kriteria(penilaian: Penilaian, skor: Skor, meta, target: str) -> tuple[Kriteria, ...]:
    gagal = skor.gagal_wbbm if target == Predikat.WBBM else skor.gagal_wbk
    baris = st.tabel_kriteria(
        predikat=target,
        ambang=meta.ambang,
        total=skor.total,
        pengungkit=skor.pengungkit,
        area_nilai=skor.area,
        area_bobot=meta.bobot_area,
        nama_area=meta.nama_area,
        hasil_rinci=skor.hasil_rinci,
        gagal=gagal,
        predikat_sebelumnya=penilaian.predikat_sebelumnya,
        perbandingan=meta.perbandingan,
    )
    return tuple(
        Kriteria(
            label=str(k.label),
            syarat=k.syarat,
            nilai=k.nilai,
            memenuhi=k.memenuhi,
            celah=k.celah,
            digit=k.digit,
        )
        for k in baris
    )


def _catatan(penilaian: Penilaian, lapisan: str) -> tuple[CatatanTeks, ...]:
    daftar = CatatanArea.objects.filter(penilaian=penilaian, lapisan=lapisan).select_related("area")
    return tuple(
        CatatanTeks(
            area=f"{c.area.no}. {c.area.nama}" if c.area.no else c.area.nama,
            catatan=c.catatan,
            rekomendasi=c.rekomendasi,
        )
        for c in sorted(daftar, key=lambda c: c.area.urutan)
        if c.catatan or c.rekomendasi
    )


def _nama(user) -> str:
    return (user.get_full_name() or user.username) if user else ""


def data_laporan(*, penilaian: Penilaian, lapisan: str) -> DataLaporan | None:
    """One finished evaluator layer of one unit, as its report prints it; None while the
    layer is not finished (a report is of an official, frozen layer only)."""
    evaluasi = _selesai(penilaian=penilaian, lapisan=lapisan).get((penilaian.pk, lapisan))
    skor = skor_per_penilaian(pk=penilaian.pk).get(penilaian.pk, {}).get(lapisan)
    meta = meta_versi([penilaian.periode.versi_id]).get(penilaian.periode.versi_id)
    target = target_predikat(penilaian) or Predikat.WBBM
    if evaluasi is None or skor is None or meta is None:
        return None
    _data, butir, _target = prasyarat_unit(penilaian=penilaian, lapisan=lapisan)
    return DataLaporan(
        kop=data_kop(kanwil=penilaian.periode.kanwil),
        tahun=penilaian.periode.tahun,
        unit=penilaian.satker.nama,
        kepala_unit=penilaian.satker.nama_kepala,
        lapisan=lapisan,
        target=target,
        memenuhi=skor.memenuhi_wbbm if target == Predikat.WBBM else skor.memenuhi_wbk,
        total=skor.total,
        pengungkit=skor.pengungkit,
        hasil=skor.hasil,
        terjawab=skor.terjawab,
        jumlah_pertanyaan=skor.jumlah_pertanyaan,
        area=_baris_area(skor, skor_per_lapisan(penilaian=penilaian).get(lapisan), meta),
        hasil_rinci=_baris_hasil(skor, meta),
        kriteria=_kriteria(penilaian, skor, meta, target),
        prasyarat=tuple(
            Prasyarat(str(b.label), str(b.syarat), str(b.nilai), b.memenuhi) for b in butir
        ),
        catatan=_catatan(penilaian, lapisan),
        evaluator=_nama(evaluasi.selesai_oleh),
        selesai_pada=evaluasi.selesai_pada,
    )


# --- The proposal --------------------------------------------------------------------------


def usulan_untuk_periode(*, periode: Periode) -> Usulan | None:
    return (
        Usulan.objects.filter(periode=periode)
        .select_related("dibuat_oleh", "diubah_oleh", "dikirim_oleh")
        .prefetch_related("unit__penilaian__satker")
        .first()
    )


def unit_berubah(*, usulan: Usulan, calon: list[CalonUsulan]) -> set[int]:
    """Proposed units (penilaian ids) whose official score is no longer the one stored
    with the proposal (a layer reopened, or a later layer finished since)."""
    sekarang = {c.penilaian.pk: c.resmi for c in calon}
    berubah = set()
    for u in usulan.unit.all():
        resmi = sekarang.get(u.penilaian_id)
        if resmi is None or (resmi.lapisan, str(resmi.total)) != (u.lapisan, u.total):
            berubah.add(u.penilaian_id)
    return berubah


def data_pengajuan(*, usulan: Usulan) -> DataPengajuan:
    """The letter and SPTJM of a proposal, from what was stored when it was made: its
    units and figures, and once sent, the letterhead it was sent with."""
    periode = usulan.periode
    kop = DataKop.dari_json(usulan.kop) if usulan.kop else data_kop(kanwil=periode.kanwil)
    unit = tuple(
        NilaiUnit(
            nama=u.penilaian.satker.nama,
            predikat=u.predikat,
            penilai=PENILAI.get(u.lapisan, u.lapisan),
            total=u.total,
            pengungkit=u.pengungkit,
            hasil=u.hasil,
            selesai_pada=u.lapisan_selesai_pada,
        )
        for u in usulan.unit.all()
    )
    return DataPengajuan(
        kop=kop,
        tahun=periode.tahun,
        unit=unit,
        nomor=usulan.nomor_surat,
        tanggal=usulan.tanggal_surat,
        penandatangan_nama=usulan.penandatangan_nama,
        penandatangan_jabatan=usulan.penandatangan_jabatan,
        penandatangan_nip=usulan.penandatangan_nip,
    )


# --- Which documents exist (for pages and links) -------------------------------------------

JENIS_PERIODE = {
    "layak": _("Surat Pernyataan Layak Dievaluasi"),
    "pengajuan": _("Surat Pengajuan Evaluasi"),
    "sptjm": _("Surat Pernyataan Tanggung Jawab Mutlak"),
}
JENIS_PENILAIAN = {
    "laporan": _("Laporan Hasil Evaluasi"),
    "berita-acara": _("Berita Acara Evaluasi"),
}
PESAN_TANPA_LAYAK = _("Belum ada unit yang penilaian pendahuluan Kanwilnya selesai dan memenuhi.")
PESAN_TANPA_USULAN = _("Usulan periode ini belum disusun.")


@dataclass(frozen=True)
class DokumenTersedia:
    """One document of a period or an assessment, with its download URLs (DOCX and PDF)
    when it can be generated, or why it cannot yet."""

    jenis: str
    label: str
    url_docx: str = ""
    url_pdf: str = ""
    alasan: str = ""
    lapisan: str = ""

    @property
    def ada(self) -> bool:
        return not self.alasan


def _tersedia(jenis: str, label, nama_url: str, args: list, alasan: str = "", lapisan=""):
    from django.urls import reverse

    if alasan:
        return DokumenTersedia(jenis, str(label), alasan=str(alasan), lapisan=lapisan)
    url = {f: reverse(nama_url, args=[*args, f]) for f in ("docx", "pdf")}
    return DokumenTersedia(jenis, str(label), url["docx"], url["pdf"], lapisan=lapisan)


def dokumen_periode(*, periode: Periode, usulan: Usulan | None) -> list[DokumenTersedia]:
    """The period's letters: the statement to the TPI, the proposal and its SPTJM."""
    args = [periode.kanwil.kode, periode.tahun]
    ada_layak = bool(unit_layak_dievaluasi(periode=periode))
    ada_usulan = usulan is not None
    return [
        _tersedia(
            "layak",
            JENIS_PERIODE["layak"],
            "usulan:dokumen_periode",
            [*args, "layak"],
            "" if ada_layak else PESAN_TANPA_LAYAK,
        ),
        *(
            _tersedia(
                jenis,
                JENIS_PERIODE[jenis],
                "usulan:dokumen_periode",
                [*args, jenis],
                "" if ada_usulan else PESAN_TANPA_USULAN,
            )
            for jenis in ("pengajuan", "sptjm")
        ),
    ]


def _dokumen_lapisan(penilaian_pk: int, lapisan_selesai) -> list[DokumenTersedia]:
    daftar = []
    for lapisan in sorted(lapisan_selesai, key=lambda lp: (lp != Lapisan.TPI, lp)):
        for jenis, label in JENIS_PENILAIAN.items():
            daftar.append(
                _tersedia(
                    jenis,
                    f"{label} ({Lapisan(lapisan).label})",
                    "usulan:dokumen_penilaian",
                    [penilaian_pk, jenis, lapisan],
                    lapisan=lapisan,
                )
            )
    return daftar


def dokumen_penilaian(*, penilaian: Penilaian) -> list[DokumenTersedia]:
    """The report and Berita Acara of each finished evaluator layer of an assessment
    (one query); a layer still open has none yet."""
    selesai = Evaluasi.objects.filter(penilaian=penilaian, selesai_pada__isnull=False)
    return _dokumen_lapisan(penilaian.pk, selesai.values_list("lapisan", flat=True))


def dokumen_unit_periode(*, periode: Periode) -> list[tuple[Penilaian, list[DokumenTersedia]]]:
    """Each unit of the period that has a finished evaluator layer, with that layer's
    report and Berita Acara (two queries)."""
    selesai: dict[int, list[str]] = {}
    for pk, lapisan in Evaluasi.objects.filter(
        penilaian__periode=periode, selesai_pada__isnull=False
    ).values_list("penilaian_id", "lapisan"):
        selesai.setdefault(pk, []).append(lapisan)
    penilaian = Penilaian.objects.filter(pk__in=selesai).select_related("satker")
    return [
        (p, _dokumen_lapisan(p.pk, selesai[p.pk]))
        for p in sorted(penilaian, key=lambda p: p.satker.nama)
    ]
