"""`%` questions: every formula of the shipped instrument and each zero-denominator rule."""

from decimal import Decimal as D
from fractions import Fraction as F

import pytest

from penilaian.scoring import hitung
from tests.penilaian.lke import instrumen

SEPERTIGA = F(2, 3)

# (question, inputs, value 0..1)
RUMUS = [
    # min(1, perubahan_dibuat / agen_perubahan), zero
    ("A.II.1.i.a", {"agen_perubahan": 10, "perubahan_dibuat": 8}, D("0.8")),
    ("A.II.1.i.a", {"agen_perubahan": 2, "perubahan_dibuat": 5}, D("1")),  # capped at 1
    ("A.II.1.i.a", {"agen_perubahan": 0, "perubahan_dibuat": 3}, D("0")),  # zero rule
    ("A.II.1.i.a", {"agen_perubahan": 0, "perubahan_dibuat": 0}, D("0")),
    # min(1, perubahan_terintegrasi / perubahan_dibuat), zero
    ("A.II.1.i.b", {"perubahan_dibuat": 4, "perubahan_terintegrasi": 3}, D("0.75")),
    ("A.II.1.i.b", {"perubahan_dibuat": 0, "perubahan_terintegrasi": 0}, D("0")),
    # clamp((lalu - ini) / lalu, 0, 1), full_if_numerator_le_zero
    (
        "A.II.3.iii.a",
        {"pelanggaran_tahun_lalu": 4, "pelanggaran_tahun_ini": 1, "pelanggaran_disanksi": 1},
        D("0.75"),
    ),
    (
        "A.II.3.iii.a",
        {"pelanggaran_tahun_lalu": 1, "pelanggaran_tahun_ini": 0, "pelanggaran_disanksi": 0},
        D("1"),
    ),
    (  # more violations than last year: clamped at 0, never negative
        "A.II.3.iii.a",
        {"pelanggaran_tahun_lalu": 2, "pelanggaran_tahun_ini": 5, "pelanggaran_disanksi": 5},
        D("0"),
    ),
    (  # last year 0, this year 0 -> 1
        "A.II.3.iii.a",
        {"pelanggaran_tahun_lalu": 0, "pelanggaran_tahun_ini": 0, "pelanggaran_disanksi": 0},
        D("1"),
    ),
    (  # last year 0, this year > 0 -> 0
        "A.II.3.iii.a",
        {"pelanggaran_tahun_lalu": 0, "pelanggaran_tahun_ini": 3, "pelanggaran_disanksi": 1},
        D("0"),
    ),
    # min(1, sasaran_tercapai / sasaran_kinerja), zero
    ("A.II.4.i.a", {"sasaran_kinerja": 8, "sasaran_tercapai": 6}, D("0.75")),
    ("A.II.4.i.a", {"sasaran_kinerja": 0, "sasaran_tercapai": 0}, D("0")),
    ("A.II.4.i.a", {"persen": 75}, D("0.75")),
    ("A.II.4.i.a", {"persen": "87.5"}, D("0.875")),
    # min(1, pengaduan_selesai / pengaduan_wajib_tl), full
    (
        "A.II.5.ii.a",
        {"pengaduan_wajib_tl": 5, "pengaduan_diproses": 1, "pengaduan_selesai": 3},
        D("0.6"),
    ),
    (  # the regulation's own example: 1, 1, 1 -> 100 %
        "A.II.5.ii.a",
        {"pengaduan_wajib_tl": 1, "pengaduan_diproses": 1, "pengaduan_selesai": 1},
        D("1"),
    ),
    (  # nothing was due: nothing is missing
        "A.II.5.ii.a",
        {"pengaduan_wajib_tl": 0, "pengaduan_diproses": 0, "pengaduan_selesai": 0},
        D("1"),
    ),
    # min(1, sudah / (kepala + pejabat + lainnya)), full
    (
        "A.II.5.iii.a",
        {
            "wajib_lhkpn_kepala": 1,
            "wajib_lhkpn_pejabat": 1,
            "wajib_lhkpn_lainnya": 1,
            "sudah_lapor_lhkpn": 2,
        },
        SEPERTIGA,
    ),
    (
        "A.II.5.iii.a",
        {
            "wajib_lhkpn_kepala": 0,
            "wajib_lhkpn_pejabat": 0,
            "wajib_lhkpn_lainnya": 0,
            "sudah_lapor_lhkpn": 0,
        },
        D("1"),
    ),
    # min(1, sudah / (administrator + pengawas + fungsional_pelaksana)), full
    (
        "A.II.5.iii.b",
        {
            "wajib_lhkasn_administrator": 1,
            "wajib_lhkasn_pengawas": 2,
            "wajib_lhkasn_fungsional_pelaksana": 3,
            "sudah_lapor_lhkasn": 3,
        },
        D("0.5"),
    ),
    (
        "A.II.5.iii.b",
        {
            "wajib_lhkasn_administrator": 0,
            "wajib_lhkasn_pengawas": 0,
            "wajib_lhkasn_fungsional_pelaksana": 0,
            "sudah_lapor_lhkasn": 0,
        },
        D("1"),
    ),
    # min(1, layanan_dipermudah / layanan_terdata), zero
    ("A.II.6.i.b", {"layanan_terdata": 4, "layanan_dipermudah": 1}, D("0.25")),
    ("A.II.6.i.b", {"layanan_terdata": 0, "layanan_dipermudah": 0}, D("0")),
]


@pytest.mark.parametrize(("kode", "masukan", "nilai"), RUMUS)
def test_each_percent_formula_and_zero_denominator_rule(kode, masukan, nilai):
    assert hitung(instrumen(), {kode: masukan}).nilai_pertanyaan[kode] == nilai


def test_every_percent_question_of_the_instrument_has_a_case_above():
    persen = {p.kode for p in instrumen().pertanyaan if p.jenis == "%"}
    assert persen == {kode for kode, _, _ in RUMUS}


def test_a_percent_question_scores_its_value_times_its_share_of_the_sub_area():
    # A.II.5.iii (weight 2.0) has two % questions; LHKPN 2 of 3 gives 2/3 / 2 × 2.
    hasil = hitung(instrumen(), {"A.II.5.iii.a": {"persen": 50}})
    assert hasil.subarea["A.II.5.iii"].nilai == D("0.5")


@pytest.mark.parametrize(
    ("rumus", "nilai"), [("selesai_per_wajib", D("0.6")), ("selesai_per_ditangani", D("0.75"))]
)
def test_the_complaint_handling_formula_is_a_setting_of_the_version(rumus, nilai):
    masukan = {"pengaduan_wajib_tl": 5, "pengaduan_diproses": 1, "pengaduan_selesai": 3}
    hasil = hitung(instrumen(rumus_pengaduan=rumus), {"A.II.5.ii.a": masukan})
    assert hasil.nilai_pertanyaan["A.II.5.ii.a"] == nilai
