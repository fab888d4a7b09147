"""A throwaway database, `bench_timeline`, on the app's PostgreSQL server.

Benchmarks never touch the dev database's rows: `use_bench_database()` (re)creates
bench_timeline and points Django at it through DATABASE_URL, so it must run before
django.setup().
"""

import os
from pathlib import Path

import dj_database_url
import psycopg

from config.embedded_postgres import database_url

BASE_DIR = Path(__file__).resolve().parent.parent
BENCH_DATABASE = "bench_timeline"


def server_settings() -> dict:
    """The app's connection settings, read as config/settings.py reads them."""
    if os.environ.get("DATABASE_URL"):
        return dj_database_url.parse(os.environ["DATABASE_URL"])
    from config.embedded_postgres import embedded_database_settings

    return embedded_database_settings(BASE_DIR / ".data" / "postgres")


def _admin_connection(settings: dict) -> psycopg.Connection:
    # The maintenance database of the same server: CREATE/DROP DATABASE cannot run inside it.
    url = database_url(settings, "postgres")
    return psycopg.connect(url, autocommit=True)


def recreate(settings: dict, name: str = BENCH_DATABASE) -> None:
    with _admin_connection(settings) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def drop(settings: dict, name: str = BENCH_DATABASE) -> None:
    with _admin_connection(settings) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def use_bench_database(name: str = BENCH_DATABASE) -> str:
    """Create an empty database `name`, point DATABASE_URL at it, set Django up, migrate."""
    settings = server_settings()
    recreate(settings, name)
    url = database_url(settings, name)
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    return url


def drop_bench_database(name: str = BENCH_DATABASE) -> None:
    from django.db import connections

    connections.close_all()
    drop(server_settings(), name)


def measured_in(name: str, measure):
    """measure() in a fresh database `name`, dropped afterwards whatever happens."""
    use_bench_database(name)
    try:
        return measure()
    finally:
        drop_bench_database(name)
