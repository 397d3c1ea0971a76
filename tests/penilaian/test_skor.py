"""Snapshots equal a full recomputation and the engine on the same answers."""

from decimal import Decimal
from fractions import Fraction

from django.core.management import call_command

from penilaian.models import Jawaban, Lapisan, SkorSnapshot
from penilaian.scoring import bulat, hitung, pecahan
from penilaian.selectors.instrumen import instrumen_untuk_versi
from penilaian.services.skor import (
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
    # The exact values are stored as text and read back equal; the decimal columns are
    # the exact value cut to 12 places, which rounds to 2 places exactly as it does.
    assert pecahan(snapshot.total_tepat) == hasil.total
    assert pecahan(snapshot.pengungkit_tepat) == hasil.pengungkit
    assert bulat(snapshot.total) == bulat(hasil.total)
    assert 0 <= Fraction(snapshot.total) - hasil.total + Fraction(1, 10**12) <= Fraction(1, 10**12)
    assert pecahan(snapshot.area["3"]["nilai"]) == hasil.area[3].nilai
    assert snapshot.gagal_wbk == hasil.predikat["WBK"].gagal
    assert snapshot.terjawab == len(jawaban)
    assert jawaban_untuk_skor(penilaian=penilaian, lapisan=Lapisan.MANDIRI) == {
        k: (pecahan(v) if k in ("B.I.a", "B.II.a") else v) for k, v in jawaban.items()
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
