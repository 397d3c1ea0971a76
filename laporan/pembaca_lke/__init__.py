"""Reading LKE workbooks that units and evaluators already hold (any layout derived from
Lampiran III of Permenpan RB 90/2021), so their answers can be imported after a preview.

- `sel`: every cell is read through one function (formula without a saved value,
  unreadable value: refused in one place);
- `teks`: normalising question text and reading question codes and numbering;
- `kepala`: finding the LKE table by its content (header words, a column of codes) and
  what each column holds;
- `cocok`: matching each row to an instrument question and saying how;
- `jawaban`: a source column's cells as the engine's raw answers, checked row by row;
- `baca`: the whole reading (`lke_kenali`) and what the preview shows.
"""
