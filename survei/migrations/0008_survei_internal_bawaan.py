from django.db import migrations
from django.utils import timezone


def pasang(apps, schema_editor):
    from survei.internal.bawaan import pasang as pasang_bawaan

    pasang_bawaan(
        apps.get_model("survei", "Kuesioner"),
        apps.get_model("survei", "KuesionerVersi"),
        apps.get_model("survei", "Butir"),
        timezone.now(),
    )


class Migration(migrations.Migration):
    dependencies = [("survei", "0007_survei_internal")]

    operations = [migrations.RunPython(pasang, migrations.RunPython.noop)]
