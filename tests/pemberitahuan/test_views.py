"""The in-app list: the unread count in the navbar, mark read, e-mail preferences."""

from pemberitahuan.models import Jenis, Pemberitahuan, PreferensiSurel
from pemberitahuan.services import pemberitahuan_kirim


def _kabar(user, judul="Diajukan: Rutan A 2026", tautan="/penilaian/"):
    return pemberitahuan_kirim(jenis=Jenis.DIAJUKAN, penerima=[user], judul=judul, tautan=tautan)[0]


def test_the_navbar_shows_the_unread_count_and_the_list_shows_the_notice(cast, masuk_sebagai):
    _kabar(cast.pengguna["evaluator_a"])
    _kabar(cast.pengguna["kepala_a"], judul="bukan untuk evaluator")
    klien = masuk_sebagai("evaluator_a")
    html = klien.get("/pemberitahuan/").content.decode()
    assert 'data-testid="jumlah-belum-dibaca">1<' in html
    assert "Diajukan: Rutan A 2026" in html
    assert "bukan untuk evaluator" not in html


def test_opening_a_notice_marks_it_read_and_follows_its_link(cast, masuk_sebagai):
    notice = _kabar(cast.pengguna["evaluator_a"])
    klien = masuk_sebagai("evaluator_a")
    jawab = klien.post(f"/pemberitahuan/{notice.pk}/baca/")
    assert jawab.status_code == 302 and jawab.url == "/penilaian/"
    notice.refresh_from_db()
    assert notice.dibaca_pada is not None
    assert "jumlah-belum-dibaca" not in klien.get("/pemberitahuan/").content.decode()


def test_another_persons_notice_is_404(cast, masuk_sebagai):
    notice = _kabar(cast.pengguna["kepala_a"])
    assert masuk_sebagai("evaluator_a").post(f"/pemberitahuan/{notice.pk}/baca/").status_code == 404
    assert Pemberitahuan.objects.get(pk=notice.pk).dibaca_pada is None


def test_mark_all_read(cast, masuk_sebagai):
    _kabar(cast.pengguna["evaluator_a"])
    _kabar(cast.pengguna["evaluator_a"], judul="kedua")
    masuk_sebagai("evaluator_a").post("/pemberitahuan/baca-semua/")
    assert not Pemberitahuan.objects.filter(dibaca_pada__isnull=True).exists()


def test_switching_mail_off_for_one_kind(cast, masuk_sebagai):
    klien = masuk_sebagai("kepala_a")
    html = klien.get("/pemberitahuan/pengaturan/").content.decode()
    assert "Penilaian dikembalikan untuk perbaikan" in html
    semua_kecuali = [j for j in Jenis.values if j != Jenis.DIKEMBALIKAN]
    klien.post("/pemberitahuan/pengaturan/", {"surel": semua_kecuali})
    mati = PreferensiSurel.objects.filter(pengguna=cast.pengguna["kepala_a"], surel=False)
    assert list(mati.values_list("jenis", flat=True)) == [Jenis.DIKEMBALIKAN]
    html = klien.get("/pemberitahuan/pengaturan/").content.decode()
    assert 'value="dikembalikan" id="surel-dikembalikan">' in html


def test_the_list_needs_login(client):
    assert client.get("/pemberitahuan/").status_code == 302
