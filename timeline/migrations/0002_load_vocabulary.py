from django.db import migrations

from timeline.vocabulary import load_vocabulary


def load(apps, schema_editor):
    load_vocabulary(apps.get_model("timeline", "Actor"), apps.get_model("timeline", "Sector"))


class Migration(migrations.Migration):
    dependencies = [("timeline", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
