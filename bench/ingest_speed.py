"""Ingest throughput: 1,000 realistic articles through `ingest_article`, extraction included,
then 200 more into a timeline of 200,000 events.

The articles recombine the seed articles' body paragraphs under varied publication dates
(`timeline.synthetic.article_texts`), so the date resolver and the event pipeline do real
work. Runs in its own database, bench_ingest, created and dropped here.

Run:  python -m bench.ingest_speed [--articles N] [--later N] [--events N] [--write]
"""

import argparse
import os
import secrets
import time
from pathlib import Path

from bench.database import measured_in

DATABASE = "bench_ingest"

TARGET_PER_SECOND = 50


def _backend_cpu_seconds() -> float | None:
    """CPU time of this connection's PostgreSQL process, when the server runs on this machine
    and lets us read it; None otherwise."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (pid,) = cursor.fetchone()
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    # utime and stime, the 14th and 15th fields of the line (11th and 12th after the name).
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# A large timeline, made from the events the first articles gave: copies moved by up to
# twelve years either way, each naming people of its own so that none is the happening of
# another, settled (vacuumed, analysed). The next articles must then find the few events
# they could join among them.
_GROW_SQL = """
INSERT INTO timeline_event (title, summary, start_date, end_date, precision, value, status,
    published, reviewed, reading, actor_ids, sector_ids, created_at, updated_at, is_synthetic,
    card_revision)
SELECT e.title, e.summary, e.start_date + shift.days, e.end_date + shift.days, e.precision,
    e.value, e.status, e.published, false,
    jsonb_set(e.reading, '{people}', jsonb_build_array('Person ' || shift.n || '.' || e.id)),
    '{}', '{}', now(), now(), false, 0
FROM timeline_event AS e,
    LATERAL (SELECT n, (n * 7919) %% 9000 - 4500 AS days FROM generate_series(1, %s) AS n) AS shift
WHERE e.reading <> '{}'::jsonb
"""


def _grow_timeline(events: int) -> int:
    from django.db import connection

    from timeline.models import Event

    copies = max(1, events // Event.objects.count())
    with connection.cursor() as cursor:
        cursor.execute(_GROW_SQL, [copies])
        cursor.execute("VACUUM ANALYZE")
    return Event.objects.count()


def _ingest(articles) -> dict:
    from articles.ingest import ingest_article

    backend_before, client_before = _backend_cpu_seconds(), time.process_time()
    started = time.perf_counter()
    for article in articles:
        ingest_article(text=article.text, outlet=article.outlet, title=article.title,
                       published=article.published)  # fmt: skip
    seconds = time.perf_counter() - started
    client_cpu, backend_after = time.process_time() - client_before, _backend_cpu_seconds()
    backend_cpu = None if backend_before is None else backend_after - backend_before
    return {
        "articles": len(articles),
        "characters": sum(len(article.text) for article in articles),
        "seconds": seconds,
        "per_second": len(articles) / seconds,
        "client_ms": 1000 * client_cpu / len(articles),
        "database_ms": None if backend_cpu is None else 1000 * backend_cpu / len(articles),
    }


def measure(count: int, later: int, events_at_size: int) -> dict:
    from articles.languages import detect_language
    from timeline.models import Citation, Event
    from timeline.synthetic import article_texts

    articles = article_texts(count + later, seed=2024)
    detect_language("The language model loads once per process, not per article.")
    empty = _ingest(articles[:count])
    empty.update(events=Event.objects.count(), citations=Citation.objects.count())
    events_before = _grow_timeline(events_at_size)
    at_size = _ingest(articles[count:])
    at_size.update(events_before=events_before)
    return {"empty": empty, "at_size": at_size}


def _row(label: str, run: dict) -> str:
    database = "n/a" if run["database_ms"] is None else f"{run['database_ms']:.1f}"
    return (
        f"| {label} | {run['articles']:,} | {run['seconds']:.1f} | {run['per_second']:.1f} "
        f"| {run['client_ms']:.1f} / {database} |"
    )


def report(result: dict) -> str:
    from bench.report import machine_description

    empty, at_size = result["empty"], result["at_size"]
    verdict = "meets" if empty["per_second"] >= TARGET_PER_SECOND else "does NOT meet"
    return "\n".join([
        "## Ingest speed",
        "",
        f"Workload: {empty['articles']:,} articles ({empty['characters'] / 1e6:.1f} M "
        "characters) made by recombining the body paragraphs of the seed articles under "
        "publication dates spread over 2000–2025, each stored through `ingest_article` (one "
        "transaction: text, passages, date resolution, event extraction and merging) into an "
        "empty database, one after another, with DEBUG off as on the workers. They make "
        f"{empty['events']:,} events citing {empty['citations']:,} sentences. Then the "
        f"timeline grows to {at_size['events_before']:,} events (copies of those, moved by up "
        "to twelve years and each naming people of its own, so that every copy is a happening "
        f"of its own) and {at_size['articles']:,} more articles are stored: each must find "
        "the few events it could join among them. Reproduce with "
        "`python -m bench.ingest_speed --write`.",
        "",
        "| Into | Articles | Seconds | Articles/s | CPU ms an article: ingest / PostgreSQL |",
        "|---|---|---|---|---|",
        _row("an empty database", empty),
        _row(f"{at_size['events_before']:,} events", at_size),
        "",
        f"Target ≥ {TARGET_PER_SECOND} articles/s: this run **{verdict}** it. The CPU times "
        "(the ingesting process's, and its PostgreSQL backend's where the server runs on this "
        "machine) move less than the wall clock when other work shares the cores.",
        "",
        machine_description(),
    ])  # fmt: skip


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--later", type=int, default=200, help="articles after the growth")
    parser.add_argument("--events", type=int, default=200_000, help="events to grow to")
    parser.add_argument("--write", action="store_true", help="write section 'ingest_speed'")
    args = parser.parse_args(argv)
    # As the workers run in production: with DEBUG on, Django also keeps every query's SQL.
    os.environ["DEBUG"] = "false"
    os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
    result = measured_in(DATABASE, lambda: measure(args.articles, args.later, args.events))
    markdown = report(result)
    from bench.report import publish

    publish("ingest_speed", markdown, write=args.write)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
