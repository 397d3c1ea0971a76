"""What the workflow tells whom. Called explicitly by the workflow (alur) and by the
scheduled deadline check, inside their transactions; the notices and e-mails are
written by `pemberitahuan.services`, which never raises.

Recipients come from roles and scope: the unit's head and operators, the evaluators
assigned to the assessment, and the administrators of the unit's Kanwil. The person who
acted is never told about their own action.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from pemberitahuan.models import Jenis
from pemberitahuan.services import pemberitahuan_kirim
from penilaian.models import Jawaban, Lapisan, Penilaian, PenugasanEvaluator
from satker.models import Pengguna, Peran


def tim_unit(penilaian: Penilaian) -> list:
    return list(
        Pengguna.objects.filter(
            peran__satker_id=penilaian.satker_id,
            peran__jenis__in=[Peran.Jenis.KEPALA, Peran.Jenis.OPERATOR],
        ).distinct()
    )


def evaluator_ditugaskan(penilaian: Penilaian, lapisan: str | None = None) -> list:
    penugasan = PenugasanEvaluator.objects.filter(penilaian=penilaian)
    if lapisan:
        penugasan = penugasan.filter(lapisan=lapisan)
    return list(Pengguna.objects.filter(pk__in=penugasan.values("evaluator_id")))


def admin_kanwil(penilaian: Penilaian) -> list:
    return list(
        Pengguna.objects.filter(
            peran__satker_id=penilaian.periode.kanwil_id, peran__jenis=Peran.Jenis.ADMIN_KANWIL
        ).distinct()
    )


def _judul_unit(penilaian: Penilaian) -> str:
    return f"{penilaian.satker.nama} {penilaian.periode.tahun}"


def _kirim(jenis, penerima, oleh, judul, isi, tautan, kunci=""):
    pemberitahuan_kirim(
        jenis=jenis,
        penerima=[p for p in penerima if oleh is None or p.pk != oleh.pk],
        judul=judul,
        isi=isi,
        tautan=tautan,
        kunci=kunci,
    )


def kabar_langkah(
    *, penilaian: Penilaian, langkah: str, oleh, lapisan: str | None, catatan: str
) -> None:
    """Tells the people concerned that `langkah` (a name from alur) just happened."""
    fungsi = _PER_LANGKAH.get(langkah)
    if fungsi is None:
        return
    # Notices are stored in the portal's language, whatever the actor's browser says.
    with translation.override(settings.LANGUAGE_CODE):
        fungsi(penilaian, oleh, lapisan, catatan)


def _diajukan(penilaian, oleh, lapisan, catatan):
    evaluator = evaluator_ditugaskan(penilaian)
    isi = _("%(unit)s mengajukan penilaian mandirinya untuk direviu.") % {
        "unit": penilaian.satker.nama
    }
    if not evaluator:
        isi += " " + _("Belum ada evaluator yang ditugaskan.")
    _kirim(
        Jenis.DIAJUKAN,
        evaluator + admin_kanwil(penilaian),
        oleh,
        _("Diajukan: %(unit)s") % {"unit": _judul_unit(penilaian)},
        isi,
        reverse("penilaian:detail", args=[penilaian.pk]),
    )


def _dikembalikan(penilaian, oleh, lapisan, catatan):
    ditandai = (
        Jawaban.objects.filter(penilaian=penilaian, lapisan=Lapisan.MANDIRI, perlu_revisi=True)
        .select_related("pertanyaan__subarea__area")
        .order_by("pertanyaan__urutan")
    )
    baris = [_("Pertanyaan yang perlu diperbaiki:")]
    for j in ditandai:
        p = j.pertanyaan
        tautan = reverse("penilaian:lembar", args=[penilaian.pk, p.subarea.area.kode])
        baris.append(f"- {p.kode} {p.teks[:120]} ({tautan}#q-{p.kode})")
    if catatan:
        baris += ["", _("Catatan evaluator: %(catatan)s") % {"catatan": catatan}]
    _kirim(
        Jenis.DIKEMBALIKAN,
        tim_unit(penilaian),
        oleh,
        _("Dikembalikan untuk perbaikan: %(unit)s") % {"unit": _judul_unit(penilaian)},
        "\n".join(baris),
        reverse("penilaian:detail", args=[penilaian.pk]),
    )


def _selesai(penilaian, oleh, lapisan, catatan):
    label = Lapisan(lapisan).label if lapisan else ""
    isi = _("Evaluator menyelesaikan lapisan %(lapisan)s.") % {"lapisan": label}
    if penilaian.status == Penilaian.Status.FINAL:
        isi += " " + _("Penilaian sekarang final.")
    _kirim(
        Jenis.LAPISAN_SELESAI,
        tim_unit(penilaian) + admin_kanwil(penilaian),
        oleh,
        _("Lapisan %(lapisan)s selesai: %(unit)s")
        % {"lapisan": label, "unit": _judul_unit(penilaian)},
        isi,
        reverse("penilaian:detail", args=[penilaian.pk]),
    )


def _dibuka(penilaian, oleh, lapisan, catatan):
    _kirim(
        Jenis.DIBUKA_KEMBALI,
        tim_unit(penilaian) + evaluator_ditugaskan(penilaian) + admin_kanwil(penilaian),
        oleh,
        _("Dibuka kembali: %(unit)s") % {"unit": _judul_unit(penilaian)},
        _("Alasan: %(alasan)s") % {"alasan": catatan},
        reverse("penilaian:detail", args=[penilaian.pk]),
    )


_PER_LANGKAH = {
    "ajukan": _diajukan,
    "ajukan_ulang": _diajukan,
    "kembalikan": _dikembalikan,
    "selesaikan": _selesai,
    "buka_kembali": _dibuka,
}
