# Responses count for an assessment period by their day inside its survey window.

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("survei", "0005_indeks_eksternal_lingkup_dokumen"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="respons",
            index=models.Index(fields=["satker", "tanggal"], name="respons_satker_tanggal"),
        ),
    ]
