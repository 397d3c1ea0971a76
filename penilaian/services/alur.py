"""The assessment workflow: one declared table of moves, applied as a conditional update
with a history row in the same transaction.

    draf ──ajukan (kepala)──► diajukan ──mulai reviu (evaluator)──► direviu
    direviu ──kembalikan (evaluator, with the questions that need work)──► dikembalikan
    dikembalikan ──ajukan ulang (kepala)──► diajukan_ulang ──mulai reviu──► direviu
    direviu ──selesaikan lapisan (evaluator; the last unfinished layer)──► final
    final ──buka kembali (administrator, with a written reason)──► direviu

Two people acting at once: the update is `filter(pk, status=from).update(status=to)`,
so only one of them moves the assessment; the other gets PESAN_SUDAH_BERUBAH and
nothing of theirs is written.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from penilaian.models import (
    Evaluasi,
    Jawaban,
    Lapisan,
    Penilaian,
    Pertanyaan,
    RiwayatStatus,
)
from penilaian.selectors.peran import PESAN_SATKER_SENDIRI, Peran, peran_pada_penilaian
from penilaian.services import lapisan as layanan_lapisan
from penilaian.services.jejak import jejak_catat
from penilaian.services.kabar import kabar_langkah

S = Penilaian.Status

PESAN_SUDAH_BERUBAH = _(
    "Status penilaian baru saja diubah orang lain; muat ulang halaman untuk melihat "
    "keadaan terbaru. Tidak ada yang diubah."
)
PESAN_TIDAK_BOLEH = _("Perpindahan status ini tidak tersedia dari status sekarang.")
PESAN_BUKAN_PERAN = _("Anda tidak berwenang melakukan langkah ini.")
PESAN_BELUM_TERJAWAB = _(
    "Masih ada %(jumlah)s pertanyaan yang belum dijawab. Centang konfirmasi untuk tetap mengajukan."
)
PESAN_TANPA_REVISI = _(
    "Tandai dulu pertanyaan yang perlu diperbaiki sebelum mengembalikan penilaian."
)
PESAN_ALASAN_WAJIB = _("Tuliskan alasan membuka kembali penilaian yang sudah final.")
PESAN_LAPISAN_WAJIB = _("Pilih lapisan evaluasi Anda.")
PESAN_LAPISAN_TIDAK_SELESAI = _("Lapisan itu belum pernah diselesaikan.")
PESAN_BELUM_DINILAI = _(
    "Lapisan belum dapat diselesaikan: %(jumlah)s dari %(total)s pertanyaan belum Anda "
    "nilai. Nilai setiap pertanyaan (atau pilih “sama dengan jawaban unit”) dulu."
)


# Who may make a move, decided from the user's `Peran` on the assessment (read once).


def _kepala(peran: Peran, lapisan: str | None) -> bool:
    return peran.kepala


def _evaluator(peran: Peran, lapisan: str | None) -> bool:
    return peran.menilai(lapisan)


def _admin(peran: Peran, lapisan: str | None) -> bool:
    return peran.kelola


# A label is translated when shown: a lazy string until then.
StrOrPromise = str | Promise


@dataclass(frozen=True)
class Langkah:
    """One allowed move: its name (for URLs and buttons), a label and who may do it."""

    nama: str
    label: StrOrPromise
    boleh: Callable


AJUKAN = "ajukan"
AJUKAN_ULANG = "ajukan_ulang"
MULAI_REVIU = "mulai_reviu"
KEMBALIKAN = "kembalikan"
SELESAIKAN = "selesaikan"
BUKA_KEMBALI = "buka_kembali"

# (from, to) -> the move. The only place that says which status follows which.
TRANSITIONS: dict[tuple[str, str], Langkah] = {
    (S.DRAF, S.DIAJUKAN): Langkah(AJUKAN, _("Ajukan ke evaluator"), _kepala),
    (S.DIKEMBALIKAN, S.DIAJUKAN_ULANG): Langkah(AJUKAN_ULANG, _("Ajukan ulang"), _kepala),
    (S.DIAJUKAN, S.DIREVIU): Langkah(MULAI_REVIU, _("Mulai reviu"), _evaluator),
    (S.DIAJUKAN_ULANG, S.DIREVIU): Langkah(MULAI_REVIU, _("Mulai reviu"), _evaluator),
    (S.DIREVIU, S.DIKEMBALIKAN): Langkah(KEMBALIKAN, _("Kembalikan untuk perbaikan"), _evaluator),
    (S.DIREVIU, S.FINAL): Langkah(SELESAIKAN, _("Selesaikan lapisan"), _evaluator),
    (S.FINAL, S.DIREVIU): Langkah(BUKA_KEMBALI, _("Buka kembali"), _admin),
}


def langkah_tersedia(
    *, penilaian: Penilaian, user=None, peran: Peran | None = None, lapisan: str | None = None
) -> list:
    """The moves the user (or their `peran`, when already read) may make now, as
    (to, Langkah) pairs, for buttons."""
    if peran is None:
        peran = peran_pada_penilaian(user=user, penilaian=penilaian)
    return [
        (ke, langkah)
        for (dari, ke), langkah in TRANSITIONS.items()
        if dari == penilaian.status and langkah.boleh(peran, lapisan)
    ]


def _cek(penilaian: Penilaian, ke: str, oleh, lapisan: str | None) -> Langkah:
    langkah = TRANSITIONS.get((penilaian.status, ke))
    if langkah is None:
        raise ValidationError(PESAN_TIDAK_BOLEH, code="tidak_boleh")
    peran = peran_pada_penilaian(user=oleh, penilaian=penilaian)
    if langkah.boleh is _evaluator and peran.satker_sendiri:
        raise PermissionDenied(PESAN_SATKER_SENDIRI)
    if not langkah.boleh(peran, lapisan):
        raise PermissionDenied(PESAN_BUKAN_PERAN)
    return langkah


def _pindah(penilaian: Penilaian, ke: str, oleh, catatan: str) -> RiwayatStatus:
    dari = penilaian.status
    sekarang = timezone.now()
    berubah = Penilaian.objects.filter(pk=penilaian.pk, status=dari).update(
        status=ke, status_diubah_pada=sekarang
    )
    if berubah != 1:
        raise ValidationError(PESAN_SUDAH_BERUBAH, code="sudah_berubah")
    penilaian.status, penilaian.status_diubah_pada = ke, sekarang
    return RiwayatStatus.objects.create(
        penilaian=penilaian, dari=dari, ke=ke, oleh=oleh, catatan=catatan
    )


def jumlah_belum_terjawab(penilaian: Penilaian) -> int:
    jumlah = Pertanyaan.objects.filter(versi_id=penilaian.periode.versi_id).count()
    terjawab = Jawaban.objects.filter(
        penilaian=penilaian, lapisan=Lapisan.MANDIRI, nilai__isnull=False
    ).count()
    return jumlah - terjawab


def _lapisan_belum_selesai(penilaian: Penilaian) -> set[str]:
    ditugaskan = set(penilaian.penugasan.values_list("lapisan", flat=True).distinct())
    selesai = set(
        penilaian.evaluasi.filter(selesai_pada__isnull=False).values_list("lapisan", flat=True)
    )
    return ditugaskan - selesai


def penilaian_pindahkan(
    *,
    penilaian: Penilaian,
    ke: str,
    oleh,
    catatan: str = "",
    lapisan: str | None = None,
    konfirmasi_belum_terjawab: bool = False,
) -> Penilaian:
    """Applies one move of TRANSITIONS (checked against who `oleh` is) with its history
    row. ValidationError when the move does not exist from the current status, the
    preconditions fail, or someone else moved the assessment first; PermissionDenied
    when `oleh` may not make it. Nothing is written unless everything succeeds."""
    with transaction.atomic():
        langkah = _cek(penilaian, ke, oleh, lapisan)
        aksi = _AKSI.get(langkah.nama)
        tambahan = (
            aksi(penilaian, oleh, catatan, lapisan, konfirmasi_belum_terjawab) if aksi else ""
        )
        if isinstance(tambahan, Tetap):
            # A layer finished while another assigned layer still works: the status
            # stays (still a conditional update, so a concurrent move is caught).
            ke, tambahan = penilaian.status, tambahan.catatan
        _pindah(penilaian, ke, oleh, "\n".join(t for t in (catatan, tambahan) if t))
        kabar_langkah(
            penilaian=penilaian, langkah=langkah.nama, oleh=oleh, lapisan=lapisan, catatan=catatan
        )
    return penilaian


@dataclass(frozen=True)
class Tetap:
    catatan: str


def _aksi_ajukan(penilaian, oleh, catatan, lapisan, konfirmasi) -> str:
    kosong = jumlah_belum_terjawab(penilaian)
    if kosong and not konfirmasi:
        raise ValidationError(
            PESAN_BELUM_TERJAWAB, code="belum_terjawab", params={"jumlah": kosong}
        )
    if penilaian.status == S.DIKEMBALIKAN:
        Jawaban.objects.filter(
            penilaian=penilaian, lapisan=Lapisan.MANDIRI, perlu_revisi=True
        ).update(perlu_revisi=False)
    if kosong:
        return str(_("Diajukan dengan %(jumlah)s pertanyaan belum dijawab (dikonfirmasi).")) % {
            "jumlah": kosong
        }
    return ""


def _aksi_kembalikan(penilaian, oleh, catatan, lapisan, konfirmasi) -> str:
    ditandai = list(
        Jawaban.objects.filter(penilaian=penilaian, lapisan=lapisan, perlu_revisi=True)
        .select_related("pertanyaan")
        .order_by("pertanyaan__urutan")
    )
    if not ditandai:
        raise ValidationError(PESAN_TANPA_REVISI, code="tanpa_revisi")
    kode = []
    for jawaban in ditandai:
        milik_unit, _dibuat = Jawaban.objects.get_or_create(
            penilaian=penilaian,
            pertanyaan=jawaban.pertanyaan,
            lapisan=Lapisan.MANDIRI,
            defaults={"diubah_oleh": oleh},
        )
        if not milik_unit.perlu_revisi:
            Jawaban.objects.filter(pk=milik_unit.pk).update(perlu_revisi=True)
            jejak_catat(
                penilaian=penilaian,
                objek="perlu_revisi",
                oleh=oleh,
                lama=False,
                baru=True,
                kode_pertanyaan=jawaban.pertanyaan.kode,
                lapisan=Lapisan.MANDIRI,
            )
        kode.append(jawaban.pertanyaan.kode)
    # The evaluator's marks move to the unit; the next review round starts clean.
    Jawaban.objects.filter(pk__in=[j.pk for j in ditandai]).update(perlu_revisi=False)
    return str(_("Perlu perbaikan: %(kode)s")) % {"kode": ", ".join(kode)}


def _aksi_selesaikan(penilaian, oleh, catatan, lapisan, konfirmasi):
    belum = layanan_lapisan.belum_dinilai(penilaian=penilaian, lapisan=lapisan)
    if belum:
        total = layanan_lapisan.jumlah_dinilai_evaluator(penilaian)
        raise ValidationError(
            PESAN_BELUM_DINILAI,
            code="belum_dinilai",
            params={"jumlah": len(belum), "total": total},
        )
    sekarang = timezone.now()
    evaluasi, _dibuat = Evaluasi.objects.get_or_create(penilaian=penilaian, lapisan=lapisan)
    if not Evaluasi.objects.filter(pk=evaluasi.pk, selesai_pada__isnull=True).update(
        selesai_pada=sekarang, selesai_oleh=oleh
    ):
        raise ValidationError(PESAN_SUDAH_BERUBAH, code="sudah_berubah")
    jejak_catat(
        penilaian=penilaian, objek="evaluasi", oleh=oleh, lama=None, baru="selesai", lapisan=lapisan
    )
    layanan_lapisan.lapisan_selesai_bekukan(penilaian=penilaian, lapisan=lapisan, oleh=oleh)
    teks = str(_("Lapisan %(lapisan)s selesai.")) % {"lapisan": Lapisan(lapisan).label}
    if _lapisan_belum_selesai(penilaian):
        return Tetap(teks)
    return teks


def _aksi_buka_kembali(penilaian, oleh, catatan, lapisan, konfirmasi) -> str:
    if not catatan.strip():
        raise ValidationError({"catatan": PESAN_ALASAN_WAJIB}, code="alasan_wajib")
    if lapisan:
        dibuka = Evaluasi.objects.filter(
            penilaian=penilaian, lapisan=lapisan, selesai_pada__isnull=False
        ).update(selesai_pada=None, selesai_oleh=None)
        if not dibuka:
            raise ValidationError(PESAN_LAPISAN_TIDAK_SELESAI, code="lapisan_tidak_selesai")
        jejak_catat(
            penilaian=penilaian,
            objek="evaluasi",
            oleh=oleh,
            lama="selesai",
            baru="dibuka",
            lapisan=lapisan,
        )
        layanan_lapisan.lapisan_dibuka_hitung_ulang(
            penilaian=penilaian, lapisan=lapisan, oleh=oleh, alasan=catatan
        )
        return str(_("Lapisan %(lapisan)s dibuka kembali.")) % {"lapisan": Lapisan(lapisan).label}
    return ""


_AKSI = {
    AJUKAN: _aksi_ajukan,
    AJUKAN_ULANG: _aksi_ajukan,
    KEMBALIKAN: _aksi_kembalikan,
    SELESAIKAN: _aksi_selesaikan,
    BUKA_KEMBALI: _aksi_buka_kembali,
}


# --- Named moves, so callers read as sentences ------------------------------------------


def penilaian_ajukan(*, penilaian: Penilaian, oleh, konfirmasi_belum_terjawab=False) -> Penilaian:
    ke = S.DIAJUKAN_ULANG if penilaian.status == S.DIKEMBALIKAN else S.DIAJUKAN
    return penilaian_pindahkan(
        penilaian=penilaian, ke=ke, oleh=oleh, konfirmasi_belum_terjawab=konfirmasi_belum_terjawab
    )


def penilaian_mulai_reviu(*, penilaian: Penilaian, lapisan: str, oleh) -> Penilaian:
    return penilaian_pindahkan(penilaian=penilaian, ke=S.DIREVIU, oleh=oleh, lapisan=lapisan)


def penilaian_kembalikan(
    *, penilaian: Penilaian, lapisan: str, oleh, catatan: str = ""
) -> Penilaian:
    return penilaian_pindahkan(
        penilaian=penilaian, ke=S.DIKEMBALIKAN, oleh=oleh, lapisan=lapisan, catatan=catatan
    )


def evaluasi_selesaikan(*, penilaian: Penilaian, lapisan: str, oleh) -> Penilaian:
    """Finishes the layer; the assessment becomes final when no assigned layer is left."""
    return penilaian_pindahkan(penilaian=penilaian, ke=S.FINAL, oleh=oleh, lapisan=lapisan)


def penilaian_buka_kembali(
    *, penilaian: Penilaian, oleh, alasan: str, lapisan: str | None = None
) -> Penilaian:
    """Back to review with a written reason; `lapisan` also reopens that finished layer
    (leave it empty when a new layer, e.g. TPI, takes over)."""
    return penilaian_pindahkan(
        penilaian=penilaian, ke=S.DIREVIU, oleh=oleh, catatan=alasan, lapisan=lapisan or None
    )
