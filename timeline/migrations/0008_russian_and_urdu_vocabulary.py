from django.db import migrations

from timeline.vocabulary import add_translations


def add_russian_and_urdu(apps, schema_editor):
    add_translations(apps.get_model("timeline", "Actor"), apps.get_model("timeline", "Sector"))


class Migration(migrations.Migration):

    dependencies = [
        ("timeline", "0007_event_reading"),
    ]

    operations = [
        migrations.RunPython(add_russian_and_urdu, migrations.RunPython.noop),
    ]
