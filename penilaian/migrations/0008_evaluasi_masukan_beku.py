# A finished evaluator layer keeps everything its score used (penilaian.services.beku).

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("penilaian", "0007_skor_tepat_sumber_hasil"),
    ]

    operations = [
        migrations.AddField(
            model_name="evaluasi",
            name="masukan_beku",
            field=models.JSONField(blank=True, null=True),
        ),
    ]
