"""What issue 4 calls done: every score the portal shows equals `hitung_lke` on the
same answers. An auditor writes the unit's stored answers and the survey indices the
LKE uses into the command's JSON and compares with the assessment page and the unit's
dashboard page."""

import datetime
import json
import re
from decimal import Decimal

from django.core.management import call_command
from django.utils import timezone

from penilaian.models import Jawaban, Lapisan
from penilaian.scoring.angka import desimal_tepat
from survei.selectors import indeks_untuk_lke
from tests.antrean.bantu import jalankan_pekerja
from tests.factories import PeriodeFactory
from tests.penilaian.bantu import isi_acak, penilaian_a
from tests.survei.conftest import isi

SURVEI = {"ipak": "B.I.a", "ipkp": "B.II.a"}


def _berkas_hitung_lke(penilaian) -> str:
    """The command's input, with full-precision indices written as JSON numbers."""
    jawaban = {
        j.pertanyaan.kode: j.nilai
        for j in Jawaban.objects.filter(
            penilaian=penilaian, lapisan=Lapisan.MANDIRI, nilai__isnull=False
        ).select_related("pertanyaan")
        if j.pertanyaan.kode not in SURVEI.values()
    }
    p = penilaian.periode
    indeks = indeks_untuk_lke(
        satker=penilaian.satker, tahun=p.tahun, mulai=p.survei_mulai, selesai=p.survei_selesai
    )
    angka = {}
    for nama, kode in SURVEI.items():
        nilai = desimal_tepat(indeks[nama].survei)  # chosen to have an exact decimal
        jawaban[kode] = f"@{kode}@"
        angka[f'"@{kode}@"'] = str(nilai)
    teks = json.dumps(
        {
            "instrumen": penilaian.periode.versi.kode,
            "predikat_sebelumnya": penilaian.predikat_sebelumnya or None,
            "jawaban": jawaban,
        }
    )
    for tanda, nilai in angka.items():
        teks = teks.replace(tanda, nilai)
    return teks


def _angka(html: str, testid: str) -> str:
    cocok = re.search(rf'data-testid="{testid}"[^>]*>\s*([\d.,]+)', html)
    assert cocok, testid
    return cocok.group(1).replace(",", ".")


def test_the_scores_shown_equal_hitung_lke_on_the_same_answers(
    cast, masuk_sebagai, tmp_path, capsys, django_capture_on_commit_callbacks
):
    # Responses are dated today: a period of this year whose survey window holds today.
    tahun = timezone.localdate().year
    periode = PeriodeFactory(
        kanwil=cast.kanwil_x, tahun=tahun, survei_selesai=datetime.date(tahun, 12, 31)
    )
    penilaian = penilaian_a(cast, periode=periode)
    isi_acak(penilaian, cast.pengguna["operator_a"], seed=11)
    # Each response refreshes the unit's stored scores once its transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        for nilai in (6, 3):  # mean 4.5 on 1-6: IPAK 3
            isi(cast.satker_a, "spak", nilai)
        for nilai in (6, 6, 6, 3):  # mean 5.25: IPKP 3.5
            isi(cast.satker_a, "spkp", nilai)
    jalankan_pekerja()  # the queued refresh of open layers' scores
    berkas = tmp_path / "jawaban.json"
    berkas.write_text(_berkas_hitung_lke(penilaian), encoding="utf-8")
    capsys.readouterr()
    call_command("hitung_lke", str(berkas))
    cli = json.loads(capsys.readouterr().out, parse_float=Decimal)
    assert cli["hasil_rinci"]["ipak"] > 0 and cli["total"] > 0

    client = masuk_sebagai("kepala_a")
    halaman = client.get(f"/penilaian/{penilaian.pk}/").content.decode()
    assert Decimal(_angka(halaman, "total-mandiri")) == cli["total"]

    dasbor = client.get(f"/dasbor/kanwil-x/{tahun}/satker-a/")
    assert dasbor.status_code == 200
    html = dasbor.content.decode()
    assert Decimal(_angka(html, "total-mandiri")) == cli["total"]
    if cli["predikat"]["WBBM"]["memenuhi"]:
        status = "Nilai memenuhi WBBM"
    elif cli["predikat"]["WBK"]["memenuhi"]:
        status = "Nilai memenuhi WBK"
    else:
        status = "Nilai belum memenuhi"
    assert re.search(rf'data-testid="status-predikat">{status} · prasyarat', html)
