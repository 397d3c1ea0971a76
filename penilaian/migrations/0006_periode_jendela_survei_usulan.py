# Each period gets its proposal date (default 31 May of its year) and its survey window
# (default 1 January to the proposal date). Existing periods get the defaults.

import datetime

from django.db import migrations, models


def isi_bawaan(apps, schema_editor):
    Periode = apps.get_model("penilaian", "Periode")
    for periode in Periode.objects.all():
        usulan = datetime.date(periode.tahun, 5, 31)
        Periode.objects.filter(pk=periode.pk).update(
            tanggal_usulan=usulan,
            survei_mulai=datetime.date(periode.tahun, 1, 1),
            survei_selesai=usulan,
        )


class Migration(migrations.Migration):
    dependencies = [
        ("penilaian", "0005_versi_perbandingan_min_responden"),
    ]

    operations = [
        migrations.AddField(
            model_name="periode",
            name="tanggal_usulan",
            field=models.DateField(null=True),
        ),
        migrations.AddField(
            model_name="periode",
            name="survei_mulai",
            field=models.DateField(null=True),
        ),
        migrations.AddField(
            model_name="periode",
            name="survei_selesai",
            field=models.DateField(null=True),
        ),
        migrations.RunPython(isi_bawaan, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="periode",
            name="tanggal_usulan",
            field=models.DateField(
                help_text=(
                    "Tanggal usulan ke KemenPAN-RB (biasanya 31 Mei); ZI minimal satu tahun "
                    "diukur sampai tanggal ini."
                ),
                verbose_name="tanggal usulan",
            ),
        ),
        migrations.AlterField(
            model_name="periode",
            name="survei_mulai",
            field=models.DateField(
                help_text="Respons survei dihitung mulai tanggal ini.",
                verbose_name="survei mulai",
            ),
        ),
        migrations.AlterField(
            model_name="periode",
            name="survei_selesai",
            field=models.DateField(
                help_text="Respons survei dihitung sampai tanggal ini.",
                verbose_name="survei selesai",
            ),
        ),
        migrations.AddConstraint(
            model_name="periode",
            constraint=models.CheckConstraint(
                condition=models.Q(survei_selesai__gte=models.F("survei_mulai")),
                name="periode_jendela_survei_urut",
            ),
        ),
    ]
