"""A counter that changes whenever an actor or sector changes.

The pipeline compiles the vocabulary into regular expressions once and reuses them until
an editor changes an actor or a sector, in any process.
"""

from django.db import migrations

from timeline.versions import counter_sql

CREATE, DROP = counter_sql("timeline_vocabulary_version", ["timeline_actor", "timeline_sector"])


class Migration(migrations.Migration):
    dependencies = [("timeline", "0005_data_version")]

    operations = [migrations.RunSQL(CREATE, DROP)]
