"""The timeline page and its htmx partial under load, at 10,000 and 100,000 events.

Synthetic events (`generate_synthetic`) go into a separate database, bench_timeline; the
app runs under gunicorn on 127.0.0.1 with DEBUG off, and `wrk` (Debian package `wrk`, a
bench-only dependency) loads it. Warm: one URL at a time for a fixed time, so the response
cache serves it. Cold: every request a different random filter (actor, sector, years, words,
status), from COLD_CLIENTS connections; each response is checked (status 200, the real
page) and whether the cache served it is counted. SQL queries per request are counted
in-process with Django's test client.

Run:  python -m bench.pages [--sizes 10000,100000] [--seconds 10] [--write]
      python -m bench.pages --single --sizes 1000000 --write   (one client, cold pages only)
"""

import argparse
import json
import os
import random
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

from bench.database import BENCH_DATABASE, drop_bench_database, use_bench_database

BASE_DIR = Path(__file__).resolve().parent.parent
LUA_SCRIPT = Path(__file__).with_name("wrk_latency.lua")
COLD_LUA_SCRIPT = Path(__file__).with_name("wrk_cold.lua")
WORKERS = 3
CONNECTIONS = 2
COLD_CLIENTS = 8
COLD_TARGETS_MS = {"partial": {"p90": 50, "p99": 150}, "full page": {"p90": 80, "p99": 150}}
SINGLE_TARGET_P50_MS = 150
# Distinct filters per share: more than a run can ask, so none is asked twice.
COLD_PATHS = 15_000
# Search words for the cold filters: common and rare words of the synthetic events, and
# words no event has.
WORDS = ["cooperation", "talks", "agreement", "visit", "delegation", "security", "plan",
         "Moscow", "Islamabad", "Karachi", "Kazan", "Gwadar", "Sochi", "energy", "defence",
         "trade", "telephone", "statement", "Lavrov", "Putin", "Sharif", "pipeline",
         "steel", "wheat", "nuclear", "railway"]  # fmt: skip
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


def random_filters(count: int, seed: int) -> list[str]:
    """`count` distinct timeline paths, each a random filter."""
    from timeline.forms import EventFilterForm

    rng = random.Random(seed)
    form = EventFilterForm()
    actors = [actor.slug for actor in form.actors]
    sectors = [sector.slug for sector in form.sectors]
    paths = set()
    while len(paths) < count:
        params = []
        if rng.random() < 0.4:
            params += [("actor", slug) for slug in rng.sample(actors, rng.choice([1, 1, 2]))]
        if rng.random() < 0.3:
            params.append(("sector", rng.choice(sectors)))
        if rng.random() < 0.4:
            first = rng.randint(1947, 2026)
            params += [("from", first), ("to", min(2026, first + rng.choice([0, 4, 9, 29])))]
        if rng.random() < 0.3:
            params.append(("q", " ".join(rng.sample(WORDS, rng.choice([1, 1, 2])))))
        if rng.random() < 0.2:
            params.append(("status", rng.choice(["occurred", "planned"])))
        paths.add("/?" + urllib.parse.urlencode(params) if params else "/")
    return sorted(paths, key=lambda _: rng.random())


def run_cold(url: str, paths_file: Path, seconds: int, htmx: bool, clients: int) -> dict:
    headers = ["-H", "HX-Request: true"] if htmx else []
    threads = min(2, clients)
    command = ["wrk", f"-t{threads}", f"-c{clients}", f"-d{seconds}s", "--latency",
               "-s", str(COLD_LUA_SCRIPT), *headers, url, "--", str(paths_file),
               str(threads)]  # fmt: skip
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
        empty_card_store()
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as cold:
            response = client.get(f"/?{query}", headers=headers)
        timings.append((time.perf_counter() - started) * 1000)
    with CaptureQueriesContext(connection) as warm:
        client.get(f"/?{query}", headers=headers)
    return {"status": response.status_code, "cold_queries": len(cold),
            "warm_queries": len(warm), "cold_ms": statistics.median(timings)}  # fmt: skip


def empty_card_store() -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE timeline_eventcard")


def fill_card_store() -> None:
    from django.core.management import call_command

    call_command("render_cards", verbosity=0)


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


def measure(sizes: list[int], seconds: int, cold_seconds: int, database_url: str,
            *, single: bool) -> tuple[list[dict], list[dict]]:  # fmt: skip
    """(warm rows, cold rows); `single` measures cold pages alone, one client."""
    warm, cold = [], []
    port = free_port()
    for size in sizes:
        started = time.perf_counter()
        grow_to(size)
        print(f"{size:>7} events ready in {time.perf_counter() - started:.0f} s", flush=True)
        server = start_gunicorn(server_env(database_url), port)
        try:
            if not single:
                warm += measure_warm(size, port, seconds)
            clients = 1 if single else COLD_CLIENTS
            for cards in ("empty", "filled"):
                cold += measure_cold(size, port, cold_seconds, clients, cards)
        finally:
            server.terminate()
            server.wait(timeout=30)
    return warm, cold


def measure_warm(size: int, port: int, seconds: int) -> list[dict]:
    rows = []
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
    return rows


def measure_cold(size: int, port: int, seconds: int, clients: int, cards: str) -> list[dict]:
    """Random filters, never one asked before: a warm-up share, then the page and the partial.

    `cards`: "empty" empties the store of rendered event cards after the warm-up, so the
    run renders every card it shows for the first time; "filled" renders every card first.
    """
    if cards == "filled":
        fill_card_store()
    paths = random_filters(COLD_PATHS * 3, seed=size + (cards == "filled"))
    shares = {"warm-up": paths[:COLD_PATHS], "full page": paths[COLD_PATHS : 2 * COLD_PATHS],
              "partial": paths[2 * COLD_PATHS :]}  # fmt: skip
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for page, share in shares.items():
            paths_file = Path(folder) / f"{page}.txt"
            paths_file.write_text("\n".join(share) + "\n", encoding="utf-8")
            htmx = page == "partial"
            run_seconds = 2 if page == "warm-up" else seconds
            result = run_cold(f"http://127.0.0.1:{port}", paths_file, run_seconds, htmx, clients)
            if page == "warm-up":
                if cards == "empty":
                    empty_card_store()
                continue
            rows.append({"events": size, "page": page, "clients": clients, "cards": cards,
                         **result})  # fmt: skip
            print(f"{size:>7} cold cards {cards:<6} {page:<9} x{clients} "
                  f"p50={result['p50'] / 1000:.1f}ms "
                  f"p90={result['p90'] / 1000:.1f}ms p99={result['p99'] / 1000:.1f}ms "
                  f"{result['rps']:.0f} req/s non-200={result['not_ok']} "
                  f"5xx={result['server_errors']} wrong body={result['wrong_body']} "
                  f"cache hits={result['cache_hits']}", flush=True)  # fmt: skip
    return rows


def report(rows: list[dict], cold: list[dict], seconds: int, cold_seconds: int) -> str:
    from bench.report import machine_description

    lines = [
        "## Timeline page under load",
        "",
        f"The timeline page (`/`) and its htmx partial (`HX-Request: true`), served by gunicorn "
        f"({WORKERS} sync workers, DEBUG off, PostgreSQL on the same machine) on 127.0.0.1. "
        "Data: synthetic events from `generate_synthetic` (95% published, dates 1947–2026, 2 "
        "actors and 1–2 sectors each) in a separate database, analysed after loading. "
        "Latencies in ms. Reproduce with `python -m bench.pages --write` (needs "
        "`apt-get install wrk`).",
        "",
        "### Warm: one URL at a time",
        "",
        f"`wrk` with {CONNECTIONS} connections for {seconds} s per URL after a 1 s warm-up. "
        "Public pages are cached per worker under a data version that database triggers bump "
        "on every write (`timeline/caching.py`), so wrk's repeated requests for one URL are "
        "served from the cache after each worker's first. The *empty cache* columns measure, "
        "in-process, a request with an empty response cache and an empty card store (the "
        "most the first reader after a change can wait: after an edit only the edited "
        "events' cards are rendered again), and its SQL queries (a warm request makes one "
        "query, for the data version).",
        "",
        "| Events | Page | Filter | Status | Empty cache: SQL queries | Empty cache: ms "
        "| wrk p50 | wrk p95 "
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
        empty = [row["cold_ms"] for row in rows if row["events"] == largest and row["page"] == page]
        verdict = "met" if max(empty) < target else "**NOT met**"
        lines.append(
            f"- {page} with an empty cache (in-process) under {target} ms: {verdict}; "
            f"{min(empty):.0f}–{max(empty):.0f} ms across the filters."
        )
    lines += ["", *cold_report(cold, cold_seconds)]
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    lines += [
        "",
        "wrk, gunicorn and PostgreSQL share the machine's cores, so these latencies include "
        "CPU contention between them, and the machine was shared with other engineers' work; "
        f"load average at the end of the run: {load}.",
        "",
        machine_description(),
    ]
    return "\n".join(lines)


def cold_table(rows: list[dict]) -> list[str]:
    lines = [
        "| Events | Page | Card store at start | Clients | Requests | p50 | p90 | p95 | p99 "
        "| max | Requests/s | Non-200 | 5xx | Not the timeline | Served by the cache |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        lines.append(
            f"| {row['events']:,} | {row['page']} | {row['cards']} | {row['clients']} "
            f"| {row['requests']:,} "
            f"| {row['p50'] / 1000:.1f} | {row['p90'] / 1000:.1f} | {row['p95'] / 1000:.1f} "
            f"| {row['p99'] / 1000:.1f} | {row['max'] / 1000:.0f} | {row['rps']:.0f} "
            f"| {row['not_ok']} | {row['server_errors']} | {row['wrong_body']} "
            f"| {row['cache_hits']} |"
        )
    return lines


def cold_report(rows: list[dict], seconds: int) -> list[str]:
    lines = [
        "### Cold: every request a different filter",
        "",
        f"{COLD_CLIENTS} `wrk` connections for {seconds} s per page kind, each request a filter "
        "never asked before (`bench/wrk_cold.lua`): one or two actors (40% of requests), a "
        "sector (30%), a span of 1, 5, 10 or 30 years (40%), one or two words (30%, common "
        "and rare words of the synthetic events and words no event has), a status (20%), "
        "drawn at random, so the response cache cannot serve them (the last column counts the "
        "responses it did serve, from the `X-Cache` header). A 2 s warm-up with other filters "
        "comes first. Every response is checked: status 200 and the real timeline in the "
        "body. Event cards (`timeline/cards.py`) are rendered once per revision of the event "
        "and stored in the database: each page kind runs twice, once with the card store "
        "emptied after the warm-up (every card a page shows is rendered the first time it is "
        "shown, as after a deploy that changes the card templates) and once with every card "
        "stored first (`manage.py render_cards`; what readers meet on a live site, where a "
        "card is rendered again only after its event changes). Latencies in ms.",
        "",
        *cold_table(rows),
        "",
    ]
    largest = max(row["events"] for row in rows)
    for row in rows:
        if row["events"] != largest:
            continue
        targets = COLD_TARGETS_MS[row["page"]]
        verdicts = [
            f"{name} < {limit} ms: {'met' if row[name] / 1000 < limit else '**NOT met**'} "
            f"({row[name] / 1000:.1f})"
            for name, limit in targets.items()
        ]
        errors = "no 5xx" if row["server_errors"] == 0 else f"**{row['server_errors']} 5xx**"
        lines.append(
            f"- {largest:,} events, {row['page']}, card store {row['cards']} at start: "
            f"{'; '.join(verdicts)}; {errors}."
        )
    return lines


def single_report(rows: list[dict], seconds: int) -> str:
    from bench.report import machine_description

    lines = [
        "## Timeline page at a million events, one client",
        "",
        f"One `wrk` connection for {seconds} s per page kind, every request a different random "
        "filter as in the cold load test above, against gunicorn with DEBUG off; data from "
        "`generate_synthetic`, analysed after loading. Latencies in ms. Reproduce with "
        "`python -m bench.pages --single --sizes 1000000 --write`.",
        "",
        *cold_table(rows),
        "",
    ]
    for row in rows:
        met = row["p50"] / 1000 < SINGLE_TARGET_P50_MS
        lines.append(
            f"- {row['events']:,} events, {row['page']}: p50 < {SINGLE_TARGET_P50_MS} ms "
            f"{'met' if met else '**NOT met**'} ({row['p50'] / 1000:.1f})."
        )
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    lines += ["", f"Load average at the end of the run: {load} (a machine shared with other "
              "work).", "", machine_description()]  # fmt: skip
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--seconds", type=int, default=10, help="per warm URL")
    parser.add_argument("--cold-seconds", type=int, default=20, help="per cold page kind")
    parser.add_argument("--single", action="store_true",
                        help="cold pages only, one client (section 'pages_single')")  # fmt: skip
    parser.add_argument("--database", default=BENCH_DATABASE, help="throwaway database name")
    parser.add_argument("--write", action="store_true", help="write the section")
    args = parser.parse_args(argv)
    if not shutil.which("wrk"):
        print("wrk is not installed: apt-get install -y wrk", file=sys.stderr)
        return 2
    sizes = sorted(int(size) for size in args.sizes.split(","))
    database_url = use_bench_database(args.database)
    try:
        warm, cold = measure(sizes, args.seconds, args.cold_seconds, database_url,
                             single=args.single)  # fmt: skip
    finally:
        drop_bench_database(args.database)
    from bench.report import publish

    if args.single:
        publish("pages_single", single_report(cold, args.cold_seconds), write=args.write)
    else:
        publish("pages", report(warm, cold, args.seconds, args.cold_seconds), write=args.write)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
