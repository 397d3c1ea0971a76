"""Invalid answers are rejected with a message naming the code, never scored."""

from decimal import Decimal as D

import pytest

from penilaian.scoring import JawabanTidakValid, hitung, periksa_jawaban
from penilaian.scoring import jawaban as j
from tests.penilaian.lke import instrumen

LHKPN = {
    "wajib_lhkpn_kepala": 1,
    "wajib_lhkpn_pejabat": 1,
    "wajib_lhkpn_lainnya": 1,
    "sudah_lapor_lhkpn": 3,
}

TIDAK_VALID = [
    ("Z.9.z", "Ya", j.PESAN_KODE_TIDAK_DIKENAL),
    ("A.I.1.i.b", "D", j.PESAN_OPSI_TIDAK_ADA),  # A/B/C has no D
    ("A.I.1.i.b", "Ya", j.PESAN_OPSI_TIDAK_ADA),
    ("A.I.1.i.a", "B", j.PESAN_OPSI_TIDAK_ADA),  # Ya/Tidak has no B
    ("A.I.1.i.a", 1, j.PESAN_BUKAN_OPSI),
    ("A.I.1.i.a", True, j.PESAN_BUKAN_OPSI),
    ("B.I.b", "F", j.PESAN_OPSI_TIDAK_ADA),
    ("A.II.1.i.a", {"agen_perubahan": -1, "perubahan_dibuat": 0}, j.PESAN_MASUKAN_NEGATIF),
    (
        "A.II.1.i.a",
        {"agen_perubahan": "sepuluh", "perubahan_dibuat": 8},
        j.PESAN_MASUKAN_BUKAN_ANGKA,
    ),
    ("A.II.1.i.a", {"agen_perubahan": 2.5, "perubahan_dibuat": 1}, j.PESAN_MASUKAN_BUKAN_BULAT),
    ("A.II.1.i.a", {"agen_perubahan": True, "perubahan_dibuat": 1}, j.PESAN_MASUKAN_BUKAN_ANGKA),
    (
        "A.II.1.i.a",
        {"agen_perubahan": float("nan"), "perubahan_dibuat": 1},
        j.PESAN_MASUKAN_BUKAN_ANGKA,
    ),
    ("A.II.1.i.a", {"agen_perubahan": 10}, j.PESAN_MASUKAN_KURANG),
    ("A.II.1.i.a", {"agen_perubahan": 10, "perubahan_dibuat": None}, j.PESAN_MASUKAN_KURANG),
    ("A.II.1.i.a", {"agen_perubahan": 10, "perubahan_dibuat": " "}, j.PESAN_MASUKAN_KURANG),
    ("A.II.1.i.a", {"agen": 10, "perubahan_dibuat": 8}, j.PESAN_MASUKAN_TIDAK_DIKENAL),
    ("A.II.1.i.a", "80%", j.PESAN_BUKAN_MASUKAN),
    ("A.II.1.i.a", 80, j.PESAN_BUKAN_MASUKAN),
    ("A.II.4.i.a", {"persen": 120}, j.PESAN_DI_LUAR_RENTANG),
    ("A.II.4.i.a", {"persen": -5}, j.PESAN_DI_LUAR_RENTANG),
    ("A.II.4.i.a", {"persen": "banyak"}, j.PESAN_BUKAN_ANGKA),
    ("A.II.4.i.a", {"sasaran_kinerja": 3, "sasaran_tercapai": 4}, j.PESAN_MASUKAN_MELEBIHI),
    ("A.II.1.i.b", {"perubahan_dibuat": 1, "perubahan_terintegrasi": 2}, j.PESAN_MASUKAN_MELEBIHI),
    ("A.II.5.iii.a", {**LHKPN, "sudah_lapor_lhkpn": 4}, j.PESAN_MASUKAN_MELEBIHI),
    (
        "A.II.5.ii.a",
        {"pengaduan_wajib_tl": 1, "pengaduan_diproses": 0, "pengaduan_selesai": 2},
        j.PESAN_MASUKAN_MELEBIHI,
    ),
    ("A.II.6.i.b", {"layanan_terdata": 0, "layanan_dipermudah": 1}, j.PESAN_MASUKAN_MELEBIHI),
    ("B.I.a", 4.01, j.PESAN_DI_LUAR_RENTANG),
    ("B.I.a", -0.1, j.PESAN_DI_LUAR_RENTANG),
    ("B.I.a", "tinggi", j.PESAN_BUKAN_ANGKA),
    ("B.I.a", [3], j.PESAN_BUKAN_ANGKA),
    ("B.II.a", float("inf"), j.PESAN_BUKAN_ANGKA),
]


@pytest.mark.parametrize(("kode", "nilai", "pesan"), TIDAK_VALID)
def test_an_invalid_answer_is_rejected_with_a_message_naming_the_code(kode, nilai, pesan):
    with pytest.raises(JawabanTidakValid) as exc:
        periksa_jawaban(instrumen(), kode, nilai)
    assert exc.value.pesan == pesan
    assert exc.value.kode == kode
    if pesan in PESAN_HITUNGAN:
        # A count of a `%` question is named as the worksheet labels it, with no code.
        assert "Jumlah" in str(exc.value) and "_" not in str(exc.value)
    else:
        assert kode in str(exc.value)
    assert isinstance(exc.value, ValueError)


PESAN_HITUNGAN = {
    j.PESAN_MASUKAN_KURANG,
    j.PESAN_MASUKAN_BUKAN_ANGKA,
    j.PESAN_MASUKAN_BUKAN_BULAT,
    j.PESAN_MASUKAN_NEGATIF,
    j.PESAN_MASUKAN_MELEBIHI,
}


@pytest.mark.parametrize(
    ("nilai", "pesan"),
    [
        ("", "Jumlah pelanggaran tahun ini belum diisi."),
        ("abc", "Jumlah pelanggaran tahun ini harus berupa angka."),
        ("1.5", "Jumlah pelanggaran tahun ini harus bilangan bulat."),
        ("-2", "Jumlah pelanggaran tahun ini tidak boleh negatif."),
    ],
)
def test_a_count_is_named_by_its_worksheet_label_in_plain_words(nilai, pesan):
    isi = {
        "pelanggaran_tahun_lalu": "3",
        "pelanggaran_tahun_ini": nilai,
        "pelanggaran_disanksi": "1",
    }
    with pytest.raises(JawabanTidakValid) as exc:
        periksa_jawaban(instrumen(), "A.II.3.iii.a", isi)
    assert str(exc.value) == pesan


def test_a_count_larger_than_its_whole_is_said_with_both_labels():
    with pytest.raises(JawabanTidakValid) as exc:
        periksa_jawaban(instrumen(), "A.II.4.i.a", {"sasaran_kinerja": 3, "sasaran_tercapai": 4})
    assert str(exc.value) == (
        "Jumlah Sasaran Kinerja yang tercapai 100% atau lebih tidak boleh lebih dari "
        "Jumlah Sasaran Kinerja."
    )


@pytest.mark.parametrize(("kode", "nilai", "pesan"), TIDAK_VALID[:5])
def test_hitung_refuses_to_score_answers_with_an_invalid_one(kode, nilai, pesan):
    with pytest.raises(JawabanTidakValid):
        hitung(instrumen(), {"A.I.1.i.a": "Ya", kode: nilai})


def test_done_may_exceed_the_count_where_that_is_possible():
    # An agent of change may make more than one change; violations may rise.
    ins = instrumen()
    assert periksa_jawaban(ins, "A.II.1.i.a", {"agen_perubahan": 2, "perubahan_dibuat": 5})
    assert periksa_jawaban(
        ins,
        "A.II.3.iii.a",
        {"pelanggaran_tahun_lalu": 1, "pelanggaran_tahun_ini": 4, "pelanggaran_disanksi": 4},
    )


@pytest.mark.parametrize(
    ("kode", "nilai", "normal"),
    [
        ("A.I.1.i.a", "ya", "Ya"),
        ("A.I.1.i.b", " b ", "B"),
        ("A.I.1.i.b", None, None),
        ("B.I.a", 3.62, D("3.62")),
        ("B.I.a", "3.60", D("3.60")),
        ("A.II.4.i.a", {"persen": 75}, {"persen": D(75)}),
        (
            "A.II.1.i.a",
            {"perubahan_dibuat": "8", "agen_perubahan": 10.0},
            {"agen_perubahan": D("10.0"), "perubahan_dibuat": D(8)},
        ),
    ],
)
def test_a_valid_answer_comes_back_in_normal_form(kode, nilai, normal):
    ins = instrumen()
    assert periksa_jawaban(ins, kode, nilai) == normal
    assert periksa_jawaban(ins, kode, normal) == normal  # idempotent


def test_an_unknown_previous_predicate_is_rejected():
    with pytest.raises(JawabanTidakValid):
        hitung(instrumen(), {}, predikat_sebelumnya="ZI")
