# Stored scores keep their exact value as text ("p/q"), and where the survey items of the
# layer came from. Existing rows get the exact value of their 12-place decimals until the
# next recomputation (`hitung_ulang_skor`) writes the engine's.

from fractions import Fraction

from django.db import migrations, models


def isi_tepat(apps, schema_editor):
    SkorSnapshot = apps.get_model("penilaian", "SkorSnapshot")
    for s in SkorSnapshot.objects.all().only("pk", "total", "pengungkit", "hasil"):
        SkorSnapshot.objects.filter(pk=s.pk).update(
            total_tepat=str(Fraction(s.total)),
            pengungkit_tepat=str(Fraction(s.pengungkit)),
            hasil_tepat=str(Fraction(s.hasil)),
        )


class Migration(migrations.Migration):
    dependencies = [
        ("penilaian", "0006_periode_jendela_survei_usulan"),
    ]

    operations = [
        migrations.AddField(
            model_name="skorsnapshot",
            name="total_tepat",
            field=models.CharField(default="0", max_length=200),
        ),
        migrations.AddField(
            model_name="skorsnapshot",
            name="pengungkit_tepat",
            field=models.CharField(default="0", max_length=200),
        ),
        migrations.AddField(
            model_name="skorsnapshot",
            name="hasil_tepat",
            field=models.CharField(default="0", max_length=200),
        ),
        migrations.AddField(
            model_name="skorsnapshot",
            name="sumber_hasil",
            field=models.JSONField(default=dict),
        ),
        migrations.RunPython(isi_tepat, migrations.RunPython.noop),
    ]
