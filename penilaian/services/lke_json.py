"""The `hitung_lke` file format: reading answers and writing scores as JSON.

Kept apart from the command so a view or an export can reuse it. Numbers are the
engine's exact values written as JSON numbers rounded half-up to exactly two decimals
(`bulat`), e.g. 45.10; 5.185 is written 5.19.
"""

import json
from decimal import Decimal
from fractions import Fraction
from typing import Any

from django.utils.translation import gettext as _

from penilaian.scoring import HasilLke, bulat

KUNCI_BERKAS = {"instrumen", "predikat_sebelumnya", "jawaban"}


class BerkasTidakValid(ValueError):
    pass


def baca_jawaban(teks: str) -> dict:
    """{"instrumen", "predikat_sebelumnya", "jawaban"} from the text of a file; floats
    become Decimal so 3.62 stays 3.62. Raises BerkasTidakValid."""
    try:
        data = json.loads(teks, parse_float=Decimal)
    except ValueError as exc:
        raise BerkasTidakValid(
            _("Berkas bukan JSON yang valid: %(galat)s") % {"galat": exc}
        ) from exc
    if not isinstance(data, dict):
        raise BerkasTidakValid(_("Isi berkas harus sebuah objek JSON."))
    asing = sorted(set(data) - KUNCI_BERKAS)
    if asing:
        raise BerkasTidakValid(
            _("Kunci tidak dikenal di berkas: %(kunci)s.") % {"kunci": ", ".join(asing)}
        )
    if not isinstance(data.get("instrumen"), str):
        raise BerkasTidakValid(_('Berkas harus menyebut kode instrumen di "instrumen".'))
    if not isinstance(data.get("jawaban", {}), dict):
        raise BerkasTidakValid(_('"jawaban" harus objek kode pertanyaan → jawaban.'))
    predikat = data.get("predikat_sebelumnya")
    if predikat is not None and not isinstance(predikat, str):
        raise BerkasTidakValid(_('"predikat_sebelumnya" harus WBK, WBBM atau null.'))
    return {
        "instrumen": data["instrumen"],
        "predikat_sebelumnya": predikat,
        "jawaban": data.get("jawaban", {}),
    }


def ringkasan(hasil: HasilLke, *, rinci: bool = False) -> dict:
    """The scores in the documented output shape (exact values, rounded when written)."""
    keluaran: dict[str, Any] = {
        "total": hasil.total,
        "pengungkit": hasil.pengungkit,
        "hasil": hasil.hasil,
        "area": [
            {"no": no, "pemenuhan": a.pemenuhan, "reform": a.reform, "nilai": a.nilai}
            for no, a in sorted(hasil.area.items())
        ],
        "hasil_rinci": {
            "bersih_akuntabel": hasil.bersih_akuntabel,
            "ipak": hasil.ipak,
            "capaian_kinerja": hasil.capaian_kinerja,
            "pelayanan_prima": hasil.pelayanan_prima,
        },
        "predikat": {
            nama: {"memenuhi": p.memenuhi, "gagal": p.gagal} for nama, p in hasil.predikat.items()
        },
    }
    if rinci:
        for nama, p in hasil.predikat.items():
            keluaran["predikat"][nama]["kriteria"] = [
                {"kode": k.kode, "nilai": k.nilai, "syarat": k.syarat, "celah": k.celah}
                | {"memenuhi": k.memenuhi}
                for k in p.kriteria
            ]
        keluaran["subarea"] = {kode: s.nilai for kode, s in hasil.subarea.items()}
    return keluaran


def tulis_json(nilai, indent: int = 2, _tingkat: int = 0) -> str:
    """JSON with every number that is not a whole count (Fraction, Decimal) written
    rounded half-up to two decimals."""
    if isinstance(nilai, Fraction | Decimal):
        return str(bulat(nilai))
    if isinstance(nilai, dict):
        if not nilai:
            return "{}"
        jarak = "\n" + " " * indent * (_tingkat + 1)
        isi = ",".join(
            f"{jarak}{json.dumps(str(k))}: {tulis_json(v, indent, _tingkat + 1)}"
            for k, v in nilai.items()
        )
        return "{" + isi + "\n" + " " * indent * _tingkat + "}"
    if isinstance(nilai, list | tuple):
        if not nilai:
            return "[]"
        jarak = "\n" + " " * indent * (_tingkat + 1)
        isi = ",".join(f"{jarak}{tulis_json(v, indent, _tingkat + 1)}" for v in nilai)
        return "[" + isi + "\n" + " " * indent * _tingkat + "]"
    return json.dumps(nilai, ensure_ascii=False)
