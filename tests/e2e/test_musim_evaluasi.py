"""A whole season in the browser, as the Kanwil runs it: the administrator opens the
period, the unit fills and submits, the evaluator is told (test mailbox, through the
real queue worker, and the in-app list), filters to differences, returns one question,
the unit sees it with its note and link on "Tugas saya", resubmits, the evaluator
finishes, and the administrator generates the documents and the proposal, each read
back (DOCX with python-docx, PDF with pdftotext)."""

import pytest
from django.core import mail
from playwright.sync_api import expect

from dasbor.selectors.periode import skor_per_penilaian
from pemberitahuan.models import Pemberitahuan
from penilaian.models import Lapisan, Penilaian
from penilaian.selectors.instrumen import instrumen_untuk_versi
from satker.models import KopSurat
from tests.antrean.bantu import jalankan_pekerja
from tests.dasbor.bantu import PROFIL, jawaban_profil, nilai
from tests.usulan.bantu import perlu_poppler, prasyarat_lengkap, rapat, teks_docx, teks_pdf
from usulan.naskah.ejaan import angka

pytestmark = [pytest.mark.browser, perlu_poppler]

TAHUN = 2027


def _ganti(halaman, masuk_browser, username):
    halaman.context.clear_cookies()
    return masuk_browser(username)


def _persiapan(cast):
    """What a Kanwil has before a season: its letterhead, named people, the unit's
    prerequisites (audit follow-up, SAKIP, ZI declared 2024)."""
    KopSurat.objects.create(
        kanwil=cast.kanwil_x,
        instansi="KEMENTERIAN UJI REPUBLIK INDONESIA",
        nama_kantor="KANTOR WILAYAH X",
        alamat="Jalan Merdeka Nomor 1, Kota X 29111",
        kota="Kota X",
        jabatan_kepala="Kepala Kantor Wilayah",
        nama_kepala="Siti Rahmawati",
        nip_kepala="197502031998032001",
        nama_tpi="Inspektorat Jenderal Kementerian Uji",
    )
    cast.satker_a.nama_kepala = "Bambang Sutrisno"
    cast.satker_a.save()
    evaluator = cast.pengguna["evaluator_a"]
    evaluator.first_name, evaluator.last_name = "Dewi", "Lestari"
    evaluator.save()
    prasyarat_lengkap(cast.satker_a, cast.pengguna["admin_x"], tahun=TAHUN)


def _unduh(page, url):
    """(DOCX text, PDF text) of a document as the logged-in browser downloads it."""
    teks = []
    for fmt, baca in (("docx", teks_docx), ("pdf", teks_pdf)):
        jawab = page.request.get(f"{url}.{fmt}")
        assert jawab.status == 200, url
        teks.append(rapat(baca(jawab.body())))
    return teks


def test_a_kanwil_runs_a_season_from_opening_the_period_to_the_proposal(
    cast, masuk_browser, halaman
):
    _persiapan(cast)
    mail.outbox.clear()
    # Checks that belong to another branch's feature (the review filters) are gathered
    # and asserted at the end, so every other step of the season still runs here.
    tertunda = []

    # 1. The administrator opens the period for Rutan A and assigns the evaluator.
    page = masuk_browser("admin_x")
    page.goto("/penilaian/periode/baru/")
    page.get_by_label("Tahun").fill(str(TAHUN))
    page.get_by_label("Versi instrumen").select_option(index=1)
    page.get_by_label("Batas penilaian mandiri").fill(f"{TAHUN}-03-31")
    page.get_by_label("Batas reviu").fill(f"{TAHUN}-04-30")
    page.get_by_label("Rutan A").check()
    page.get_by_role("button", name="Simpan").click()
    expect(page.get_by_text(f"Periode {TAHUN} dibuka.")).to_be_visible()
    penilaian = Penilaian.objects.get(satker=cast.satker_a, periode__tahun=TAHUN)
    detail = f"/penilaian/{penilaian.pk}/"
    page.goto(detail)
    page.locator("select[name=lapisan]").select_option(Lapisan.KANWIL)
    page.locator("select[name=evaluator]").select_option(label="Dewi Lestari")
    page.get_by_role("button", name="Tugaskan", exact=True).click()
    expect(page.get_by_text("Evaluator ditugaskan.")).to_be_visible()

    # 2. The unit: "Tugas saya" after login leads to the next question; one answer in
    # the page, the rest of the worksheet stored directly; the head submits.
    page = _ganti(halaman, masuk_browser, "kepala_a")
    assert page.url.endswith("/dasbor/tugas/")
    page.get_by_test_id("lanjutkan").click()
    # Until the worksheet has loaded, its autosave script is not listening yet.
    page.wait_for_url("**/lke/**")
    soal = page.get_by_test_id("q-A.I.1.i.a")
    soal.locator('input[value="Ya"]').check()
    expect(soal.locator("[data-status]")).to_have_text("Tersimpan")
    instrumen = instrumen_untuk_versi(penilaian.periode.versi)
    terbaik = jawaban_profil(instrumen, **PROFIL["wbbm"])
    nilai(penilaian, terbaik, oleh=cast.pengguna["kepala_a"])
    page.goto(detail)
    page.get_by_role("button", name="Ajukan ke evaluator").click()
    expect(page.get_by_test_id("status")).to_have_text("Diajukan")

    # 3. The evaluator is told: by e-mail once the queue runs, and in the portal.
    assert not [m for m in mail.outbox if "evaluator_a@" in m.to[0]]
    jalankan_pekerja()
    surel = [m for m in mail.outbox if m.to == ["evaluator_a@contoh.go.id"]]
    assert len(surel) == 1 and "Diajukan: Rutan A 2027" in surel[0].subject
    assert detail in surel[0].body
    page = _ganti(halaman, masuk_browser, "evaluator_a")
    expect(page.get_by_test_id("jumlah-belum-dibaca")).to_have_text("1")
    page.get_by_test_id("menu-pemberitahuan").click()
    page.get_by_test_id("pemberitahuan-diajukan").get_by_role("button", name="Buka").click()
    page.wait_for_url(f"**{detail}")
    page.get_by_role("button", name="Mulai reviu").click()
    expect(page.get_by_test_id("status")).to_have_text("Dalam reviu")

    # 4. The evaluator scores (the layer stored directly, as the unit's), disagrees on
    # one question in the page, flags it, filters to differences and returns.
    nilai(penilaian, terbaik, lapisan=Lapisan.KANWIL, oleh=cast.pengguna["evaluator_a"])
    reviu = f"{detail}reviu/kanwil/lke/1/"
    page.goto(reviu)
    soal = page.get_by_test_id("q-A.I.1.i.a")
    soal.locator('input[value="Tidak"]').check()
    expect(soal.locator("[data-status]")).to_have_text("Tersimpan")
    soal.get_by_label("Perlu perbaikan oleh unit").check()
    expect(soal.locator("[data-status]")).to_have_text("Tersimpan")
    page.goto(f"{reviu}?saring=berbeda")
    expect(page.get_by_test_id("q-A.I.1.i.a")).to_be_visible()
    if page.get_by_test_id("q-A.I.1.i.b").count() != 0:
        tertunda.append("?saring=berbeda still shows A.I.1.i.b, which agrees with the unit")
    page.goto(detail)
    page.get_by_label("Catatan pengembalian").fill("SK belum ditandatangani kepala.")
    page.get_by_role("button", name="Kembalikan untuk perbaikan").click()
    expect(page.get_by_test_id("status")).to_have_text("Dikembalikan untuk perbaikan")

    # 5. The unit sees the returned question at the top of its tasks, with the note and
    # a link to the question; fixes it and resubmits.
    jalankan_pekerja()
    assert any(m.to == ["kepala_a@contoh.go.id"] and "A.I.1.i.a" in m.body for m in mail.outbox)
    page = _ganti(halaman, masuk_browser, "kepala_a")
    kembali = page.get_by_test_id("dikembalikan")
    expect(kembali).to_contain_text("1 pertanyaan dikembalikan untuk diperbaiki")
    expect(kembali).to_contain_text("SK belum ditandatangani kepala.")
    kembali.get_by_role("link", name="A.I.1.i.a").click()
    page.wait_for_url("**/lke/1/#q-A.I.1.i.a")
    soal = page.get_by_test_id("q-A.I.1.i.a")
    soal.locator("textarea[name=narasi]").fill("SK sudah ditandatangani, terlampir.")
    soal.get_by_role("button", name="Simpan").click()
    expect(soal.locator("[data-status]")).to_have_text("Tersimpan")
    page.goto(detail)
    page.get_by_role("button", name="Ajukan ulang").click()
    expect(page.get_by_test_id("status")).to_have_text("Diajukan ulang")

    # 6. The evaluator agrees now and finishes the layer; the unit is told.
    page = _ganti(halaman, masuk_browser, "evaluator_a")
    page.goto(detail)
    page.get_by_role("button", name="Mulai reviu").click()
    page.goto(reviu)
    soal = page.get_by_test_id("q-A.I.1.i.a")
    soal.locator('input[value="Ya"]').check()
    expect(soal.locator("[data-status]")).to_have_text("Tersimpan")
    page.goto(detail)
    page.get_by_role("link", name="Selesaikan lapisan").click()
    page.get_by_test_id("tombol-selesaikan").click()
    expect(page.get_by_test_id("status")).to_have_text("Final")
    assert Pemberitahuan.objects.filter(
        penerima=cast.pengguna["kepala_a"], jenis="lapisan_selesai"
    ).exists()

    # 7. The administrator saves the proposal and downloads every document.
    page = _ganti(halaman, masuk_browser, "admin_x")
    expect(page.get_by_test_id("siap-usulan")).to_contain_text("Siap diusulkan: 1")
    page.get_by_role("link", name="Susun usulan dan dokumen").click()
    page.get_by_label("Nama penanda tangan").fill("Siti Rahmawati")
    page.get_by_test_id("simpan-usulan").click()
    expect(page.get_by_text("Usulan disimpan.")).to_be_visible()
    skor = skor_per_penilaian(pk=penilaian.pk)[penilaian.pk][Lapisan.KANWIL]
    total = angka(skor.total)
    dasar = f"/usulan/kanwil-x/{TAHUN}/dokumen/"
    laporan = f"/penilaian/{penilaian.pk}/dokumen/"
    for teks in _unduh(page, dasar + "layak"):
        assert "SURAT PERNYATAAN LAYAK DIEVALUASI" in teks
        assert "Siti Rahmawati" in teks and "NIP 19750203 199803 2 001" in teks
        assert f"Rutan A WBK {angka(skor.pengungkit)} {angka(skor.hasil)} {total}" in teks
        assert f"Kota X, ………………… {TAHUN}" in teks
    for teks in _unduh(page, laporan + "laporan-kanwil"):
        assert f"RUTAN A TAHUN {TAHUN}" in teks and f"NILAI TOTAL 100,00 {total}" in teks
    for teks in _unduh(page, laporan + "berita-acara-kanwil"):
        assert "BERITA ACARA EVALUASI" in teks and f"NILAI TOTAL 100,00 {total}" in teks
        assert "Bambang Sutrisno" in teks and "Dewi Lestari" in teks
    for teks in _unduh(page, dasar + "pengajuan"):
        assert f"1 Rutan A WBK {angka(skor.pengungkit)} {angka(skor.hasil)} {total}" in teks
        assert "Siti Rahmawati" in teks and f"Kota X, ………………… {TAHUN}" in teks
    for teks in _unduh(page, dasar + "sptjm"):
        assert "SURAT PERNYATAAN TANGGUNG JAWAB MUTLAK" in teks and "1 Rutan A WBK" in teks

    assert tertunda == []
