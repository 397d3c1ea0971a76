"""LKE workbooks as offices hold them, built with openpyxl from the instrument and an
answer set, to test the import against layouts seen in the wild:

- `buku_resmi`: the layout of Lampiran III itself (title lines, "Penilaian" merged over
  the nested numbering A. | I. | 1. | i. | a., Bobot, Penjelasan, Pilihan Jawaban,
  Jawaban, Nilai, %, Catatan/Keterangan/Penjelasan; `-` for some questions; LHKPN and
  LHKASN as i./ii. groups inside their sub-area with their own question wording; a
  subtotal count row; hasil items `a`/`b` without dots; the three TOTAL rows; typos of
  the regulation corrected).
- `buku_itjen`: an Itjen template: recap sheets `Unit`, `TPI Unit`, `TPI Itjen` and a
  `Jawaban` sheet with a running ID, numbering in five columns without dots, and per
  layer Jawaban/Nilai/%/Catatan columns (percentages as Google Sheets text "100.00%").
- `buku_teks`: no codes and no numbering at all: headings and questions as text (case,
  spacing, punctuation changed), one question reworded, count rows, a typed 100 %.
- `buku_dua_evaluator`: a code column spelled `A-I-1-i-a`, a two-row header grouping
  Jawaban/Catatan under the unit and two evaluator layers.
- `buku_majemuk`: sub-area headings by name only and questions numbered `1.a`, `1.b`.
"""

from collections.abc import Mapping
from decimal import Decimal

from openpyxl import Workbook

from penilaian.scoring import model as m
from penilaian.scoring.jawaban import nilai_dari_normal, periksa_pertanyaan

# How offices reword a few questions (the reader must still find them by text).
SUNTING = {
    "A.I.2.ii.d": (
        "Telah dilakukan monitoring dan evaluasi terhadap pemanfaatan teknologi informasi "
        "dalam pengukuran kinerja unit, operasionalisasi SDM, dan pemberian layanan kepada "
        "publik"
    ),
    "A.I.5.iii.b": "Pengaduan masyarakat ditindaklanjuti.",
    "A.II.3.ii.a": (
        "HASIL ASSESSMENT TELAH DIJADIKAN PERTIMBANGAN UNTUK MUTASI DAN PENGEMBANGAN KARIR PEGAWAI"
    ),
    "A.I.4.ii.d": "Indikator kinerja   telah memenuhi kriteria SMART",
}
LHKPN = {
    "A.II.5.iii.a": (
        "i.",
        "Penyampaian Laporan Harta Kekayaan Pejabat Negara (LHKPN)",
        "Persentase penyampaian LHKPN",
    ),
    "A.II.5.iii.b": (
        "ii.",
        "Penyampaian Laporan Harta Kekayaan Aparatur Sipil Negara (LHKASN)",
        "Persentase penyampaian LHKASN",
    ),
}


def teks_pertanyaan(p: m.Pertanyaan) -> str:
    return SUNTING.get(p.kode, p.teks)


def persen_dari(p: m.Pertanyaan, jawaban) -> Decimal | None:
    """The question's percentage (0..1) as the workbook would show it."""
    if jawaban is None:
        return None
    return nilai_dari_normal(p, periksa_pertanyaan(p, jawaban))


def label_jumlah(mk: m.Masukan) -> str:
    """A count row's label as Lampiran III prints it (the part after " - ")."""
    return mk.label.split(" - ")[-1]


def _jumlah(jawaban, kunci):
    if isinstance(jawaban, Mapping) and kunci in jawaban:
        return jawaban[kunci]
    return None


def _langsung(jawaban):
    """A directly typed percentage (0..100) of a `%` answer, if that is its form."""
    if isinstance(jawaban, Mapping) and set(jawaban) == {m.KUNCI_PERSEN}:
        return Decimal(str(jawaban[m.KUNCI_PERSEN]))
    return None


def _opsi(_p, jawaban):
    return None if jawaban is None else str(jawaban)


# --- the official layout -----------------------------------------------------------------


def buku_resmi(
    ins: m.Instrumen, jawaban: Mapping, catatan: Mapping | None = None, *, besar: bool = False
) -> Workbook:
    """`besar`: sub-areas numbered I., II. and questions A., B. (upper case), as some
    offices type them; only their column tells them from aspects and components."""
    catatan = catatan or {}
    wb = Workbook()
    ws = wb.active
    ws.title = "LKE ZI"
    ws["A1"] = "LAMPIRAN III"
    ws["A2"] = "PERATURAN MENTERI PANRB NOMOR 90 TAHUN 2021"
    ws["A4"] = "LEMBAR KERJA EVALUASI ZONA INTEGRITAS"
    ws["A5"] = "Unit Kerja: Rutan Kelas I Contoh"
    kepala = 7
    for k, teks in zip(
        "ABCDEFGHIJKLM",
        [
            "Penilaian",
            None,
            None,
            None,
            None,
            None,
            "Bobot",
            "Penjelasan",
            "Pilihan Jawaban",
            "Jawaban",
            "Nilai",
            " %",
            "Catatan/Keterangan/Penjelasan",
        ],
        strict=True,
    ):
        if teks:
            ws[f"{k}{kepala}"] = teks
    ws.merge_cells(f"A{kepala}:F{kepala}")
    r = kepala + 1

    def baris(level, nomor, teks, bobot=None, **isi):
        nonlocal r
        if nomor is not None:
            ws.cell(row=r, column=level + 1, value=nomor)
        ws.cell(row=r, column=6, value=teks)
        if bobot is not None:
            ws.cell(row=r, column=7, value=float(bobot))
        for kolom, nilai in isi.items():
            sel = ws[f"{kolom}{r}"]
            if isinstance(nilai, tuple):
                sel.value, sel.number_format = nilai
            else:
                sel.value = nilai
                if isinstance(nilai, str) and nilai.startswith("="):
                    sel.data_type = "s"  # text typed in a text cell, as Excel keeps it
        r += 1
        return r - 1

    def pertanyaan(p, nomor, level=4):
        j = jawaban.get(p.kode)
        if p.kode in LHKPN:
            _romawi, _nama, teks = LHKPN[p.kode]
            nomor, teks_q = "-", teks
        else:
            teks_q = teks_pertanyaan(p)
        isi = {"I": p.jenis, "M": catatan.get(p.kode)}
        if p.jenis == m.PERSEN:
            nilai = persen_dari(p, j)
            isi["J"] = (float(nilai), "0.00%") if nilai is not None else None
        else:
            isi["J"] = (
                _opsi(p, j) if p.jenis in m.JENIS_OPSI else (float(j) if j is not None else None)
            )
        baris(level, nomor, teks_q, **isi)
        if p.jenis == m.PERSEN:
            kelompok = [
                mk for mk in p.masukan if mk.kunci.startswith(("wajib_lhkpn", "wajib_lhkasn"))
            ]
            for mk in p.masukan:
                if kelompok and mk is kelompok[0]:
                    total = sum(int(_jumlah(j, x.kunci) or 0) for x in kelompok)
                    baris(4, "-", mk.label.split(" - ")[0], I="Jumlah", J=total if j else None)
                nilai = _jumlah(j, mk.kunci)
                baris(
                    4, "-", label_jumlah(mk), I="Jumlah", J=None if nilai is None else float(nilai)
                )

    for komponen, nama_k in (("A", "PENGUNGKIT"),):
        baris(0, f"{komponen}.", nama_k, 60, K=55.5, L=(0.925, "0.00%"))
        for aspek, romawi, nama in ((m.PEMENUHAN, "I.", "PEMENUHAN"), (m.REFORM, "II.", "REFORM")):
            baris(1, romawi, nama, 30)
            for a in ins.area:
                baris(2, f"{a.no}.", a.nama.upper(), a.bobot / 2)
                for s in (s for s in ins.subarea if s.aspek == aspek and s.area == a.kode):
                    romawi_s = s.kode.rsplit(".", 1)[-1]
                    romawi_s = romawi_s.upper() if besar else romawi_s
                    baris(3, f"{romawi_s}.", s.nama, s.bobot, K=float(s.bobot))
                    for kode in s.pertanyaan:
                        p = ins.cari(kode)
                        if kode in LHKPN:
                            baris(3, LHKPN[kode][0], LHKPN[kode][1], 1)
                        huruf = kode.rsplit(".", 1)[-1]
                        huruf = huruf.upper() if besar else huruf
                        nomor = "-" if kode == "A.II.1.ii.a" else f"{huruf}."
                        pertanyaan(p, nomor)
    baris(0, None, None)
    ws.cell(row=r - 1, column=1, value="TOTAL PENGUNGKIT")
    ws.cell(row=r - 1, column=11, value=55.5)
    ws.merge_cells(f"A{r - 1}:F{r - 1}")
    baris(0, "B.", "HASIL", 40)
    for k in ins.kelompok_hasil:
        baris(1, f"{k.kode.split('.')[-1]}.", k.nama.upper(), k.bobot)
        for s in (s for s in ins.subarea if s.area == k.kode):
            p = ins.cari(s.kode)
            j = jawaban.get(p.kode)
            isi = {
                "H": p.teks,
                "I": p.jenis,
                "J": _opsi(p, j)
                if p.jenis in m.JENIS_OPSI
                else (float(j) if j is not None else None),
            }
            baris(2, s.kode.rsplit(".", 1)[-1], s.nama, s.bobot, **isi)
    for label, nilai in (("TOTAL HASIL", 30.1), ("NILAI EVALUASI ZONA INTEGRITAS", 85.6)):
        ws.cell(row=r, column=1, value=label)
        ws.cell(row=r, column=11, value=nilai)
        ws.merge_cells(f"A{r}:F{r}")
        r += 1
    return wb


# --- an Itjen template -------------------------------------------------------------------

KOLOM_ITJEN = [
    "ID",
    None,
    None,
    None,
    None,
    None,
    "Penilaian",
    "Bobot",
    "Penjelasan",
    "Pilihan Jawaban",
    "Jawaban Unit",
    "Catatan/Keterangan/Penjelasan",
    "Daftar Bukti Dukung",
    "Tautan Bukti Dukung",
    "Jawaban TPI Unit",
    "Nilai TPI Unit",
    "% TPI Unit",
    "Catatan TPI Unit",
    "Jawaban TPI Itjen",
    "Nilai TPI Itjen",
    "% TPI Itjen",
    "Catatan TPI Itjen",
    "Nilai Unit",
    "% Unit",
]
LAPISAN_ITJEN = {"unit": ("K", "L"), "tpi_unit": ("O", "R"), "tpi_itjen": ("S", "V")}


def _rekap(wb, nama, ins):
    ws = wb.create_sheet(nama)
    ws["A1"] = "Nama Unit"
    ws["B1"] = "Rutan Kelas I Contoh"
    ws["A2"] = "Target"
    ws["B2"] = "WBK"
    for k, teks in zip(
        "ABIJKLM",
        ["NO", "KOMPONEN", "PEMENUHAN", "REFORM", "NILAI", "%", "KETERANGAN"],
        strict=True,
    ):
        ws[f"{k}5"] = teks
    for i, a in enumerate(ins.area, start=6):
        ws[f"A{i}"], ws[f"B{i}"], ws[f"K{i}"], ws[f"M{i}"] = (
            i - 5,
            a.nama.upper(),
            1.5,
            "Tidak Lulus",
        )


def buku_itjen(
    ins: m.Instrumen,
    lapisan: Mapping[str, Mapping],
    catatan: Mapping | None = None,
    *,
    persen_teks=True,
) -> Workbook:
    """`lapisan`: {"unit" | "tpi_unit" | "tpi_itjen": answers}; `catatan` per layer too."""
    catatan = catatan or {}
    wb = Workbook()
    wb.remove(wb.active)
    for nama in ("Unit", "TPI Unit", "TPI Itjen"):
        _rekap(wb, nama, ins)
    ws = wb.create_sheet("Jawaban")
    for k, teks in enumerate(KOLOM_ITJEN, start=1):
        if teks:
            ws.cell(row=1, column=k, value=teks)
    r, nomor_id = 2, 0

    def baris(nomor: list, teks, bobot=None, pilihan=None):
        nonlocal r, nomor_id
        nomor_id += 1
        ws.cell(row=r, column=1, value=nomor_id)
        for kolom, tk in nomor:
            ws.cell(row=r, column=kolom, value=tk)
        ws.cell(row=r, column=7, value=teks)
        if bobot is not None:
            ws.cell(row=r, column=8, value=float(bobot))
        if pilihan:
            ws.cell(row=r, column=10, value=pilihan)
        r += 1
        return r - 1

    def isi(rr, kolom, nilai, format_=None):
        sel = ws[f"{kolom}{rr}"]
        sel.value = nilai
        if format_:
            sel.number_format = format_

    baris([(2, "A")], "PENGUNGKIT", 60)
    for aspek, romawi, nama in ((m.PEMENUHAN, "I", "PEMENUHAN"), (m.REFORM, "II", "REFORM")):
        baris([(3, romawi)], nama, 30)
        for a in ins.area:
            baris([(4, str(a.no))], a.nama.upper(), a.bobot / 2)
            for s in (s for s in ins.subarea if s.aspek == aspek and s.area == a.kode):
                baris([(5, s.kode.rsplit(".", 1)[-1])], s.nama, s.bobot)
                for kode in s.pertanyaan:
                    p = ins.cari(kode)
                    rq = baris([(6, kode.rsplit(".", 1)[-1])], teks_pertanyaan(p), pilihan=p.jenis)
                    rm = {
                        mk.kunci: baris([(6, "-")], label_jumlah(mk), pilihan="Jumlah")
                        for mk in p.masukan
                    }
                    for nama_lap, (kolom, kolom_cat) in LAPISAN_ITJEN.items():
                        j = lapisan.get(nama_lap, {}).get(kode)
                        isi(rq, kolom_cat, catatan.get(nama_lap, {}).get(kode))
                        if p.jenis in m.JENIS_OPSI:
                            isi(rq, kolom, _opsi(p, j))
                            continue
                        langsung = _langsung(j)
                        if langsung is not None:
                            if persen_teks:
                                isi(rq, kolom, f"{langsung:.2f}%")
                            else:
                                isi(rq, kolom, float(langsung / 100), "0%")
                        for kunci, rr in rm.items():
                            n = _jumlah(j, kunci)
                            isi(rr, kolom, None if n is None else int(n))
    baris([], "TOTAL PENGUNGKIT", 60)
    baris([(2, "B")], "HASIL", 40)
    for k in ins.kelompok_hasil:
        baris([(3, k.kode.split(".")[-1])], k.nama.upper(), k.bobot)
        for s in (s for s in ins.subarea if s.area == k.kode):
            p = ins.cari(s.kode)
            rq = baris([(4, s.kode.rsplit(".", 1)[-1])], s.nama, s.bobot, pilihan=p.jenis)
            for nama_lap, (kolom, _c) in LAPISAN_ITJEN.items():
                j = lapisan.get(nama_lap, {}).get(p.kode)
                isi(
                    rq,
                    kolom,
                    _opsi(p, j) if p.jenis in m.JENIS_OPSI else (None if j is None else float(j)),
                )
    baris([], "TOTAL HASIL", 40)
    baris([], "NILAI EVALUASI ZONA INTEGRITAS", 100)
    return wb


# --- text only ---------------------------------------------------------------------------


def buku_teks(ins: m.Instrumen, jawaban: Mapping, catatan: Mapping | None = None) -> Workbook:
    """No codes, no numbering: No (running), Uraian, Pilihan Jawaban, Jawaban, Keterangan."""
    catatan = catatan or {}
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["Lembar Kerja Evaluasi ZI Tahun 2025"])
    ws.append([])
    ws.append(["No", "Uraian", "Pilihan Jawaban", "Jawaban", "Keterangan"])
    no = 0

    def tambah(teks, pilihan=None, nilai=None, ket=None, format_=None):
        nonlocal no
        no += 1
        ws.append([no, teks, pilihan, nilai, ket])
        if format_:
            ws.cell(row=ws.max_row, column=4).number_format = format_

    for aspek, nama in ((m.PEMENUHAN, "Pemenuhan"), (m.REFORM, "Reform")):
        tambah(nama.upper())
        for a in ins.area:
            tambah(a.nama)
            for s in (s for s in ins.subarea if s.aspek == aspek and s.area == a.kode):
                tambah(s.nama.upper())
                for kode in s.pertanyaan:
                    p = ins.cari(kode)
                    j = jawaban.get(kode)
                    teks = teks_pertanyaan(p).replace("  ", " ")
                    teks = teks[0].lower() + teks[1:] if kode.endswith("a") else teks
                    if p.jenis in m.JENIS_OPSI:
                        tambah(teks + ".", p.jenis, _opsi(p, j), catatan.get(kode))
                        continue
                    langsung = _langsung(j)
                    if langsung is not None:  # typed percentage, no count rows
                        tambah(teks, "%", float(langsung / 100), catatan.get(kode), "0%")
                        continue
                    tambah(teks, "%", None, catatan.get(kode))
                    for mk in p.masukan:
                        n = _jumlah(j, mk.kunci)
                        tambah(
                            "Jumlah " + label_jumlah(mk).removeprefix("Jumlah ").lower(),
                            "Jumlah",
                            None if n is None else int(n),
                        )
    tambah("HASIL")
    for s in (s for s in ins.subarea if s.aspek == m.HASIL):
        p = ins.cari(s.kode)
        j = jawaban.get(p.kode)
        tambah(
            s.nama,
            p.jenis,
            _opsi(p, j) if p.jenis in m.JENIS_OPSI else (None if j is None else float(j)),
        )
    return wb


# --- a code column and two evaluator layers -------------------------------------------------


def buku_dua_evaluator(
    ins: m.Instrumen, lapisan: Mapping[str, Mapping], catatan: Mapping | None = None
) -> Workbook:
    """`lapisan`: {"mandiri" | "kanwil" | "tpi": answers}. Options only (and hasil)."""
    catatan = catatan or {}
    wb = Workbook()
    ws = wb.active
    ws.title = "Penilaian"
    ws.append(
        [
            "Kode",
            "Pertanyaan",
            "Pilihan Jawaban",
            "Penilaian Mandiri",
            None,
            "Evaluator Kanwil",
            None,
            "Evaluator TPI",
            None,
        ]
    )
    ws.merge_cells("D1:E1")
    ws.merge_cells("F1:G1")
    ws.merge_cells("H1:I1")
    ws.append([None, None, None, "Jawaban", "Catatan", "Jawaban", "Catatan", "Jawaban", "Catatan"])
    for p in ins.pertanyaan:
        if p.jenis not in m.JENIS_OPSI:
            continue
        kode = p.kode.replace(".", "-")
        isi = [kode, p.teks, p.jenis]
        for nama in ("mandiri", "kanwil", "tpi"):
            isi += [_opsi(p, lapisan.get(nama, {}).get(p.kode)), catatan.get(nama, {}).get(p.kode)]
        ws.append(isi)
    return wb


def buku_majemuk(ins: m.Instrumen, jawaban: Mapping) -> Workbook:
    """Sub-area headings by name; questions numbered "1.a" (sub-area 1, question a)."""
    wb = Workbook()
    ws = wb.active
    ws.append(["No", "Komponen / Pertanyaan", "Jawaban"])
    for aspek, nama in ((m.PEMENUHAN, "PEMENUHAN"), (m.REFORM, "REFORM")):
        ws.append([None, nama])
        for a in ins.area:
            ws.append([None, a.nama.upper()])
            subs = [s for s in ins.subarea if s.aspek == aspek and s.area == a.kode]
            for i, s in enumerate(subs, start=1):
                ws.append([None, s.nama])
                for kode in s.pertanyaan:
                    p = ins.cari(kode)
                    if p.jenis in m.JENIS_OPSI:
                        ws.append(
                            [
                                f"{i}.{kode.rsplit('.', 1)[-1]}",
                                f"{p.teks} (lihat pedoman)",
                                _opsi(p, jawaban.get(kode)),
                            ]
                        )
    return wb


def buku_per_area(ins: m.Instrumen, jawaban: Mapping) -> Workbook:
    """One sheet per area (and one for hasil), questions by text, options typed with
    their description ("A. Jika …", "Ya, jika …")."""
    wb = Workbook()
    wb.remove(wb.active)
    for a in [*ins.area, None]:
        ws = wb.create_sheet(f"Area {a.no}" if a else "Hasil")
        ws.append(["No", "Pertanyaan", "Jawaban", "Keterangan"])
        kode = [p for p in ins.pertanyaan if (p.area == a.kode if a else p.kode.startswith("B."))]
        for i, p in enumerate(kode, start=1):
            j = jawaban.get(p.kode)
            if p.jenis == m.NILAI:
                ws.append([i, teks_pertanyaan(p), None if j is None else float(j), None])
            if p.jenis not in m.JENIS_OPSI:
                continue
            opsi = p.opsi_berlabel(j) if j else None
            teks = None if opsi is None else f"{opsi.label}. {opsi.teks}"
            if opsi is not None and p.jenis == m.YA_TIDAK:
                teks = opsi.teks if opsi.teks.lower().startswith(opsi.label.lower()) else opsi.label
            ws.append([i, teks_pertanyaan(p), teks, None])
    return wb


def buku_per_lapisan(ins: m.Instrumen, lapisan: Mapping[str, Mapping]) -> Workbook:
    """The official layout once per layer, one sheet each ("Unit", "TPI")."""
    wb = Workbook()
    wb.remove(wb.active)
    for nama, jawaban in lapisan.items():
        sumber = buku_resmi(ins, jawaban).active
        ws = wb.create_sheet(nama)
        for baris in sumber.iter_rows():
            for sel in baris:
                if sel.value is not None:
                    baru = ws.cell(row=sel.row, column=sel.column, value=sel.value)
                    baru.number_format = sel.number_format
    return wb


def buku_grup_jawaban(ins: m.Instrumen, unit: Mapping, evaluator: Mapping) -> Workbook:
    """A header "Jawaban" over "Unit Kerja" | "Evaluator", and "Penilaian" spelled out
    for the question column; the answer letters under a "Nilai" header elsewhere."""
    wb = Workbook()
    ws = wb.active
    ws.append(["Kode", "Penilaian", "Pilihan Jawaban", "Jawaban", None, "Keterangan"])
    ws.append([None, None, None, "Unit Kerja", "Evaluator", None])
    ws.merge_cells("D1:E1")
    for p in ins.pertanyaan:
        if p.jenis in m.JENIS_OPSI:
            ws.append(
                [
                    p.kode,
                    p.teks,
                    p.jenis,
                    _opsi(p, unit.get(p.kode)),
                    _opsi(p, evaluator.get(p.kode)),
                ]
            )
    return wb
