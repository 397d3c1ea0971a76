"""Demo assessments: a 2026 period of Kanwil Kepri with most of its units in every stage
of the workflow and realistic answer spreads (some meet WBK, one WBBM-ready unit that
holds WBK 2019, several short for different reasons), a KANWIL layer for a few, and a
2025 period for a few units to compare year over year.

Deterministic (answers come from a generator seeded by unit and year) and idempotent:
running it again rewrites the same rows to the same values. Scores are computed by the
snapshot service, never typed in."""

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from penilaian.models import (
    Evaluasi,
    IndeksLapisan,
    InstrumenVersi,
    Jawaban,
    Lapisan,
    Penilaian,
    PenugasanEvaluator,
    Periode,
    Pertanyaan,
    RiwayatStatus,
)
from penilaian.scoring import periksa_jawaban
from penilaian.selectors.instrumen import instrumen_untuk_versi
from penilaian.selectors.tenggat import jadwal_bawaan
from penilaian.services.beku import lapisan_bekukan
from penilaian.services.jawaban import nilai_tersimpan
from penilaian.services.periode import predikat_sebelum
from penilaian.services.skor import skor_perbarui, skor_tulis
from satker.models import Pengguna, Satker
from survei.models import Respons

S = Penilaian.Status
VERSI = "permenpan-rb-90-2021"


@dataclass(frozen=True)
class Profil:
    kode: str
    status: str
    mutu: float  # share of questions answered with the best option
    isi: float = 1.0  # share of questions answered at all
    ipak: str = "3.70"
    ipkp: str = "3.40"
    capaian: str = "B"
    area_lemah: str = ""  # an area answered much worse ("3" = penataan tatalaksana, ...)
    kanwil: str = ""  # "", "proses" (answers under way) or "selesai" (layer finished)


# 2026: why each unit stands where it does is in the comment.
PROFIL_2026 = [
    Profil("kanim-batam", S.FINAL, 0.97, ipak="3.86", ipkp="3.78", capaian="A", kanwil="selesai"),
    # ^ holds WBK 2019 and meets every WBBM criterion: the unit to propose for WBBM.
    Profil("lapas-batam", S.FINAL, 0.88, ipak="3.72", ipkp="3.48", kanwil="selesai"),  # WBK
    Profil("kanim-tpi", S.DIREVIU, 0.87, ipak="3.75", ipkp="3.45", kanwil="proses"),  # WBK
    Profil("rupbasan-tpi", S.DIAJUKAN, 0.86, ipak="3.66", ipkp="3.31"),  # WBK, just
    Profil("bapas-tpi", S.DIKEMBALIKAN, 0.86, area_lemah="3", kanwil="proses"),  # area 3 short
    Profil("kanim-tanjunguban", S.DIAJUKAN_ULANG, 0.86, ipak="3.42"),  # IPAK short
    Profil("lapas-tpi", S.DIAJUKAN, 0.84, ipkp="2.98"),  # pelayanan prima short
    Profil("rutan-batam", S.DRAF, 0.84, isi=0.92, capaian="D"),  # capaian kinerja short
    Profil("lapas-narkotika-tpi", S.DRAF, 0.45, ipak="3.30", ipkp="3.05", capaian="C"),  # low
    Profil("bapas-batam", S.FINAL, 0.66, ipak="3.55", ipkp="3.20", kanwil="selesai"),  # total
    Profil("rudenim-tpi", S.DIAJUKAN, 0.8, ipak="3.61", ipkp="3.30", capaian="C"),
    Profil("rutan-tpi", S.DRAF, 0.82, isi=0.6),  # the demo head fills the rest
    Profil("lpka-batam", S.DRAF, 0.78, isi=0.45, area_lemah="5"),
    Profil("kanim-karimun", S.DRAF, 0.72, isi=0.3),
    Profil("kanim-ranai", S.DRAF, 0.7, isi=0.1),
    Profil("lapas-karimun", S.DRAF, 0.7, isi=0.0),
    Profil("rutan-dabo", S.DRAF, 0.7, isi=0.0),
]
PROFIL_2025 = [
    Profil("kanim-batam", S.FINAL, 0.9, ipak="3.70", ipkp="3.55", capaian="B", kanwil="selesai"),
    Profil("lapas-batam", S.FINAL, 0.76, ipak="3.55", ipkp="3.30", kanwil="selesai"),
    Profil("rutan-tpi", S.FINAL, 0.84, ipak="3.68", ipkp="3.42", kanwil="selesai"),
    Profil("kanim-tpi", S.FINAL, 0.7, ipak="3.50", ipkp="3.25", capaian="C", kanwil="selesai"),
]

# The path each status took, as (from, to) steps for the history.
JALAN = {
    S.DRAF: [],
    S.DIAJUKAN: [(S.DRAF, S.DIAJUKAN)],
    S.DIREVIU: [(S.DRAF, S.DIAJUKAN), (S.DIAJUKAN, S.DIREVIU)],
    S.DIKEMBALIKAN: [(S.DRAF, S.DIAJUKAN), (S.DIAJUKAN, S.DIREVIU), (S.DIREVIU, S.DIKEMBALIKAN)],
    S.DIAJUKAN_ULANG: [
        (S.DRAF, S.DIAJUKAN),
        (S.DIAJUKAN, S.DIREVIU),
        (S.DIREVIU, S.DIKEMBALIKAN),
        (S.DIKEMBALIKAN, S.DIAJUKAN_ULANG),
    ],
    S.FINAL: [(S.DRAF, S.DIAJUKAN), (S.DIAJUKAN, S.DIREVIU), (S.DIREVIU, S.FINAL)],
}

# `%` questions: named counts reaching a share f (each respects the question's limits).
PERSEN = {
    "A.II.1.i.a": lambda f: {"agen_perubahan": 10, "perubahan_dibuat": round(10 * f)},
    "A.II.1.i.b": lambda f: {"perubahan_dibuat": 10, "perubahan_terintegrasi": round(10 * f)},
    "A.II.3.iii.a": lambda f: {
        "pelanggaran_tahun_lalu": 10,
        "pelanggaran_tahun_ini": round(10 * (1 - f)),
        "pelanggaran_disanksi": round(10 * (1 - f)),
    },
    "A.II.4.i.a": lambda f: {"sasaran_kinerja": 8, "sasaran_tercapai": round(8 * f)},
    "A.II.5.ii.a": lambda f: {
        "pengaduan_wajib_tl": 20,
        "pengaduan_diproses": 20 - round(20 * f),
        "pengaduan_selesai": round(20 * f),
    },
    "A.II.5.iii.a": lambda f: {
        "wajib_lhkpn_kepala": 1,
        "wajib_lhkpn_pejabat": 4,
        "wajib_lhkpn_lainnya": 5,
        "sudah_lapor_lhkpn": round(10 * f),
    },
    "A.II.5.iii.b": lambda f: {
        "wajib_lhkasn_administrator": 2,
        "wajib_lhkasn_pengawas": 6,
        "wajib_lhkasn_fungsional_pelaksana": 12,
        "sudah_lapor_lhkasn": round(20 * f),
    },
    "A.II.6.i.b": lambda f: {"layanan_terdata": 12, "layanan_dipermudah": round(12 * f)},
}
# LHKPN / LHKASN: the prerequisites read them from these answers.
LHK = ("A.II.5.iii.a", "A.II.5.iii.b")
NARASI = [
    "Sudah ada SK dan laporan pelaksanaan; dokumen terlampir.",
    "Dilaksanakan setiap triwulan, notulen dan daftar hadir terlampir.",
    "Telah dimonitor oleh Tim ZI; hasil evaluasi dilaporkan ke pimpinan.",
    "Masih dalam proses penyempurnaan.",
    "",
]


def _area_kode(p: Pertanyaan) -> str:
    return p.subarea.area.kode


def _nilai(p: Pertanyaan, profil: Profil, rng: random.Random, geser: float = 0.0):
    """One raw answer for `p` from the profile's quality (and an evaluator's shift)."""
    if p.kode == "B.I.a":
        return profil.ipak
    if p.kode == "B.II.a":
        return profil.ipkp
    if p.kode == "B.I.b":
        return profil.capaian
    mutu = profil.mutu - (0.55 if profil.area_lemah and _area_kode(p) == profil.area_lemah else 0)
    mutu = max(0.0, min(1.0, mutu + geser))
    if p.jenis_jawaban == "%":
        f = 1.0 if rng.random() < mutu else rng.uniform(0.3, 0.9)
        if p.kode in LHK and profil.mutu >= 0.95:
            f = 1.0  # the unit to propose reports its wealth in full (a prerequisite)
        return PERSEN.get(p.kode, lambda f: {"persen": round(100 * f)})(f)
    if p.jenis_jawaban == "Nilai (0-4)":
        return "3.50"
    opsi = sorted(p.opsi, key=lambda o: -float(o["nilai"]))
    if rng.random() < mutu:
        return opsi[0]["label"]
    return opsi[min(len(opsi) - 1, 1 + int(rng.random() * (len(opsi) - 1)))]["label"]


def _jawab(penilaian, pertanyaan, profil, lapisan, oleh, instrumen, geser=0.0) -> None:
    seed = f"{penilaian.satker.kode}-{penilaian.periode.tahun}-{lapisan}"
    rng = random.Random(seed)  # noqa: S311 - reproducible demo data, not security
    for p in pertanyaan:
        terisi = rng.random() < profil.isi or p.kode in ("B.I.a", "B.II.a", "B.I.b")
        nilai = _nilai(p, profil, rng, geser) if terisi and profil.isi > 0 else None
        narasi = rng.choice(NARASI) if nilai is not None and lapisan == Lapisan.MANDIRI else ""
        if nilai is not None:
            nilai = nilai_tersimpan(periksa_jawaban(instrumen, p.kode, nilai))
        if lapisan != Lapisan.MANDIRI and p.kode in ("B.I.a", "B.II.a"):
            continue  # survey items: every layer reads the unit's (penilaian.selectors.hasil)
        Jawaban.objects.update_or_create(
            penilaian=penilaian,
            pertanyaan=p,
            lapisan=lapisan,
            defaults={"nilai": nilai, "narasi": narasi, "diubah_oleh": oleh},
        )


def _riwayat(penilaian, profil, kepala, evaluator, admin) -> None:
    if penilaian.riwayat.exists():
        return
    pada = timezone.make_aware(timezone.datetime(penilaian.periode.tahun, 3, 1, 9, 0))
    for i, (dari, ke) in enumerate(JALAN[profil.status]):
        oleh = kepala if ke in (S.DIAJUKAN, S.DIAJUKAN_ULANG) else evaluator
        catatan = "Lengkapi data dukung area 3 dan 5." if ke == S.DIKEMBALIKAN else ""
        r = RiwayatStatus.objects.create(
            penilaian=penilaian, dari=dari, ke=ke, oleh=oleh, catatan=catatan
        )
        RiwayatStatus.objects.filter(pk=r.pk).update(pada=pada + timedelta(days=7 * i))


def _penilaian(periode, profil, orang, instrumen, pertanyaan) -> Penilaian:
    satker = Satker.objects.get(kode=profil.kode)
    penilaian, _dibuat = Penilaian.objects.get_or_create(
        periode=periode,
        satker=satker,
        defaults={"predikat_sebelumnya": predikat_sebelum(satker, periode.tahun)},
    )
    Penilaian.objects.filter(pk=penilaian.pk).update(status=profil.status)
    penilaian.status = profil.status
    _jawab(penilaian, pertanyaan, profil, Lapisan.MANDIRI, orang["kepala"], instrumen)
    if profil.kanwil:
        PenugasanEvaluator.objects.get_or_create(
            penilaian=penilaian, lapisan=Lapisan.KANWIL, evaluator=orang["evaluator"]
        )
        # The Kanwil evaluator is a little stricter than the unit on itself.
        _jawab(penilaian, pertanyaan, profil, Lapisan.KANWIL, orang["evaluator"], instrumen, -0.04)
        _indeks_evaluator(penilaian, profil, orang["evaluator"])
        selesai = profil.kanwil == "selesai"
        Evaluasi.objects.update_or_create(
            penilaian=penilaian,
            lapisan=Lapisan.KANWIL,
            defaults={
                "selesai_pada": timezone.now() if selesai else None,
                "selesai_oleh": orang["evaluator"] if selesai else None,
                "masukan_beku": None,
            },
        )
        if profil.status == S.DIKEMBALIKAN:
            Jawaban.objects.filter(
                penilaian=penilaian, pertanyaan__subarea__area__kode=profil.area_lemah or "3"
            ).filter(lapisan=Lapisan.MANDIRI, pertanyaan__urutan__lt=60).update(perlu_revisi=True)
        if selesai:  # finished: frozen with everything its score used, as alur does
            masukan = lapisan_bekukan(
                penilaian=penilaian, lapisan=Lapisan.KANWIL, oleh=orang["evaluator"]
            )
            skor_tulis(penilaian=penilaian, lapisan=Lapisan.KANWIL, masukan=masukan)
        else:
            skor_perbarui(penilaian=penilaian, lapisan=Lapisan.KANWIL)
    _riwayat(penilaian, profil, orang["kepala"], orang["evaluator"], orang["admin"])
    skor_perbarui(penilaian=penilaian, lapisan=Lapisan.MANDIRI)
    return penilaian


def _periode(kanwil, tahun, versi, admin) -> Periode:
    periode, _dibuat = Periode.objects.get_or_create(
        kanwil=kanwil,
        tahun=tahun,
        defaults={
            "versi": versi,
            "batas_mandiri": date(tahun, 6, 30),
            "batas_reviu": date(tahun, 8, 31),
            "dibuat_oleh": admin,
            **jadwal_bawaan(tahun),
        },
    )
    return periode


def _indeks_evaluator(penilaian, profil, evaluator) -> None:
    """The IPAK/IPKP an evaluator layer uses when the portal has too few respondents in
    the window (or none: the 2025 surveys were run on paper): the evaluator records the
    values of the unit's survey report with that document, as their own. Units with 30
    or more portal respondents (survei.demo) need nothing here."""
    from survei.selectors import KUESIONER_INDEKS

    minimum = penilaian.periode.versi.min_responden
    periode = penilaian.periode
    for jenis, nilai in (("ipak", profil.ipak), ("ipkp", profil.ipkp)):
        cukup = Respons.objects.filter(
            satker=penilaian.satker,
            versi__kuesioner__jenis=KUESIONER_INDEKS[jenis],
            tanggal__gte=periode.survei_mulai,
            tanggal__lte=periode.survei_selesai,
        ).count()
        if cukup >= minimum or (profil.status != S.FINAL and periode.tahun == 2026):
            continue  # the portal counts; an open review shows what too few means
        IndeksLapisan.objects.update_or_create(
            penilaian=penilaian,
            lapisan=Lapisan.KANWIL,
            jenis=jenis,
            defaults={
                "nilai": Decimal(nilai),
                "sumber": f"Survei {jenis.upper()} {penilaian.satker.nama} (demo)",
                "dokumen": f"Laporan hasil survei {jenis.upper()} {periode.tahun} (demo)",
                "dicatat_oleh": evaluator,
            },
        )


@transaction.atomic
def muat(stdout) -> None:
    kanwil = Satker.objects.get(kode="kanwil-kepri")
    versi = InstrumenVersi.objects.get(kode=VERSI)
    orang = {
        "admin": Pengguna.objects.get(username="admin.kepri"),
        "kepala": Pengguna.objects.get(username="kepala.rutan"),
        "evaluator": Pengguna.objects.get(username="evaluator.kepri"),
    }
    instrumen = instrumen_untuk_versi(versi)
    pertanyaan = list(
        Pertanyaan.objects.filter(versi=versi).select_related("subarea__area").order_by("urutan")
    )
    jumlah = 0
    for tahun, daftar in ((2025, PROFIL_2025), (2026, PROFIL_2026)):
        periode = _periode(kanwil, tahun, versi, orang["admin"])
        for profil in daftar:
            _penilaian(periode, profil, orang, instrumen, pertanyaan)
            jumlah += 1
    stdout.write(f"Penilaian demo: {jumlah} (periode 2025 dan 2026 Kanwil Kepri)")
