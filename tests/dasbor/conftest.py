import pytest

from tests.dasbor.bantu import unit_dinilai
from tests.factories import SatkerFactory


@pytest.fixture
def kanwil_x_dinilai(cast):
    """Kanwil X in 2026: A meets WBK, B falls short on areas 1-2, D meets WBBM (holding
    WBK already), E falls short on IPAK, F has no score yet."""
    from tests.factories import PenilaianFactory

    x = cast.kanwil_x
    d = SatkerFactory(kode="satker-d", nama="Kanim D", induk=x, jenis="kanim")
    e = SatkerFactory(kode="satker-e", nama="Lapas E", induk=x, jenis="lapas")
    f = SatkerFactory(kode="satker-f", nama="Bapas F", induk=x, jenis="bapas")
    return {
        "a": unit_dinilai(cast.satker_a, "wbk"),
        "b": unit_dinilai(cast.satker_b, "belum_area"),
        "d": unit_dinilai(d, "wbbm", predikat_sebelumnya="WBK"),
        "e": unit_dinilai(e, "belum_ipak"),
        "f": PenilaianFactory(satker=f),
    }
