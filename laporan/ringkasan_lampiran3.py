"""The summary sheet in front of the Lampiran III workbook: the areas and hasil per
layer, then Tabel 6 (each criterion in words, its WBK and WBBM requirement, met or not
per layer) and the conclusion — every number a formula over the LKE sheet.

Scores are compared with the thresholds by one helper (`rumus_excel.syarat_ambang`),
the way the instrument version says (exact, or 2-decimal values)."""

from decimal import Decimal

from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from openpyxl.utils import get_column_letter

from laporan.excel import FORMAT_PERSEN, HURUF_TEBAL, Rumus, cetak_lanskap, isi_sel, tulis_baris
from laporan.lembar_lampiran3 import (
    AREA,
    KOMPONEN,
    LEMBAR,
    SUBAREA,
    TOTAL,
    PenulisLampiran3,
)
from laporan.rumus_excel import cara_banding, syarat_ambang
from penilaian.scoring import model as m
from penilaian.scoring.predikat import LABEL

LEMBAR_RINGKASAN = "Ringkasan"
SEL_PREDIKAT = "$B$5"
BARIS_GRUP = 7
PER_NILAI = 4  # columns per layer in the score table: pemenuhan, reform, nilai, %
PER_KRITERIA = 3  # columns per layer in Tabel 6: nilai, WBK, WBBM


def status_memenuhi() -> tuple[str, str]:
    return _("Memenuhi"), _("Belum memenuhi")


class RingkasanLampiran3:
    def __init__(self, lke: PenulisLampiran3):
        self.lke = lke
        self.ins = lke.ins
        self.lapisan = [lap.kode for lap in lke.data.lapisan]
        self.ws = lke.wb.create_sheet(LEMBAR_RINGKASAN, 0)
        self.cara = cara_banding(self.ins.pengaturan)
        self.r = 0
        self.baris_nilai: dict[str, int] = {}  # "area_1", "pengungkit", "B.I.a", ... -> row

    def ref(self, lapisan: str, kunci: tuple) -> str:
        """An absolute reference to a layer's Nilai on the LKE sheet."""
        baris = self.lke.posisi[kunci]
        return f"'{LEMBAR}'!{self.lke.tata.sel(f'{lapisan}.nilai', baris, mutlak=True)}"

    def kolom_nilai(self, i: int, geser: int) -> str:
        return get_column_letter(4 + i * PER_NILAI + geser)

    # --- the score table ---------------------------------------------------------------

    def kepala(self) -> None:
        ws, data = self.ws, self.lke.data
        ws["A1"] = _("RINGKASAN PENILAIAN ZONA INTEGRITAS")
        ws["A1"].font = HURUF_TEBAL
        for r, (label, nilai) in enumerate(
            (
                (_("Satuan kerja"), data.satker),
                (_("Periode"), data.periode),
                (_("Instrumen"), self.ins.kode),
                (_("Predikat sebelumnya"), data.predikat_sebelumnya or ""),
            ),
            start=2,
        ):
            tulis_baris(ws, r, [label, nilai])
        for i, lap in enumerate(data.lapisan):
            isi_sel(ws.cell(row=BARIS_GRUP, column=4 + i * PER_NILAI), lap.nama)
            ws.cell(row=BARIS_GRUP, column=4 + i * PER_NILAI).font = HURUF_TEBAL
        per = [_("Pemenuhan"), _("Reform"), _("Nilai"), "%"]
        judul = [pgettext("nomor urut", "No"), _("Komponen"), _("Bobot")]
        tulis_baris(ws, BARIS_GRUP + 1, [*judul, *(per * len(self.lapisan))], tebal=True)
        self.r = BARIS_GRUP + 1

    def baris(self, kunci: str, no, label: str, bobot, isi, tebal: bool = False) -> None:
        """One row of the score table; `isi(i, lapisan)` gives the layer's 4 cells."""
        self.r += 1
        self.baris_nilai[kunci] = self.r
        nilai = [no, label, bobot]
        for i, lap in enumerate(self.lapisan):
            nilai += isi(i, lap)
        tulis_baris(self.ws, self.r, nilai, tebal=tebal)

    def persen(self, i: int) -> Rumus:
        """% of the weight on the row being written (`self.r`)."""
        nilai = f"{self.kolom_nilai(i, 2)}{self.r}"
        return Rumus(f'=IF(N($C{self.r})=0,"",{nilai}/$C{self.r})', format=FORMAT_PERSEN)

    def hanya_nilai(self, sumber):
        # N(): an unanswered hasil item's Nilai is empty on the LKE sheet; here it is 0.
        return lambda i, lap: ["", "", Rumus(f"=N({sumber(i, lap)})"), self.persen(i)]

    def tabel_nilai(self) -> None:
        """Areas (pemenuhan, reform, value, %), then the hasil items and totals."""
        for a in self.ins.area:

            def isi(i, lap, a=a):
                pem = self.ref(lap, (AREA, f"A.I.{a.no}"))
                ref = self.ref(lap, (AREA, f"A.II.{a.no}"))
                awal = f"{self.kolom_nilai(i, 0)}{self.r}"
                akhir = f"{self.kolom_nilai(i, 1)}{self.r}"
                jumlah = Rumus(f"={awal}+{akhir}")
                return [Rumus(f"={pem}"), Rumus(f"={ref}"), jumlah, self.persen(i)]

            self.baris(f"area_{a.no}", a.no, a.nama, a.bobot, isi)
        self.total("pengungkit", _("Total komponen pengungkit"), (KOMPONEN, "A"))
        self.tabel_hasil()
        self.total("hasil", _("Total komponen hasil"), (KOMPONEN, "B"))
        bobot = sum(a.bobot for a in self.ins.area) + sum(k.bobot for k in self.ins.kelompok_hasil)
        self.total("total", _("Nilai evaluasi Zona Integritas"), (TOTAL, "total"), bobot)

    def tabel_hasil(self) -> None:
        no = len(self.ins.area)
        for k in self.ins.kelompok_hasil:
            for s in (s for s in self.ins.subarea if s.area == k.kode):
                no += 1
                sumber = self.hanya_nilai(
                    lambda i, lap, kode=s.kode: self.ref(lap, (SUBAREA, kode))
                )
                self.baris(s.kode, no, s.nama, s.bobot, sumber)
            self.total(k.kode, k.nama, (AREA, k.kode))

    def total(self, kunci: str, label: str, baris_lke: tuple, bobot=None) -> None:
        """A bold row of a group's or component's value; its weight from the LKE sheet
        (or given: the TOTAL rows there have none)."""
        if bobot is None:
            sel = self.lke.tata.sel("bobot", self.lke.posisi[baris_lke], mutlak=True)
            bobot = Rumus(f"='{LEMBAR}'!{sel}")
        sumber = self.hanya_nilai(lambda i, lap: self.ref(lap, baris_lke))
        self.baris(kunci, "", label, bobot, sumber, tebal=True)

    # --- Tabel 6 -----------------------------------------------------------------------

    def kolom_kriteria(self, i: int, geser: int) -> str:
        return get_column_letter(5 + i * PER_KRITERIA + geser)

    def nilai_di(self, kunci: str, i: int, geser: int = 2) -> str:
        return f"{self.kolom_nilai(i, geser)}{self.baris_nilai[kunci]}"

    def kriteria(self) -> list[tuple]:
        """(label, WBK requirement, WBBM requirement, value cell of layer i, condition
        of layer i for an Ambang or None) per criterion, in Tabel 6's order."""
        ins = self.ins
        wbk, wbbm = ins.ambang["WBK"], ins.ambang["WBBM"]
        per_bagian = ins.pengaturan.minimum_area == "per_bagian"
        daftar = [
            (_(LABEL["total"]), wbk.total, wbbm.total, "total", None),
            (_(LABEL["pengungkit"]), wbk.pengungkit, wbbm.pengungkit, "pengungkit", None),
        ]
        for a in ins.area:
            label = _(LABEL["area"]) % {"no": a.no, "nama": a.nama}
            bagian = None
            if per_bagian:
                label += " " + _("(pemenuhan dan reform masing-masing)")
                bagian = a
            syarat = (a.bobot * wbk.fraksi_area, a.bobot * wbbm.fraksi_area)
            daftar.append((label, *syarat, f"area_{a.no}", bagian))
        for nama in ("bersih_akuntabel", "ipak", "capaian_kinerja", "pelayanan_prima"):
            kunci = ins.sumber_kriteria[nama]
            daftar.append((_(LABEL[nama]), getattr(wbk, nama), getattr(wbbm, nama), kunci, None))
        return daftar

    def syarat_bagian(self, a: m.Area, i: int, r_area: int, fraksi: Decimal) -> str:
        pem = f"{self.kolom_nilai(i, 0)}{r_area}"
        ref = f"{self.kolom_nilai(i, 1)}{r_area}"
        return (
            f"AND({syarat_ambang(pem, float(a.bobot_pemenuhan * fraksi), self.cara)},"
            f"{syarat_ambang(ref, float(a.bobot_reform * fraksi), self.cara)})"
        )

    def tabel_kriteria(self) -> None:
        ws, ins = self.ws, self.ins
        ok, belum = status_memenuhi()
        self.r += 2
        tulis_baris(ws, self.r, [_("Kriteria predikat (Tabel 6)")], tebal=True)
        self.r += 1
        kepala = [pgettext("nomor urut", "No"), _("Kriteria"), _("Syarat WBK"), _("Syarat WBBM")]
        for lap in self.lke.data.lapisan:
            kepala += [f"{lap.nama}: {_('Nilai')}", "WBK", "WBBM"]
        tulis_baris(ws, self.r, kepala, tebal=True)
        awal = self.r + 1
        for no, (label, s_wbk, s_wbbm, kunci, bagian) in enumerate(self.kriteria(), start=1):
            self.r += 1
            isi = [no, label, s_wbk, s_wbbm]
            for i in range(len(self.lapisan)):
                nilai = self.nilai_di(kunci, i)
                isi.append(Rumus(f"={nilai}"))
                for kolom, amb in (("C", ins.ambang["WBK"]), ("D", ins.ambang["WBBM"])):
                    if bagian is not None:
                        r_area = self.baris_nilai[kunci]
                        syarat = self.syarat_bagian(bagian, i, r_area, amb.fraksi_area)
                    else:
                        syarat = syarat_ambang(nilai, f"${kolom}{self.r}", self.cara)
                    isi.append(Rumus(f'=IF({syarat},"{ok}","{belum}")', format=None))
            tulis_baris(ws, self.r, isi)
        self.syarat_predikat(no + 1)
        self.kesimpulan(awal)

    def syarat_predikat(self, no: int) -> None:
        """WBBM asks for WBK first (Tabel 6): the previous predicate in B5."""
        ok, belum = status_memenuhi()
        wbbm = self.ins.ambang["WBBM"]
        if not wbbm.syarat_predikat:
            return
        self.r += 1
        isi = [no, _(LABEL["predikat_wbk"]), "", wbbm.syarat_predikat]
        sudah = f'OR({SEL_PREDIKAT}="WBK",{SEL_PREDIKAT}="WBBM")'
        for _lap in self.lapisan:
            isi += [
                Rumus(f"={SEL_PREDIKAT}", format=None),
                "",
                Rumus(f'=IF({sudah},"{ok}","{belum}")', format=None),
            ]
        tulis_baris(self.ws, self.r, isi)

    def kesimpulan(self, awal: int) -> None:
        ok, belum = status_memenuhi()
        akhir = self.r
        self.r += 1
        isi = ["", _("Kesimpulan: memenuhi predikat"), "", ""]
        for i in range(len(self.lapisan)):
            isi.append("")
            for geser in (1, 2):
                h = self.kolom_kriteria(i, geser)
                rentang = f"{h}{awal}:{h}{akhir}"
                isi.append(
                    Rumus(f'=IF(COUNTIF({rentang},"{belum}")=0,"{ok}","{belum}")', format=None)
                )
        tulis_baris(self.ws, self.r, isi, tebal=True)

    def tulis(self) -> None:
        self.kepala()
        self.tabel_nilai()
        self.tabel_kriteria()
        ws = self.ws
        ws.column_dimensions["A"].width = 5
        ws.column_dimensions["B"].width = 52
        for kolom in range(3, 5 + len(self.lapisan) * PER_NILAI):
            ws.column_dimensions[get_column_letter(kolom)].width = 13
        ws.freeze_panes = f"C{BARIS_GRUP + 2}"
        cetak_lanskap(ws)
