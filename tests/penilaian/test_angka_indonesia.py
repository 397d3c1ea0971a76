"""Numbers on a page in the Indonesian interface use one format: the decimal comma."""

import re

from penilaian.services.skor import skor_perbarui
from tests.penilaian.bantu import jawab_semua, penilaian_a

TITIK_DESIMAL = re.compile(r"\b\d+\.\d{2}\b")
KOMA_DESIMAL = re.compile(r"\b\d+,\d{2}\b")


def test_the_score_table_writes_every_decimal_with_a_comma(cast, masuk_sebagai):
    penilaian = penilaian_a(cast)
    jawab_semua(penilaian, cast.pengguna["operator_a"], nilai_opsi="B")
    skor_perbarui(penilaian=penilaian, lapisan="mandiri")
    html = masuk_sebagai("operator_a").get(f"/penilaian/{penilaian.pk}/").content.decode()
    tabel = html.split('data-testid="tabel-skor"')[1].split("</table>")[0]
    # Area rows read "value / weight": both sides in the same format ("3,92 … /8,00").
    assert KOMA_DESIMAL.search(tabel) and "/8,00" in tabel
    assert TITIK_DESIMAL.findall(tabel) == []


def test_the_english_interface_keeps_the_decimal_point(cast, masuk_sebagai, settings):
    penilaian = penilaian_a(cast)
    jawab_semua(penilaian, cast.pengguna["operator_a"], nilai_opsi="B")
    skor_perbarui(penilaian=penilaian, lapisan="mandiri")
    client = masuk_sebagai("operator_a")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    html = client.get(f"/penilaian/{penilaian.pk}/").content.decode()
    tabel = html.split('data-testid="tabel-skor"')[1].split("</table>")[0]
    assert TITIK_DESIMAL.search(tabel) and KOMA_DESIMAL.findall(tabel) == []
