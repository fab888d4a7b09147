"""A counter that changes whenever timeline data changes, for caching pages and counts.

Statement-level triggers bump it on every write to the tables the public pages read, raw
SQL and bulk operations included. It is a row, not a sequence, so a reader sees the new
number only once the change that bumped it has committed.
"""

from django.db import migrations

TABLES = [
    "timeline_event",
    "timeline_event_actors",
    "timeline_event_sectors",
    "timeline_citation",
    "timeline_actor",
    "timeline_sector",
    "articles_article",
    "articles_passage",
]

CREATE = """
CREATE TABLE timeline_data_version (id integer PRIMARY KEY, version bigint NOT NULL);
INSERT INTO timeline_data_version VALUES (1, 1);
CREATE FUNCTION timeline_bump_data_version() RETURNS trigger AS $$
BEGIN
    UPDATE timeline_data_version SET version = version + 1 WHERE id = 1;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
""" + "".join(
    f"""
CREATE TRIGGER {table}_bumps_data_version
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table}
    FOR EACH STATEMENT EXECUTE FUNCTION timeline_bump_data_version();
"""
    for table in TABLES
)

DROP = "".join(f"DROP TRIGGER {table}_bumps_data_version ON {table};\n" for table in TABLES) + """
DROP FUNCTION timeline_bump_data_version();
DROP TABLE timeline_data_version;
"""


class Migration(migrations.Migration):
    dependencies = [("timeline", "0004_actor_side"), ("articles", "0001_initial")]

    operations = [migrations.RunSQL(CREATE, DROP)]
