# Two more readings of the regulation as settings of the version: how a value meets its
# threshold (exact by default) and the minimum respondents of a survey index.

import django.core.validators
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("penilaian", "0004_skorsnapshot_subarea"),
    ]

    operations = [
        migrations.AddField(
            model_name="instrumenversi",
            name="perbandingan_ambang",
            field=models.CharField(
                choices=[
                    ("tepat", "Nilai tepat (tanpa pembulatan), seperti lembar kerja evaluator"),
                    ("dibulatkan", "Nilai yang dibulatkan ke 2 desimal"),
                ],
                default="tepat",
                help_text=(
                    "Lembar kerja evaluator (Itjen) membandingkan sel yang tidak dibulatkan: "
                    "area 1 bernilai 59,95% dari bobotnya tidak memenuhi 60%, IPAK 3,5999 "
                    "(15,7496) tidak memenuhi 15,75. Pilihan lain membandingkan nilai 2 "
                    "desimal yang ditampilkan."
                ),
                max_length=10,
                verbose_name="cara membandingkan dengan ambang",
            ),
        ),
        migrations.AddField(
            model_name="instrumenversi",
            name="min_responden",
            field=models.PositiveSmallIntegerField(
                default=30,
                help_text=(
                    "Indeks survei portal (IPAK/IPKP) masuk nilai lapisan evaluator hanya "
                    "dengan sekurang-kurangnya sekian responden dalam jendela survei "
                    "periode; penilaian mandiri boleh menampilkannya sebagai nilai sementara."
                ),
                validators=[django.core.validators.MinValueValidator(1)],
                verbose_name="minimal responden survei",
            ),
        ),
    ]
