"""Each row of an LKE table matched to an instrument question, walking the rows in order
as a reader does: a code column says it outright (`kode`); otherwise the nested
numbering read so far (A. → I. → 1. → i. → a.) gives the code (`nomor`), unless the
row's text is exactly another question's (then `teks`: the numbering of that workbook
differs from the instrument's); a row without numbering is matched by its normalised
text (`teks`) or, failing that, by a close text (`teks_mirip`, with its similarity).
Sub-area and area names set the place for the rows below them as numbering does.

Count rows under a `%` question (`- Jumlah …`, Pilihan Jawaban `Jumlah`) are matched to
the question's inputs by their label, or by order when the labels say nothing; a total
of other counts ("Jumlah yang harus melaporkan" over its three kinds) is listed, not
taken. TOTAL rows and rows nothing matches are listed with the reason.
"""

import difflib
from dataclasses import dataclass, field

from laporan.pembaca_lke.kepala import Tabel
from laporan.pembaca_lke.sel import teks_sel
from laporan.pembaca_lke.teks import (
    ROMAWI_KECIL,
    Kode,
    Token,
    baca_kode,
    baca_token,
    normal,
    pisah_awalan,
)
from penilaian.scoring import model as m

KODE, NOMOR, TEKS, TEKS_MIRIP = "kode", "nomor", "teks", "teks_mirip"
TOTAL, SUBTOTAL, GANDA, TIDAK_DIKENAL, JUMLAH_TIDAK_DIKENAL = (
    "total",
    "subtotal",
    "ganda",
    "tidak_dikenal",
    "jumlah_tidak_dikenal",
)
MIRIP_MIN = 0.86  # similarity of two normalised question texts to count as the same
LABEL_MIN = 0.75  # similarity of a count row's label to an input's label
AWAL_TOTAL = (
    "total",
    "nilai evaluasi",
    "nilai akhir",
    "nilai total",
    "jumlah nilai",
    "jumlah total",
)
ROMAWI = {v: k for k, v in ROMAWI_KECIL.items()}


@dataclass(frozen=True)
class BarisCocok:
    baris: int
    kode: str
    cara: str  # KODE | NOMOR | TEKS | TEKS_MIRIP
    rincian: str = ""


@dataclass(frozen=True)
class BarisLain:
    """A row the import does not take, and why (`jenis`)."""

    baris: int
    jenis: str
    teks: str
    kode: str = ""
    rujukan: int | None = None  # the row it duplicates


@dataclass
class Pencocokan:
    pertanyaan: dict[str, BarisCocok] = field(default_factory=dict)
    jumlah: dict[str, dict[str, int]] = field(default_factory=dict)  # code -> input -> row
    lain: list[BarisLain] = field(default_factory=list)


class Indeks:
    """What rows are compared with: question texts, sub-area and area names, order."""

    def __init__(self, ins: m.Instrumen):
        self.ins = ins
        self.urutan = {p.kode: i for i, p in enumerate(ins.pertanyaan)}
        self.teks: dict[str, list[str]] = {}
        for p in ins.pertanyaan:
            for varian in {normal(p.teks), normal(p.teks.split("\n")[0])}:
                if len(varian) >= 12:
                    self.teks.setdefault(varian, []).append(p.kode)
        self.subarea: dict[str, list[str]] = {}
        for s in ins.subarea:
            self.subarea.setdefault(normal(s.nama), []).append(s.kode)
            if s.pertanyaan == (s.kode,):  # a hasil item is named by its sub-area
                self.teks.setdefault(normal(s.nama), []).append(s.kode)
        self.area: dict[str, list[str]] = {}
        for a in ins.area:
            self.area.setdefault(normal(a.nama), []).append(str(a.no))
        for k in ins.kelompok_hasil:
            self.area.setdefault(normal(k.nama), []).append(k.kode)
        self.subarea_per = {}  # (aspect, area) -> sub-area codes in order
        for s in ins.subarea:
            if s.kode.startswith("A."):
                _k, aspek, area, _s = s.kode.split(".")
                self.subarea_per.setdefault((aspek, area), []).append(s.kode)

    def terdekat(self, calon: list[str], sesudah: int) -> str:
        """Of several codes, the first at or after the reading position (else the first)."""
        urut = sorted(set(calon), key=lambda k: self.urutan.get(k, 0))
        return next((k for k in urut if self.urutan.get(k, 0) >= sesudah), urut[0])

    def mirip(self, teks: str) -> tuple[str, float] | None:
        """The question whose text is closest (similarity at least MIRIP_MIN)."""
        hasil = []
        for kunci, kode in self.teks.items():
            sm = difflib.SequenceMatcher(None, teks, kunci, autojunk=False)
            if sm.real_quick_ratio() < MIRIP_MIN or sm.quick_ratio() < MIRIP_MIN:
                continue
            hasil.append((sm.ratio(), kode[0]))
        hasil.sort(reverse=True)
        if not hasil or hasil[0][0] < MIRIP_MIN:
            return None
        if len(hasil) > 1 and hasil[1][0] > hasil[0][0] - 0.02 and hasil[1][1] != hasil[0][1]:
            return None  # two questions as close: not a match
        return hasil[0][1], hasil[0][0]


@dataclass
class Tempat:
    """Where the reading is: the numbering seen so far."""

    komponen: str = ""
    aspek: str = ""
    area: str = ""
    subarea: str = ""
    strip: int = 0  # dash questions seen in this sub-area
    kolom: dict = field(default_factory=dict)  # token kind -> column it was first seen in

    @property
    def kolom_subarea(self) -> int | None:
        return self.kolom.get("subarea")

    def kode(self, huruf: str) -> str:
        if self.komponen == "B":
            return f"B.{self.aspek}.{huruf}"
        return f"{self.komponen}.{self.aspek}.{self.area}.{self.subarea}.{huruf}"

    def ke(self, kode: str) -> None:
        """Move to a question's place (after a match by code or text)."""
        bagian = kode.split(".")
        if bagian[0] == "B":
            self.komponen, self.aspek, self.area, self.subarea = "B", bagian[1], "", ""
            return
        baru = bagian[3] != self.subarea or bagian[2] != self.area or bagian[1] != self.aspek
        self.komponen, self.aspek, self.area, self.subarea = bagian[:4]
        if baru:
            self.strip = 0


KATA_TEMPAT = {
    "pengungkit": ("A", "", ""),
    "komponen pengungkit": ("A", "", ""),
    "hasil": ("B", "", ""),
    "komponen hasil": ("B", "", ""),
    "pemenuhan": ("A", "I", ""),
    "reform": ("A", "II", ""),
}


class Pembaca:
    """Walks one table's rows in order; `jalan()` returns the matches."""

    def __init__(self, tabel: Tabel, indeks: Indeks):
        self.t, self.i, self.ins = tabel, indeks, indeks.ins
        self.tempat = Tempat()
        self.hasil = Pencocokan()
        self.posisi = 0  # instrument order after the last matched question
        self.persen: str | None = None  # the `%` question count rows belong to
        self.tunda: list[tuple[int, str]] = []  # count rows waiting for their question

    def jalan(self) -> Pencocokan:
        for r in range(self.t.awal, self.t.akhir + 1):
            self.baris(r)
        self.tutup_jumlah()
        return self.hasil

    # --- reading a row -------------------------------------------------------------------

    def sel(self, r: int, kolom: int | None) -> str:
        return teks_sel(self.t.lembar.ambil(r, kolom)) if kolom else ""

    def token(self, r: int) -> tuple[list[tuple[int, Token]], str]:
        """The numbering tokens of a row (column, token) and its text."""
        token = []
        for k in self.t.kolom_nomor:
            sel = self.t.lembar.ambil(r, k)
            tk = baca_token(sel.nilai) if sel is not None else None
            if tk is not None:
                token.append((k, tk))
        awal, teks = pisah_awalan(self.sel(r, self.t.kolom_teks))
        if awal is not None and not token:
            token.append((self.t.kolom_teks, awal))
        return token, teks

    def pilihan(self, r: int) -> str:
        kolom = self.t.kolom("pilihan")
        return normal(self.sel(r, kolom[0])) if kolom else ""

    def baris(self, r: int) -> None:
        token, teks = self.token(r)
        kode_sel = self.sel(r, self.t.kolom_kode)
        label = teks or next((self.sel(r, k) for k in self.t.kolom_nomor if self.sel(r, k)), "")
        if not (token or teks or kode_sel or label):
            return
        n = normal(label)
        if n.startswith(AWAL_TOTAL) and not kode_sel:
            self.tutup_jumlah()
            self.hasil.lain.append(BarisLain(r, TOTAL, label))
            return
        if self.baris_jumlah(r, token, teks, kode_sel):
            return
        self.tutup_jumlah()
        if kode_sel and self.baris_kode(r, kode_sel, teks):
            return
        if token:
            self.baris_nomor(r, token, teks)
            return
        self.baris_teks(r, teks)

    def baris_jumlah(self, r: int, token, teks: str, kode_sel: str) -> bool:
        """A count row of the current `%` question: held until the question ends."""
        if "|" in kode_sel:  # the portal's own key "A.II.1.i.a|agen_perubahan"
            kode, _sep, kunci = kode_sel.partition("|")
            self.tutup_jumlah()
            self.hasil.jumlah.setdefault(kode, {})[kunci] = r
            return True
        if self.persen is None:
            return False
        pilihan = self.pilihan(r)
        n = normal(teks)
        if pilihan == "jumlah":
            self.tunda.append((r, teks))
            return True
        if pilihan or n in self.i.teks:
            return False  # an answer type other than a count, or a question's own text
        strip = bool(token) and token[-1][1].jenis == "strip"
        # Without "Jumlah" as its answer type, a count row is known by its label:
        # "- Jumlah …", or an input's label ("- Kepala satuan kerja"), numbered or not.
        mirip = self.label_masukan(n)
        if (strip and n.startswith("jumlah")) or mirip >= (
            LABEL_MIN if not token or strip else 0.9
        ):
            self.tunda.append((r, teks))
            return True
        return False

    def baris_kode(self, r: int, kode_sel: str, teks: str) -> bool:
        kode = baca_kode(kode_sel)
        if kode is None:
            return False
        if not kode.pertanyaan:
            self.ke_struktur(kode)
            return True
        if self.ins.cari(kode.teks()) is None:
            self.hasil.lain.append(BarisLain(r, TIDAK_DIKENAL, teks or kode_sel, kode.teks()))
            return True
        self.tambah(r, kode.teks(), KODE)
        return True

    def ke_struktur(self, kode: Kode) -> None:
        t = self.tempat
        t.komponen, t.aspek, t.area, t.subarea, t.strip = (
            kode.komponen,
            kode.aspek,
            kode.area,
            kode.subarea,
            0,
        )

    def baris_nomor(self, r: int, token: list[tuple[int, Token]], teks: str) -> None:
        """Numbering tokens move the place; the row's deepest token says what it is."""
        t = self.tempat
        huruf = None
        for kolom, asli in token:
            huruf = None
            tk = self.sesuaikan(kolom, asli)
            if tk.jenis in ("komponen", "aspek", "area", "subarea"):
                t.kolom.setdefault(tk.jenis, kolom)
            if tk.jenis == "komponen":
                t.komponen, t.aspek, t.area, t.subarea = tk.nilai, "", "", ""
            elif tk.jenis == "aspek":
                t.aspek, t.area, t.subarea = tk.nilai, "", ""
                t.komponen = t.komponen or "A"
            elif tk.jenis == "area" and t.kolom_subarea is not None and kolom > t.kolom_subarea:
                huruf = chr(ord("a") + int(tk.nilai) - 1)  # questions numbered 1, 2, 3 …
            elif tk.jenis == "area":
                t.area, t.subarea, t.strip = tk.nilai, "", 0
            elif tk.jenis == "subarea":
                self.ke_subarea(kolom, tk.nilai)
            elif tk.jenis == "huruf":
                huruf = tk.nilai
            elif tk.jenis == "majemuk":
                if not t.subarea and tk.induk:
                    induk = tk.induk
                    t.subarea = ROMAWI.get(int(induk), "") if induk.isdigit() else induk
                huruf = tk.nilai
            elif tk.jenis == "strip":
                huruf = chr(ord("a") + t.strip)
        if huruf is None:
            # A structure token beside a question's own text ("1" numbering questions,
            # or a running number) is a question after all, if the row has an answer
            # type (a group row such as "i. Penyampaian LHKPN" has none).
            pertanyaan = normal(teks) in self.i.teks and (
                not self.t.kolom("pilihan") or bool(self.pilihan(r))
            )
            self.baris_teks(r, teks, struktur=not pertanyaan)
            return
        self.pertanyaan_cocok(r, t.kode(huruf), teks)

    def sesuaikan(self, kolom: int, tk: Token) -> Token:
        """A token read by its column too: "A." deeper than the sub-area numerals is a
        question letter, "II." deeper than the area numbers a sub-area."""
        t = self.tempat
        if tk.jenis == "komponen" and t.kolom.get("subarea", kolom) < kolom:
            return Token("huruf", tk.nilai.lower())
        if tk.jenis == "aspek" and t.kolom.get("area", kolom) < kolom:
            return Token("subarea", tk.nilai.lower())
        return tk

    def ke_subarea(self, kolom: int, romawi: str) -> None:
        """A new sub-area, unless the numeral goes back (or sits deeper than the
        sub-area numerals so far): then it groups questions inside the sub-area, as
        LHKPN (i.) and LHKASN (ii.) inside A.II.5.iii do in Lampiran III."""
        t = self.tempat
        sekarang = ROMAWI_KECIL.get(t.subarea, 0)
        mundur = ROMAWI_KECIL.get(romawi, 0) <= sekarang
        if t.subarea and (mundur or (t.kolom_subarea is not None and kolom > t.kolom_subarea)):
            return
        t.subarea, t.strip = romawi, 0

    def baris_teks(self, r: int, teks: str, struktur: bool = False) -> None:
        """A row without a code or question numbering: a question by its text, else a
        sub-area, area or aspect heading by its name."""
        n = normal(teks)
        if not n:
            return
        if not struktur and n in self.i.teks:
            self.tambah(r, self.i.terdekat(self.i.teks[n], self.posisi), TEKS)
            return
        if n in KATA_TEMPAT:
            komponen, aspek, _area = KATA_TEMPAT[n]
            t = self.tempat
            t.komponen, t.aspek = komponen, aspek or (t.aspek if komponen == t.komponen else "")
            t.area, t.subarea = "", ""
            return
        if n in self.i.subarea:
            kode = self.subarea_terdekat(self.i.subarea[n])
            bagian = kode.split(".")
            t = self.tempat
            if bagian[0] == "A":
                t.komponen, t.aspek, t.area, t.subarea, t.strip = *bagian, 0
            return
        if n in self.i.area:
            self.ke_area(self.i.area[n])
            return
        if struktur:
            return
        mirip = self.i.mirip(n) if len(n) >= 20 else None
        if mirip is not None:
            self.tambah(r, mirip[0], TEKS_MIRIP, f"{mirip[1]:.0%}")
            return
        self.hasil.lain.append(BarisLain(r, TIDAK_DIKENAL, teks))

    def subarea_terdekat(self, kode: list[str]) -> str:
        pertama = {k: self.i.urutan[self.ins_subarea(k)] for k in kode}
        urut = sorted(kode, key=pertama.get)
        return next((k for k in urut if pertama[k] >= self.posisi), urut[0])

    def ins_subarea(self, kode: str) -> str:
        return next(s.pertanyaan[0] for s in self.ins.subarea if s.kode == kode)

    def ke_area(self, kode: list[str]) -> None:
        t = self.tempat
        if kode[0].startswith("B."):
            t.komponen, t.aspek, t.area, t.subarea = "B", kode[0].split(".")[1], "", ""
            return
        t.komponen = "A"
        t.aspek = t.aspek or "I"
        t.area, t.subarea, t.strip = kode[0], "", 0

    # --- matches -------------------------------------------------------------------------

    def pertanyaan_cocok(self, r: int, kandidat: str, teks: str) -> None:
        """The numbering says `kandidat`; the row's own text may say otherwise."""
        n = normal(teks)
        menurut_teks = self.i.teks.get(n, [])
        if self.ins.cari(kandidat) is not None:
            if menurut_teks and kandidat not in menurut_teks:
                kode = self.i.terdekat(menurut_teks, self.posisi)
                self.tambah(r, kode, TEKS, kandidat)
            else:
                self.tambah(r, kandidat, NOMOR)
            return
        if menurut_teks:
            self.tambah(r, self.i.terdekat(menurut_teks, self.posisi), TEKS, kandidat)
            return
        mirip = self.i.mirip(n) if len(n) >= 20 else None
        if mirip is not None:
            self.tambah(r, mirip[0], TEKS_MIRIP, f"{mirip[1]:.0%}")
            return
        self.hasil.lain.append(BarisLain(r, TIDAK_DIKENAL, teks, kandidat))

    def tambah(self, r: int, kode: str, cara: str, rincian: str = "") -> None:
        ada = self.hasil.pertanyaan.get(kode)
        if ada is not None:
            self.hasil.lain.append(
                BarisLain(r, GANDA, self.sel(r, self.t.kolom_teks), kode, ada.baris)
            )
            return
        self.hasil.pertanyaan[kode] = BarisCocok(r, kode, cara, rincian)
        self.tempat.ke(kode)
        huruf = kode.rsplit(".", 1)[-1]
        self.tempat.strip = ord(huruf) - ord("a") + 1
        self.posisi = self.i.urutan[kode] + 1
        p = self.ins.cari(kode)
        self.persen = kode if p.jenis == m.PERSEN else None

    # --- count rows ----------------------------------------------------------------------

    def varian_masukan(self) -> list[tuple[str, list[str]]]:
        p = self.ins.cari(self.persen)
        varian = []
        for mk in p.masukan:
            bagian = [normal(x) for x in mk.label.split(" - ")]
            varian.append((mk.kunci, [normal(mk.label), *bagian[1:]]))
        return varian

    def label_masukan(self, n: str) -> float:
        if not n:
            return 0.0
        return max(
            (
                difflib.SequenceMatcher(None, n, v).ratio()
                for _k, vs in self.varian_masukan()
                for v in vs
            ),
            default=0.0,
        )

    def subtotal(self, n: str) -> bool:
        """A count that adds up other inputs (their shared label prefix)."""
        awalan = {}
        for mk in self.ins.cari(self.persen).masukan:
            if " - " in mk.label:
                depan = normal(mk.label.split(" - ")[0])
                awalan[depan] = awalan.get(depan, 0) + 1
        return awalan.get(n, 0) >= 2

    def tutup_jumlah(self) -> None:
        """Matches the held count rows to the `%` question's inputs: by label, then the
        rest by order when as many rows as inputs are left."""
        if not self.tunda or self.persen is None:
            self.tunda = []
            return
        kode, sisa_baris, dipakai = self.persen, [], {}
        varian = self.varian_masukan()
        for r, teks in self.tunda:
            n = normal(teks.lstrip("-–• "))
            if self.subtotal(n):
                self.hasil.lain.append(BarisLain(r, SUBTOTAL, teks, kode))
                continue
            skor = [
                (max(difflib.SequenceMatcher(None, n, v).ratio() for v in vs), k)
                for k, vs in varian
                if k not in dipakai
            ]
            terbaik = max(skor, default=(0.0, ""))
            if terbaik[0] >= LABEL_MIN:
                dipakai[terbaik[1]] = r
            else:
                sisa_baris.append((r, teks))
        sisa_kunci = [k for k, _v in varian if k not in dipakai]
        if len(sisa_baris) == len(sisa_kunci):
            dipakai.update({k: r for k, (r, _t) in zip(sisa_kunci, sisa_baris, strict=True)})
        else:
            for r, teks in sisa_baris:
                self.hasil.lain.append(BarisLain(r, JUMLAH_TIDAK_DIKENAL, teks, kode))
        self.hasil.jumlah.setdefault(kode, {}).update(dipakai)
        self.tunda = []


def cocokkan(tabel: Tabel, indeks: Indeks) -> Pencocokan:
    """The rows of one table matched to the instrument's questions."""
    return Pembaca(tabel, indeks).jalan()
