from django.db import migrations
from django.utils import timezone


def pasang(apps, schema_editor):
    from survei.bawaan import pasang as pasang_bawaan

    pasang_bawaan(
        apps.get_model("survei", "Kuesioner"),
        apps.get_model("survei", "KuesionerVersi"),
        apps.get_model("survei", "Butir"),
        timezone.now(),
    )


class Migration(migrations.Migration):
    dependencies = [("survei", "0001_awal")]

    operations = [migrations.RunPython(pasang, migrations.RunPython.noop)]
