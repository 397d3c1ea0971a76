"""Snapshots equal a full recomputation and the engine on the same answers."""

from decimal import Decimal

from django.core.management import call_command

from penilaian.models import Jawaban, Lapisan, SkorSnapshot
from penilaian.scoring import hitung
from penilaian.selectors import instrumen_untuk_versi
from penilaian.skor import (
    PRESISI_KOLOM,
    jawaban_untuk_skor,
    skor_hitung_ulang_semua,
    skor_perbarui,
)
from tests.penilaian.bantu import isi_acak, penilaian_a


def test_snapshots_equal_the_engine_and_a_full_recomputation(cast):
    operator = cast.pengguna["operator_a"]
    penilaian = penilaian_a(cast)
    isi_acak(penilaian, operator, seed=7)
    snapshot = SkorSnapshot.objects.get(penilaian=penilaian, lapisan=Lapisan.MANDIRI)
    jawaban = {
        j.pertanyaan.kode: j.nilai
        for j in Jawaban.objects.filter(penilaian=penilaian, nilai__isnull=False).select_related(
            "pertanyaan"
        )
    }
    instrumen = instrumen_untuk_versi(penilaian.periode.versi)
    hasil = hitung(instrumen, jawaban, predikat_sebelumnya=None)
    assert snapshot.total == hasil.total.quantize(PRESISI_KOLOM)
    assert snapshot.pengungkit == hasil.pengungkit.quantize(PRESISI_KOLOM)
    assert snapshot.area["3"]["nilai"] == str(hasil.area[3].nilai)
    assert snapshot.gagal_wbk == hasil.predikat["WBK"].gagal
    assert snapshot.terjawab == len(jawaban)
    assert jawaban_untuk_skor(penilaian=penilaian, lapisan=Lapisan.MANDIRI) == {
        k: (Decimal(v) if k in ("B.I.a", "B.II.a") else v) for k, v in jawaban.items()
    }
    assert skor_hitung_ulang_semua() == []


def test_recomputation_reports_and_repairs_a_drifted_snapshot(cast):
    penilaian = penilaian_a(cast)
    skor_perbarui(penilaian=penilaian, lapisan=Lapisan.MANDIRI)
    SkorSnapshot.objects.update(total=Decimal("99"), terjawab=5)
    selisih = skor_hitung_ulang_semua()
    assert {s.kolom for s in selisih} == {"total", "terjawab"}
    assert skor_hitung_ulang_semua() == []


def test_the_command_reports_differences(cast, capsys):
    penilaian = penilaian_a(cast)
    skor_perbarui(penilaian=penilaian, lapisan=Lapisan.MANDIRI)
    SkorSnapshot.objects.update(terjawab=3)
    call_command("hitung_ulang_skor")
    keluaran = capsys.readouterr().out
    assert "terjawab" in keluaran and "1" in keluaran
