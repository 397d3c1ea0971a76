"""Each document as a user downloads it, read back: the DOCX with python-docx, the PDF
with pdftotext. Names, scores (as the portal shows them), dates and the places to fill."""

from django.utils import timezone

from dasbor.selectors.periode import skor_per_penilaian
from penilaian.models import Lapisan
from satker.models import KopSurat
from tests.usulan.bantu import SELESAI, perlu_poppler, rapat, sama_isi, teks_docx, teks_pdf
from usulan.naskah.ejaan import angka

pytestmark = perlu_poppler

LAYAK = "/usulan/kanwil-x/2026/dokumen/layak"


def _unduh(client, url: str) -> tuple[str, str]:
    """(DOCX text, PDF text) of one document, whitespace collapsed."""
    docx, pdf = client.get(f"{url}.docx"), client.get(f"{url}.pdf")
    assert docx.status_code == pdf.status_code == 200
    assert docx["Content-Type"].startswith("application/vnd.openxmlformats")
    assert pdf["Content-Type"] == "application/pdf"
    assert docx["Content-Disposition"].startswith("attachment;")
    isi_docx, isi_pdf = teks_docx(docx.content), teks_pdf(pdf.content)
    assert sama_isi(isi_docx, isi_pdf)  # the two formats say the same words
    return rapat(isi_docx), rapat(isi_pdf)


def _skor(penilaian, lapisan):
    return skor_per_penilaian(pk=penilaian.pk)[penilaian.pk][lapisan]


def _laporan(penilaian, jenis="laporan", lapisan="tpi"):
    return f"/penilaian/{penilaian.pk}/dokumen/{jenis}-{lapisan}"


def test_the_statement_names_the_units_the_kanwil_found_fit_for_the_tpi(musim, masuk_sebagai):
    for teks in _unduh(masuk_sebagai("admin_x"), LAYAK):
        assert "KANTOR WILAYAH X" in teks and "Jalan Merdeka Nomor 1, Kota X 29111" in teks
        assert "SURAT PERNYATAAN LAYAK DIEVALUASI PEMBANGUNAN ZONA INTEGRITAS" in teks
        assert "Siti Rahmawati" in teks and "NIP 19750203 199803 2 001" in teks
        assert "Tim Penilai Internal (TPI) Inspektorat Jenderal Kementerian Uji" in teks
        assert "Rutan A" in teks and "Kanim D" in teks and "Lapas B" not in teks
        a, d = _skor(musim["a"], Lapisan.KANWIL), _skor(musim["d"], Lapisan.KANWIL)
        assert f"Rutan A WBK {angka(a.pengungkit)} {angka(a.hasil)} {angka(a.total)} Kanwil" in teks
        assert f"Kanim D WBBM {angka(d.pengungkit)} {angka(d.hasil)} {angka(d.total)}" in teks
        selesai = timezone.localtime(SELESAI)
        assert f"12 Mei 2026 pukul {selesai:%H.%M}" in teks
        assert "Kota X, ………………… 2026" in teks  # the date the head signs on


def test_the_tpi_report_gives_scores_table_6_notes_and_its_conclusion(musim, masuk_sebagai):
    skor = _skor(musim["a"], Lapisan.TPI)
    for teks in _unduh(masuk_sebagai("kepala_a"), _laporan(musim["a"])):
        assert (
            "LAPORAN HASIL EVALUASI PEMBANGUNAN ZONA INTEGRITAS MENUJU WBK RUTAN A TAHUN 2026"
            in teks
        )
        assert f"Komponen Pengungkit 60,00 {angka(skor.pengungkit)}" in teks
        assert f"NILAI TOTAL 100,00 {angka(skor.total)}" in teks
        assert "1 Manajemen Perubahan 8,00" in teks
        assert f"Nilai total ≥ 75,00 {angka(skor.total)} Memenuhi" in teks
        assert "Kepatuhan LHKPN" in teks and "Nilai SAKIP internal minimal B A Memenuhi" in teks
        assert (
            "1. Manajemen Perubahan Catatan: SK Tim Kerja ZI 2026 belum memuat agen perubahan."
            in teks
        )
        assert "Rekomendasi: Tetapkan agen perubahan dalam SK Tim Kerja ZI." in teks
        assert (
            "memenuhi kriteria Menuju Wilayah Bebas dari Korupsi (WBK). TPI merekomendasikan "
            "kepada pimpinan instansi pemerintah untuk mengajukan evaluasi" in teks
        )
        assert "Ketua Tim Penilai Internal (TPI), Dewi Lestari" in teks
        assert "lapisan Tim Penilai Internal (TPI), diselesaikan 12 Mei 2026" in teks


def test_the_kanwil_layers_report_is_the_pre_assessment_and_says_fit_for_the_tpi(
    musim, masuk_sebagai
):
    _docx, pdf = _unduh(masuk_sebagai("admin_x"), _laporan(musim["a"], lapisan="kanwil"))
    assert "LAPORAN HASIL PENILAIAN PENDAHULUAN" in pdf
    assert "layak untuk dievaluasi oleh Tim Penilai Internal (TPI)" in pdf
    assert "Tidak ada catatan dan rekomendasi per area." in pdf  # the notes were the TPI's


def test_a_unit_short_of_the_criteria_is_reported_as_not_yet_with_what_fails(musim, masuk_sebagai):
    _docx, pdf = _unduh(masuk_sebagai("admin_x"), _laporan(musim["b"], lapisan="kanwil"))
    assert "belum memenuhi kriteria penilaian pembangunan Zona Integritas" in pdf
    assert "perlu dilakukan perbaikan dan pembinaan kembali" in pdf
    assert "Area 1 (Manajemen Perubahan)" in pdf and "Belum (kurang" in pdf


def test_the_berita_acara_leaves_day_and_number_to_the_office_and_has_both_signers(
    musim, masuk_sebagai
):
    skor = _skor(musim["a"], Lapisan.TPI)
    for teks in _unduh(masuk_sebagai("evaluator_a"), _laporan(musim["a"], "berita-acara")):
        assert (
            "BERITA ACARA EVALUASI PEMBANGUNAN ZONA INTEGRITAS MENUJU WBK RUTAN A TAHUN 2026"
            in teks
        )
        assert "Nomor: …………………" in teks
        assert "Pada hari ini ………………… tanggal ………………… bulan" in teks
        assert "oleh Tim Penilai Internal (TPI) Inspektorat Jenderal Kementerian Uji" in teks
        assert f"NILAI TOTAL 100,00 {angka(skor.total)}" in teks
        assert "Kepala Rutan A," in teks and "Bambang Sutrisno" in teks and "Dewi Lestari" in teks


def _simpan_usulan(client, musim, **tambahan):
    data = {
        f"unit_{musim['a'].pk}": "on",
        f"unit_{musim['d'].pk}": "on",
        f"alasan_{musim['d'].pk}": "Evaluasi SAKIP ulang dijadwalkan Juni 2026.",
        "penandatangan_nama": "Siti Rahmawati",
        "penandatangan_jabatan": "Kepala Kantor Wilayah",
        "penandatangan_nip": "19750203 199803 2 001",
        **tambahan,
    }
    response = client.post("/usulan/kanwil-x/2026/simpan/", data)
    assert response.status_code == 302, response.content.decode()[:2000]


def test_the_proposal_letter_lists_the_proposed_units_with_their_official_scores(
    musim, masuk_sebagai
):
    client = masuk_sebagai("admin_x")
    _simpan_usulan(client, musim)
    a, d = _skor(musim["a"], Lapisan.TPI), _skor(musim["d"], Lapisan.TPI)
    for teks in _unduh(client, "/usulan/kanwil-x/2026/dokumen/pengajuan"):
        assert (
            "Yth. Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Republik Indonesia"
            in teks
        )
        assert (
            "c.q. Deputi Bidang Reformasi Birokrasi, Akuntabilitas Aparatur, dan Pengawasan" in teks
        )
        assert "Hal : Pengajuan Unit Kerja/Satuan Kerja Berpredikat Menuju Wilayah Bebas" in teks
        # In the order of the candidates' list (by name).
        assert f"1 Kanim D WBBM {angka(d.pengungkit)} {angka(d.hasil)} {angka(d.total)} TPI" in teks
        assert f"2 Rutan A WBK {angka(a.pengungkit)} {angka(a.hasil)} {angka(a.total)} TPI" in teks
        assert "Lapas B" not in teks
        assert "Nomor : …………………" in teks and "Kota X, ………………… 2026" in teks
        assert "Kepala Kantor Wilayah, Siti Rahmawati NIP 19750203 199803 2 001" in teks
    for teks in _unduh(client, "/usulan/kanwil-x/2026/dokumen/sptjm"):
        assert "SURAT PERNYATAAN TANGGUNG JAWAB MUTLAK" in teks
        assert "1 Kanim D WBBM 2 Rutan A WBK" in teks
        assert "telah sesuai dengan fakta/kondisi yang sebenarnya" in teks
        assert "Meterai Rp10.000" in teks and "Yang membuat pernyataan," in teks


def test_a_sent_proposal_prints_its_number_and_date_and_keeps_its_letterhead(musim, masuk_sebagai):
    client = masuk_sebagai("admin_x")
    _simpan_usulan(client, musim)
    client.post(
        "/usulan/kanwil-x/2026/kirim/",
        {
            "nomor_surat": "W.30-UM.01.01-123",
            "tanggal_surat": "2026-05-20",
            "tanggal_kirim": "2026-05-22",
        },
    )
    KopSurat.objects.filter(kanwil=musim["a"].periode.kanwil).update(nama_kepala="Kepala Baru")
    for teks in _unduh(client, "/usulan/kanwil-x/2026/dokumen/pengajuan"):
        assert "Nomor : W.30-UM.01.01-123" in teks and "Kota X, 20 Mei 2026" in teks
        assert "Siti Rahmawati" in teks and "Kepala Baru" not in teks
    # Documents made from today's record use the new letterhead.
    _docx, pdf = _unduh(client, LAYAK)
    assert "Kepala Baru" in pdf


def test_a_report_waits_for_its_layer_to_finish(cast, musim, masuk_sebagai):
    client = masuk_sebagai("admin_x")
    response = client.get(_laporan(musim["b"], lapisan="tpi") + ".pdf", follow=True)
    assert response.redirect_chain[-1][0] == f"/penilaian/{musim['b'].pk}/"
    assert "Dokumen tersedia setelah lapisan evaluator ini selesai." in response.content.decode()
    assert client.get(f"/penilaian/{musim['a'].pk}/dokumen/laporan-mandiri.pdf").status_code == 404
    assert client.get(f"/penilaian/{musim['a'].pk}/dokumen/laporan-tpi.odt").status_code == 404


def test_the_statement_waits_for_a_unit_found_fit(cast, masuk_sebagai):
    from tests.factories import PenilaianFactory

    PenilaianFactory(satker=cast.satker_a)
    response = masuk_sebagai("admin_x").get(LAYAK + ".docx", follow=True)
    assert response.redirect_chain[-1][0] == "/usulan/kanwil-x/2026/"
    assert (
        "Belum ada unit yang penilaian pendahuluan Kanwilnya selesai" in response.content.decode()
    )


def test_documents_are_in_indonesian_whatever_language_the_user_reads(musim, masuk_sebagai):
    client = masuk_sebagai("admin_x")
    client.post("/i18n/setlang/", {"language": "en"})
    assert "Proposal and documents" in client.get("/usulan/kanwil-x/2026/").content.decode()
    _docx, pdf = _unduh(client, _laporan(musim["a"]))
    assert "Nilai total ≥ 75,00" in pdf and "Kepatuhan LHKPN" in pdf and "12 Mei 2026" in pdf
    assert "Total score" not in pdf
