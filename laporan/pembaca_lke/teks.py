"""Text of an LKE row: normalised for comparison, and the question code or numbering
token it carries, in the spellings offices use.

Normalising: case, accents, punctuation and spacing do not count; a repeated word
("dan dan") counts once; the known typos of the regulation text (and their corrections)
read the same. Codes: `A.I.1.i.a`, `A-I-1-i-a`, `A I 1 i a`, `AI1ia`, with or without
a final dot, any case. Numbering tokens: `A.`, `I.`, `1.`, `i.`, `a.`, `a)`, `(a)`, `-`,
and compound ones such as `1.a` (a question under the first sub-area).
"""

import re
import unicodedata
from dataclasses import dataclass

# Typos found in the regulation's LKE text (and in the instrument data copied from it),
# with the spelling a corrected workbook uses: both sides are rewritten to one form.
SALAH_KETIK = {
    "dtindaklanjuti": "ditindaklanjuti",
    "ditindak lanjuti": "ditindaklanjuti",
    "danevaluasi": "dan evaluasi",
    "tujuanpembangunan": "tujuan pembangunan",
    "kegiatanunit": "kegiatan unit",
    "integritassudah": "integritas sudah",
    "integritasdi": "integritas di",
    "penawas": "pengawas",
    "assement": "assessment",
    "asesmen": "assessment",
    "menangangi": "menangani",
    "tela ": "telah ",
    "public": "publik",
    "responsive": "responsif",
    "whistle blowing": "whistleblowing",
    "whistle-blowing": "whistleblowing",
    "survey": "survei",
    "resiko": "risiko",
    "e performance": "eperformance",
    "e sakip": "esakip",
}
_TANDA = re.compile(r"[^\w%]+", re.UNICODE)
_SPASI = re.compile(r"\s+")

ROMAWI_BESAR = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6}
ROMAWI_KECIL = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8}
_KODE = re.compile(
    r"""^\s*(?P<k>[AB])\s*[.\-/ ]?\s*
    (?P<a>III|II|IV|I)\s*[.\-/ ]?\s*
    (?:(?P<ar>\d)\s*[.\-/ ]?\s*(?P<s>viii|vii|vi|iv|v|iii|ii|i)(?:\s*[.\-/ ]?\s*(?P<p>[a-h]))?
      |(?P<h>[a-h]))?
    \s*\.?\s*$""",
    re.VERBOSE,
)
_TOKEN = re.compile(r"^\s*[(\[]?\s*([A-Za-z]{1,4}|\d{1,2})\s*[.)\]]?\s*$")
_TOKEN_MAJEMUK = re.compile(r"^\s*(\d{1,2}|[ivx]{1,4})\s*[.\-]\s*([a-h])\s*[.)]?\s*$")
_AWALAN = re.compile(r"^\s*((?:[A-Za-z]{1,4}|\d{1,2})[.)]|[-–•])\s+(?=\S)")


def normal(teks) -> str:
    """Lower case, no accents, no punctuation, single spaces, typos mended, no word
    twice in a row: what two spellings of the same sentence share."""
    if teks is None:
        return ""
    s = unicodedata.normalize("NFKD", str(teks))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = _SPASI.sub(" ", s)
    for salah, benar in SALAH_KETIK.items():
        s = s.replace(salah, benar)
    kata = _TANDA.sub(" ", s).split()
    hasil = [k for i, k in enumerate(kata) if i == 0 or k != kata[i - 1]]
    return " ".join(hasil)


@dataclass(frozen=True)
class Kode:
    """A code read from a cell: component, aspect, area, sub-area, question (any may be
    missing from the right); `teks()` spells it as the instrument does."""

    komponen: str
    aspek: str
    area: str = ""
    subarea: str = ""
    pertanyaan: str = ""

    def teks(self) -> str:
        return ".".join(
            x for x in (self.komponen, self.aspek, self.area, self.subarea, self.pertanyaan) if x
        )


def baca_kode(nilai) -> Kode | None:
    """A question (or sub-area, area) code in any common spelling, else None."""
    if not isinstance(nilai, str) or len(nilai) > 24:
        return None
    s = nilai.strip()
    if not s:
        return None
    # Case does not matter, but the parts have a case: A/B, I/II upper; i/ii, a-h lower.
    m = _KODE.match(s.upper()[:1] + s[1:]) or _KODE.match(_bentuk_baku(s))
    if m is None:
        return None
    if m["h"]:  # B.I.a: a hasil item
        return Kode(m["k"], m["a"], pertanyaan=m["h"])
    return Kode(m["k"], m["a"], m["ar"] or "", m["s"] or "", m["p"] or "")


def _bentuk_baku(s: str) -> str:
    """'a.ii.1.iii.b' -> 'A.II.1.iii.b': the case each position has in the instrument."""
    bagian = re.split(r"[.\-/ ]+", s.strip().rstrip("."))
    if not 2 <= len(bagian) <= 5:
        return s
    bagian[0], bagian[1] = bagian[0].upper(), bagian[1].upper()
    return ".".join([*bagian[:2], *(b.lower() for b in bagian[2:])])


@dataclass(frozen=True)
class Token:
    """A numbering token: `jenis` is komponen (A/B), aspek (I/II), area (1..6), subarea
    (i..viii), huruf (a..h), strip (-) or majemuk (1.a); `nilai` its normal spelling."""

    jenis: str
    nilai: str
    induk: str = ""  # for majemuk: the sub-area ordinal ("1" or "i")


def baca_token(nilai) -> Token | None:
    """A cell that holds only a numbering token, else None."""
    if isinstance(nilai, int | float) and not isinstance(nilai, bool):
        if float(nilai).is_integer() and 1 <= nilai <= 9:
            return Token("area", str(int(nilai)))
        return None
    if not isinstance(nilai, str):
        return None
    s = nilai.strip()
    if s in ("-", "–", "•"):
        return Token("strip", "-")
    m = _TOKEN_MAJEMUK.match(s)
    if m:
        return Token("majemuk", m[2], induk=m[1])
    m = _TOKEN.match(s)
    if not m:
        return None
    t = m[1]
    if t.isdigit():
        return Token("area", str(int(t)))
    if t in ("A", "B"):
        return Token("komponen", t)
    if t.upper() in ROMAWI_BESAR and t.isupper():
        return Token("aspek", t)
    if t in ROMAWI_KECIL:  # "i" is never a question letter: no sub-area has nine
        return Token("subarea", t)
    if len(t) == 1 and t.lower() in "abcdefgh":
        return Token("huruf", t.lower())
    return None


def pisah_awalan(teks) -> tuple[Token | None, str]:
    """'a. Unit kerja telah …' -> (Token huruf a, 'Unit kerja telah …')."""
    if not isinstance(teks, str):
        return None, "" if teks is None else str(teks)
    m = _AWALAN.match(teks)
    if not m:
        return None, teks.strip()
    return baca_token(m[1]), teks[m.end() :].strip()
