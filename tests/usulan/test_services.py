"""The proposal's services: who may be proposed, what is stored, and that a sent
proposal never changes."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from dasbor.selectors.periode import skor_per_penilaian
from penilaian.models import Lapisan
from usulan import services
from usulan.models import Usulan, UsulanSatker
from usulan.selectors import calon_usulan

PENANDA = {
    "penandatangan_nama": "Siti Rahmawati",
    "penandatangan_jabatan": "Kepala Kantor Wilayah",
    "penandatangan_nip": "19750203 199803 2 001",
}


def _simpan(musim, cast, pilihan, oleh="admin_x"):
    return services.usulan_simpan(
        periode=musim["a"].periode, oleh=cast.pengguna[oleh], pilihan=pilihan, **PENANDA
    )


def test_each_candidate_says_whether_it_may_be_proposed_and_why_not(musim):
    calon = {c.penilaian.satker.kode: c for c in calon_usulan(periode=musim["a"].periode)}
    a, b, d = calon["satker-a"], calon["satker-b"], calon["satker-d"]
    assert (a.layak, a.target, a.resmi.lapisan, a.penilai) == (True, "WBK", Lapisan.TPI, "TPI")
    assert not b.bisa and "belum memenuhi WBK: Area 1 (Manajemen Perubahan), Area 2" in b.alasan[0]
    assert "TPI belum menyelesaikan evaluasinya" in b.catatan[0]  # its Kanwil layer only
    assert d.bisa and not d.layak and d.target == "WBBM"
    assert d.prasyarat_belum == ["Nilai SAKIP internal"]


def test_a_unit_without_a_finished_evaluator_layer_is_no_candidate(cast, musim):
    from tests.dasbor.bantu import unit_dinilai
    from tests.factories import SatkerFactory

    e = SatkerFactory(kode="satker-e", nama="Lapas E", induk=cast.kanwil_x)
    unit_dinilai(e, "wbbm")  # a perfect self-assessment is not an official score
    c = next(c for c in calon_usulan(periode=musim["a"].periode) if c.penilaian.satker_id == e.pk)
    assert c.resmi is None and not c.bisa
    assert c.alasan == ["Belum ada lapisan evaluator (Kanwil atau TPI) yang selesai."]


def test_the_proposal_stores_the_units_with_the_official_figures_they_were_proposed_on(musim, cast):
    usulan = _simpan(musim, cast, {musim["a"].pk: "", musim["d"].pk: "SAKIP dievaluasi ulang."})
    assert usulan.status == Usulan.Status.DRAF and usulan.penandatangan_nip == "197502031998032001"
    unit = {u.penilaian_id: u for u in usulan.unit.all()}
    skor = skor_per_penilaian(pk=musim["a"].pk)[musim["a"].pk][Lapisan.TPI]
    a = unit[musim["a"].pk]
    assert (a.predikat, a.lapisan, a.alasan) == ("WBK", "tpi", "")
    assert (a.total, a.pengungkit, a.hasil) == tuple(
        str(x) for x in (skor.total, skor.pengungkit, skor.hasil)
    )  # exact, as the scoring stored them
    assert a.lapisan_selesai_pada == datetime.datetime(2026, 5, 12, 14, 3, tzinfo=datetime.UTC)
    assert unit[musim["d"].pk].alasan == "SAKIP dievaluasi ulang."
    # Saving again replaces the draft's units.
    _simpan(musim, cast, {musim["a"].pk: ""})
    assert list(UsulanSatker.objects.values_list("penilaian_id", flat=True)) == [musim["a"].pk]


def test_a_unit_short_of_the_predicate_or_an_unexplained_prerequisite_is_refused(musim, cast):
    with pytest.raises(ValidationError) as exc:
        _simpan(musim, cast, {musim["b"].pk: "", musim["d"].pk: "  "})
    pesan = exc.value.messages
    assert any(p.startswith("Lapas B tidak dapat diusulkan: Nilai resmi (Kanwil)") for p in pesan)
    assert "Kanim D: prasyarat belum terpenuhi (Nilai SAKIP internal). Tuliskan alasan" in pesan[1]
    assert not Usulan.objects.exists()
    with pytest.raises(ValidationError) as exc:
        _simpan(musim, cast, {})
    assert exc.value.messages == [str(services.PESAN_TANPA_UNIT)]


def test_only_the_kanwils_administrator_makes_the_proposal(musim, cast):
    with pytest.raises(PermissionDenied):
        _simpan(musim, cast, {musim["a"].pk: ""}, oleh="auditor_x")
    with pytest.raises(PermissionDenied):
        _simpan(musim, cast, {musim["a"].pk: ""}, oleh="admin_y")


def _kirim(usulan, cast, **ubah):
    data = {
        "nomor_surat": "W.30-UM.01.01-123",
        "tanggal_surat": datetime.date(2026, 5, 20),
        "tanggal_kirim": datetime.date(2026, 5, 22),
        **ubah,
    }
    return services.usulan_kirim(usulan=usulan, oleh=cast.pengguna["admin_x"], **data)


def test_a_sent_proposal_is_frozen_with_its_letterhead(musim, cast):
    usulan = _kirim(_simpan(musim, cast, {musim["a"].pk: ""}), cast)
    assert (
        usulan.status == Usulan.Status.DIKIRIM and usulan.dikirim_oleh == cast.pengguna["admin_x"]
    )
    assert usulan.kop["nama_kepala"] == "Siti Rahmawati" and usulan.kop["kota"] == "Kota X"
    with pytest.raises(ValidationError) as exc:
        _simpan(musim, cast, {musim["d"].pk: "x"})
    assert exc.value.messages == [str(services.PESAN_SUDAH_DIKIRIM)]
    with pytest.raises(ValidationError):  # a second "sent" (another tab) changes nothing
        _kirim(usulan, cast, nomor_surat="LAIN")
    assert Usulan.objects.get().nomor_surat == "W.30-UM.01.01-123"


@pytest.mark.parametrize(
    "ubah, kolom",
    [
        ({"tanggal_kirim": datetime.date(2100, 1, 1)}, "tanggal_kirim"),
        ({"tanggal_surat": datetime.date(2026, 5, 23)}, "tanggal_surat"),
        ({"nomor_surat": "  "}, "nomor_surat"),
    ],
)
def test_sending_needs_a_number_and_sensible_dates(musim, cast, ubah, kolom):
    usulan = _simpan(musim, cast, {musim["a"].pk: ""})
    with pytest.raises(ValidationError) as exc:
        _kirim(usulan, cast, **ubah)
    assert kolom in exc.value.message_dict
    assert Usulan.objects.get().status == Usulan.Status.DRAF
