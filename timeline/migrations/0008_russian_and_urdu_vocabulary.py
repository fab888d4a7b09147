from django.db import migrations

from timeline.vocabulary import add_translations


def add_russian_and_urdu(apps, schema_editor):
    add_translations(apps.get_model("timeline", "Actor"), apps.get_model("timeline", "Sector"))


def reindex_for_russian_stemming(apps, schema_editor):
    from timeline.pipeline import refresh_search_vectors

    Event = apps.get_model("timeline", "Event")
    refresh_search_vectors(Event.objects.filter(is_synthetic=False).values_list("pk", flat=True))
    # Synthetic events are indexed from their title and summary, as they are generated.
    schema_editor.execute(
        "UPDATE timeline_event SET search_vector ="
        " setweight(to_tsvector('russian', title), 'A')"
        " || setweight(to_tsvector('russian', summary), 'B')"
        " WHERE is_synthetic"
    )


class Migration(migrations.Migration):

    dependencies = [
        ("timeline", "0007_event_reading"),
    ]

    operations = [
        migrations.RunPython(add_russian_and_urdu, migrations.RunPython.noop),
        migrations.RunPython(reindex_for_russian_stemming, migrations.RunPython.noop),
    ]
