"""A counter that changes whenever an actor or sector changes.

The pipeline compiles the vocabulary into regular expressions once and reuses them until
an editor changes an actor or a sector (in any process: the counter lives in the database).
"""

from django.db import migrations

TABLES = ["timeline_actor", "timeline_sector"]

CREATE = """
CREATE TABLE timeline_vocabulary_version (id integer PRIMARY KEY, version bigint NOT NULL);
INSERT INTO timeline_vocabulary_version VALUES (1, 1);
CREATE FUNCTION timeline_bump_vocabulary_version() RETURNS trigger AS $$
BEGIN
    UPDATE timeline_vocabulary_version SET version = version + 1 WHERE id = 1;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
""" + "".join(
    f"""
CREATE TRIGGER {table}_bumps_vocabulary_version
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table}
    FOR EACH STATEMENT EXECUTE FUNCTION timeline_bump_vocabulary_version();
"""
    for table in TABLES
)

DROP = "".join(f"DROP TRIGGER {table}_bumps_vocabulary_version ON {table};\n" for table in TABLES) + """
DROP FUNCTION timeline_bump_vocabulary_version();
DROP TABLE timeline_vocabulary_version;
"""


class Migration(migrations.Migration):
    dependencies = [("timeline", "0005_data_version")]

    operations = [migrations.RunSQL(CREATE, DROP)]
