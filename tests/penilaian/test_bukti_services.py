"""Evidence services: upload, link, replace (versions), delete (soft, only while editable),
Kanwil-shared evidence, carry-over, the audit trail, and all-or-nothing saving."""

import hashlib

import pytest
from django.core.exceptions import ValidationError

from penilaian.models import Bukti, JejakAudit, Penilaian, Pertanyaan, TautanBukti, VersiBerkas
from penilaian.selectors.bukti import bukti_per_pertanyaan
from penilaian.services import bukti as layanan
from penilaian.services.bukti import (
    PESAN_BUKTI_BERSAMA,
    PESAN_PERTANYAAN_LAIN,
    PESAN_SATKER_TERKUNCI,
    PESAN_TANPA_BERKAS,
    PESAN_TANPA_PERIODE_LALU,
    PESAN_TAUTAN_TIDAK_VALID,
    PESAN_TERKUNCI,
)
from penilaian.services.unggahan import PESAN_EKSEKUTABEL
from tests.factories import PenilaianFactory, PeriodeFactory
from tests.penilaian import bukti_contoh as contoh
from tests.penilaian.bukti_contoh import KODE, berkas_tersimpan, gambar, pdf, unggahan

# Shared fixtures (assigned, not imported, so they are not taken for unused imports).
media, penilaian_a, pertanyaan = contoh.media, contoh.penilaian_a, contoh.pertanyaan


@pytest.fixture
def operator(cast):
    return cast.pengguna["operator_a"]


def _unggah(penilaian, pertanyaan, oleh, *berkas, judul=""):
    return layanan.bukti_unggah(
        penilaian=penilaian,
        pertanyaan=pertanyaan,
        berkas=list(berkas) or [unggahan("sk.pdf")],
        oleh=oleh,
        judul=judul,
    )


def _tautan(penilaian, bukti):
    return TautanBukti.objects.get(penilaian=penilaian, bukti=bukti)


def _kunci(penilaian, status=Penilaian.Status.DIAJUKAN):
    Penilaian.objects.filter(pk=penilaian.pk).update(status=status)
    penilaian.refresh_from_db()


def test_an_upload_stores_the_file_under_a_generated_name_with_its_facts(
    penilaian_a, pertanyaan, operator, media
):
    isi = pdf()
    [bukti] = _unggah(penilaian_a, pertanyaan, operator, unggahan("../../etc/passwd.pdf", isi))
    versi = bukti.versi.get()
    assert versi.nama_asli == "passwd.pdf"  # Django keeps only the last component
    assert versi.ukuran == len(isi)
    assert versi.tipe == "application/pdf"
    assert versi.sha256 == hashlib.sha256(isi).hexdigest()
    assert "passwd" not in versi.berkas.name and versi.berkas.name.startswith("bukti/")
    [disimpan] = berkas_tersimpan(media)
    assert disimpan.read_bytes() == isi
    assert ".." not in str(disimpan.relative_to(media))
    assert bukti.judul == "passwd.pdf"
    assert _tautan(penilaian_a, bukti).pertanyaan == pertanyaan


def test_several_files_make_several_items_for_the_question(penilaian_a, pertanyaan, operator):
    hasil = _unggah(
        penilaian_a,
        pertanyaan,
        operator,
        unggahan("sk.pdf"),
        unggahan("foto.png", gambar("PNG")),
        judul="Dokumentasi",
    )
    assert len(hasil) == 2
    daftar = bukti_per_pertanyaan(penilaian=penilaian_a)[KODE]
    assert [b.judul for b in daftar] == ["Dokumentasi", "Dokumentasi"]
    assert {b.terbaru.tipe for b in daftar} == {"application/pdf", "image/png"}


def test_one_refused_file_refuses_the_whole_batch_and_stores_nothing(
    penilaian_a, pertanyaan, operator, media
):
    with pytest.raises(ValidationError) as info:
        _unggah(
            penilaian_a,
            pertanyaan,
            operator,
            unggahan("sk.pdf"),
            unggahan("sk-palsu.pdf", b"MZ" + b"\x00" * 100),
        )
    assert info.value.error_list[0].message == PESAN_EKSEKUTABEL
    assert not Bukti.objects.exists() and not VersiBerkas.objects.exists()
    assert berkas_tersimpan(media) == []


def test_no_file_is_left_behind_when_the_database_write_fails(
    penilaian_a, pertanyaan, operator, media, monkeypatch
):
    def gagal(**kwargs):
        raise RuntimeError("database down")

    monkeypatch.setattr(layanan, "_jejak", gagal)
    with pytest.raises(RuntimeError):
        _unggah(penilaian_a, pertanyaan, operator)
    assert not Bukti.objects.exists() and not VersiBerkas.objects.exists()
    assert berkas_tersimpan(media) == []


def test_no_row_is_left_behind_when_storing_the_file_fails(
    penilaian_a, pertanyaan, operator, media, monkeypatch
):
    from django.core.files.storage import FileSystemStorage

    def gagal(self, name, content, max_length=None):
        raise OSError("disk full")

    monkeypatch.setattr(FileSystemStorage, "save", gagal)
    with pytest.raises(OSError):
        _unggah(penilaian_a, pertanyaan, operator)
    assert not Bukti.objects.exists() and not TautanBukti.objects.exists()


def test_nothing_changes_once_the_assessment_is_submitted(penilaian_a, pertanyaan, operator):
    [bukti] = _unggah(penilaian_a, pertanyaan, operator)
    tautan = _tautan(penilaian_a, bukti)
    _kunci(penilaian_a)
    for aksi in (
        lambda: _unggah(penilaian_a, pertanyaan, operator),
        lambda: layanan.bukti_hapus(penilaian=penilaian_a, tautan=tautan, oleh=operator),
        lambda: layanan.bukti_ganti(
            penilaian=penilaian_a, tautan=tautan, berkas=unggahan("b.pdf"), oleh=operator
        ),
        lambda: layanan.bukti_tautan_tambah(
            penilaian=penilaian_a,
            pertanyaan=pertanyaan,
            url="https://contoh.go.id",
            judul="",
            oleh=operator,
        ),
    ):
        with pytest.raises(ValidationError) as info:
            aksi()
        assert info.value.messages == [str(PESAN_TERKUNCI)]
    bukti.refresh_from_db()
    assert bukti.dihapus_pada is None and bukti.versi.count() == 1


def test_a_returned_assessment_takes_evidence_again(penilaian_a, pertanyaan, operator):
    _kunci(penilaian_a, Penilaian.Status.DIKEMBALIKAN)
    assert len(_unggah(penilaian_a, pertanyaan, operator)) == 1


def test_a_question_of_another_instrument_is_refused(penilaian_a, operator, cast):
    from penilaian.models import InstrumenVersi

    versi = InstrumenVersi.objects.get()
    lain = Pertanyaan.objects.filter(versi=versi).first()
    lain.versi_id = versi.pk + 1000  # not the assessment's version
    with pytest.raises(ValidationError) as info:
        _unggah(penilaian_a, lain, operator)
    assert info.value.messages == [str(PESAN_PERTANYAAN_LAIN)]


def test_an_empty_selection_is_refused(penilaian_a, pertanyaan, operator):
    with pytest.raises(ValidationError) as info:
        layanan.bukti_unggah(penilaian=penilaian_a, pertanyaan=pertanyaan, berkas=[], oleh=operator)
    assert info.value.messages == [str(PESAN_TANPA_BERKAS)]


def test_links_take_only_http_addresses(penilaian_a, pertanyaan, operator):
    for salah in ("javascript:alert(1)", "file:///etc/passwd", "bukan alamat"):
        with pytest.raises(ValidationError) as info:
            layanan.bukti_tautan_tambah(
                penilaian=penilaian_a, pertanyaan=pertanyaan, url=salah, judul="", oleh=operator
            )
        assert info.value.message_dict == {"url": [str(PESAN_TAUTAN_TIDAK_VALID)]}
    bukti = layanan.bukti_tautan_tambah(
        penilaian=penilaian_a,
        pertanyaan=pertanyaan,
        url="https://rutan-a.go.id/sop",
        judul="SOP di situs",
        oleh=operator,
    )
    assert bukti.jenis == Bukti.Jenis.TAUTAN and bukti.versi.count() == 0


def test_replacing_a_file_keeps_every_earlier_version(penilaian_a, pertanyaan, operator, media):
    [bukti] = _unggah(penilaian_a, pertanyaan, operator, unggahan("v1.pdf"))
    tautan = _tautan(penilaian_a, bukti)
    layanan.bukti_ganti(
        penilaian=penilaian_a,
        tautan=tautan,
        berkas=unggahan("v2.png", gambar("PNG")),
        oleh=operator,
    )
    layanan.bukti_ganti(
        penilaian=penilaian_a, tautan=tautan, berkas=unggahan("v3.pdf"), oleh=operator
    )
    [item] = bukti_per_pertanyaan(penilaian=penilaian_a)[KODE]
    assert item.pk == bukti.pk
    assert [v.nama_asli for v in item.versi_list] == ["v3.pdf", "v2.png", "v1.pdf"]
    assert item.terbaru.nama_asli == "v3.pdf"
    assert len(berkas_tersimpan(media)) == 3


def test_a_refused_replacement_leaves_the_item_as_it_was(penilaian_a, pertanyaan, operator):
    [bukti] = _unggah(penilaian_a, pertanyaan, operator)
    with pytest.raises(ValidationError):
        layanan.bukti_ganti(
            penilaian=penilaian_a,
            tautan=_tautan(penilaian_a, bukti),
            berkas=unggahan("v2.pdf", b"\x7fELF" + b"\x00" * 50),
            oleh=operator,
        )
    assert bukti.versi.count() == 1


def test_deleting_marks_the_item_deleted_and_hides_it(penilaian_a, pertanyaan, operator):
    [bukti] = _unggah(penilaian_a, pertanyaan, operator)
    layanan.bukti_hapus(penilaian=penilaian_a, tautan=_tautan(penilaian_a, bukti), oleh=operator)
    bukti.refresh_from_db()
    assert bukti.dihapus_pada is not None and bukti.dihapus_oleh == operator
    assert bukti.versi.count() == 1  # kept for the record
    assert bukti_per_pertanyaan(penilaian=penilaian_a) == {}


def test_every_change_is_written_to_the_audit_trail(penilaian_a, pertanyaan, operator):
    [bukti] = _unggah(penilaian_a, pertanyaan, operator, unggahan("v1.pdf"))
    tautan = _tautan(penilaian_a, bukti)
    layanan.bukti_ganti(
        penilaian=penilaian_a, tautan=tautan, berkas=unggahan("v2.pdf"), oleh=operator
    )
    layanan.bukti_tautan_tambah(
        penilaian=penilaian_a,
        pertanyaan=pertanyaan,
        url="https://contoh.go.id/a",
        judul="",
        oleh=operator,
    )
    layanan.bukti_hapus(penilaian=penilaian_a, tautan=tautan, oleh=operator)
    jejak = list(JejakAudit.objects.filter(penilaian=penilaian_a).order_by("pk"))
    assert [(j.objek, j.kode_pertanyaan, j.lapisan, j.oleh) for j in jejak] == [
        ("bukti", KODE, "mandiri", operator)
    ] * 4
    unggah, ganti, tautan_baru, hapus = jejak
    assert unggah.lama is None and unggah.baru["aksi"] == "unggah"
    assert unggah.baru["nama"] == "v1.pdf" and len(unggah.baru["sha256"]) == 64
    assert ganti.lama["nama"] == "v1.pdf" and ganti.baru["nama"] == "v2.pdf"
    assert tautan_baru.baru["url"] == "https://contoh.go.id/a"
    assert hapus.baru is None and hapus.lama["aksi"] == "hapus" and hapus.lama["nama"] == "v2.pdf"


# --- Kanwil-shared evidence -------------------------------------------------------------


@pytest.fixture
def penilaian_b(cast, penilaian_a):
    return PenilaianFactory(satker=cast.satker_b, periode=penilaian_a.periode)


def test_a_kanwil_uploads_once_and_links_to_several_units(
    cast, penilaian_a, penilaian_b, pertanyaan, media
):
    admin = cast.pengguna["admin_x"]
    hasil = layanan.bukti_bersama_unggah(
        periode=penilaian_a.periode,
        pertanyaan=pertanyaan,
        berkas=unggahan("sk-kanwil.pdf"),
        judul="SK Kanwil",
        penilaian_ids=[penilaian_a.pk, penilaian_b.pk],
        oleh=admin,
    )
    assert (hasil.ditautkan, hasil.dilewati) == (2, 0)
    assert hasil.bukti.kanwil_bersama == cast.kanwil_x
    assert len(berkas_tersimpan(media)) == 1  # stored once
    for p in (penilaian_a, penilaian_b):
        [item] = bukti_per_pertanyaan(penilaian=p)[KODE]
        assert item.pk == hasil.bukti.pk and item.bersama
    assert JejakAudit.objects.filter(objek="bukti", baru__aksi="bersama").count() == 2


def test_units_cannot_replace_or_delete_shared_evidence(cast, penilaian_a, penilaian_b, pertanyaan):
    hasil = layanan.bukti_bersama_unggah(
        periode=penilaian_a.periode,
        pertanyaan=pertanyaan,
        berkas=unggahan("sk-kanwil.pdf"),
        judul="",
        penilaian_ids=[penilaian_a.pk],
        oleh=cast.pengguna["admin_x"],
    )
    tautan = _tautan(penilaian_a, hasil.bukti)
    operator = cast.pengguna["operator_a"]
    for aksi in (
        lambda: layanan.bukti_hapus(penilaian=penilaian_a, tautan=tautan, oleh=operator),
        lambda: layanan.bukti_ganti(
            penilaian=penilaian_a, tautan=tautan, berkas=unggahan("x.pdf"), oleh=operator
        ),
    ):
        with pytest.raises(ValidationError) as info:
            aksi()
        assert info.value.messages == [str(PESAN_BUKTI_BERSAMA)]


def test_shared_evidence_skips_assessments_already_submitted(
    cast, penilaian_a, penilaian_b, pertanyaan
):
    _kunci(penilaian_b)
    hasil = layanan.bukti_bersama_unggah(
        periode=penilaian_a.periode,
        pertanyaan=pertanyaan,
        berkas=unggahan("sk-kanwil.pdf"),
        judul="",
        penilaian_ids=[penilaian_a.pk, penilaian_b.pk],
        oleh=cast.pengguna["admin_x"],
    )
    assert (hasil.ditautkan, hasil.dilewati) == (1, 1)
    assert bukti_per_pertanyaan(penilaian=penilaian_b) == {}
    _kunci(penilaian_a)
    with pytest.raises(ValidationError) as info:
        layanan.bukti_bersama_unggah(
            periode=penilaian_a.periode,
            pertanyaan=pertanyaan,
            berkas=unggahan("sk-kanwil.pdf"),
            judul="",
            penilaian_ids=[penilaian_a.pk, penilaian_b.pk],
            oleh=cast.pengguna["admin_x"],
        )
    assert info.value.message_dict == {"satker": [str(PESAN_SATKER_TERKUNCI)]}


# --- Carry-over ---------------------------------------------------------------------------


@pytest.fixture
def tahun_lalu(cast, penilaian_a, pertanyaan, operator):
    """Last year's final assessment of unit A with two files on KODE, one link on another
    question, and one deleted item."""
    periode = PeriodeFactory(kanwil=cast.kanwil_x, tahun=2025)
    lalu = PenilaianFactory(satker=cast.satker_a, periode=periode)
    lain = Pertanyaan.objects.filter(versi=periode.versi).exclude(kode=KODE).first()
    _unggah(
        lalu, pertanyaan, operator, unggahan("sk-2025.pdf"), unggahan("foto.png", gambar("PNG"))
    )
    layanan.bukti_tautan_tambah(
        penilaian=lalu, pertanyaan=lain, url="https://contoh.go.id", judul="", oleh=operator
    )
    [dihapus] = _unggah(lalu, pertanyaan, operator, unggahan("salah.pdf"))
    layanan.bukti_hapus(penilaian=lalu, tautan=_tautan(lalu, dihapus), oleh=operator)
    _kunci(lalu, Penilaian.Status.FINAL)
    return lalu


def test_carry_over_links_last_years_live_evidence_without_copying_files(
    penilaian_a, tahun_lalu, operator, media
):
    sebelum = len(berkas_tersimpan(media))
    jumlah = layanan.bukti_bawa_dari_periode_lalu(penilaian=penilaian_a, oleh=operator)
    assert jumlah == 3
    assert len(berkas_tersimpan(media)) == sebelum
    per_kode = bukti_per_pertanyaan(penilaian=penilaian_a)
    lalu = bukti_per_pertanyaan(penilaian=tahun_lalu)
    assert {k: sorted(b.pk for b in v) for k, v in per_kode.items()} == {
        k: sorted(b.pk for b in v) for k, v in lalu.items()
    }
    assert JejakAudit.objects.filter(penilaian=penilaian_a, baru__aksi="bawa").count() == 3
    # Twice is harmless.
    assert layanan.bukti_bawa_dari_periode_lalu(penilaian=penilaian_a, oleh=operator) == 0


def test_carry_over_needs_an_earlier_assessment(penilaian_a, operator):
    with pytest.raises(ValidationError) as info:
        layanan.bukti_bawa_dari_periode_lalu(penilaian=penilaian_a, oleh=operator)
    assert info.value.messages == [str(PESAN_TANPA_PERIODE_LALU)]


def test_changing_carried_evidence_never_changes_last_years_assessment(
    penilaian_a, tahun_lalu, pertanyaan, operator
):
    layanan.bukti_bawa_dari_periode_lalu(penilaian=penilaian_a, oleh=operator)
    pertama, kedua = bukti_per_pertanyaan(penilaian=penilaian_a)[KODE]
    versi = layanan.bukti_ganti(
        penilaian=penilaian_a,
        tautan=_tautan(penilaian_a, pertama),
        berkas=unggahan("sk-2026.pdf"),
        oleh=operator,
    )
    layanan.bukti_hapus(penilaian=penilaian_a, tautan=_tautan(penilaian_a, kedua), oleh=operator)
    ini = bukti_per_pertanyaan(penilaian=penilaian_a)[KODE]
    assert [[v.nama_asli for v in b.versi_list] for b in ini] == [["sk-2026.pdf", "sk-2025.pdf"]]
    assert ini[0].pk == versi.bukti_id != pertama.pk
    lalu = bukti_per_pertanyaan(penilaian=tahun_lalu)[KODE]
    assert [[v.nama_asli for v in b.versi_list] for b in lalu] == [["sk-2025.pdf"], ["foto.png"]]
    assert all(b.dihapus_pada is None for b in lalu)


def test_carry_over_needs_an_editable_assessment(penilaian_a, tahun_lalu, operator):
    _kunci(penilaian_a)
    with pytest.raises(ValidationError) as info:
        layanan.bukti_bawa_dari_periode_lalu(penilaian=penilaian_a, oleh=operator)
    assert info.value.messages == [str(PESAN_TERKUNCI)]


def _bersama(cast, penilaian_list, pertanyaan):
    return layanan.bukti_bersama_unggah(
        periode=penilaian_list[0].periode,
        pertanyaan=pertanyaan,
        berkas=unggahan("sk-kanwil.pdf"),
        judul="SK Kanwil",
        penilaian_ids=[p.pk for p in penilaian_list],
        oleh=cast.pengguna["admin_x"],
    ).bukti


def test_a_shared_item_is_linked_to_more_units_later_without_duplicates(
    cast, penilaian_a, penilaian_b, pertanyaan
):
    bukti = _bersama(cast, [penilaian_a], pertanyaan)
    hasil = layanan.bukti_bersama_tautkan(
        periode=penilaian_a.periode,
        bukti=bukti,
        penilaian_ids=[penilaian_a.pk, penilaian_b.pk],
        oleh=cast.pengguna["admin_x"],
    )
    assert (hasil.ditautkan, hasil.dilewati) == (1, 1)  # A had it already
    assert TautanBukti.objects.filter(bukti=bukti).count() == 2
    assert [b.pk for b in bukti_per_pertanyaan(penilaian=penilaian_b)[KODE]] == [bukti.pk]


def test_withdrawing_a_shared_item_spares_submitted_assessments(
    cast, penilaian_a, penilaian_b, pertanyaan
):
    bukti = _bersama(cast, [penilaian_a, penilaian_b], pertanyaan)
    _kunci(penilaian_b)
    admin = cast.pengguna["admin_x"]
    assert layanan.bukti_bersama_tarik(periode=penilaian_a.periode, bukti=bukti, oleh=admin) == 1
    assert bukti_per_pertanyaan(penilaian=penilaian_a) == {}
    assert [b.pk for b in bukti_per_pertanyaan(penilaian=penilaian_b)[KODE]] == [bukti.pk]
    bukti.refresh_from_db()
    assert bukti.dihapus_pada is None
    jejak = JejakAudit.objects.get(penilaian=penilaian_a, lama__aksi="tarik")
    assert jejak.oleh == admin and jejak.baru is None
    # Once B is returned and it is withdrawn there too, the item is marked deleted.
    _kunci(penilaian_b, Penilaian.Status.DIKEMBALIKAN)
    assert layanan.bukti_bersama_tarik(periode=penilaian_a.periode, bukti=bukti, oleh=admin) == 1
    bukti.refresh_from_db()
    assert bukti.dihapus_pada is not None and bukti.dihapus_oleh == admin
