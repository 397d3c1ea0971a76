import io

from dasbor import demo
from dasbor.models import PrasyaratUsulan
from tests.factories import PenilaianFactory


def test_demo_prerequisites_follow_the_demo_assessments_and_are_idempotent(cast):
    PenilaianFactory(satker=cast.satker_a)
    PenilaianFactory(satker=cast.satker_b)
    demo.muat(io.StringIO())
    demo.muat(io.StringIO())
    assert PrasyaratUsulan.objects.count() == 2
    assert PrasyaratUsulan.objects.get(satker=cast.satker_a).diubah_oleh == cast.pengguna["admin_x"]
