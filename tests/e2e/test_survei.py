import pytest
from playwright.sync_api import expect

from survei.models import Respons

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True)
def _kuesioner(transactional_db):
    # A transactional database may have been flushed of the data migration's rows.
    from survei.bawaan import pastikan_ada

    pastikan_ada()


def _isi_spak(page, saran: str) -> None:
    """Fill the SPAK form from its first page to the thanks, as a respondent taps it."""
    page.get_by_role("link", name="SPAK").click()
    # Page 1: about you. Every option is a labelled radio with a large target.
    for grup, pilihan in [
        ("Usia", "26-35 tahun"),
        ("Jenis kelamin", "Perempuan"),
        ("Pendidikan terakhir", "SMA/SMK"),
        ("Pekerjaan", "Wiraswasta"),
        ("Anda datang sebagai", "Keluarga warga binaan/tahanan"),
    ]:
        page.get_by_role("group", name=grup).get_by_label(pilihan).check()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.get_by_role("button", name="Lanjut").click()
    # Page 2: the five SPAK items on 1-6.
    grup = page.get_by_role("group")
    expect(grup.first.get_by_label("6 — Sangat setuju")).to_be_visible()
    expect(grup).to_have_count(5)
    for i in range(5):
        grup.nth(i).get_by_label("6 — Sangat setuju").check()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.get_by_role("button", name="Lanjut").click()
    page.get_by_label("Saran atau masukan (boleh dikosongkan)").fill(saran)
    page.get_by_role("button", name="Kirim jawaban").click()
    expect(page.get_by_role("heading", name="Terima kasih!")).to_be_visible()


def test_a_respondent_fills_a_survey_on_a_360px_phone_and_sees_thanks(cast, halaman, settings):
    settings.SURVEI_WAKTU_MIN_DETIK = 0
    page = halaman
    page.goto("/s/satker-a/")
    expect(page.get_by_text("Rutan A").first).to_be_visible()
    _isi_spak(page, "Pelayanan cepat.")
    page.wait_for_url("**/s/satker-a/terima-kasih/")
    respons = Respons.objects.get()
    assert respons.saran == "Pelayanan cepat." and respons.skor.count() == 5


def test_a_missing_answer_is_explained_on_the_phone(cast, halaman):
    page = halaman
    page.goto("/s/satker-a/skm/")
    page.get_by_role("button", name="Lanjut").click()
    expect(page.get_by_role("alert").first).to_contain_text("Mohon periksa isian berikut")
    assert Respons.objects.count() == 0


def test_staff_lock_a_tablet_as_kiosk_and_the_portal_is_out_of_reach(cast, masuk_browser, settings):
    settings.SURVEI_WAKTU_MIN_DETIK = 0
    page = masuk_browser("operator_a")
    page.goto("/survei/satker-a/")
    page.get_by_role("link", name="Buka kios").click()
    page.get_by_role("button", name="Kunci tablet ini sebagai kios").click()
    page.wait_for_url("**/s/satker-a/kiosk/")
    expect(page.get_by_role("link", name="SKM")).to_be_visible()
    expect(page.get_by_role("button", name="Kunci tablet ini sebagai kios")).to_have_count(0)
    # A respondent who types a portal address meets the login page, not the staff's work.
    page.goto("/penilaian/")
    expect(page.get_by_role("heading", name="Masuk ke ZI Portal")).to_be_visible()
    # The locked tablet takes a response and is ready for the next person.
    page.goto("/s/satker-a/kiosk/")
    _isi_spak(page, "Petugas ramah.")
    page.get_by_role("link", name="Responden berikutnya").click()
    page.wait_for_url("**/s/satker-a/kiosk/")
    expect(page.get_by_role("link", name="SKM")).to_be_visible()
    respons = Respons.objects.get()
    assert (respons.cara, respons.saran) == (Respons.Cara.KIOSK, "Petugas ramah.")


def test_back_button_and_a_second_survey_without_the_profile_again(cast, halaman, settings):
    """The browser's Back button walks the form's pages without a resubmission prompt,
    "Kembali" keeps what was typed, and a second survey does not ask the profile."""
    settings.SURVEI_WAKTU_MIN_DETIK = 0
    page = halaman
    page.goto("/s/satker-a/")
    page.get_by_role("link", name="SPAK").click()
    for grup, pilihan in [
        ("Usia", "26-35 tahun"),
        ("Jenis kelamin", "Perempuan"),
        ("Pendidikan terakhir", "SMA/SMK"),
        ("Pekerjaan", "Wiraswasta"),
        ("Anda datang sebagai", "Keluarga warga binaan/tahanan"),
    ]:
        page.get_by_role("group", name=grup).get_by_label(pilihan).check()
    page.get_by_role("button", name="Lanjut").click()
    page.wait_for_url("**/s/satker-a/spak/?bagian=2")
    grup = page.get_by_role("group")
    for i in range(5):
        grup.nth(i).get_by_label("5 — Setuju", exact=True).check()
    page.get_by_role("button", name="Lanjut").click()
    page.wait_for_url("**/s/satker-a/spak/?bagian=3")

    # Back twice with the browser: each page comes again with its answers, no prompt.
    for alamat, grup_diperiksa in [("/spak/?bagian=2", None), ("/spak/", "Usia")]:
        jawab = page.go_back()
        assert jawab is not None and jawab.status == 200
        assert page.url.endswith(alamat)
        if grup_diperiksa:
            usia = page.get_by_role("group", name=grup_diperiksa)
            expect(usia.get_by_label("26-35 tahun")).to_be_checked()
        else:
            expect(
                page.get_by_role("group").first.get_by_label("5 — Setuju", exact=True)
            ).to_be_checked()

    # Forward again, then the page's own "Kembali" button keeps a changed answer.
    page.get_by_role("button", name="Lanjut").click()
    page.wait_for_url("**/s/satker-a/spak/?bagian=2")
    page.get_by_role("group").first.get_by_label("6 — Sangat setuju").check()
    page.get_by_role("button", name="Kembali").click()
    page.wait_for_url("**/s/satker-a/spak/?bagian=1")
    page.get_by_role("button", name="Lanjut").click()
    expect(page.get_by_role("group").first.get_by_label("6 — Sangat setuju")).to_be_checked()
    page.get_by_role("button", name="Lanjut").click()
    page.get_by_role("button", name="Kirim jawaban").click()
    expect(page.get_by_role("heading", name="Terima kasih!")).to_be_visible()

    # The second survey starts at its questions: the profile is not asked again.
    page.get_by_role("link", name="SKM").click()
    expect(page.get_by_text("Bagian 1 dari 2")).to_be_visible()
    expect(page.get_by_role("group", name="Usia")).to_have_count(0)
    grup = page.get_by_role("group")
    expect(grup).to_have_count(9)
    for i in range(9):
        grup.nth(i).get_by_label("4 — Sangat baik").check()
    page.get_by_role("button", name="Lanjut").click()
    page.get_by_role("button", name="Kirim jawaban").click()
    expect(page.get_by_role("heading", name="Terima kasih!")).to_be_visible()

    spak, skm = (Respons.objects.get(versi__kuesioner__jenis=j) for j in ("spak", "skm"))
    assert (spak.usia, spak.jenis_kelamin) == (skm.usia, skm.jenis_kelamin) == ("26-35", "p")
    assert sorted(spak.skor.values_list("nilai", flat=True)) == [5, 5, 5, 5, 6]
