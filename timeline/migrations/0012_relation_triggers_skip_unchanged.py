from django.db import migrations

from timeline.tallies import RELATIONS_CHANGED

# The function as migration 0009 first created it: every event a relation write touched was
# marked, even when its copies were already right.
MARK_EVERY_TOUCHED_EVENT = """
CREATE OR REPLACE FUNCTION timeline_event_relations_changed() RETURNS trigger AS $$
BEGIN
UPDATE timeline_event SET actor_ids = NULL WHERE id IN (SELECT event_id FROM changed);
RETURN NULL;
END;
$$ LANGUAGE plpgsql;"""


class Migration(migrations.Migration):
    dependencies = [("timeline", "0011_tally_counts_in_key")]

    operations = [migrations.RunSQL(RELATIONS_CHANGED, MARK_EVERY_TOUCHED_EVENT)]
