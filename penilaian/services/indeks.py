"""The IPAK/IPKP value an evaluator layer uses (IndeksLapisan): entered by that layer's
evaluator with its source document, or the unit's external value confirmed by them (a
deliberate act, recorded as theirs). Every entry, confirmation and removal goes into the
audit trail and refreshes the layer's score; a finished layer cannot be touched."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from penilaian.models import IndeksLapisan, Lapisan, Penilaian
from penilaian.services.aturan import penilaian_bisa_diubah
from penilaian.services.jejak import jejak_catat
from penilaian.services.skor import skor_perbarui
from survei.models import IndeksEksternal

KODE_JENIS = {"ipak": "B.I.a", "ipkp": "B.II.a"}

PESAN_TERKUNCI = _(
    "Nilai indeks lapisan ini tidak dapat diubah sekarang (bukan dalam reviu, atau sudah final)."
)
PESAN_JENIS = _("Pilih IPAK atau IPKP.")
PESAN_DOKUMEN_WAJIB = _("Sebutkan sumber dan dokumen sumber nilai ini.")
PESAN_UNIT_TANPA_NILAI = _("Unit belum mencatat nilai eksternal %(indeks)s untuk tahun ini.")


def _isi(indeks: IndeksLapisan | None) -> dict | None:
    if indeks is None:
        return None
    return {
        "nilai": str(indeks.nilai),
        "sumber": indeks.sumber,
        "dokumen": indeks.dokumen,
        "dikonfirmasi_dari": indeks.dikonfirmasi_dari,
    }


def _periksa(penilaian: Penilaian, lapisan: str, jenis: str) -> Penilaian:
    penilaian = Penilaian.objects.select_for_update(of=("self",)).get(pk=penilaian.pk)
    if jenis not in KODE_JENIS:
        raise ValidationError({"jenis": PESAN_JENIS}, code="jenis")
    if lapisan == Lapisan.MANDIRI or not penilaian_bisa_diubah(penilaian, lapisan):
        raise ValidationError(PESAN_TERKUNCI, code="terkunci")
    return penilaian


def _catat(penilaian, lapisan, jenis, lama, baru, oleh) -> None:
    jejak_catat(
        penilaian=penilaian,
        objek="indeks_lapisan",
        oleh=oleh,
        lama=lama,
        baru=baru,
        kode_pertanyaan=KODE_JENIS[jenis],
        lapisan=lapisan,
    )
    skor_perbarui(penilaian=penilaian, lapisan=lapisan)


@transaction.atomic
def indeks_lapisan_simpan(
    *,
    penilaian: Penilaian,
    lapisan: str,
    jenis: str,
    nilai,
    sumber: str,
    dokumen: str,
    oleh,
    dikonfirmasi_dari: str = "",
) -> IndeksLapisan:
    """The value `lapisan` uses for `jenis`, with its source and document. The caller
    checked `oleh` evaluates this layer (penilaian.access)."""
    penilaian = _periksa(penilaian, lapisan, jenis)
    if not (sumber or "").strip() or not (dokumen or "").strip():
        raise ValidationError({"dokumen": PESAN_DOKUMEN_WAJIB}, code="dokumen")
    indeks = (
        IndeksLapisan.objects.select_for_update()
        .filter(penilaian=penilaian, lapisan=lapisan, jenis=jenis)
        .first()
    )
    lama = _isi(indeks)
    indeks = indeks or IndeksLapisan(penilaian=penilaian, lapisan=lapisan, jenis=jenis)
    indeks.nilai, indeks.sumber, indeks.dokumen = nilai, sumber.strip(), dokumen.strip()
    indeks.dikonfirmasi_dari, indeks.dicatat_oleh = dikonfirmasi_dari, oleh
    indeks.full_clean()
    indeks.save()
    indeks.refresh_from_db(fields=["nilai"])
    _catat(penilaian, lapisan, jenis, lama, _isi(indeks), oleh)
    return indeks


def indeks_lapisan_konfirmasi(
    *, penilaian: Penilaian, lapisan: str, jenis: str, oleh
) -> IndeksLapisan:
    """The evaluator takes the external value the unit recorded (with its source and
    document) as their layer's own: a deliberate confirmation, in the audit trail."""
    unit = IndeksEksternal.objects.filter(
        satker_id=penilaian.satker_id,
        tahun=penilaian.periode.tahun,
        jenis=jenis,
        lingkup=IndeksEksternal.Lingkup.UNIT,
    ).first()
    if unit is None:
        raise ValidationError(
            PESAN_UNIT_TANPA_NILAI, code="tanpa_nilai", params={"indeks": jenis.upper()}
        )
    return indeks_lapisan_simpan(
        penilaian=penilaian,
        lapisan=lapisan,
        jenis=jenis,
        nilai=unit.nilai,
        sumber=unit.sumber,
        dokumen=unit.dokumen or unit.sumber,
        oleh=oleh,
        dikonfirmasi_dari=str(_("nilai eksternal yang dicatat unit")),
    )


@transaction.atomic
def indeks_lapisan_hapus(*, penilaian: Penilaian, lapisan: str, jenis: str, oleh) -> None:
    """Removes the layer's own value: the layer falls back to the Kanwil's value or the
    portal survey (penilaian.selectors.hasil)."""
    penilaian = _periksa(penilaian, lapisan, jenis)
    indeks = IndeksLapisan.objects.filter(penilaian=penilaian, lapisan=lapisan, jenis=jenis).first()
    if indeks is None:
        return
    lama = _isi(indeks)
    indeks.delete()
    _catat(penilaian, lapisan, jenis, lama, None, oleh)
