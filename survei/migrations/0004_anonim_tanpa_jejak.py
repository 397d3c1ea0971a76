"""Responses that the database cannot pair with a code, a token or a time.

- A used ticket code is deleted instead of stamped (the unit's count of used codes
  becomes "made minus left", kept in PengaturanSurvei.kode_dibuat); a code's creation
  is kept to the day.
- Used form tokens are kept as a keyed hash with the date (old rows, raw tokens with
  microsecond times, are dropped: those tokens were never signed and are refused now).
- Responses and their answers get random keys; existing rows are re-keyed at random,
  so the old counter order (the order people answered in) is gone too.
"""

from django.db import migrations, models

import survei.models


def _kode_jadi_hitungan(apps, schema_editor):
    KodeSekali = apps.get_model("survei", "KodeSekali")
    PengaturanSurvei = apps.get_model("survei", "PengaturanSurvei")
    jumlah = {}
    for satker_id in KodeSekali.objects.values_list("satker_id", flat=True):
        jumlah[satker_id] = jumlah.get(satker_id, 0) + 1
    for satker_id, n in jumlah.items():
        pengaturan, _baru = PengaturanSurvei.objects.get_or_create(satker_id=satker_id)
        PengaturanSurvei.objects.filter(pk=pengaturan.pk).update(kode_dibuat=n)
    KodeSekali.objects.filter(dipakai_pada__isnull=False).delete()


def _kunci_acak_ulang(apps, schema_editor):
    Respons = apps.get_model("survei", "Respons")
    Skor = apps.get_model("survei", "Skor")
    for lama in list(Respons.objects.values_list("pk", flat=True)):
        baru = survei.models.kunci_acak()
        Respons.objects.filter(id=lama).update(id=baru)
        Skor.objects.filter(respons_id=lama).update(respons_id=baru)
    for lama in list(Skor.objects.values_list("pk", flat=True)):
        Skor.objects.filter(id=lama).update(id=survei.models.kunci_acak())


class Migration(migrations.Migration):
    dependencies = [("survei", "0003_kios")]

    operations = [
        migrations.AddField(
            model_name="pengaturansurvei",
            name="kode_dibuat",
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.RunPython(_kode_jadi_hitungan, migrations.RunPython.noop),
        migrations.RemoveField(model_name="kodesekali", name="dipakai_pada"),
        migrations.AlterField(
            model_name="kodesekali",
            name="dibuat_pada",
            field=models.DateField(auto_now_add=True),
        ),
        migrations.DeleteModel(name="TokenKirim"),
        migrations.CreateModel(
            name="TokenKirim",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("sidik", models.CharField(max_length=64, unique=True)),
                ("tanggal", models.DateField(db_index=True)),
            ],
        ),
        migrations.AlterField(
            model_name="respons",
            name="id",
            field=models.BigIntegerField(
                default=survei.models.kunci_acak, editable=False, primary_key=True, serialize=False
            ),
        ),
        migrations.AlterField(
            model_name="skor",
            name="id",
            field=models.BigIntegerField(
                default=survei.models.kunci_acak, editable=False, primary_key=True, serialize=False
            ),
        ),
        migrations.RunPython(_kunci_acak_ulang, migrations.RunPython.noop),
    ]
