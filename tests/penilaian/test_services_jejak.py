from decimal import Decimal

from penilaian.models import JejakAudit
from penilaian.services.jejak import jejak_catat
from tests.factories import PenilaianFactory


def test_it_records_who_changed_what_from_which_old_to_which_new_value(cast):
    penilaian = PenilaianFactory(satker=cast.satker_a)
    oleh = cast.pengguna["operator_a"]
    jejak = jejak_catat(
        penilaian=penilaian,
        objek="bukti",
        oleh=oleh,
        lama=None,
        baru={"judul": "SK Tim", "ukuran": Decimal("12")},
        kode_pertanyaan="A.I.1.i.a",
        lapisan="mandiri",
    )
    jejak.refresh_from_db()
    assert (jejak.objek, jejak.oleh, jejak.kode_pertanyaan) == ("bukti", oleh, "A.I.1.i.a")
    assert jejak.baru == {"judul": "SK Tim", "ukuran": "12"}
    assert jejak.pada is not None


def test_it_writes_nothing_when_the_value_did_not_change(cast):
    penilaian = PenilaianFactory(satker=cast.satker_a)
    assert (
        jejak_catat(
            penilaian=penilaian,
            objek="jawaban",
            oleh=cast.pengguna["operator_a"],
            lama="A",
            baru="A",
        )
        is None
    )
    assert not JejakAudit.objects.exists()
