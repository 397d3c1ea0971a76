"""The LKE workbook in the layout of Lampiran III of Permenpan RB 90/2021, with live
formulas: the download auditors and evaluators know.

Columns: the nested numbering (A. | I. | 1. | i. | a.) in five narrow columns, then
Penilaian, Bobot, Penjelasan (the scoring criteria), Pilihan Jawaban (`A/B/C/D`, `%`,
`Jumlah` …), then per layer its block: the unit's Jawaban · Nilai · % · Catatan · Eviden
· Tautan eviden, each evaluator layer's Jawaban · Nilai · % · Catatan. Helper columns
(question code, option labels and values) are hidden at the right.

Rows as in the regulation: A. PENGUNGKIT, I. PEMENUHAN, each area, each sub-area with
its questions (a `%` question followed by its `Jumlah …` count rows), TOTAL PENGUNGKIT;
B. HASIL with its items; TOTAL HASIL; NILAI EVALUASI ZONA INTEGRITAS.

Values as the engine computes them (`penilaian.scoring.hitung`): a question's Nilai is
its value 0..1 (an option's value, or the `%` formula over the counts); a sub-area,
area, aspect and component row's Nilai is in points; a hasil item's Nilai is in points
(17.5 × index ÷ 4; 5 × the option's value), as Lampiran III prints them. `%` = Nilai ÷
Bobot on every row that has a weight. The summary sheet is `laporan.ringkasan_lampiran3`.
"""

from collections.abc import Mapping

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from laporan.excel import (
    BUNGKUS,
    FORMAT_PERSEN,
    HURUF_TEBAL,
    ISI_JUDUL,
    Rumus,
    cetak_lanskap,
    isi_sel,
)
from laporan.lembar_lke import ISI_JAWABAN, ISI_STRUKTUR, MAKS_OPSI, DataLapisan, DataLke
from laporan.rumus_excel import rumus_persen
from penilaian.scoring import model as m
from penilaian.scoring import pecahan

LEMBAR = "LKE"
SEL_INSTRUMEN = "B4"
BARIS_GRUP, BARIS_JUDUL = 6, 7
BARIS_DATA = 8
LEVEL = ("no1", "no2", "no3", "no4", "no5")
KOLOM_UNIT = ("jawaban", "nilai", "persen", "catatan", "eviden", "tautan")
KOLOM_EVALUATOR = ("jawaban", "nilai", "persen", "catatan")
BANTU = ("kode", "tipe", "n", "nmaks", *(f"label{i}" for i in range(1, MAKS_OPSI + 1)))
BANTU += tuple(f"nilai{i}" for i in range(1, MAKS_OPSI + 1))
LEBAR = {"no": 4, "penilaian": 50, "bobot": 8, "penjelasan": 50, "pilihan": 11}
LEBAR.update({"jawaban": 11, "nilai": 8, "persen": 9, "catatan": 32, "eviden": 28, "tautan": 34})
TIPIS = Side(style="thin", color="A0A0A0")
GARIS = Border(left=TIPIS, right=TIPIS, top=TIPIS, bottom=TIPIS)
FORMAT_NILAI = "0.00"

# Row types in the hidden "tipe" column (the summary sheet finds rows by them).
KOMPONEN, ASPEK, AREA, SUBAREA, PERTANYAAN, JUMLAH, ITEM, TOTAL = (
    "komponen",
    "aspek",
    "area",
    "subarea",
    "pertanyaan",
    "jumlah",
    "item",
    "total",
)


def judul_kolom() -> dict[str, str]:
    return {
        "penilaian": _("Penilaian"),
        "bobot": _("Bobot"),
        "penjelasan": _("Penjelasan"),
        "pilihan": _("Pilihan Jawaban"),
        "jawaban": _("Jawaban"),
        "nilai": _("Nilai"),
        "persen": "%",
        "catatan": _("Catatan"),
        "eviden": _("Eviden"),
        "tautan": _("Tautan eviden"),
        "kode": _("Kode"),
    }


class Tata:
    """Where each column is: fixed columns, one block per layer, hidden helpers."""

    def __init__(self, lapisan: tuple[DataLapisan, ...]):
        kunci = [*LEVEL, "penilaian", "bobot", "penjelasan", "pilihan"]
        for i, lap in enumerate(lapisan):
            kunci += [f"{lap.kode}.{k}" for k in (KOLOM_UNIT if i == 0 else KOLOM_EVALUATOR)]
        self.terlihat = len(kunci)
        kunci += BANTU
        self.nomor = {k: i for i, k in enumerate(kunci, start=1)}

    def sel(self, kunci: str, baris: int, mutlak: bool = False) -> str:
        huruf = get_column_letter(self.nomor[kunci])
        return f"${huruf}${baris}" if mutlak else f"{huruf}{baris}"


def penjelasan(p: m.Pertanyaan) -> str:
    """The scoring criteria of a question, as the Penjelasan column of Lampiran III."""
    if p.jenis in m.JENIS_OPSI:
        baris = []
        for o in p.opsi:
            teks = o.teks.strip()
            awal = teks.split(",")[0].split(" ")[0].casefold()
            if p.jenis == m.YA_TIDAK:
                baris.append(teks if awal == o.label.casefold() else f"{o.label}: {teks}")
            else:
                baris.append(f"{o.label.lower()}. {teks}")
        return "\n".join(baris)
    if p.jenis == m.PERSEN:
        rumus = p.rumus
        for mk in sorted(p.masukan, key=lambda x: -len(x.kunci)):
            rumus = rumus.replace(mk.kunci, f"[{mk.label}]")
        return _("Persentase dihitung dari jumlah di bawahnya: %(rumus)s") % {"rumus": rumus}
    return p.teks


def _isi_jawaban(p: m.Pertanyaan, mentah):
    """What the Jawaban cell of a question row holds for a stored raw answer (the count
    form of a `%` answer lives in its count rows: the cell then gets a formula)."""
    if mentah is None or mentah == "":
        return None
    if p.jenis == m.PERSEN:
        if isinstance(mentah, Mapping) and set(mentah) == {m.KUNCI_PERSEN}:
            return pecahan(mentah[m.KUNCI_PERSEN]) / 100
        return None
    if p.jenis == m.NILAI:
        return pecahan(mentah)  # an index may be exact ("p/q"): written as its value
    return str(mentah)


def _isi_jumlah(mentah, kunci: str):
    if isinstance(mentah, Mapping) and mentah.get(kunci) not in (None, ""):
        return pecahan(mentah[kunci])
    return None


def _desimal(x) -> float:
    return float(x)


class PenulisLampiran3:
    def __init__(self, data: DataLke):
        self.data = data
        self.ins = data.instrumen
        self.tata = Tata(data.lapisan)
        self.wb = Workbook()
        self.ws = self.wb.active
        self.ws.title = LEMBAR
        self.baris = BARIS_DATA
        self.posisi: dict[tuple, int] = {}  # (tipe, kode) -> row
        self.validasi: dict[str, DataValidation] = {}

    # --- cells -------------------------------------------------------------------------

    def tulis(self, kunci: str, r: int, nilai, *, format: str | None = None):
        sel = self.ws.cell(row=r, column=self.tata.nomor[kunci])
        isi_sel(sel, nilai, format=format)
        return sel

    def baris_baru(self, tipe: str, kode: str = "") -> int:
        r = self.baris
        self.baris += 1
        self.tulis("tipe", r, tipe)
        if kode:
            self.tulis("kode", r, kode)
            self.posisi[(tipe, kode)] = r
        return r

    def pilihan(self, p: m.Pertanyaan, sel: str) -> None:
        """A drop-down of the option labels (another value may still be typed: the
        import reports it row by row)."""
        daftar = ",".join(o.label for o in p.opsi)
        if daftar not in self.validasi:
            dv = DataValidation(type="list", formula1=f'"{daftar}"', allow_blank=True)
            dv.showErrorMessage = False
            self.ws.add_data_validation(dv)
            self.validasi[daftar] = dv
        self.validasi[daftar].add(sel)

    def persen_baris(self, r: int) -> None:
        """% = Nilai ÷ Bobot of a row with a weight, per layer."""
        bobot = self.tata.sel("bobot", r)
        for lap in self.data.lapisan:
            nilai = self.tata.sel(f"{lap.kode}.nilai", r)
            rumus = f'=IF(OR(N({bobot})=0,{nilai}=""),"",{nilai}/{bobot})'
            self.tulis(f"{lap.kode}.persen", r, Rumus(rumus, format=FORMAT_PERSEN))

    def struktur(self, tipe: str, level: int, nomor: str, kode: str, nama: str, bobot) -> int:
        """A component, aspect, area or sub-area row (its Nilai is written by the caller:
        the sum of its children, or a sub-area's mean)."""
        r = self.baris_baru(tipe, kode)
        self.tulis(LEVEL[level], r, nomor)
        self.tulis("penilaian", r, nama)
        if bobot is not None:
            self.tulis("bobot", r, bobot, format=FORMAT_NILAI)
        for kolom in range(1, self.tata.terlihat + 1):
            sel = self.ws.cell(row=r, column=kolom)
            sel.font, sel.fill = HURUF_TEBAL, ISI_STRUKTUR
        return r

    def jumlahkan(self, r: int, anak: list[int]) -> None:
        for lap in self.data.lapisan:
            k = f"{lap.kode}.nilai"
            isi = ",".join(self.tata.sel(k, b) for b in anak) or "0"
            self.tulis(k, r, Rumus(f"=SUM({isi})"))
        self.persen_baris(r)

    # --- questions ---------------------------------------------------------------------

    def bantu_opsi(self, p: m.Pertanyaan, r: int) -> None:
        if p.nilai_maks is not None:
            self.tulis("nmaks", r, _desimal(p.nilai_maks))
        for i, o in enumerate(p.opsi[:MAKS_OPSI], start=1):
            self.tulis(f"label{i}", r, o.label)
            self.tulis(f"nilai{i}", r, _desimal(o.nilai))

    def rumus_nilai(self, p: m.Pertanyaan, r: int, jawaban: str) -> str:
        """The question value 0..1 (without '=') from the answer cell `jawaban`."""
        t = self.tata
        if p.jenis in m.JENIS_OPSI:
            label = f"{t.sel('label1', r)}:{t.sel(f'label{MAKS_OPSI}', r)}"
            nilai = f"{t.sel('nilai1', r)}:{t.sel(f'nilai{MAKS_OPSI}', r)}"
            return f'IF(TRIM({jawaban})="","",INDEX({nilai},MATCH(TRIM({jawaban}),{label},0)))'
        if p.jenis == m.PERSEN:
            return f'IF(ISNUMBER({jawaban}),MAX(0,MIN(1,{jawaban})),"")'
        return f'IF(ISNUMBER({jawaban}),MAX(0,MIN(1,{jawaban}/{t.sel("nmaks", r)})),"")'

    def sel_persen(self, p: m.Pertanyaan, lap: DataLapisan, r: int, jumlah: dict) -> None:
        """A `%` question's Jawaban: the percentage typed in the portal, else the live
        percentage of its count rows (empty until every count is filled)."""
        kunci = f"{lap.kode}.jawaban"
        langsung = _isi_jawaban(p, lap.jawaban.get(p.kode))
        if langsung is not None:
            self.tulis(kunci, r, langsung, format=FORMAT_PERSEN)
            return
        sel = {k: self.tata.sel(kunci, b) for k, b in jumlah.items()}
        awal, akhir = min(jumlah.values()), max(jumlah.values())
        rentang = f"{self.tata.sel(kunci, awal)}:{self.tata.sel(kunci, akhir)}"
        rumus = rumus_persen(p.rumus, p.penyebut_nol, sel)
        rumus = f'=IF(COUNT({rentang})<{len(sel)},"",{rumus})'
        self.tulis(kunci, r, Rumus(rumus, format=FORMAT_PERSEN))

    def pertanyaan(self, p: m.Pertanyaan, nomor: str, poin=None) -> int:
        """A question row and its count rows; `poin` (a hasil item's weight) makes its
        Nilai points instead of a value 0..1."""
        r = self.baris_baru(ITEM if poin is not None else PERTANYAAN, p.kode)
        self.tulis(LEVEL[2 if poin is not None else 4], r, nomor)
        self.tulis("penilaian", r, p.teks).alignment = BUNGKUS
        self.tulis("penjelasan", r, penjelasan(p)).alignment = BUNGKUS
        self.tulis("pilihan", r, p.jenis)
        self.bantu_opsi(p, r)
        jumlah = {}
        for mk in p.masukan:
            rm = self.baris_baru(JUMLAH)
            self.tulis("kode", rm, f"{p.kode}|{mk.kunci}")
            self.tulis(LEVEL[4], rm, "-")
            self.tulis("penilaian", rm, mk.label).alignment = BUNGKUS
            self.tulis("pilihan", rm, _("Jumlah"))
            jumlah[mk.kunci] = rm
        for lap in self.data.lapisan:
            self.jawaban_lapisan(p, lap, r, jumlah, poin)
        return r

    def jawaban_lapisan(self, p, lap: DataLapisan, r: int, jumlah: dict, poin) -> None:
        t = self.tata
        kunci = f"{lap.kode}.jawaban"
        mentah = lap.jawaban.get(p.kode)
        for k, rm in jumlah.items():
            self.tulis(kunci, rm, _isi_jumlah(mentah, k)).fill = ISI_JAWABAN
        if p.jenis == m.PERSEN:
            self.sel_persen(p, lap, r, jumlah)
        else:
            self.tulis(kunci, r, _isi_jawaban(p, mentah))
        self.ws.cell(row=r, column=t.nomor[kunci]).fill = ISI_JAWABAN
        if p.jenis in m.JENIS_OPSI:
            self.pilihan(p, t.sel(kunci, r))
        nilai = self.rumus_nilai(p, r, t.sel(kunci, r))
        if poin is not None:
            nilai = f'IF({nilai}="","",{nilai}*{t.sel("bobot", r)})'
        self.tulis(f"{lap.kode}.nilai", r, Rumus(f"={nilai}"))
        kolom_catatan = f"{lap.kode}.catatan"
        self.tulis(kolom_catatan, r, lap.catatan.get(p.kode) or None).alignment = BUNGKUS
        if lap is self.data.lapisan[0]:
            bukti = self.data.bukti.get(p.kode) or []
            if bukti:
                nama = "\n".join(n for n, _u in bukti)
                self.tulis(f"{lap.kode}.eviden", r, nama).alignment = BUNGKUS
                tautan = "\n".join(u for _n, u in bukti)
                self.tulis(f"{lap.kode}.tautan", r, tautan).alignment = BUNGKUS

    # --- structure ---------------------------------------------------------------------

    def subarea(self, s: m.SubArea, nomor: str) -> int:
        r = self.struktur(SUBAREA, 3, nomor, s.kode, s.nama, s.bobot)
        self.tulis("n", r, len(s.pertanyaan))
        awal = self.baris
        for kode in s.pertanyaan:
            self.pertanyaan(self.ins.cari(kode), f"{kode.rsplit('.', 1)[-1]}.")
        akhir = self.baris - 1
        for lap in self.data.lapisan:
            k = f"{lap.kode}.nilai"
            rentang = f"{self.tata.sel(k, awal)}:{self.tata.sel(k, akhir)}"
            rumus = f"=SUM({rentang})*{self.tata.sel('bobot', r)}/{len(s.pertanyaan)}"
            self.tulis(k, r, Rumus(rumus))
        self.persen_baris(r)
        return r

    def pengungkit(self) -> int:
        ins = self.ins
        r_a = self.struktur(KOMPONEN, 0, "A.", "A", _("PENGUNGKIT"), sum(a.bobot for a in ins.area))
        anak_a = []
        for aspek, romawi, nama in (
            (m.PEMENUHAN, "I.", _("PEMENUHAN")),
            (m.REFORM, "II.", _("REFORM")),
        ):
            milik = [s for s in ins.subarea if s.aspek == aspek]
            bobot = sum(
                a.bobot_pemenuhan if aspek == m.PEMENUHAN else a.bobot_reform for a in ins.area
            )
            kode_aspek = f"A.{romawi.rstrip('.')}"
            r_asp = self.struktur(ASPEK, 1, romawi, kode_aspek, nama, bobot)
            anak_a.append(r_asp)
            anak_asp = []
            for a in ins.area:
                bobot_area = a.bobot_pemenuhan if aspek == m.PEMENUHAN else a.bobot_reform
                kode_area = f"{kode_aspek}.{a.no}"
                r_ar = self.struktur(AREA, 2, f"{a.no}.", kode_area, a.nama.upper(), bobot_area)
                anak_asp.append(r_ar)
                subs = [s for s in milik if s.area == a.kode]
                self.jumlahkan(
                    r_ar, [self.subarea(s, f"{s.kode.rsplit('.', 1)[-1]}.") for s in subs]
                )
            self.jumlahkan(r_asp, anak_asp)
        self.jumlahkan(r_a, anak_a)
        return r_a

    def hasil(self) -> int:
        ins = self.ins
        bobot = sum(k.bobot for k in ins.kelompok_hasil)
        r_b = self.struktur(KOMPONEN, 0, "B.", "B", _("HASIL"), bobot)
        anak_b = []
        for k in ins.kelompok_hasil:
            romawi = f"{k.kode.split('.')[-1]}."
            r_k = self.struktur(AREA, 1, romawi, k.kode, k.nama.upper(), k.bobot)
            anak_b.append(r_k)
            self.jumlahkan(r_k, [self.item_hasil(s) for s in ins.subarea if s.area == k.kode])
        self.jumlahkan(r_b, anak_b)
        return r_b

    def item_hasil(self, s: m.SubArea) -> int:
        """A hasil item: one row that is both the sub-area (its name and weight) and the
        question (criteria in Penjelasan), Nilai in points, as in Lampiran III."""
        p = self.ins.cari(s.pertanyaan[0])
        r = self.pertanyaan(p, f"{s.kode.rsplit('.', 1)[-1]}.", poin=s.bobot)
        self.posisi[(SUBAREA, s.kode)] = r
        self.tulis("penilaian", r, s.nama)
        kriteria = p.teks if p.jenis not in m.JENIS_OPSI else penjelasan(p)
        self.tulis("penjelasan", r, kriteria).alignment = BUNGKUS
        self.tulis("bobot", r, s.bobot, format=FORMAT_NILAI)
        self.persen_baris(r)
        return r

    def total(self, kode: str, label: str, anak: list[int]) -> int:
        """A TOTAL row as Lampiran III prints it: the label and each layer's Nilai only
        (no weight, no %), so the first number on the row is the unit's score."""
        r = self.baris_baru(TOTAL, kode)
        self.tulis(LEVEL[0], r, label)
        self.ws.merge_cells(
            start_row=r, start_column=1, end_row=r, end_column=self.tata.nomor["penilaian"]
        )
        for kolom in range(1, self.tata.terlihat + 1):
            sel = self.ws.cell(row=r, column=kolom)
            sel.font, sel.fill = HURUF_TEBAL, ISI_JUDUL
        for lap in self.data.lapisan:
            k = f"{lap.kode}.nilai"
            isi = "+".join(self.tata.sel(k, b) for b in anak)
            self.tulis(k, r, Rumus(f"={isi}"))
        return r

    def tulis_semua(self) -> None:
        r_a = self.pengungkit()
        self.total("total_pengungkit", _("TOTAL PENGUNGKIT"), [r_a])
        r_b = self.hasil()
        self.total("total_hasil", _("TOTAL HASIL"), [r_b])
        self.total("total", _("NILAI EVALUASI ZONA INTEGRITAS"), [r_a, r_b])

    # --- sheet -------------------------------------------------------------------------

    def kepala(self) -> None:
        ws, t = self.ws, self.tata
        ws["A1"] = _("LEMBAR KERJA EVALUASI ZONA INTEGRITAS MENUJU WBK/WBBM")
        ws["A1"].font = HURUF_TEBAL
        for r, (label, nilai) in enumerate(
            (
                (_("Satuan kerja"), self.data.satker),
                (_("Periode"), self.data.periode),
                (_("Instrumen"), self.ins.kode),
            ),
            start=2,
        ):
            isi_sel(ws.cell(row=r, column=1), label)
            isi_sel(ws.cell(row=r, column=t.nomor["penilaian"]), nilai)
        judul = judul_kolom()
        kolom_penilaian = t.nomor["penilaian"]
        isi_sel(ws.cell(row=BARIS_GRUP, column=1), judul["penilaian"])
        ws.merge_cells(
            start_row=BARIS_GRUP, start_column=1, end_row=BARIS_JUDUL, end_column=kolom_penilaian
        )
        for k in ("bobot", "penjelasan", "pilihan"):
            isi_sel(ws.cell(row=BARIS_GRUP, column=t.nomor[k]), judul[k])
            ws.merge_cells(
                start_row=BARIS_GRUP,
                start_column=t.nomor[k],
                end_row=BARIS_JUDUL,
                end_column=t.nomor[k],
            )
        for i, lap in enumerate(self.data.lapisan):
            nama = KOLOM_UNIT if i == 0 else KOLOM_EVALUATOR
            awal, akhir = t.nomor[f"{lap.kode}.{nama[0]}"], t.nomor[f"{lap.kode}.{nama[-1]}"]
            isi_sel(ws.cell(row=BARIS_GRUP, column=awal), lap.nama)
            ws.merge_cells(
                start_row=BARIS_GRUP, start_column=awal, end_row=BARIS_GRUP, end_column=akhir
            )
            for k in nama:
                isi_sel(ws.cell(row=BARIS_JUDUL, column=t.nomor[f"{lap.kode}.{k}"]), judul[k])
        for k in BANTU:
            isi_sel(ws.cell(row=BARIS_JUDUL, column=t.nomor[k]), judul.get(k, k))
        for r in (BARIS_GRUP, BARIS_JUDUL):
            for kolom in range(1, t.terlihat + 1):
                sel = ws.cell(row=r, column=kolom)
                sel.font, sel.fill = HURUF_TEBAL, ISI_JUDUL
                sel.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        self.kolom_dan_cetak()

    def kolom_dan_cetak(self) -> None:
        ws, t = self.ws, self.tata
        for k, nomor in t.nomor.items():
            huruf = get_column_letter(nomor)
            dasar = "no" if k in LEVEL else k.split(".")[-1]
            ws.column_dimensions[huruf].width = LEBAR.get(dasar, 10)
            if nomor > t.terlihat:
                ws.column_dimensions[huruf].hidden = True
        for baris in ws.iter_rows(min_row=BARIS_GRUP, max_row=self.baris - 1, max_col=t.terlihat):
            for sel in baris:
                sel.border = GARIS
        ws.freeze_panes = ws.cell(row=BARIS_DATA, column=t.nomor["bobot"])
        area = f"A1:{get_column_letter(t.terlihat)}{self.baris - 1}"
        cetak_lanskap(ws, area=area, judul_baris=f"{BARIS_GRUP}:{BARIS_JUDUL}")

    def buat(self) -> Workbook:
        from laporan.ringkasan_lampiran3 import RingkasanLampiran3

        self.tulis_semua()
        self.kepala()
        RingkasanLampiran3(self).tulis()
        self.wb.active = 0
        return self.wb


def lampiran3_buku(data: DataLke) -> Workbook:
    """The LKE workbook in the Lampiran III layout (summary sheet first)."""
    return PenulisLampiran3(data).buat()
