"""Who a user is on one assessment: the facts every permission on it is decided from.

Read once (the user's scope, whether they are on the unit's own team, the evaluator
layers assigned to them), so no permission flag queries on its own. The workflow table
(penilaian.services.alur) and the access helpers (penilaian.access) both decide from a
`Peran`; nothing else looks at assignments or roles of an assessment."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy

from penilaian.models import LAPISAN_EVALUATOR, Penilaian, PenugasanEvaluator
from satker.lingkup import lingkup_pengguna
from satker.selectors import pengguna_bertugas_di_satker

PESAN_SATKER_SENDIRI = gettext_lazy(
    "Pemisahan tugas: Anda kepala atau operator satuan kerja ini, jadi tidak dapat "
    "menilai atau mereviu penilaiannya."
)


@dataclass(frozen=True)
class Peran:
    """What `user` is on one assessment (not yet what they may do in its status)."""

    baca: bool = False  # the unit is in the user's scope
    isi: bool = False  # on the unit's team that fills the self-assessment
    kepala: bool = False  # the unit's head (submits)
    kelola: bool = False  # administrator of the unit's Kanwil (assigns, reopens)
    audit: bool = False  # auditor of the unit
    kelola_kanwil: bool = False  # administrator of the period's Kanwil (shared evidence)
    superuser: bool = False
    # On the unit's own team by role: then no evaluator layer, no review move and no
    # evaluator import is theirs, whatever assignments say (separation of duties).
    satker_sendiri: bool = False
    ditugaskan: frozenset[str] = frozenset()  # evaluator layers assigned to the user

    def menilai(self, lapisan: str | None) -> bool:
        """Whether the user scores `lapisan`: assigned to it (or a superuser), and not
        on the unit's own team."""
        if lapisan not in LAPISAN_EVALUATOR or self.satker_sendiri:
            return False
        return self.superuser or lapisan in self.ditugaskan

    @property
    def lapisan_dinilai(self) -> tuple[str, ...]:
        """The evaluator layers this user scores, in the instrument's order."""
        return tuple(lp for lp in LAPISAN_EVALUATOR if self.menilai(lp))


def peran_pada_penilaian(*, user, penilaian: Penilaian) -> Peran:
    """The user's standing on `penilaian`: two queries at most (their own-team role and
    their assignments), whatever is asked of it afterwards."""
    if not getattr(user, "is_authenticated", False):
        return Peran()
    lingkup = lingkup_pengguna(user)
    satker_id = penilaian.satker_id
    return Peran(
        baca=lingkup.boleh_baca(satker_id),
        isi=lingkup.boleh_isi(satker_id),
        kepala=satker_id in lingkup.kepala,
        kelola=lingkup.boleh_kelola(satker_id),
        audit=satker_id in lingkup.audit,
        kelola_kanwil=lingkup.boleh_kelola_kanwil(penilaian.periode.kanwil_id),
        superuser=user.is_superuser,
        satker_sendiri=pengguna_bertugas_di_satker(pengguna=user, satker_id=satker_id),
        ditugaskan=frozenset(
            PenugasanEvaluator.objects.filter(penilaian=penilaian, evaluator=user).values_list(
                "lapisan", flat=True
            )
        ),
    )
