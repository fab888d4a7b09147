"""A counter that changes whenever timeline data changes, for caching pages and counts."""

from django.db import migrations

from timeline.versions import counter_sql

CREATE, DROP = counter_sql(
    "timeline_data_version",
    [
        "timeline_event",
        "timeline_event_actors",
        "timeline_event_sectors",
        "timeline_citation",
        "timeline_actor",
        "timeline_sector",
        "articles_article",
        "articles_passage",
    ],
)


class Migration(migrations.Migration):
    dependencies = [("timeline", "0004_actor_side"), ("articles", "0001_initial")]

    operations = [migrations.RunSQL(CREATE, DROP)]
