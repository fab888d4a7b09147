from django.db import migrations

from timeline.tallies import FACET_IDS_FUNCTION

# The function as migration 0009 first created it: a new event's copies were always read
# from its relation rows, which it cannot have yet.
READ_ON_EVERY_WRITE = """
CREATE OR REPLACE FUNCTION timeline_event_facet_ids() RETURNS trigger AS $$
BEGIN
IF TG_OP = 'UPDATE' AND NEW.actor_ids IS NOT DISTINCT FROM OLD.actor_ids
   AND NEW.sector_ids IS NOT DISTINCT FROM OLD.sector_ids THEN
    RETURN NEW;
END IF;
NEW.actor_ids := ARRAY(SELECT actor_id::integer FROM timeline_event_actors
                      WHERE event_id = NEW.id ORDER BY actor_id);
NEW.sector_ids := ARRAY(SELECT sector_id::integer FROM timeline_event_sectors
                       WHERE event_id = NEW.id ORDER BY sector_id);
RETURN NEW;
END;
$$ LANGUAGE plpgsql;
"""


class Migration(migrations.Migration):
    dependencies = [("timeline", "0013_event_date_span")]

    operations = [migrations.RunSQL(FACET_IDS_FUNCTION, READ_ON_EVERY_WRITE)]
