"""The Kanwil overview's table cells, worked out once per row in Python.

A Kanwil holds up to a thousand units: a template that reverses two URLs, includes a
sub-template twice, translates a dozen labels and formats numbers through filters in
every row renders tens of thousands of nodes. Here each row becomes a few ready strings
(numbers rounded by the same display filters, labels translated once per page, the URL
built from one reversed pattern), so the table's loop prints values and nothing else.
Nothing here decides a figure: every value comes from `dasbor.selectors.BarisUnit`.
"""

from dataclasses import dataclass
from fractions import Fraction

from django.urls import reverse
from django.utils.html import conditional_escape, escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from dasbor import status as st
from dasbor.templatetags.dasbor import bulat0, dua, lapisan_pendek, persen_area
from penilaian.models import Penilaian
from satker.models import Satker

_KODE = "__kode__"  # stands in for the unit code in a reversed URL
KOSONG = mark_safe('<span class="text-secondary">—</span>')


@dataclass(frozen=True)
class SelBaris:
    """One row of the Kanwil table, as text (escaped by the template) or SafeString."""

    url: str
    nama: str
    kode: str
    jenis: str
    warna_predikat: str
    label_nilai: str
    prasyarat: str
    prasyarat_kelas: str
    gagal_judul: str
    gagal_awal: str
    gagal: str
    tahap: str
    terlambat: str
    mandiri: SafeString
    evaluator: SafeString
    pengungkit_hasil: SafeString
    area: SafeString
    indeks_judul: str
    indeks: str
    sumber: SafeString
    responden: SafeString
    bukti: str
    bukti_persen: str
    total_mandiri: str
    total_evaluator: str
    tautan: SafeString = KOSONG

    @property
    def html(self) -> SafeString:
        """The table row (templates/dasbor/kanwil.html prints it as it is): one format of
        escaped cells instead of a thousand rows × 25 template variables and tags."""
        e = conditional_escape
        prasyarat = (
            f'<div class="small {e(self.prasyarat_kelas)}" data-testid="prasyarat-ringkas">'
            f"{e(self.prasyarat)}</div>"
            if self.prasyarat
            else ""
        )
        gagal = (
            f'<div class="small" title="{e(self.gagal_judul)}"><span class="text-secondary">'
            f"{e(self.gagal_awal)}:</span> {e(self.gagal)}</div>"
            if self.gagal_judul
            else ""
        )
        terlambat = (
            f'<br><span class="badge text-bg-danger">{e(self.terlambat)}</span>'
            if self.terlambat
            else ""
        )
        return SafeString(
            _BARIS.format(
                url=e(self.url),
                nama=e(self.nama),
                kode=e(self.kode),
                jenis=e(self.jenis),
                tautan=e(self.tautan),
                warna_predikat=e(self.warna_predikat),
                label_nilai=e(self.label_nilai),
                prasyarat=prasyarat,
                gagal=gagal,
                tahap=e(self.tahap),
                terlambat=terlambat,
                mandiri=e(self.mandiri),
                evaluator=e(self.evaluator),
                pengungkit_hasil=e(self.pengungkit_hasil),
                area=e(self.area),
                indeks_judul=e(self.indeks_judul),
                indeks=e(self.indeks),
                sumber=e(self.sumber),
                responden=e(self.responden),
                bukti=e(self.bukti),
                bukti_persen=e(self.bukti_persen),
            )
        )


# One row of the Kanwil table, indented as the template around it.
_BARIS = (
    "\n"
    '          <tr data-testid="baris-unit">\n'
    '            <th scope="row"><a href="{url}">{nama}</a><br>'
    '<small class="kode text-secondary">{kode} · {jenis}</small><br>{tautan}</th>\n'
    '            <td class="min-w-11"><span class="badge text-bg-{warna_predikat}" '
    'data-testid="status-predikat">{label_nilai}</span>{prasyarat}{gagal}</td>\n'
    "            <td>{tahap}{terlambat}</td>\n"
    '            <td class="text-end">{mandiri}</td>\n'
    '            <td class="text-end">{evaluator}</td>\n'
    '            <td class="text-end">{pengungkit_hasil}</td>\n'
    '            <td><div class="d-grid gap-1 grid-3 min-w-10">{area}</div></td>\n'
    '            <td class="text-nowrap" title="{indeks_judul}">{indeks}<br>'
    '<small class="text-secondary">{sumber}</small></td>\n'
    '            <td class="text-end">{responden}</td>\n'
    '            <td class="text-end">{bukti}<br><small class="text-secondary">{bukti_persen}%'
    "</small></td>\n"
    "          </tr>\n"
    "        "
)


def _skor(skor, *, tampil_lapisan: bool, label) -> SafeString:
    """What templates/dasbor/_skor.html shows for one layer's score."""
    if not skor:
        return KOSONG
    if not tampil_lapisan:
        return format_html('<span class="fw-semibold">{}</span>', label.dua(skor.total))
    sementara = not skor.selesai and skor.lapisan != "mandiri"
    keterangan = label.sekali(
        ("lapisan", skor.lapisan, sementara),
        lambda: (
            f"{lapisan_pendek(skor.lapisan)} · {label.sementara}"
            if sementara
            else lapisan_pendek(skor.lapisan)
        ),
    )
    return format_html(
        '<span class="fw-semibold">{}</span><br><small class="text-secondary">{}</small>',
        label.dua(skor.total),
        keterangan,
    )


def _kunci(nilai):
    """A memo key for a number: a Fraction's own terms (hashing a Fraction is slow)."""
    if isinstance(nilai, Fraction):
        return (nilai.numerator, nilai.denominator)
    return nilai


class _Label:
    """The labels and formatted numbers rows repeat, worked out once per page: a
    thousand rows share a few dozen distinct labels, and many the same area shares."""

    def __init__(self):
        self._memo: dict = {}
        self.jenis = {k: str(v) for k, v in Satker.Jenis.choices}
        self.tahap = {k: str(v) for k, v in Penilaian.Status.choices}
        self.sementara = _("sementara")
        self.ke_wbbm = _("ke WBBM")
        self.kurang = _("kurang")
        self.terlambat = {"mandiri": _("Terlambat mandiri"), "reviu": _("Terlambat reviu")}
        self.sumber = {
            "survei": format_html("{}", _("survei")),
            "eksternal": format_html("{}", _("eksternal")),
            "kurang": format_html(
                '<span class="text-danger">{}</span>', _("data survei belum cukup")
            ),
        }
        self.judul_responden = _("Responden dalam jendela survei periode")

    def sekali(self, kunci, buat):
        """`buat()` the first time `kunci` is asked for on this page, then the same."""
        if kunci not in self._memo:
            self._memo[kunci] = buat()
        return self._memo[kunci]

    def dua(self, nilai) -> str:
        return self.sekali(("dua", _kunci(nilai)), lambda: dua(nilai))

    def sumber_lke(self, resmi) -> SafeString:
        lapisan = resmi.lapisan if resmi else ""
        return self.sekali(
            ("lke", lapisan),
            lambda: format_html("{}", _("LKE %(l)s") % {"l": lapisan_pendek(lapisan)}),
        )

    def area(self, area) -> SafeString:
        """The area badges: rows rarely share all six values, but they share each badge
        (an area's colour and rounded share), so each badge is formatted once per page."""
        return SafeString(
            "".join(
                self.sekali(("badge", a.no, a.warna, _kunci(a.persen)), lambda a=a: self._badge(a))
                for a in area
            )
        )

    def _badge(self, a) -> str:
        return format_html(
            '<span class="badge text-bg-{}" title="{}">{}: {}</span>',
            a.warna,
            self.sekali(("nama_area", a.no), lambda: str(a.nama)),
            a.no,
            "—" if a.persen is None else f"{persen_area(a.persen)}%",
        )

    def prasyarat(self, b) -> str:
        kunci = ("prasyarat", b.predikat == st.KOSONG) + tuple(
            (p.kode, p.memenuhi) for p in b.prasyarat
        )
        return self.sekali(kunci, lambda: b.prasyarat_ringkas)

    def gagal(self, b) -> tuple[str, str]:
        resmi = b.resmi
        kunci = ("gagal", b.predikat, resmi.gagal_wbk, resmi.gagal_wbbm) if resmi else None
        return self.sekali(
            kunci, lambda: ("; ".join(str(g) for g in b.gagal), b.gagal_ringkas if b.gagal else "")
        )


def _responden(b, url: str, label: _Label) -> SafeString:
    if b.responden is None:
        return mark_safe("—")
    kelas = "text-danger" if b.responden < b.target else "text-success"
    return format_html(
        '<a class="{}" href="{}" title="{}">{}/{}</a>',
        kelas,
        url,
        label.judul_responden,
        b.responden,
        b.target,
    )


def _nama_tautan() -> tuple:
    return (
        ("penilaian", _("Penilaian")),
        ("lke", _("Lembar kerja")),
        ("reviu", _("Reviu")),
        ("bukti", _("Bukti")),
        ("survei", _("Hasil survei")),
        ("dasbor", _("Dasbor unit")),
    )


def tautan_unit(t, nama: tuple | None = None) -> SafeString:
    """A unit's pages this user may open (dasbor.selectors.tugas.Tautan) as one line of
    links, for every page that lists units (`nama`: the links' names, translated once per
    page by a caller that prints many rows)."""
    if t is None:
        return KOSONG
    nama = nama or _nama_tautan()
    # Plain joins of escaped parts: format_html per link costs more than the links.
    tautan = "".join(
        f'<a href="{escape(getattr(t, k))}">{escape(v)}</a>' for k, v in nama if getattr(t, k)
    )
    return SafeString(
        '<span class="small d-inline-flex flex-wrap gap-2" data-testid="tautan-unit">'
        f"{tautan}</span>"
    )


def sel_kanwil(baris, periode, tautan: dict | None = None) -> list[SelBaris]:
    """The table rows of the Kanwil overview, in the order of `baris`; `tautan` holds each
    assessment's links (dasbor.selectors.tugas.tautan_banyak)."""
    label = _Label()
    tautan = tautan or {}
    url_unit = reverse("dasbor:unit", args=(periode.kanwil.kode, periode.tahun, _KODE))
    jendela = (
        f"?mulai={periode.survei_mulai:%Y-%m-%d}&selesai={periode.survei_selesai:%Y-%m-%d}"
        f"&tahun={periode.tahun}"
    )
    url_survei = reverse("survei:hasil", args=(_KODE,)) + jendela
    nama_tautan = _nama_tautan()
    hasil = []
    for b in baris:
        kode = b.satker.kode
        prasyarat = label.prasyarat(b) if b.prasyarat else ""
        gagal_judul, gagal = label.gagal(b)
        resmi = b.resmi
        hasil.append(
            SelBaris(
                url=url_unit.replace(_KODE, kode),
                nama=b.satker.nama,
                kode=kode,
                jenis=label.jenis.get(b.satker.jenis, b.satker.jenis),
                warna_predikat=b.warna_predikat,
                label_nilai=label.sekali(("nilai", b.predikat), lambda b=b: b.label_nilai),
                prasyarat=prasyarat,
                prasyarat_kelas="text-danger" if "belum" in prasyarat else "text-success",
                gagal_judul=gagal_judul,
                gagal_awal=label.ke_wbbm if b.predikat == "wbk" else label.kurang,
                gagal=gagal,
                tahap=label.tahap.get(b.penilaian.status, b.penilaian.status),
                terlambat=label.terlambat.get(b.terlambat, ""),
                mandiri=_skor(b.mandiri, tampil_lapisan=False, label=label),
                evaluator=_skor(b.evaluator, tampil_lapisan=True, label=label),
                pengungkit_hasil=(
                    format_html("{}<br>{}", label.dua(resmi.pengungkit), label.dua(resmi.hasil))
                    if resmi
                    else mark_safe("—")
                ),
                area=label.area(b.area),
                indeks_judul=f"IPAK: {b.ipak_sumber} · IPKP: {b.ipkp_sumber}",
                indeks=f"{label.dua(b.ipak)} / {label.dua(b.ipkp)}",
                sumber=label.sumber.get(b.sumber_indeks) or label.sumber_lke(resmi),
                responden=_responden(b, url_survei.replace(_KODE, kode), label),
                bukti=f"{b.bukti}/{b.jumlah_pertanyaan}",
                bukti_persen=bulat0(b.bukti_persen),
                total_mandiri=label.dua(b.mandiri.total) if b.mandiri else "—",
                total_evaluator=label.dua(b.evaluator.total) if b.evaluator else "—",
                tautan=tautan_unit(tautan.get(b.penilaian.pk), nama_tautan),
            )
        )
    return hasil


def sel_tren(tabel_tren) -> list[tuple[str, SafeString]]:
    """The trend table's rows (dasbor.grafik.tabel_tren) as (unit, ready cells)."""
    label = _Label()

    def sel(total, status) -> tuple:
        if total is None:
            return ("—",)
        return (format_html("{}<br><small>{}</small>", label.dua(total), status),)

    return [
        (
            nama,
            format_html_join("", '<td class="text-end">{}</td>', (sel(t, s) for t, s in nilai)),
        )
        for nama, nilai in tabel_tren
    ]
