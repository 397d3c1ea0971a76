"""The audit trail: one append-only row per change to an answer, an evaluator answer,
a note, a comment or evidence. Every service that changes those calls `jejak_catat`
inside its own transaction, so the trail and the change commit together or not at all.
Nothing in the portal updates or deletes a JejakAudit row."""

from decimal import Decimal

from penilaian.models import JejakAudit, Penilaian


def _json(nilai):
    """Values as JSON can hold them: Decimals as strings at full precision."""
    if isinstance(nilai, Decimal):
        return str(nilai)
    if isinstance(nilai, dict):
        return {str(k): _json(v) for k, v in nilai.items()}
    if isinstance(nilai, list | tuple):
        return [_json(v) for v in nilai]
    return nilai


def jejak_catat(
    *,
    penilaian: Penilaian,
    objek: str,
    oleh,
    lama=None,
    baru=None,
    kode_pertanyaan: str = "",
    lapisan: str = "",
) -> JejakAudit | None:
    """Records one change (who, when, old and new value). `objek` names what changed:
    "jawaban", "narasi", "catatan", "perlu_revisi", "komentar", "bukti", "evaluasi", ...
    Returns None and writes nothing when the old and new value are equal."""
    lama, baru = _json(lama), _json(baru)
    if lama == baru:
        return None
    return JejakAudit.objects.create(
        penilaian=penilaian,
        kode_pertanyaan=kode_pertanyaan or "",
        lapisan=lapisan or "",
        objek=objek,
        lama=lama,
        baru=baru,
        oleh=oleh,
    )
