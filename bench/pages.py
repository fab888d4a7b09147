"""The timeline page and its htmx partial under load, at 10,000 and 100,000 events.

Synthetic events (`generate_synthetic`) go into a separate database, bench_timeline; the
app runs under gunicorn on 127.0.0.1 with DEBUG off, and `wrk` (Debian package `wrk`, a
bench-only dependency) loads one URL at a time for a fixed time. SQL queries per request
are counted in-process with Django's test client.

Run:  python -m bench.pages [--sizes 10000,100000] [--seconds 10] [--write]
"""

import argparse
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from bench.database import drop_bench_database, use_bench_database

BASE_DIR = Path(__file__).resolve().parent.parent
LUA_SCRIPT = Path(__file__).with_name("wrk_latency.lua")
WORKERS = 3
CONNECTIONS = 2
FILTERS = [
    ("unfiltered", ""),
    ("actor", "actor=sergey-lavrov"),
    ("sector", "sector=energy"),
    ("years 1990–1999", "from=1990&to=1999"),
    ("text “Moscow”", "q=Moscow"),
]
TARGETS_MS = {"partial": 30, "full page": 60}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_env(database_url: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    return env | {
        "DATABASE_URL": database_url,
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "LOG_LEVEL": "ERROR",
    }


def start_gunicorn(env: dict, port: int) -> subprocess.Popen:
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
        cwd=BASE_DIR, env=env, check=True,
    )
    process = subprocess.Popen(
        [str(Path(sys.executable).with_name("gunicorn")), "config.wsgi:application",
         "--bind", f"127.0.0.1:{port}", "--workers", str(WORKERS), "--log-level", "warning"],
        cwd=BASE_DIR, env=env,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as reply:
                if reply.status == 200:
                    return process
        except OSError:
            time.sleep(0.3)
    process.kill()
    raise RuntimeError("gunicorn did not answer /healthz within 60 s")


def run_wrk(url: str, seconds: int, htmx: bool) -> dict:
    headers = ["-H", "HX-Request: true"] if htmx else []
    # A short warm-up first: each worker's first request pays for imports and connections.
    warm = ["wrk", "-t1", f"-c{CONNECTIONS}", "-d1s", *headers, url]
    subprocess.run(warm, capture_output=True, check=True)
    command = ["wrk", "-t1", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency",
               "-s", str(LUA_SCRIPT), *headers, url]  # fmt: skip
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    line = next(line for line in output.splitlines() if line.startswith("WRK_RESULT "))
    result = json.loads(line.removeprefix("WRK_RESULT "))
    result["rps"] = result["requests"] / (result["duration_us"] / 1e6)
    return result


def in_process(query: str, htmx: bool) -> dict:
    """One request served in-process: its status, and its SQL queries and time from a cold
    cache (the first request after the data changed) and from a warm one."""
    import statistics
    import time

    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    headers = {"HX-Request": "true"} if htmx else {}
    timings = []
    for _ in range(3):
        cache.clear()
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as cold:
            response = client.get(f"/?{query}", headers=headers)
        timings.append((time.perf_counter() - started) * 1000)
    with CaptureQueriesContext(connection) as warm:
        client.get(f"/?{query}", headers=headers)
    return {"status": response.status_code, "cold_queries": len(cold),
            "warm_queries": len(warm), "cold_ms": statistics.median(timings)}  # fmt: skip


def grow_to(total: int) -> None:
    from django.core.management import call_command
    from django.db import connection

    from timeline.models import Event

    missing = total - Event.objects.filter(is_synthetic=True).count()
    if missing > 0:
        call_command("generate_synthetic", events=missing, seed=total, verbosity=0)
    with connection.cursor() as cursor:
        # A live database is analysed by autovacuum; a fresh bulk load is not yet.
        cursor.execute("VACUUM ANALYZE")


def measure(sizes: list[int], seconds: int, database_url: str) -> list[dict]:
    rows = []
    port = free_port()
    for size in sizes:
        grow_to(size)
        server = start_gunicorn(server_env(database_url), port)
        try:
            for label, query in FILTERS:
                for page, htmx in (("full page", False), ("partial", True)):
                    served = in_process(query, htmx)
                    url = f"http://127.0.0.1:{port}/?{query}" if query else f"http://127.0.0.1:{port}/"
                    result = run_wrk(url, seconds, htmx)
                    rows.append({"events": size, "page": page, "filter": label, "query": query,
                                 **served, **result})  # fmt: skip
                    print(f"{size:>7} {page:<9} {label:<16} {served['status']} "
                          f"cold={served['cold_ms']:.0f}ms/{served['cold_queries']}q "
                          f"p50={result['p50'] / 1000:.1f}ms p95={result['p95'] / 1000:.1f}ms "
                          f"p99={result['p99'] / 1000:.1f}ms {result['rps']:.0f} req/s",
                          flush=True)  # fmt: skip
        finally:
            server.terminate()
            server.wait(timeout=30)
    return rows


def report(rows: list[dict], seconds: int) -> str:
    from bench.report import machine_description

    lines = [
        "## Timeline page under load",
        "",
        f"The timeline page (`/`) and its htmx partial (`HX-Request: true`), served by gunicorn "
        f"({WORKERS} sync workers, DEBUG off, PostgreSQL on the same machine) on 127.0.0.1, "
        f"loaded by `wrk` with {CONNECTIONS} connections for {seconds} s per URL after a 1 s "
        "warm-up. Data: synthetic events from `generate_synthetic` (95% published, dates "
        "1947–2026, 2 actors and 1–2 sectors each) in a separate database, analysed after "
        "loading. Latencies in ms. Reproduce with `python -m bench.pages --write` (needs "
        "`apt-get install wrk`).",
        "",
        "Public pages are cached per worker under a data version that database triggers bump "
        "on every write (`timeline/caching.py`), so wrk's repeated requests for one URL are "
        "served from the cache after each worker's first. The *cold* columns measure, "
        "in-process, a request with an empty cache: what the first reader after any change "
        "of the data waits, and its SQL queries (a warm request makes one query, for the "
        "data version).",
        "",
        "| Events | Page | Filter | Status | Cold: SQL queries | Cold: ms | wrk p50 | wrk p95 "
        "| wrk p99 | Requests/s | Non-2xx |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        lines.append(
            f"| {row['events']:,} | {row['page']} | {row['filter']} | {row['status']} "
            f"| {row['cold_queries']} | {row['cold_ms']:.0f} | {row['p50'] / 1000:.1f} "
            f"| {row['p95'] / 1000:.1f} | {row['p99'] / 1000:.1f} | {row['rps']:.0f} "
            f"| {row['non_2xx']} |"
        )
    largest = max(row["events"] for row in rows)
    lines += ["", f"Targets at {largest:,} events (wrk p95, every filter):", ""]
    for page, target in TARGETS_MS.items():
        measured = [row for row in rows if row["events"] == largest and row["page"] == page]
        worst = max(measured, key=lambda row: row["p95"])
        met = all(row["p95"] / 1000 < target for row in measured)
        verdict = "**met**" if met else "**NOT met**"
        missed = [row["filter"] for row in measured if row["p95"] / 1000 >= target]
        detail = f" (missed for: {', '.join(missed)})" if missed else ""
        lines.append(
            f"- {page} p95 < {target} ms: {verdict}; worst {worst['p95'] / 1000:.1f} ms "
            f"({worst['filter']}){detail}."
        )
    for page, target in TARGETS_MS.items():
        cold = [row["cold_ms"] for row in rows if row["events"] == largest and row["page"] == page]
        verdict = "met" if max(cold) < target else "**NOT met**"
        lines.append(
            f"- {page} without the cache (cold, in-process) under {target} ms: {verdict}; "
            f"{min(cold):.0f}–{max(cold):.0f} ms across the filters."
        )
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    lines += [
        "",
        "wrk, gunicorn and PostgreSQL share the machine's cores, so these latencies include "
        f"CPU contention between them; load average at the end of the run: {load}.",
        "",
        machine_description(),
    ]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--write", action="store_true", help="write section 'pages'")
    args = parser.parse_args(argv)
    if not shutil.which("wrk"):
        print("wrk is not installed: apt-get install -y wrk", file=sys.stderr)
        return 2
    sizes = sorted(int(size) for size in args.sizes.split(","))
    database_url = use_bench_database()
    try:
        rows = measure(sizes, args.seconds, database_url)
    finally:
        drop_bench_database()
    markdown = report(rows, args.seconds)
    from bench.report import publish

    publish("pages", markdown, write=args.write)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
