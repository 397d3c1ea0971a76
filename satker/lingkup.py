"""What a user may see and do, computed once per request from their roles.

Everything that decides access reads a `Lingkup`; nothing else looks at roles.
"""

from dataclasses import dataclass

from satker.models import Peran, Satker

_SELURUH_KANWIL = {Peran.Jenis.ADMIN_KANWIL, Peran.Jenis.AUDITOR}


@dataclass(frozen=True)
class Lingkup:
    """Sets of satker ids per capability. `semua` means every unit (superuser)."""

    semua: bool = False
    baca: frozenset[int] = frozenset()  # may read the unit and everything of it
    kelola: frozenset[int] = frozenset()  # may edit the unit, its users and roles
    isi: frozenset[int] = frozenset()  # may fill the unit's self-assessment
    kepala: frozenset[int] = frozenset()  # is the unit's head (submits)
    nilai: frozenset[int] = frozenset()  # evaluator of the unit
    audit: frozenset[int] = frozenset()  # read-only auditor of the unit
    kanwil_dikelola: frozenset[int] = frozenset()  # Kanwil ids the user administers
    instansi_dikelola: frozenset[int] = frozenset()  # national administrator of these

    def boleh_baca(self, satker_id: int) -> bool:
        return self.semua or satker_id in self.baca

    def boleh_kelola(self, satker_id: int) -> bool:
        return self.semua or satker_id in self.kelola

    def boleh_isi(self, satker_id: int) -> bool:
        return satker_id in self.isi

    def boleh_kelola_kanwil(self, kanwil_id: int) -> bool:
        """Administers the Kanwil itself: its periods and its shared evidence."""
        return self.semua or kanwil_id in self.kanwil_dikelola

    def boleh_nilai(self, satker_id: int) -> bool:
        return satker_id in self.nilai

    @property
    def admin(self) -> bool:
        """Administers at least one Kanwil (or everything)."""
        return self.semua or bool(self.kanwil_dikelola) or bool(self.instansi_dikelola)

    @property
    def admin_nasional(self) -> bool:
        """A national administrator (or superuser): the instrument, national dashboards
        and questionnaires are theirs."""
        return self.semua or bool(self.instansi_dikelola)

    @property
    def punya_peran(self) -> bool:
        return self.semua or bool(self.baca)


def hitung_lingkup(user) -> Lingkup:
    """Build the scope of `user` in two queries; anonymous users get an empty scope."""
    if not user.is_authenticated or not user.is_active:
        return Lingkup()
    if user.is_superuser:
        return Lingkup(semua=True)
    peran = list(
        Peran.objects.filter(pengguna=user).values_list("jenis", "satker_id", "instansi_id")
    )
    per_jenis: dict[str, set[int]] = {}
    instansi_ids = set()
    for jenis, satker_id, instansi_id in peran:
        if jenis == Peran.Jenis.ADMIN_NASIONAL:
            instansi_ids.add(instansi_id)
        else:
            per_jenis.setdefault(jenis, set()).add(satker_id)
    kanwil_admin = per_jenis.get(Peran.Jenis.ADMIN_KANWIL, set())
    kanwil_audit = per_jenis.get(Peran.Jenis.AUDITOR, set())
    di_bawah = _satker_di_bawah(kanwil_admin | kanwil_audit, instansi_ids)
    kelola = _anggota(kanwil_admin, di_bawah) | di_bawah.get(("instansi", None), set())
    audit = _anggota(kanwil_audit, di_bawah)
    isi = per_jenis.get(Peran.Jenis.KEPALA, set()) | per_jenis.get(Peran.Jenis.OPERATOR, set())
    nilai = per_jenis.get(Peran.Jenis.EVALUATOR, set())
    return Lingkup(
        baca=frozenset(kelola | audit | isi | nilai),
        kelola=frozenset(kelola),
        isi=frozenset(isi),
        kepala=frozenset(per_jenis.get(Peran.Jenis.KEPALA, set())),
        nilai=frozenset(nilai),
        audit=frozenset(audit),
        kanwil_dikelola=frozenset(kanwil_admin | di_bawah.get(("instansi_kanwil", None), set())),
        instansi_dikelola=frozenset(instansi_ids),
    )


def _satker_di_bawah(kanwil_ids: set[int], instansi_ids: set[int]) -> dict:
    """Map each Kanwil id to itself and its children; national scope under a special key."""
    hasil: dict = {}
    if kanwil_ids:
        for satker_id, induk_id in Satker.objects.filter(induk_id__in=kanwil_ids).values_list(
            "id", "induk_id"
        ):
            hasil.setdefault(induk_id, set()).add(satker_id)
    if instansi_ids:
        rows = Satker.objects.filter(instansi_id__in=instansi_ids).values_list("id", "jenis")
        hasil[("instansi", None)] = {satker_id for satker_id, _ in rows}
        hasil[("instansi_kanwil", None)] = {
            satker_id for satker_id, jenis in rows if jenis == Satker.Jenis.KANWIL
        }
    return hasil


def _anggota(kanwil_ids: set[int], di_bawah: dict) -> set[int]:
    ids = set(kanwil_ids)
    for kanwil_id in kanwil_ids:
        ids |= di_bawah.get(kanwil_id, set())
    return ids


def lingkup_pengguna(user) -> Lingkup:
    """The user's scope, cached on the user object for the rest of the request."""
    cached = getattr(user, "_zi_lingkup", None)
    if cached is None:
        cached = hitung_lingkup(user)
        if user.is_authenticated:
            user._zi_lingkup = cached
    return cached
