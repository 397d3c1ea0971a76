"""The LKE workbook of one unit in the official layout, with live formulas.

One row per component, aspect, area (part), sub-area and question (and one row per
named input under a `%` question); per layer (the unit's, then each evaluator layer) its
answer cells and formula cells. Every value, score, sub-total and total is a formula
over the answer cells, built the way `penilaian.scoring.hitung` computes:

- option value: looked up by label in the row's own (hidden) option columns;
- `%`: the data's formula over the count cells, the zero-denominator rule, clamp 0..1;
  a directly typed percentage in the question row's answer cell wins (the engine's
  {"persen": N} form);
- `Nilai (0-4)`: value / maximum, clamp 0..1;
- sub-area score = sum of its question values × weight ÷ number of questions
  (unanswered = 0, the mean over ALL questions);
- area part = sum of its sub-areas; aspect, component, total = sums;
- criteria on the summary sheet compare with Tabel 6 as the version's setting says
  (`perbandingan_ambang`): `tepat` compares the unrounded value (rounded to 9 decimals,
  which removes binary floating-point noise of about 1e-13 and nothing a real score can
  differ by), `dibulatkan` compares ROUND(x, 2); both like `penilaian.scoring.predikat`.

This module is pure: `lke_buku(DataLke)` takes plain data, so tests can score any answer
set; `laporan.sumber.data_lke(penilaian)` reads it from the database.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from openpyxl import Workbook
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from laporan.excel import (
    BUNGKUS,
    FORMAT_PERSEN,
    HURUF_TEBAL,
    Rumus,
    isi_sel,
    tulis_baris,
)
from laporan.rumus_excel import rumus_persen, syarat_ambang
from penilaian.scoring import model as m
from penilaian.scoring.angka import desimal_tepat, pecahan

LEMBAR_LKE = "LKE"
LEMBAR_RINGKASAN = "Ringkasan"
BARIS_KUNCI = 4  # hidden row of machine column keys (the import reads it)
BARIS_LAPISAN = 5
BARIS_JUDUL = 6
BARIS_DATA = 7
SEL_INSTRUMEN = "B3"
MAKS_OPSI = 5

# Row types in the hidden "tipe" column.
KOMPONEN, ASPEK, AREA, SUBAREA, PERTANYAAN, MASUKAN, TOTAL = (
    "komponen",
    "aspek",
    "area",
    "subarea",
    "pertanyaan",
    "masukan",
    "total",
)
ISI_JAWABAN = PatternFill("solid", fgColor="FFF7D6")
ISI_STRUKTUR = PatternFill("solid", fgColor="EEF3F8")
KOLOM_LAPISAN_UNIT = ("jawaban", "nilai", "skor", "persen", "narasi", "bukti", "tautan")
KOLOM_LAPISAN_EVALUATOR = ("jawaban", "nilai", "skor", "catatan")
LEBAR = {"kode": 13, "uraian": 60, "bobot": 8, "opsi": 28, "jawaban": 11, "nilai": 8}
LEBAR.update({"skor": 8, "persen": 8, "narasi": 40, "bukti": 30, "tautan": 40, "catatan": 30})


@dataclass(frozen=True)
class DataLapisan:
    kode: str  # a Lapisan value: "mandiri", "kanwil", "tpi"
    nama: str
    jawaban: Mapping[str, object]  # code -> raw answer (hitung_lke format)
    catatan: Mapping[str, str] = field(default_factory=dict)  # narasi / evaluator note


@dataclass(frozen=True)
class DataLke:
    instrumen: m.Instrumen
    lapisan: tuple[DataLapisan, ...]  # the unit's layer first
    satker: str = ""
    periode: str = ""
    predikat_sebelumnya: str | None = None
    bukti: Mapping[str, list[tuple[str, str]]] = field(default_factory=dict)  # code -> (name, url)


def judul_kolom() -> dict[str, str]:
    return {
        "kode": _("Kode"),
        "uraian": _("Uraian"),
        "bobot": _("Bobot"),
        "opsi": _("Pilihan jawaban"),
        "jawaban": _("Jawaban"),
        "nilai": _("Nilai"),
        "skor": _("Skor"),
        "persen": "%",
        "narasi": _("Penjelasan"),
        "bukti": _("Data dukung"),
        "tautan": _("Tautan portal"),
        "catatan": _("Catatan"),
    }


class Tata:
    """Column positions: fixed columns, one block per layer, hidden helper columns."""

    def __init__(self, lapisan: tuple[DataLapisan, ...]):
        self.kunci: list[str] = ["kode", "uraian", "bobot", "opsi"]
        for i, lap in enumerate(lapisan):
            nama = KOLOM_LAPISAN_UNIT if i == 0 else KOLOM_LAPISAN_EVALUATOR
            self.kunci += [f"{lap.kode}.{k}" for k in nama]
        self.tersembunyi_mulai = len(self.kunci) + 1
        self.kunci += ["tipe", "kunci", "n", "nmaks"]
        self.kunci += [f"label{i}" for i in range(1, MAKS_OPSI + 1)]
        self.kunci += [f"nilai{i}" for i in range(1, MAKS_OPSI + 1)]
        self.nomor = {k: i for i, k in enumerate(self.kunci, start=1)}

    def huruf(self, kunci: str) -> str:
        return get_column_letter(self.nomor[kunci])

    def sel(self, kunci: str, baris: int, mutlak: bool = False) -> str:
        if mutlak:
            return f"${self.huruf(kunci)}${baris}"
        return f"{self.huruf(kunci)}{baris}"


def _angka(x) -> float:
    return float(x)


def _teks_angka(x) -> str:
    """0.67 as "0.67", 2/3 as "2/3": the exact value as people write it."""
    d = desimal_tepat(x)
    return str(x) if d is None else f"{d.normalize():f}"


def _teks_opsi(p: m.Pertanyaan) -> str:
    if p.jenis in m.JENIS_OPSI:
        return "\n".join(f"{o.label} = {_teks_angka(o.nilai)}: {o.teks}".strip() for o in p.opsi)
    if p.jenis == m.PERSEN:
        return _("Persentase dari jumlah di bawah")
    return _("Angka 0 sampai %(maks)s") % {"maks": _teks_angka(p.nilai_maks)}


def _isi_jawaban(p: m.Pertanyaan, mentah):
    """The cell content of a raw answer in the question row (None for the count form)."""
    if mentah is None:
        return None
    if p.jenis == m.PERSEN:
        if isinstance(mentah, Mapping) and set(mentah) == {m.KUNCI_PERSEN}:
            return pecahan(mentah[m.KUNCI_PERSEN])
        return None
    if p.jenis == m.NILAI:
        return pecahan(mentah)  # a survey index is an exact ratio (excel.isi_sel writes it)
    return str(mentah)


def _isi_masukan(mentah, kunci: str):
    if isinstance(mentah, Mapping) and kunci in mentah and mentah[kunci] not in (None, ""):
        return Decimal(str(mentah[kunci]))
    return None


class PenulisLke:
    def __init__(self, data: DataLke):
        self.data = data
        self.ins = data.instrumen
        self.tata = Tata(data.lapisan)
        self.wb = Workbook()
        self.ws: Worksheet = self.wb.active
        self.ws.title = LEMBAR_LKE
        self.baris = BARIS_DATA
        self.posisi: dict[tuple, int] = {}
        self.validasi: dict[str, DataValidation] = {}

    def pilihan(self, p: m.Pertanyaan, sel: str) -> None:
        """A drop-down of the question's option labels on an answer cell (typing another
        value is still allowed: the import reports it row by row)."""
        daftar = ",".join(o.label for o in p.opsi)
        dv = self.validasi.get(daftar)
        if dv is None:
            dv = DataValidation(type="list", formula1=f'"{daftar}"', allow_blank=True)
            dv.showErrorMessage = False
            self.ws.add_data_validation(dv)
            self.validasi[daftar] = dv
        dv.add(sel)

    # --- helpers ---------------------------------------------------------------------

    def tulis(self, kunci: str, baris: int, nilai, *, format: str | None = None):
        sel = self.ws.cell(row=baris, column=self.tata.nomor[kunci])
        isi_sel(sel, nilai, format=format)
        return sel

    def struktur(self, tipe: str, kode: str, uraian: str, bobot: Decimal | None) -> int:
        r = self.baris
        self.baris += 1
        self.tulis("kode", r, kode)
        self.tulis("uraian", r, uraian)
        if bobot is not None:
            self.tulis("bobot", r, pecahan(bobot))
            self.ws.cell(row=r, column=self.tata.nomor["bobot"]).number_format = "0.00"
        self.tulis("tipe", r, tipe)
        for kolom in range(1, self.tata.tersembunyi_mulai):
            sel = self.ws.cell(row=r, column=kolom)
            sel.font = HURUF_TEBAL
            sel.fill = ISI_STRUKTUR
        return r

    def skor_jumlah(self, r: int, baris_anak: list[int]) -> None:
        """Score of a structure row = sum of its children's scores, per layer."""
        for lap in self.data.lapisan:
            k = f"{lap.kode}.skor"
            isi = ",".join(self.tata.sel(k, b) for b in baris_anak) or "0"
            self.tulis(k, r, Rumus(f"=SUM({isi})"))
        self._persen(r)

    def _persen(self, r: int) -> None:
        lap = self.data.lapisan[0]
        skor, bobot = self.tata.sel(f"{lap.kode}.skor", r), self.tata.sel("bobot", r)
        self.tulis(
            f"{lap.kode}.persen",
            r,
            Rumus(f'=IF(N({bobot})=0,"",{skor}/{bobot})', format=FORMAT_PERSEN),
        )

    # --- rows ------------------------------------------------------------------------

    def pertanyaan(self, p: m.Pertanyaan, baris_sub: int, n: int) -> int:
        t = self.tata
        r = self.baris
        self.baris += 1
        self.posisi[(PERTANYAAN, p.kode)] = r
        self.tulis("kode", r, p.kode)
        self.tulis("uraian", r, p.teks)
        self.tulis("opsi", r, _teks_opsi(p))
        self.tulis("tipe", r, PERTANYAAN)
        self.tulis("kunci", r, p.kode)
        self.tulis("n", r, n)
        if p.nilai_maks is not None:
            self.tulis("nmaks", r, _angka(p.nilai_maks))
        for i, o in enumerate(p.opsi[:MAKS_OPSI], start=1):
            self.tulis(f"label{i}", r, o.label)
            self.tulis(f"nilai{i}", r, _angka(o.nilai))
        masukan_baris = {}
        for mk in p.masukan:
            rm = self.baris
            self.baris += 1
            masukan_baris[mk.kunci] = rm
            self.tulis("uraian", rm, mk.label)
            self.tulis("tipe", rm, MASUKAN)
            self.tulis("kunci", rm, f"{p.kode}|{mk.kunci}")
        bobot = t.sel("bobot", baris_sub, mutlak=True)
        for lap in self.data.lapisan:
            jwb, nil, skor = (f"{lap.kode}.{k}" for k in ("jawaban", "nilai", "skor"))
            mentah = lap.jawaban.get(p.kode)
            self.tulis(jwb, r, _isi_jawaban(p, mentah)).fill = ISI_JAWABAN
            a = t.sel(jwb, r)
            if p.jenis in m.JENIS_OPSI:
                self.pilihan(p, a)
                label = f"{t.sel('label1', r)}:{t.sel(f'label{MAKS_OPSI}', r)}"
                nilai = f"{t.sel('nilai1', r)}:{t.sel(f'nilai{MAKS_OPSI}', r)}"
                rumus = f'=IF(TRIM({a})="","",INDEX({nilai},MATCH(TRIM({a}),{label},0)))'
            elif p.jenis == m.PERSEN:
                sel = {}
                for kunci, rm in masukan_baris.items():
                    sel[kunci] = t.sel(jwb, rm)
                    self.tulis(jwb, rm, _isi_masukan(mentah, kunci)).fill = ISI_JAWABAN
                awal = t.sel(jwb, min(masukan_baris.values()))
                akhir = t.sel(jwb, max(masukan_baris.values()))
                dari_masukan = rumus_persen(p.rumus, p.penyebut_nol, sel)
                rumus = (
                    f"=IF(ISNUMBER({a}),MAX(0,MIN(1,{a}/100)),"
                    f'IF(COUNT({awal}:{akhir})<{len(sel)},"",{dari_masukan}))'
                )
            else:
                maks = t.sel("nmaks", r)
                rumus = f'=IF(ISNUMBER({a}),MAX(0,MIN(1,{a}/{maks})),"")'
            self.tulis(nil, r, Rumus(rumus))
            self.tulis(skor, r, Rumus(f"=N({t.sel(nil, r)})*{bobot}/{n}"))
            catatan = lap.catatan.get(p.kode) or None
            kolom_catatan = "narasi" if lap is self.data.lapisan[0] else "catatan"
            self.tulis(f"{lap.kode}.{kolom_catatan}", r, catatan).alignment = BUNGKUS
        unit = self.data.lapisan[0].kode
        self.tulis(
            f"{unit}.persen",
            r,
            Rumus(f'=IF({t.sel(f"{unit}.nilai", r)}="","",N({t.sel(f"{unit}.nilai", r)}))'),
            format=FORMAT_PERSEN,
        )
        self.ws.cell(row=r, column=t.nomor[f"{unit}.persen"]).number_format = FORMAT_PERSEN
        bukti = self.data.bukti.get(p.kode) or []
        if bukti:
            self.tulis(f"{unit}.bukti", r, "\n".join(n for n, _u in bukti)).alignment = BUNGKUS
            self.tulis(f"{unit}.tautan", r, "\n".join(u for _n, u in bukti)).alignment = BUNGKUS
        for kolom in ("uraian", "opsi"):
            self.ws.cell(row=r, column=t.nomor[kolom]).alignment = BUNGKUS
        return r

    def subarea(self, s: m.SubArea) -> int:
        """A sub-area row and its questions; a hasil item that is its own sub-area
        (B.I.a) is one row carrying the sub-area's weight."""
        n = len(s.pertanyaan)
        if n == 1 and s.pertanyaan[0] == s.kode:
            r = self.baris
            self.pertanyaan(self.ins.cari(s.kode), r, n)
            self.tulis("bobot", r, s.bobot)
            self.ws.cell(row=r, column=self.tata.nomor["bobot"]).number_format = "0.00"
            self.posisi[(SUBAREA, s.kode)] = r
            self._persen(r)
            return r
        r = self.struktur(SUBAREA, s.kode, s.nama, s.bobot)
        self.posisi[(SUBAREA, s.kode)] = r
        self.tulis("n", r, n)
        awal = self.baris
        for kode in s.pertanyaan:
            self.pertanyaan(self.ins.cari(kode), r, n)
        akhir = self.baris - 1
        t = self.tata
        for lap in self.data.lapisan:
            nil, skor = f"{lap.kode}.nilai", f"{lap.kode}.skor"
            rentang = f"{t.sel(nil, awal)}:{t.sel(nil, akhir)}"
            self.tulis(nil, r, Rumus(f"=SUM({rentang})/{n}"))
            self.tulis(skor, r, Rumus(f"=SUM({rentang})*{t.sel('bobot', r)}/{n}"))
        self._persen(r)
        return r

    def tulis_semua(self) -> None:
        ins = self.ins
        subarea = list(ins.subarea)
        bagian = []  # (aspek, aspect code, name, areas)
        r_a = self.struktur(KOMPONEN, "A", _("Komponen pengungkit"), sum(a.bobot for a in ins.area))
        self.posisi[(KOMPONEN, "A")] = r_a
        anak_a = []
        for aspek, nama in ((m.PEMENUHAN, _("Pemenuhan")), (m.REFORM, _("Reform"))):
            milik = [s for s in subarea if s.aspek == aspek]
            if not milik:
                continue
            kode_aspek = ".".join(milik[0].kode.split(".")[:2])
            bobot = sum(
                (a.bobot_pemenuhan if aspek == m.PEMENUHAN else a.bobot_reform) for a in ins.area
            )
            r_asp = self.struktur(ASPEK, kode_aspek, nama, bobot)
            self.posisi[(ASPEK, aspek)] = r_asp
            anak_a.append(r_asp)
            anak_asp = []
            for a in ins.area:
                subs = [s for s in milik if s.area == a.kode]
                bobot_area = a.bobot_pemenuhan if aspek == m.PEMENUHAN else a.bobot_reform
                r_ar = self.struktur(AREA, f"{kode_aspek}.{a.no}", a.nama, bobot_area)
                self.posisi[(AREA, aspek, a.kode)] = r_ar
                anak_asp.append(r_ar)
                self.skor_jumlah(r_ar, [self.subarea(s) for s in subs])
            self.skor_jumlah(r_asp, anak_asp)
            bagian.append(r_asp)
        self.skor_jumlah(r_a, anak_a)
        r_b = self.struktur(
            KOMPONEN, "B", _("Komponen hasil"), sum(k.bobot for k in ins.kelompok_hasil)
        )
        self.posisi[(KOMPONEN, "B")] = r_b
        anak_b = []
        for k in ins.kelompok_hasil:
            r_k = self.struktur(AREA, k.kode, k.nama, k.bobot)
            self.posisi[(AREA, m.HASIL, k.kode)] = r_k
            anak_b.append(r_k)
            self.skor_jumlah(r_k, [self.subarea(s) for s in subarea if s.area == k.kode])
        self.skor_jumlah(r_b, anak_b)
        r_t = self.struktur(TOTAL, "", _("Nilai total (pengungkit + hasil)"), None)
        self.tulis(
            "bobot", r_t, Rumus(f"={self.tata.sel('bobot', r_a)}+{self.tata.sel('bobot', r_b)}")
        )
        self.posisi[(TOTAL,)] = r_t
        self.skor_jumlah(r_t, [r_a, r_b])

    def kepala(self) -> None:
        ws, t = self.ws, self.tata
        ws["A1"] = _("Lembar Kerja Evaluasi Zona Integritas")
        ws["A1"].font = HURUF_TEBAL
        isi_sel(ws["A2"], _("Satuan kerja"))
        isi_sel(ws["B2"], f"{self.data.satker} — {self.data.periode}".strip(" —"))
        isi_sel(ws["A3"], _("Instrumen"))
        isi_sel(ws[SEL_INSTRUMEN], self.ins.kode)
        tulis_baris(ws, BARIS_KUNCI, t.kunci)
        ws.row_dimensions[BARIS_KUNCI].hidden = True
        judul = judul_kolom()
        tulis_baris(ws, BARIS_JUDUL, [judul.get(k.split(".")[-1], k) for k in t.kunci], tebal=True)
        for lap in self.data.lapisan:
            kolom = t.nomor[f"{lap.kode}.jawaban"]
            isi_sel(ws.cell(row=BARIS_LAPISAN, column=kolom), lap.nama)
            ws.cell(row=BARIS_LAPISAN, column=kolom).font = HURUF_TEBAL
        for k, nomor in t.nomor.items():
            huruf = get_column_letter(nomor)
            ws.column_dimensions[huruf].width = LEBAR.get(k.split(".")[-1], 10)
            if nomor >= t.tersembunyi_mulai:
                ws.column_dimensions[huruf].hidden = True
        ws.freeze_panes = ws.cell(row=BARIS_DATA, column=t.nomor["opsi"])
        ws.print_title_rows = f"{BARIS_LAPISAN}:{BARIS_JUDUL}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_area = f"A1:{get_column_letter(t.tersembunyi_mulai - 1)}{self.baris - 1}"

    def buat(self) -> Workbook:
        self.tulis_semua()
        self.kepala()
        Ringkasan(self).tulis()
        self.wb.move_sheet(LEMBAR_RINGKASAN, offset=-1)
        self.wb.active = 0
        return self.wb


def _h(kolom: int, geser: int) -> str:
    return get_column_letter(kolom + geser)


# A value compared exactly shows up to 6 decimals, so one that fails by less than 0.005
# does not read as its 2-decimal rounding (4.7963 against 4.80).
FORMAT_TEPAT = "0.00####"


def _syarat_per_bagian(sel_pemenuhan: str, sel_reform: str, area, fraksi, cara: str) -> str:
    """Excel condition for the 'per part' minimum: each part of the area reaches its
    share of that part's weight (both the area row and the criteria row use it)."""
    f = _angka(fraksi)
    return (
        f"AND({syarat_ambang(sel_pemenuhan, f'{_angka(area.bobot_pemenuhan)}*{f}', cara)},"
        f"{syarat_ambang(sel_reform, f'{_angka(area.bobot_reform)}*{f}', cara)})"
    )


class Ringkasan:
    """The summary sheet in front: areas, hasil, total and Tabel 6, as formulas."""

    def __init__(self, lke: PenulisLke):
        self.lke = lke
        self.ws = lke.wb.create_sheet(LEMBAR_RINGKASAN)
        self.ins = lke.ins

    def ref(self, kolom: str, baris: int) -> str:
        return f"{LEMBAR_LKE}!{self.lke.tata.sel(kolom, baris, mutlak=True)}"

    def skor(self, lapisan: str, kunci: tuple) -> str:
        return self.ref(f"{lapisan}.skor", self.lke.posisi[kunci])

    def sumber(self, lapisan: str, nama: str) -> str:
        kode = self.ins.sumber_kriteria[nama]
        if any(k.kode == kode for k in self.ins.kelompok_hasil):
            return self.skor(lapisan, (AREA, m.HASIL, kode))
        if (PERTANYAAN, kode) in self.lke.posisi and self.ins.cari(kode).area in {
            k.kode for k in self.ins.kelompok_hasil
        }:
            return self.skor(lapisan, (PERTANYAAN, kode))
        return self.skor(lapisan, (SUBAREA, kode))

    def tulis(self) -> None:
        ws, lke, ins = self.ws, self.lke, self.ins
        lapisan = [lap.kode for lap in lke.data.lapisan]
        ok, belum = _("OK"), _("Belum memenuhi")
        ws["A1"] = _("Ringkasan penilaian Zona Integritas")
        ws["A1"].font = HURUF_TEBAL
        for r, (label, nilai) in enumerate(
            (
                (_("Satuan kerja"), lke.data.satker),
                (_("Periode"), lke.data.periode),
                (_("Instrumen"), ins.kode),
                (_("Predikat sebelumnya"), lke.data.predikat_sebelumnya or ""),
            ),
            start=2,
        ):
            tulis_baris(ws, r, [label, nilai])
        sel_predikat = "$B$5"
        wbk, wbbm = ins.ambang["WBK"], ins.ambang["WBBM"]
        # Areas: per layer pemenuhan, reform, value, % of weight, minimum WBK / WBBM.
        per = [_("Pemenuhan"), _("Reform"), _("Nilai"), _("% bobot")]
        per += [
            _("Minimal %(p)s (%(f)s%%)")
            % {"p": a.predikat, "f": f"{float(a.fraksi_area * 100):.0f}"}
            for a in (wbk, wbbm)
        ]
        blok = len(per)
        r = 7
        for i, lap in enumerate(lke.data.lapisan):
            isi_sel(ws.cell(row=r, column=4 + i * blok), lap.nama)
            ws.cell(row=r, column=4 + i * blok).font = HURUF_TEBAL
        r += 1
        judul_no = pgettext("nomor urut", "No")  # plain "No" is Django's "Tidak" (yes/no)
        tulis_baris(ws, r, [judul_no, _("Area"), _("Bobot"), *(per * len(lapisan))], tebal=True)
        baris_judul = r
        baris_area = {}
        per_bagian = ins.pengaturan.minimum_area == "per_bagian"
        cara = ins.pengaturan.perbandingan_ambang
        for a in ins.area:
            r += 1
            baris_area[a.no] = r
            nilai = [a.no, a.nama, a.bobot]
            for lap in lapisan:
                c = 4 + lapisan.index(lap) * blok
                pem = self.skor(lap, (AREA, m.PEMENUHAN, a.kode))
                ref = self.skor(lap, (AREA, m.REFORM, a.kode))
                nilai += [
                    Rumus(f"={pem}"),
                    Rumus(f"={ref}"),
                    Rumus(f"={_h(c, 0)}{r}+{_h(c, 1)}{r}"),
                    Rumus(f"={_h(c, 2)}{r}/$C{r}", format=FORMAT_PERSEN),
                ]
                for amb in (wbk, wbbm):
                    if per_bagian:
                        syarat = _syarat_per_bagian(
                            f"{_h(c, 0)}{r}", f"{_h(c, 1)}{r}", a, amb.fraksi_area, cara
                        )
                    else:
                        syarat = syarat_ambang(
                            f"{_h(c, 2)}{r}", f"$C{r}*{_angka(amb.fraksi_area)}", cara
                        )
                    nilai.append(Rumus(f'=IF({syarat},"{ok}","{belum}")', format=None))
            tulis_baris(ws, r, nilai)
        r += 1
        baris_pengungkit = r
        isi = ["A", _("Komponen pengungkit"), Rumus(f"=SUM(C{baris_judul + 1}:C{r - 1})")]
        for i in range(len(lapisan)):
            c = 4 + i * blok
            isi += [
                *(Rumus(f"=SUM({_h(c, j)}{baris_judul + 1}:{_h(c, j)}{r - 1})") for j in range(3)),
                Rumus(f"={get_column_letter(c + 2)}{r}/$C{r}", format=FORMAT_PERSEN),
                "",
                "",
            ]
        tulis_baris(ws, r, isi, tebal=True)
        # Hasil: each item, each group, total hasil, grand total (value in the "Nilai" column).
        baris_hasil = {}

        def baris_nilai(label_kode, label, bobot, sumber, tebal=False):
            nonlocal r
            r += 1
            isi = [label_kode, label, bobot]
            for i, lap in enumerate(lapisan):
                isi += ["", "", Rumus(f"={sumber(lap, i)}"), "", "", ""]
            tulis_baris(ws, r, isi, tebal=tebal)
            return r

        for k in ins.kelompok_hasil:
            for s in ins.subarea:
                if s.area != k.kode:
                    continue
                if s.pertanyaan == (s.kode,):
                    p = ins.cari(s.kode)
                    baris_hasil[s.kode] = baris_nilai(
                        s.kode,
                        p.teks if len(p.teks) < 80 else s.nama,
                        s.bobot,
                        lambda lap, i, kode=s.kode: self.skor(lap, (PERTANYAAN, kode)),
                    )
                else:
                    baris_hasil[s.kode] = baris_nilai(
                        s.kode,
                        s.nama,
                        s.bobot,
                        lambda lap, i, kode=s.kode: self.skor(lap, (SUBAREA, kode)),
                    )
            baris_hasil[k.kode] = baris_nilai(
                k.kode,
                k.nama,
                k.bobot,
                lambda lap, i, kode=k.kode: self.skor(lap, (AREA, m.HASIL, kode)),
                tebal=True,
            )
        kel = [baris_hasil[k.kode] for k in ins.kelompok_hasil]

        def kolom_nilai(i):
            return get_column_letter(4 + i * blok + 2)

        baris_total_hasil = baris_nilai(
            "B",
            _("Komponen hasil"),
            sum(k.bobot for k in ins.kelompok_hasil),
            lambda lap, i: "+".join(f"{kolom_nilai(i)}{b}" for b in kel),
            tebal=True,
        )
        baris_total = baris_nilai(
            "A+B",
            _("Nilai total"),
            Rumus(f"=C{baris_pengungkit}+C{baris_total_hasil}"),
            lambda lap, i: (
                f"{kolom_nilai(i)}{baris_pengungkit}+{kolom_nilai(i)}{baris_total_hasil}"
            ),
            tebal=True,
        )
        self.baris_total = baris_total
        # Tabel 6: each criterion, its requirement per predicate and OK / not met per layer.
        r += 2
        tulis_baris(ws, r, [_("Kriteria predikat (Tabel 6)")], tebal=True)
        r += 1
        kepala = [judul_no, _("Kriteria"), _("Syarat WBK"), _("Syarat WBBM")]
        for lap in lke.data.lapisan:
            kepala += [f"{lap.nama}: {_('Nilai')}", "WBK", "WBBM"]
        tulis_baris(ws, r, kepala, tebal=True)
        awal_kriteria = r + 1

        def nilai_area(i, no):
            return f"{kolom_nilai(i)}{baris_area[no]}"

        kriteria = [
            (
                "total",
                _("Nilai total"),
                wbk.total,
                wbbm.total,
                lambda i: f"{kolom_nilai(i)}{baris_total}",
            ),
            (
                "pengungkit",
                _("Komponen pengungkit"),
                wbk.pengungkit,
                wbbm.pengungkit,
                lambda i: f"{kolom_nilai(i)}{baris_pengungkit}",
            ),
        ]
        for a in ins.area:
            kriteria.append(
                (
                    f"area_{a.no}",
                    _("Area %(no)s: %(nama)s") % {"no": a.no, "nama": a.nama},
                    a.bobot * wbk.fraksi_area,
                    a.bobot * wbbm.fraksi_area,
                    lambda i, no=a.no: nilai_area(i, no),
                )
            )
        for nama, label in (
            ("bersih_akuntabel", _("Birokrasi yang bersih dan akuntabel")),
            ("ipak", _("Indeks Persepsi Anti Korupsi (IPAK)")),
            ("capaian_kinerja", _("Capaian kinerja")),
            ("pelayanan_prima", _("Pelayanan publik yang prima")),
        ):
            kriteria.append(
                (
                    nama,
                    label,
                    getattr(wbk, nama),
                    getattr(wbbm, nama),
                    lambda i, nama=nama: self.sumber(lapisan[i], nama),
                )
            )
        for no, (kode, label, s_wbk, s_wbbm, sumber) in enumerate(kriteria, start=1):
            r += 1
            isi = [no, label, s_wbk, s_wbbm]  # the criterion in words, numbered
            for i in range(len(lapisan)):
                c = 5 + i * 3
                h = get_column_letter(c)
                if cara == "dibulatkan":
                    isi.append(Rumus(f"=ROUND({sumber(i)},2)"))
                else:
                    isi.append(Rumus(f"={sumber(i)}", format=FORMAT_TEPAT))
                for kol, amb in ((get_column_letter(3), wbk), (get_column_letter(4), wbbm)):
                    if kode.startswith("area_") and per_bagian:
                        no = int(kode.split("_")[1])
                        a = next(x for x in ins.area if x.no == no)
                        c_area, baris = 4 + i * blok, baris_area[no]
                        syarat = _syarat_per_bagian(
                            f"{_h(c_area, 0)}{baris}",
                            f"{_h(c_area, 1)}{baris}",
                            a,
                            amb.fraksi_area,
                            cara,
                        )
                    else:
                        syarat = syarat_ambang(f"{h}{r}", f"${kol}{r}", cara)
                    isi.append(Rumus(f'=IF({syarat},"{ok}","{belum}")', format=None))
            tulis_baris(ws, r, isi)
        for amb in (wbk, wbbm):
            if amb.syarat_predikat:
                r += 1
                isi = [len(kriteria) + 1, _("Sudah meraih predikat WBK"), "", amb.syarat_predikat]
                for _i in lapisan:
                    status = Rumus(
                        f'=IF(OR({sel_predikat}="WBK",{sel_predikat}="WBBM"),"{ok}","{belum}")',
                        format=None,
                    )
                    isi += [Rumus(f"={sel_predikat}", format=None), "", status]
                tulis_baris(ws, r, isi)
        akhir_kriteria = r
        r += 1
        isi = ["", _("Memenuhi predikat"), "", ""]
        for i in range(len(lapisan)):
            isi.append("")
            for j in (1, 2):
                h = get_column_letter(5 + i * 3 + j)
                rentang = f"{h}{awal_kriteria}:{h}{akhir_kriteria}"
                isi.append(
                    Rumus(f'=IF(COUNTIF({rentang},"{belum}")=0,"{ok}","{belum}")', format=None)
                )
        tulis_baris(ws, r, isi, tebal=True)
        self.baris_memenuhi = r
        ws.column_dimensions["B"].width = 48
        ws.freeze_panes = "C9"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToHeight = 0


def lke_buku(data: DataLke) -> Workbook:
    """The LKE workbook (summary sheet first, then the worksheet)."""
    return PenulisLke(data).buat()
