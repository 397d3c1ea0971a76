"""What the worksheet and review views share: reading one answer from a POST,
answering in JSON (autosave) or with a redirect to the question (no JavaScript)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from penilaian.models import Penilaian, Pertanyaan
from penilaian.scoring import bulat
from penilaian.selectors.penilaian import BarisPertanyaan
from penilaian.services.skor import persen_pertanyaan

PERSEN = "%"


def pertanyaan_dari_kode(penilaian: Penilaian, kode: str) -> Pertanyaan:
    return get_object_or_404(Pertanyaan, versi_id=penilaian.periode.versi_id, kode=kode)


def ingin_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def baca_nilai(post, pertanyaan: Pertanyaan):
    """The raw answer as the engine reads it: a dict of named counts for `%` questions
    (None when every count is empty), otherwise the option label or number typed."""
    if pertanyaan.jenis_jawaban == PERSEN:
        angka = {m["kunci"]: post.get(f"m_{m['kunci']}", "").strip() for m in pertanyaan.masukan}
        return angka if any(angka.values()) else None
    return post.get("nilai", "").strip() or None


def pesan_kesalahan(exc: ValidationError) -> str:
    return " ".join(exc.messages)


def jawab(request, *, penilaian, pertanyaan, url_kembali: str, simpan) -> object:
    """Calls `simpan()` and answers the way the request asked: JSON for the autosave
    script ({ok, pesan, persen}), else a message and a redirect to the question anchor."""
    try:
        jawaban = simpan()
    except ValidationError as exc:
        pesan = pesan_kesalahan(exc)
        if ingin_json(request):
            return JsonResponse({"ok": False, "pesan": pesan}, status=400)
        messages.error(request, f"{pertanyaan.kode}: {pesan}")
        return redirect(f"{url_kembali}#q-{pertanyaan.kode}")
    persen = None
    if pertanyaan.jenis_jawaban == PERSEN and jawaban.nilai is not None:
        persen = persen_pertanyaan(penilaian=penilaian, kode=pertanyaan.kode, nilai=jawaban.nilai)
    if ingin_json(request):
        skor = penilaian.skor.filter(lapisan=jawaban.lapisan).first()
        return JsonResponse(
            {
                "ok": True,
                "pesan": _("Tersimpan"),
                "persen": None if persen is None else number_format(persen, 2),
                "terjawab": skor.terjawab if skor else None,
                "total": None if skor is None else number_format(bulat(skor.total_tepat), 2),
            }
        )
    pesan = _("Jawaban %(kode)s tersimpan.") % {"kode": pertanyaan.kode}
    if persen is not None:
        pesan += " " + _("Persentase: %(persen)s%%.") % {"persen": number_format(persen, 2)}
    messages.success(request, pesan)
    return redirect(f"{url_kembali}#q-{pertanyaan.kode}")


def siapkan_baris(blok: list, penilaian: Penilaian, lapisan: str) -> None:
    """Adds what the template needs and cannot compute: the `%` inputs with their
    values and the server-computed percentage, per layer shown."""
    for sub in blok:
        for baris in sub.baris:
            _siapkan(baris, penilaian, lapisan)


def _siapkan(baris: BarisPertanyaan, penilaian: Penilaian, lapisan: str) -> None:
    p = baris.pertanyaan
    baris.sendiri = baris.jawaban.get(lapisan)
    nilai = baris.nilai(lapisan)
    if p.jenis_jawaban == PERSEN:
        nilai = nilai if isinstance(nilai, dict) else {}
        baris.masukan_isi = [
            {"kunci": m["kunci"], "label": m["label"], "nilai": nilai.get(m["kunci"], "")}
            for m in p.masukan
        ]
    baris.persen = {}
    for nama, j in baris.jawaban.items():
        if p.jenis_jawaban == PERSEN and j.nilai is not None:
            baris.persen[nama] = persen_pertanyaan(penilaian=penilaian, kode=p.kode, nilai=j.nilai)
    baris.persen_sendiri = baris.persen.get(lapisan)


def url_lembar(penilaian: Penilaian, area_kode: str, lapisan: str | None = None) -> str:
    if lapisan:
        return reverse("penilaian:reviu", args=[penilaian.pk, lapisan, area_kode])
    return reverse("penilaian:lembar", args=[penilaian.pk, area_kode])


def tandai_survei(blok: list, penilaian: Penilaian, area, lapisan: str = "mandiri") -> None:
    """On the hasil pages, each survey item says which value counts for `lapisan` and
    where it came from (penilaian.selectors.hasil; frozen for a finished layer); only those pages
    pay for the lookup."""
    from penilaian.selectors.hasil import KODE_SURVEI
    from penilaian.services.beku import masukan_lapisan

    sumber = None
    for sub in blok:
        for baris in sub.baris:
            baris.survei = None
            if baris.pertanyaan.kode in KODE_SURVEI:
                sumber = sumber or masukan_lapisan(penilaian=penilaian, lapisan=lapisan).hasil
                baris.survei = sumber[baris.pertanyaan.kode]
