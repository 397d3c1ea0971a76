"""The database cache table (CACHES in settings), so that `migrate` is the one step a
deployment runs: the survey rate limit is shared through it by every process."""

from django.core.management import call_command
from django.db import migrations


def buat_tabel_cache(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunPython(buat_tabel_cache, migrations.RunPython.noop)]
