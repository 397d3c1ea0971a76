"""Test data for the dashboard: assessments whose snapshots come from the scoring
service (`penilaian.services.skor.skor_perbarui`, the real engine) over real stored answers."""

from decimal import Decimal

from penilaian.models import IndeksLapisan, Jawaban, Lapisan, Pertanyaan
from penilaian.scoring import jawaban_terbaik
from penilaian.selectors.instrumen import instrumen_untuk_versi
from penilaian.services.skor import skor_perbarui
from tests.factories import PenggunaFactory, PenilaianFactory


def _json(nilai):
    if isinstance(nilai, Decimal):
        return str(nilai)
    if isinstance(nilai, dict):
        return {k: _json(v) for k, v in nilai.items()}
    return nilai


def jawaban_profil(instrumen, *, kosong: dict | None = None, ipak="4", ipkp="4") -> dict:
    """Best answers everywhere, except the first `share` of each area's questions left
    unanswered (worth 0): kosong={"5": 0.4} leaves 40 % of area 5 blank."""
    kosong = kosong or {}
    per_area: dict[str, list] = {}
    for p in instrumen.pertanyaan:
        per_area.setdefault(p.area, []).append(p)
    jawaban = {}
    for area, daftar in per_area.items():
        n_kosong = round(len(daftar) * kosong.get(area, 0))
        for p in daftar[n_kosong:]:
            jawaban[p.kode] = _json(jawaban_terbaik(p))
    jawaban["B.I.a"] = ipak
    jawaban["B.II.a"] = ipkp
    return jawaban


# Profiles: (answers blanked per area, IPAK index). WBBM also needs WBK held before.
PROFIL = {
    "wbbm": {},
    "wbk": {"kosong": {"5": 0.45}},
    "belum_area": {"kosong": {"1": 0.6, "2": 0.6}},
    "belum_ipak": {"ipak": "3"},
}


def nilai(penilaian, jawaban: dict, *, lapisan=Lapisan.MANDIRI, oleh=None):
    """Store `jawaban` as the layer's answers and refresh its snapshot. An evaluator
    layer's survey items (B.I.a, B.II.a) are recorded as its evaluator's own values with
    a source, the only way they reach an evaluator layer (penilaian.selectors.hasil)."""
    oleh = oleh or PenggunaFactory()
    if lapisan != Lapisan.MANDIRI:
        jawaban = dict(jawaban)
        for kode, jenis in (("B.I.a", "ipak"), ("B.II.a", "ipkp")):
            if kode in jawaban:
                IndeksLapisan.objects.update_or_create(
                    penilaian=penilaian,
                    lapisan=lapisan,
                    jenis=jenis,
                    defaults={
                        "nilai": Decimal(str(jawaban.pop(kode))),
                        "sumber": "Laporan survei (uji)",
                        "dokumen": "Dokumen uji",
                        "dicatat_oleh": oleh,
                    },
                )
    pertanyaan = dict(
        Pertanyaan.objects.filter(versi=penilaian.periode.versi).values_list("kode", "pk")
    )
    Jawaban.objects.filter(penilaian=penilaian, lapisan=lapisan).delete()
    Jawaban.objects.bulk_create(
        Jawaban(
            penilaian=penilaian,
            pertanyaan_id=pertanyaan[kode],
            lapisan=lapisan,
            nilai=n,
            diubah_oleh=oleh,
        )
        for kode, n in jawaban.items()
    )
    return skor_perbarui(penilaian=penilaian, lapisan=lapisan)


def unit_dinilai(satker, profil="wbk", *, lapisan=Lapisan.MANDIRI, oleh=None, **kw):
    """An assessment of `satker` (period of its Kanwil) scored with a named profile."""
    penilaian = PenilaianFactory(satker=satker, **kw)
    instrumen = instrumen_untuk_versi(penilaian.periode.versi)
    nilai(penilaian, jawaban_profil(instrumen, **PROFIL[profil]), lapisan=lapisan, oleh=oleh)
    return penilaian
