import copy
import json

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command

from penilaian.models import Area, InstrumenVersi, Pertanyaan, SubArea
from penilaian.services import instrumen as layanan
from penilaian.services import muat as pemuat
from penilaian.services.instrumen import (
    DIBUAT,
    DIPERBARUI,
    PESAN_VERSI_SUDAH_DIPAKAI,
    TETAP,
    instrumen_muat,
)

KODE = "permenpan-rb-90-2021"


@pytest.fixture
def data():
    return pemuat.baca_berkas(pemuat.BERKAS_BAWAAN)


def test_every_fresh_database_has_the_shipped_instrument(db):
    versi = InstrumenVersi.objects.get(kode=KODE)
    assert versi.pertanyaan.count() == 113
    assert Area.objects.filter(versi=versi, komponen="A").count() == 6
    assert Area.objects.filter(versi=versi, komponen="B").count() == 2
    assert versi.pertanyaan.filter(kode__in=["B.I.a", "B.I.b", "B.II.a"]).count() == 3


def test_the_shipped_instrument_keeps_weights_options_and_formulas(db):
    versi = InstrumenVersi.objects.get(kode=KODE)
    p = Pertanyaan.objects.get(versi=versi, kode="A.II.5.iii.a")
    assert p.jenis_jawaban == "%"
    assert p.aturan_penyebut_nol == "full"
    assert [m["kunci"] for m in p.masukan][-1] == "sudah_lapor_lhkpn"
    assert p.subarea.kode == "A.II.5.iii" and str(p.subarea.bobot) == "2.000"
    abcd = Pertanyaan.objects.filter(versi=versi, jenis_jawaban="A/B/C/D").first()
    assert [o["nilai"] for o in abcd.opsi] == ["1.0", "0.67", "0.33", "0.0"]
    assert versi.nilai_abcd == "desimal" and versi.minimum_area == "per_area"
    assert versi.ambang_predikat["WBK"]["total"] == 75.0


def test_loading_the_same_file_again_changes_nothing(db, data):
    sebelum = list(Pertanyaan.objects.values_list("pk", flat=True))
    hasil = instrumen_muat(data=data)
    assert hasil.status == TETAP
    assert list(Pertanyaan.objects.values_list("pk", flat=True)) == sebelum


def test_a_changed_file_updates_a_version_without_answers(db, data):
    baru = copy.deepcopy(data)
    baru["items"][0]["question"] = "Teks baru"
    assert instrumen_muat(data=baru).status == DIPERBARUI
    assert Pertanyaan.objects.get(kode="A.I.1.i.a").teks == "Teks baru"
    assert Pertanyaan.objects.filter(versi__kode=KODE).count() == 113
    assert SubArea.objects.filter(area__versi__kode=KODE).count() == 45


def test_a_new_code_creates_a_new_version(db, data):
    baru = copy.deepcopy(data)
    baru["meta"]["instrument"] = "lke-uji-2027"
    assert instrumen_muat(data=baru).status == DIBUAT
    assert InstrumenVersi.objects.count() == 2


def test_a_version_with_answers_is_never_changed_in_place(db, data, monkeypatch):
    monkeypatch.setattr(layanan, "versi_punya_jawaban", lambda versi: True)
    baru = copy.deepcopy(data)
    baru["items"][0]["question"] = "Teks baru"
    with pytest.raises(ValidationError) as exc:
        instrumen_muat(data=baru)
    assert exc.value.messages == [str(PESAN_VERSI_SUDAH_DIPAKAI)]
    assert Pertanyaan.objects.get(kode="A.I.1.i.a").teks != "Teks baru"
    assert instrumen_muat(data=data).status == TETAP


def test_an_invalid_file_is_refused_before_anything_is_written(db, data):
    baru = copy.deepcopy(data)
    baru["items"][5]["answer_type"] = "A/B/Z"
    with pytest.raises(ValidationError):
        instrumen_muat(data=baru)
    assert Pertanyaan.objects.filter(versi__kode=KODE).count() == 113


def test_the_command_loads_a_file_and_says_what_it_did(db, data, tmp_path, capsys):
    baru = copy.deepcopy(data)
    baru["meta"]["instrument"] = "lke-uji-2027"
    berkas = tmp_path / "lke.json"
    berkas.write_text(json.dumps(baru), encoding="utf-8")
    call_command("muat_instrumen", str(berkas))
    call_command("muat_instrumen", str(berkas))
    keluaran = capsys.readouterr().out
    assert "lke-uji-2027 dimuat: 113 pertanyaan" in keluaran
    assert "tidak ada perubahan" in keluaran


def test_the_command_fails_on_a_missing_file(db, tmp_path):
    with pytest.raises(CommandError):
        call_command("muat_instrumen", str(tmp_path / "tidak-ada.json"))
