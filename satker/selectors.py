"""Reads, already filtered to what the asking user may see."""

from django.db.models import Q, QuerySet

from satker.lingkup import lingkup_pengguna
from satker.models import KopSurat, Pengguna, Peran, Satker


def satker_untuk_pengguna(*, user, termasuk_nonaktif: bool = False) -> QuerySet[Satker]:
    lingkup = lingkup_pengguna(user)
    qs = Satker.objects.select_related("induk", "instansi")
    if not lingkup.semua:
        qs = qs.filter(pk__in=lingkup.baca)
    if not termasuk_nonaktif:
        qs = qs.filter(aktif=True)
    return qs.order_by("induk__nama", "jenis", "nama")


def kanwil_untuk_pengguna(*, user) -> QuerySet[Satker]:
    """Kanwil the user may place units under (administered ones)."""
    lingkup = lingkup_pengguna(user)
    qs = Satker.objects.filter(jenis=Satker.Jenis.KANWIL, aktif=True)
    if not lingkup.semua:
        qs = qs.filter(pk__in=lingkup.kanwil_dikelola)
    return qs.order_by("nama")


def pengguna_untuk_pengguna(*, user) -> QuerySet[Pengguna]:
    """People an administrator manages: those holding a role on a unit it manages.

    People without any role yet are visible only to superusers, and to the admin
    who created them through `pengguna_buat` (which gives them a role at once).
    """
    lingkup = lingkup_pengguna(user)
    qs = Pengguna.objects.all()
    if not lingkup.semua:
        qs = qs.filter(
            Q(peran__satker_id__in=lingkup.kelola)
            | Q(peran__instansi_id__in=lingkup.instansi_dikelola)
        ).distinct()
        if not lingkup.kelola and not lingkup.instansi_dikelola:
            qs = qs.none()
    return qs.order_by("username")


def peran_pengguna(*, pengguna: Pengguna) -> QuerySet[Peran]:
    return pengguna.peran.select_related("satker", "instansi").order_by("jenis", "satker__nama")


# Roles that make a person part of a unit's own team, who may never judge its work.
PERAN_TIM_SATKER = (Peran.Jenis.KEPALA, Peran.Jenis.OPERATOR)


def pengguna_bertugas_di_satker(*, pengguna, satker_id: int) -> bool:
    """Whether `pengguna` is on the unit's own team (its head or an operator), read
    from the roles themselves (a superuser holding such a role counts too)."""
    if not getattr(pengguna, "is_authenticated", False):
        return False
    return Peran.objects.filter(
        pengguna=pengguna, satker_id=satker_id, jenis__in=PERAN_TIM_SATKER
    ).exists()


def kop_surat_untuk(*, kanwil: Satker) -> KopSurat:
    """The Kanwil's letterhead; when its administrator has not set one yet, an unsaved
    one from what the portal already knows (name, address, head), so a document can
    still be drafted. `pk is None` says which it is."""
    from satker.models import KopSurat

    kop = KopSurat.objects.filter(kanwil=kanwil).first()
    if kop is not None:
        return kop
    return KopSurat(
        kanwil=kanwil,
        instansi=kanwil.instansi.nama.upper() if kanwil.instansi_id else "",
        nama_kantor=kanwil.nama.upper(),
        alamat=" ".join(kanwil.alamat.split()),
        kota="",
        nama_kepala=kanwil.nama_kepala,
    )
