"""`python manage.py hitung_lke ANSWERS.json`: scores from a file, as JSON."""

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from penilaian.services.muat import BERKAS_BAWAAN
from tests.penilaian.lke import semua_terbaik

KODE = "permenpan-rb-90-2021"
CONTOH = {
    "instrumen": KODE,
    "predikat_sebelumnya": "WBK",
    "jawaban": {
        "A.I.1.i.a": "Ya",
        "A.I.1.i.b": "B",
        "A.II.1.i.a": {"agen_perubahan": 10, "perubahan_dibuat": 8},
        "A.II.4.i.a": {"persen": 75},
        "B.I.a": 3.62,
        "B.I.b": "C",
        "B.II.a": 3.41,
    },
}


def _jalankan(tmp_path, data, *opsi, capsys):
    berkas = tmp_path / "jawaban.json"
    berkas.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    call_command("hitung_lke", str(berkas), *opsi)
    teks = capsys.readouterr().out
    return teks, json.loads(teks, parse_float=Decimal)


def test_it_prints_the_scores_of_the_example_as_json(db, tmp_path, capsys):
    teks, hasil = _jalankan(tmp_path, CONTOH, capsys=capsys)
    assert list(hasil) == ["total", "pengungkit", "hasil", "area", "hasil_rinci", "predikat"]
    assert hasil["hasil_rinci"] == {
        "bersih_akuntabel": Decimal("18.34"),
        "ipak": Decimal("15.84"),
        "capaian_kinerja": Decimal("2.50"),
        "pelayanan_prima": Decimal("14.92"),
    }
    assert '"capaian_kinerja": 2.50' in teks  # two decimals, as a JSON number
    assert [a["no"] for a in hasil["area"]] == [1, 2, 3, 4, 5, 6]
    assert hasil["area"][0] == {
        "no": 1,
        "pemenuhan": Decimal("0.38"),
        "reform": Decimal("0.80"),
        "nilai": Decimal("1.18"),
    }
    assert hasil["total"] == Decimal("35.93")
    assert hasil["hasil"] == Decimal("33.26")
    assert hasil["predikat"]["WBK"] == {
        "memenuhi": False,
        "gagal": ["total", "pengungkit", *(f"area_{n}" for n in range(1, 7))],
    }
    assert "predikat_wbk" not in hasil["predikat"]["WBBM"]["gagal"]


def test_all_best_answers_print_100_and_both_predicates(db, tmp_path, capsys):
    # The best answers as a file has them: 4 for an index, {"persen": 100} for a % question.
    jawaban = json.loads(json.dumps(semua_terbaik(), default=int))
    data = {"instrumen": KODE, "predikat_sebelumnya": "WBK", "jawaban": jawaban}
    teks, hasil = _jalankan(tmp_path, data, capsys=capsys)
    assert '"total": 100.00' in teks
    assert hasil["predikat"] == {
        "WBK": {"memenuhi": True, "gagal": []},
        "WBBM": {"memenuhi": True, "gagal": []},
    }


def test_an_empty_worksheet_fails_every_criterion_in_the_documented_order(db, tmp_path, capsys):
    _, hasil = _jalankan(tmp_path, {"instrumen": KODE, "jawaban": {}}, capsys=capsys)
    assert hasil["total"] == 0
    assert hasil["predikat"]["WBBM"]["gagal"] == [
        "total",
        "pengungkit",
        "area_1",
        "area_2",
        "area_3",
        "area_4",
        "area_5",
        "area_6",
        "bersih_akuntabel",
        "ipak",
        "capaian_kinerja",
        "pelayanan_prima",
        "predikat_wbk",
    ]


def test_the_detailed_output_gives_each_criterion_its_gap(db, tmp_path, capsys):
    _, hasil = _jalankan(tmp_path, CONTOH, "--rinci", capsys=capsys)
    total = hasil["predikat"]["WBK"]["kriteria"][0]
    assert total == {
        "kode": "total",
        "nilai": Decimal("35.93"),
        "syarat": Decimal("75.00"),
        "celah": Decimal("39.07"),
        "memenuhi": False,
    }
    assert hasil["subarea"]["B.I.a"] == Decimal("15.84")


def test_it_can_read_the_instrument_from_a_file(db, tmp_path, capsys):
    _, dari_db = _jalankan(tmp_path, CONTOH, capsys=capsys)
    _, dari_berkas = _jalankan(
        tmp_path, CONTOH, "--instrumen-dari", str(BERKAS_BAWAAN), capsys=capsys
    )
    assert dari_db == dari_berkas


@pytest.mark.parametrize(
    ("data", "pesan"),
    [
        ({**CONTOH, "jawaban": {"A.I.1.i.z": "Ya"}}, "A.I.1.i.z"),
        ({**CONTOH, "jawaban": {"A.I.1.i.b": "D"}}, "A.I.1.i.b: opsi 'D' tidak ada"),
        ({**CONTOH, "jawaban": {"B.I.a": 5}}, "B.I.a: nilai harus antara 0 dan 4"),
        (
            {**CONTOH, "jawaban": {"A.II.4.i.a": {"sasaran_kinerja": 2, "sasaran_tercapai": 3}}},
            "A.II.4.i.a",
        ),
        ({**CONTOH, "jawaban": {"A.II.1.i.a": {"agen_perubahan": -1}}}, "A.II.1.i.a"),
        ({**CONTOH, "instrumen": "lke-lain"}, "lke-lain"),
        ({**CONTOH, "predikat_sebelumnya": "ZI"}, "ZI"),
        ({**CONTOH, "jawabn": {}}, "jawabn"),
        ({"jawaban": {}}, "instrumen"),
        ({**CONTOH, "jawaban": ["Ya"]}, "jawaban"),
        ("[1, 2]", "objek JSON"),
        ('{"instrumen": ', "JSON"),
    ],
)
def test_a_bad_file_exits_non_zero_naming_the_problem_and_prints_no_scores(
    db, tmp_path, capsys, data, pesan
):
    with pytest.raises(CommandError) as exc:
        _jalankan(tmp_path, data, capsys=capsys)
    assert pesan in str(exc.value)
    assert capsys.readouterr().out == ""


def test_a_missing_file_is_reported(db, tmp_path):
    with pytest.raises(CommandError, match="tidak dapat dibaca"):
        call_command("hitung_lke", str(tmp_path / "tidak-ada.json"))


def test_it_works_on_a_fresh_database_from_the_command_line(tmp_path):
    """What an auditor does on a clean clone: hitung_lke at once (the project's own
    instrument file stands in for the unmigrated database), then after migrate."""
    root = Path(__file__).resolve().parents[2]
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'baru.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "zi_portal.settings_test",
    }
    manage = [sys.executable, str(root / "manage.py")]
    berkas = tmp_path / "jawaban.json"
    berkas.write_text(json.dumps(CONTOH), encoding="utf-8")
    sebelum = subprocess.run(
        [*manage, "hitung_lke", str(berkas)], env=env, capture_output=True, text=True
    )
    assert sebelum.returncode == 0, sebelum.stderr
    subprocess.run([*manage, "migrate", "--noinput"], env=env, check=True, capture_output=True)
    ok = subprocess.run(
        [*manage, "hitung_lke", str(berkas)], env=env, capture_output=True, text=True
    )
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["hasil_rinci"]["ipak"] == 15.84
    assert sebelum.stdout == ok.stdout
    berkas.write_text(json.dumps({**CONTOH, "jawaban": {"X.1": "Ya"}}), encoding="utf-8")
    gagal = subprocess.run(
        [*manage, "hitung_lke", str(berkas)], env=env, capture_output=True, text=True
    )
    assert gagal.returncode != 0
    assert gagal.stdout == ""
    assert "X.1" in gagal.stderr


def test_an_unmigrated_database_and_a_foreign_instrument_say_what_to_do(tmp_path):
    root = Path(__file__).resolve().parents[2]
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'kosong.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "zi_portal.settings_test",
    }
    berkas = tmp_path / "jawaban.json"
    berkas.write_text(json.dumps({**CONTOH, "instrumen": "lke-lain"}), encoding="utf-8")
    gagal = subprocess.run(
        [sys.executable, str(root / "manage.py"), "hitung_lke", str(berkas)],
        env=env,
        capture_output=True,
        text=True,
    )
    assert gagal.returncode != 0 and gagal.stdout == ""
    assert "Basis data belum disiapkan" in gagal.stderr and "--instrumen-dari" in gagal.stderr
    assert "Traceback" not in gagal.stderr
