"""Loads the shipped LKE (Permenpan RB 90/2021) so every fresh database has it."""

from django.db import migrations


def muat(apps, schema_editor):
    from penilaian.services import muat as pemuat

    InstrumenVersi = apps.get_model("penilaian", "InstrumenVersi")
    data = pemuat.baca_berkas(pemuat.BERKAS_BAWAAN)
    if InstrumenVersi.objects.filter(kode=data["meta"]["instrument"]).exists():
        return
    versi = InstrumenVersi()
    pemuat.isi_versi(versi, data)
    versi.save()
    pemuat.tulis(
        data,
        versi,
        Area=apps.get_model("penilaian", "Area"),
        SubArea=apps.get_model("penilaian", "SubArea"),
        Pertanyaan=apps.get_model("penilaian", "Pertanyaan"),
    )


class Migration(migrations.Migration):
    dependencies = [("penilaian", "0001_initial")]

    operations = [migrations.RunPython(muat, migrations.RunPython.noop)]
