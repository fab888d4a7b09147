"""Counters kept by PostgreSQL that change whenever some tables change.

Statement-level triggers bump a counter on every write to the tables it watches, raw SQL
and bulk operations included. It is a row, not a sequence, so a reader sees the new number
only once the change that bumped it has committed. Caches keyed by a counter never need to
be invalidated by hand, in any process.
"""

import functools

from django.db import connection

# Every value cached by cached_until_changed in this process, for forget_cached().
_caches: list[dict] = []


def counter_sql(counter: str, tables: list[str]) -> tuple[str, str]:
    """SQL that creates the counter table, its function and triggers, and SQL that drops them."""
    function = f"{counter}_bump"
    create = f"""
CREATE TABLE {counter} (id integer PRIMARY KEY, version bigint NOT NULL);
INSERT INTO {counter} VALUES (1, 1);
CREATE FUNCTION {function}() RETURNS trigger AS $$
BEGIN
    UPDATE {counter} SET version = version + 1 WHERE id = 1;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
""" + "".join(
        f"CREATE TRIGGER {table}_bumps_{counter} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE"
        f" ON {table} FOR EACH STATEMENT EXECUTE FUNCTION {function}();\n"
        for table in tables
    )
    drop = "".join(f"DROP TRIGGER {table}_bumps_{counter} ON {table};\n" for table in tables)
    drop += f"DROP FUNCTION {function}();\nDROP TABLE {counter};\n"
    return create, drop


def read_counter(counter: str) -> int:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT version FROM {counter} WHERE id = 1")
        return cursor.fetchone()[0]


def cached_until_changed(counter: str):
    """Keep a function's result in this process until `counter` changes."""

    def decorate(build):
        cached: dict = {}
        _caches.append(cached)

        @functools.wraps(build)
        def current():
            version = read_counter(counter)
            if cached.get("version") != version:
                cached.update(version=version, value=build())
            return cached["value"]

        return current

    return decorate


def forget_cached() -> None:
    """Drop every cached value: a rolled-back transaction can take a counter back to a
    number that the cache holds for other data (tests do)."""
    for cached in _caches:
        cached.clear()
