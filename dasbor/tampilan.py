"""The Kanwil overview's table cells, worked out once per row in Python.

A Kanwil holds up to a thousand units: a template that reverses two URLs, includes a
sub-template twice, translates a dozen labels and formats numbers through filters in
every row renders tens of thousands of nodes. Here each row becomes a few ready strings
(numbers rounded by the same display filters, labels translated once per page, the URL
built from one reversed pattern), so the table's loop prints values and nothing else.
Nothing here decides a figure: every value comes from `dasbor.selectors.BarisUnit`.
"""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from dasbor.templatetags.dasbor import bulat0, dua, lapisan_pendek, persen_area

_KODE = "__kode__"  # stands in for the unit code in a reversed URL
KOSONG = mark_safe('<span class="text-secondary">—</span>')  # noqa: S308 - a constant


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


def _skor(skor, *, tampil_lapisan: bool, sementara: str) -> SafeString:
    """What templates/dasbor/_skor.html shows for one layer's score."""
    if not skor:
        return KOSONG
    if not tampil_lapisan:
        return format_html('<span class="fw-semibold">{}</span>', dua(skor.total))
    keterangan = lapisan_pendek(skor.lapisan)
    if not skor.selesai and skor.lapisan != "mandiri":
        keterangan = f"{keterangan} · {sementara}"
    return format_html(
        '<span class="fw-semibold">{}</span><br><small class="text-secondary">{}</small>',
        dua(skor.total),
        keterangan,
    )


def _area(area) -> SafeString:
    return format_html_join(
        "",
        '<span class="badge text-bg-{}" title="{}">{}: {}</span>',
        (
            (a.warna, a.nama, a.no, "—" if a.persen is None else f"{persen_area(a.persen)}%")
            for a in area
        ),
    )


class _Label:
    """The labels every row repeats, translated once per page."""

    def __init__(self):
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

    def sumber_lke(self, resmi) -> SafeString:
        lapisan = lapisan_pendek(resmi.lapisan) if resmi else ""
        return format_html("{}", _("LKE %(l)s") % {"l": lapisan})


def _responden(b, url: str, label: _Label) -> SafeString:
    if b.responden is None:
        return mark_safe("—")  # noqa: S308 - a constant
    kelas = "text-danger" if b.responden < b.target else "text-success"
    return format_html(
        '<a class="{}" href="{}" title="{}">{}/{}</a>',
        kelas,
        url,
        label.judul_responden,
        b.responden,
        b.target,
    )


def sel_kanwil(baris, periode) -> list[SelBaris]:
    """The table rows of the Kanwil overview, in the order of `baris`."""
    label = _Label()
    url_unit = reverse("dasbor:unit", args=(periode.kanwil.kode, periode.tahun, _KODE))
    jendela = (
        f"?mulai={periode.survei_mulai:%Y-%m-%d}&selesai={periode.survei_selesai:%Y-%m-%d}"
        f"&tahun={periode.tahun}"
    )
    url_survei = reverse("survei:hasil", args=(_KODE,)) + jendela
    hasil = []
    for b in baris:
        kode = b.satker.kode
        prasyarat = b.prasyarat_ringkas
        resmi = b.resmi
        hasil.append(
            SelBaris(
                url=url_unit.replace(_KODE, kode),
                nama=b.satker.nama,
                kode=kode,
                jenis=b.satker.get_jenis_display(),
                warna_predikat=b.warna_predikat,
                label_nilai=b.label_nilai,
                prasyarat=prasyarat,
                prasyarat_kelas="text-danger" if "belum" in prasyarat else "text-success",
                gagal_judul="; ".join(str(g) for g in b.gagal),
                gagal_awal=label.ke_wbbm if b.predikat == "wbk" else label.kurang,
                gagal=b.gagal_ringkas if b.gagal else "",
                tahap=b.penilaian.get_status_display(),
                terlambat=label.terlambat.get(b.terlambat, ""),
                mandiri=_skor(b.mandiri, tampil_lapisan=False, sementara=label.sementara),
                evaluator=_skor(b.evaluator, tampil_lapisan=True, sementara=label.sementara),
                pengungkit_hasil=(
                    format_html("{}<br>{}", dua(resmi.pengungkit), dua(resmi.hasil))
                    if resmi
                    else mark_safe("—")  # noqa: S308 - a constant
                ),
                area=_area(b.area),
                indeks_judul=f"IPAK: {b.ipak_sumber} · IPKP: {b.ipkp_sumber}",
                indeks=f"{dua(b.ipak)} / {dua(b.ipkp)}",
                sumber=label.sumber.get(b.sumber_indeks) or label.sumber_lke(resmi),
                responden=_responden(b, url_survei.replace(_KODE, kode), label),
                bukti=f"{b.bukti}/{b.jumlah_pertanyaan}",
                bukti_persen=bulat0(b.bukti_persen),
                total_mandiri=dua(b.mandiri.total) if b.mandiri else "—",
                total_evaluator=dua(b.evaluator.total) if b.evaluator else "—",
            )
        )
    return hasil
