import django.contrib.postgres.indexes
from django.db import migrations

import timeline.models


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0012_relation_triggers_skip_unchanged"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="event",
            index=django.contrib.postgres.indexes.GistIndex(
                timeline.models.DateSpan(), name="event_date_span"
            ),
        ),
    ]
