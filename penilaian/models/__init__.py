"""Models of the `penilaian` app, one module per concern so parallel work merges cleanly:

- `instrumen`: the LKE instrument as versioned reference data (this module's siblings
  import it; nothing here points at assessments).
- assessments, answers, evidence and review live in their own modules next to it and
  are re-exported below.
"""

from penilaian.models.asesmen import (
    LAPISAN_EVALUATOR,
    Bukti,
    Evaluasi,
    IndeksLapisan,
    Jawaban,
    JejakAudit,
    Komentar,
    Lapisan,
    Penilaian,
    PenugasanEvaluator,
    Periode,
    RiwayatStatus,
    SkorSnapshot,
    TautanBukti,
    VersiBerkas,
)
from penilaian.models.catatan import CatatanArea
from penilaian.models.instrumen import (
    Area,
    InstrumenVersi,
    JenisJawaban,
    Pertanyaan,
    SubArea,
)
from penilaian.models.tertunda import SkorTertunda

__all__ = [
    "LAPISAN_EVALUATOR",
    "Area",
    "Bukti",
    "CatatanArea",
    "Evaluasi",
    "IndeksLapisan",
    "InstrumenVersi",
    "Jawaban",
    "JejakAudit",
    "JenisJawaban",
    "Komentar",
    "Lapisan",
    "Penilaian",
    "PenugasanEvaluator",
    "Periode",
    "Pertanyaan",
    "RiwayatStatus",
    "SkorSnapshot",
    "SkorTertunda",
    "SubArea",
    "TautanBukti",
    "VersiBerkas",
]
