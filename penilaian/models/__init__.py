"""Models of the `penilaian` app, one module per concern so parallel work merges cleanly:

- `instrumen`: the LKE instrument as versioned reference data (this module's siblings
  import it; nothing here points at assessments).
- assessments, answers, evidence and review live in their own modules next to it and
  are re-exported below.
"""

from penilaian.models.instrumen import (
    Area,
    InstrumenVersi,
    JenisJawaban,
    Pertanyaan,
    SubArea,
)

__all__ = ["Area", "InstrumenVersi", "JenisJawaban", "Pertanyaan", "SubArea"]
