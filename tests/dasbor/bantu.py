"""Test data for the dashboard: assessments whose snapshots come from the real engine
over real answers (through `penilaian.skor.skor_perbarui` once it is on main)."""

from decimal import Decimal

from penilaian.models import Jawaban, Lapisan, Pertanyaan, SkorSnapshot
from penilaian.scoring import hitung, jawaban_terbaik
from penilaian.selectors import instrumen_untuk_versi
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


def _tulis_snapshot(penilaian, lapisan, jawaban):
    """The contract's snapshot, written from the pure engine (stand-in for skor_perbarui)."""
    instrumen = instrumen_untuk_versi(penilaian.periode.versi)
    h = hitung(instrumen, jawaban, predikat_sebelumnya=penilaian.predikat_sebelumnya or None)
    area = {
        str(no): {
            "nilai": str(a.nilai),
            "pemenuhan": str(a.pemenuhan),
            "reform": str(a.reform),
            "persen": str(a.persen_bobot),
        }
        for no, a in h.area.items()
    }
    rinci = {
        k: str(getattr(h, k))
        for k in ("bersih_akuntabel", "ipak", "capaian_kinerja", "pelayanan_prima")
    }
    SkorSnapshot.objects.update_or_create(
        penilaian=penilaian,
        lapisan=lapisan,
        defaults={
            "total": h.total,
            "pengungkit": h.pengungkit,
            "hasil": h.hasil,
            "area": area,
            "hasil_rinci": rinci,
            "memenuhi_wbk": h.predikat["WBK"].memenuhi,
            "memenuhi_wbbm": h.predikat["WBBM"].memenuhi,
            "gagal_wbk": h.predikat["WBK"].gagal,
            "gagal_wbbm": h.predikat["WBBM"].gagal,
            "terjawab": sum(v is not None for v in h.nilai_pertanyaan.values()),
            "jumlah_pertanyaan": len(instrumen.pertanyaan),
        },
    )


def nilai(penilaian, jawaban: dict, *, lapisan=Lapisan.MANDIRI, oleh=None):
    """Store `jawaban` as the layer's answers and refresh its snapshot."""
    oleh = oleh or PenggunaFactory()
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
    try:
        from penilaian.skor import skor_perbarui
    except ImportError:
        _tulis_snapshot(penilaian, lapisan, jawaban)
    else:
        skor_perbarui(penilaian=penilaian, lapisan=lapisan)
    return SkorSnapshot.objects.get(penilaian=penilaian, lapisan=lapisan)


def unit_dinilai(satker, profil="wbk", *, lapisan=Lapisan.MANDIRI, oleh=None, **kw):
    """An assessment of `satker` (period of its Kanwil) scored with a named profile."""
    penilaian = PenilaianFactory(satker=satker, **kw)
    instrumen = instrumen_untuk_versi(penilaian.periode.versi)
    nilai(penilaian, jawaban_profil(instrumen, **PROFIL[profil]), lapisan=lapisan, oleh=oleh)
    return penilaian
