"""An embedded PostgreSQL for machines without a database server, and connection URLs.

`pgserver` ships real PostgreSQL binaries in a pip package. The server is started on
first use and left running (cleanup_mode=None) so later commands and the test run reuse
it; it listens on a Unix socket inside the data directory, so it never competes for a port.
"""

import warnings
from pathlib import Path
from urllib.parse import quote


def embedded_database_settings(data_dir: Path) -> dict:
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    with warnings.catch_warnings():
        # platformdirs warns when XDG_RUNTIME_DIR is unset, as it is under CI and cron.
        warnings.simplefilter("ignore")
        import pgserver

        server = pgserver.get_server(data_dir, cleanup_mode=None)
    socket_dir = server.get_postmaster_info().socket_dir
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "postgres",
        "USER": "postgres",
        "PASSWORD": "",
        "HOST": str(socket_dir),
        "PORT": "",
    }


def database_url(settings: dict, name: str | None = None) -> str:
    """A DATABASE_URL for Django settings (a server on a Unix socket included), optionally
    naming another database on the same server: for subprocesses and benchmark databases."""
    user = quote(settings.get("USER") or "postgres")
    password = f":{quote(settings['PASSWORD'])}" if settings.get("PASSWORD") else ""
    host = settings.get("HOST") or settings.get("OPTIONS", {}).get("host", "")
    name = name or settings["NAME"]
    if host.startswith("/"):
        return f"postgresql://{user}{password}@/{name}?host={quote(host)}"
    return f"postgresql://{user}{password}@{host}:{settings.get('PORT') or 5432}/{name}"
