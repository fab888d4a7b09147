"""Triggers that keep Event.actor_ids, Event.sector_ids and the EventTally table exact.

Whoever writes (the pipeline, the admin, a merge, a raw UPDATE or DELETE), PostgreSQL
updates them in the same transaction:

- a BEFORE trigger on timeline_event reads an event's actor and sector ids from the
  relation tables when the row is inserted or a write changes them, so a stale copy in
  memory that the ORM saves back is corrected; the relation tables' triggers mark the
  events they change for it.
- statement triggers on timeline_event add each statement's change to EventTally: one
  upsert per statement, from the rows before and after (transition tables), so a bulk
  insert of a hundred thousand events costs one grouped INSERT, not a trigger per row.
"""

RELATIONS = ("timeline_event_actors", "timeline_event_sectors")
TALLY_KEY = "facet, facet_id, other, other_id, start_year, end_year, status, charted"
# Decades and centuries belong to no single year: the per-year chart leaves them out.
UNCHARTED = ("decade", "century")
# Every SAMPLE_EVERY-th event (by id) is in a partial search index, so the events some words
# match can be counted in a sample first (timeline/counts.py).
SAMPLE_EVERY = 16
SAMPLE_INDEX = (
    "CREATE INDEX event_search_sample ON timeline_event USING gin (search_vector)"
    f" WHERE published AND MOD(id, {SAMPLE_EVERY}) = 0;",
    "DROP INDEX event_search_sample;",
)


def tally_rows(table: str, sign: int) -> str:
    """SELECT of the tally rows the published events in `table` add (sign 1) or take away (-1).

    Each event counts once under every event (facet 'event') and under each of its actors
    and sectors, alone (other '') and beside each of its other actors and sectors.
    """
    uncharted = ", ".join(f"'{precision}'" for precision in UNCHARTED)
    return f"""
SELECT f.facet, f.facet_id, o.facet AS other, o.facet_id AS other_id,
       extract(year FROM e.start_date)::smallint AS start_year,
       extract(year FROM e.end_date)::smallint AS end_year,
       e.status, e.precision NOT IN ({uncharted}) AS charted, {sign} AS change
FROM {table} AS e
CROSS JOIN LATERAL (
    SELECT 'event', 0 UNION ALL SELECT 'actor', unnest(e.actor_ids)
    UNION ALL SELECT 'sector', unnest(e.sector_ids)
) AS f (facet, facet_id)
CROSS JOIN LATERAL (
    SELECT '', 0 UNION ALL SELECT 'actor', unnest(e.actor_ids)
    UNION ALL SELECT 'sector', unnest(e.sector_ids)
) AS o (facet, facet_id)
WHERE e.published AND (o.facet, o.facet_id) <> (f.facet, f.facet_id)"""


COUNTED_COLUMNS = "published, status, start_date, end_date, precision, actor_ids, sector_ids"


def _changed(rows: str, others: str) -> str:
    """The `rows` whose counted columns differ in `others`: an UPDATE of titles or search
    vectors alone changes no count, and costs no tally work."""
    return (
        f"(SELECT r.* FROM {rows} AS r JOIN {others} AS o ON o.id = r.id"
        f" WHERE (r.{COUNTED_COLUMNS.replace(', ', ', r.')})"
        f" IS DISTINCT FROM (o.{COUNTED_COLUMNS.replace(', ', ', o.')}))"
    )


def add_to_tally(*selects: str) -> str:
    """An upsert adding the changes of `selects` to the tally; keys in order, against deadlocks."""
    changes = "\nUNION ALL".join(selects)
    return f"""
INSERT INTO timeline_eventtally AS tally ({TALLY_KEY}, events)
SELECT {TALLY_KEY}, sum(change) FROM ({changes}) AS changes
GROUP BY {TALLY_KEY} HAVING sum(change) <> 0 ORDER BY {TALLY_KEY}
ON CONFLICT ({TALLY_KEY}) DO UPDATE SET events = tally.events + EXCLUDED.events;"""


def trigger_function(name: str, body: str) -> str:
    """A plpgsql trigger function running `body`, for AFTER triggers (it returns NULL)."""
    return f"""
CREATE OR REPLACE FUNCTION {name}() RETURNS trigger AS $$
BEGIN
{body}
RETURN NULL;
END;
$$ LANGUAGE plpgsql;"""


def _ids_in(table: str, column: str, event: str) -> str:
    """The ids the relation table holds for the event row `event`, in order."""
    return (
        f"ARRAY(SELECT {column}::integer FROM {table} WHERE event_id = {event}.id"
        f" ORDER BY {column})"
    )


def _relation_ids(event: str) -> tuple[str, str]:
    return (
        _ids_in("timeline_event_actors", "actor_id", event),
        _ids_in("timeline_event_sectors", "sector_id", event),
    )


# The copies in a row are right unless a write changes them: then they are read again, so a
# stale copy that the ORM saves from memory is corrected, and the relation triggers write
# NULL to have them read. A new event has no relation rows yet: copies given with it are the
# rows its writer (the pipeline) writes next, in the same transaction, and the relation
# triggers check them then, so the new row need not be updated once more.
FACET_IDS_FUNCTION = f"""
CREATE OR REPLACE FUNCTION timeline_event_facet_ids() RETURNS trigger AS $$
BEGIN
IF TG_OP = 'UPDATE' AND NEW.actor_ids IS NOT DISTINCT FROM OLD.actor_ids
   AND NEW.sector_ids IS NOT DISTINCT FROM OLD.sector_ids THEN
    RETURN NEW;
END IF;
IF TG_OP = 'INSERT' AND (NEW.actor_ids <> '{{}}' OR NEW.sector_ids <> '{{}}') THEN
    RETURN NEW;
END IF;
NEW.actor_ids := {_relation_ids("NEW")[0]};
NEW.sector_ids := {_relation_ids("NEW")[1]};
RETURN NEW;
END;
$$ LANGUAGE plpgsql;
"""
FACET_IDS = (
    FACET_IDS_FUNCTION
    + """CREATE TRIGGER timeline_event_facet_ids BEFORE INSERT OR UPDATE ON timeline_event
FOR EACH ROW EXECUTE FUNCTION timeline_event_facet_ids();
"""
)


# Only rows whose copies differ from the relation tables are marked: an event whose actors
# and sectors are written in one statement is then updated by the first table's trigger
# alone, and an event whose relations end as they were is not updated at all.
RELATIONS_CHANGED = trigger_function(
    "timeline_event_relations_changed",
    "UPDATE timeline_event AS e SET actor_ids = NULL"
    " WHERE e.id IN (SELECT event_id FROM changed)"
    f" AND (e.actor_ids, e.sector_ids) IS DISTINCT FROM ({', '.join(_relation_ids('e'))});",
)


# An UPDATE of a row can move it from one event to another: both are touched.
EVERY_CHANGE = [("INSERT", "NEW"), ("DELETE", "OLD"), ("UPDATE", "OLD"), ("UPDATE", "NEW")]


def statement_triggers(table: str, transitions, function: str, suffix: str) -> tuple[str, str]:
    """AFTER statement triggers on `table` that run `function` with the rows each
    (operation, side) transition changed as `changed`, and the SQL that drops them."""
    names = [
        (f"{table}_{operation.lower()}_{side.lower()}_{suffix}", operation, side)
        for operation, side in transitions
    ]
    create = "".join(
        f"CREATE TRIGGER {name} AFTER {operation} ON {table} REFERENCING {side} TABLE AS"
        f" changed FOR EACH STATEMENT EXECUTE FUNCTION {function}();\n"
        for name, operation, side in names
    )
    drop = "".join(f"DROP TRIGGER {name} ON {table};\n" for name, _, _ in names)
    return create, drop


def _relation_triggers(table: str) -> tuple[str, str]:
    create, drop = statement_triggers(
        table, EVERY_CHANGE, "timeline_event_relations_changed", "facets"
    )
    create += (
        f"CREATE TRIGGER {table}_truncate_facets AFTER TRUNCATE ON {table}"
        " FOR EACH STATEMENT EXECUTE FUNCTION timeline_event_relations_truncated();\n"
    )
    return create, drop + f"DROP TRIGGER {table}_truncate_facets ON {table};\n"


def facet_sql() -> tuple[str, str]:
    """SQL that creates the triggers and fills the copies and the tally, and SQL that drops them."""
    create = (
        FACET_IDS
        + RELATIONS_CHANGED
        + trigger_function(
            "timeline_event_relations_truncated",
            "UPDATE timeline_event SET actor_ids = NULL"
            " WHERE actor_ids <> '{}' OR sector_ids <> '{}';",
        )
        + "".join(_relation_triggers(table)[0] for table in RELATIONS)
        + "\nUPDATE timeline_event SET actor_ids = NULL;\n"
        + add_to_tally(tally_rows("timeline_event", 1))
        + trigger_function("timeline_event_tally_insert", add_to_tally(tally_rows("new_rows", 1)))
        + trigger_function("timeline_event_tally_delete", add_to_tally(tally_rows("old_rows", -1)))
        + trigger_function(
            "timeline_event_tally_update",
            add_to_tally(
                tally_rows(_changed("old_rows", "new_rows"), -1),
                tally_rows(_changed("new_rows", "old_rows"), 1),
            ),
        )
        + trigger_function("timeline_event_tally_truncate", "DELETE FROM timeline_eventtally;")
        + """
CREATE TRIGGER timeline_event_tally_insert AFTER INSERT ON timeline_event
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION timeline_event_tally_insert();
CREATE TRIGGER timeline_event_tally_delete AFTER DELETE ON timeline_event
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION timeline_event_tally_delete();
CREATE TRIGGER timeline_event_tally_update AFTER UPDATE ON timeline_event
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION timeline_event_tally_update();
CREATE TRIGGER timeline_event_tally_truncate AFTER TRUNCATE ON timeline_event
FOR EACH STATEMENT EXECUTE FUNCTION timeline_event_tally_truncate();
"""
    )
    drop = "".join(
        f"DROP TRIGGER timeline_event_tally_{operation} ON timeline_event;\n"
        f"DROP FUNCTION timeline_event_tally_{operation}();\n"
        for operation in ("insert", "delete", "update", "truncate")
    )
    drop += "".join(_relation_triggers(table)[1] for table in RELATIONS)
    drop += (
        "DROP FUNCTION timeline_event_relations_changed();\n"
        "DROP FUNCTION timeline_event_relations_truncated();\n"
        "DROP TRIGGER timeline_event_facet_ids ON timeline_event;\n"
        "DROP FUNCTION timeline_event_facet_ids();\n"
    )
    return create, drop
