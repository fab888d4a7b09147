"""Ingest throughput: 1,000 realistic articles through `ingest_article`, extraction included.

The articles recombine the seed articles' body paragraphs under varied publication dates
(`timeline.synthetic.article_texts`), so the date resolver and the event pipeline do real
work. Runs in its own database, bench_ingest, created and dropped here.

Run:  python -m bench.ingest_speed [--articles N] [--write]
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


def measure(count: int) -> dict:
    from articles.ingest import ingest_article
    from articles.languages import detect_language
    from timeline.models import Citation, Event
    from timeline.synthetic import article_texts

    articles = article_texts(count, seed=2024)
    characters = sum(len(article.text) for article in articles)
    detect_language("The language model loads once per process, not per article.")
    backend_before, client_before = _backend_cpu_seconds(), time.process_time()
    started = time.perf_counter()
    for article in articles:
        ingest_article(text=article.text, outlet=article.outlet, title=article.title,
                       published=article.published)  # fmt: skip
    seconds = time.perf_counter() - started
    client_cpu, backend_after = time.process_time() - client_before, _backend_cpu_seconds()
    backend_cpu = None if backend_before is None else backend_after - backend_before
    return {
        "articles": count,
        "characters": characters,
        "seconds": seconds,
        "per_second": count / seconds,
        "client_ms": 1000 * client_cpu / count,
        "database_ms": None if backend_cpu is None else 1000 * backend_cpu / count,
        "events": Event.objects.count(),
        "citations": Citation.objects.count(),
    }


def report(result: dict) -> str:
    from bench.report import machine_description

    met = result["per_second"] >= TARGET_PER_SECOND
    database = "n/a" if result["database_ms"] is None else f"{result['database_ms']:.1f}"
    verdict = "meets" if met else "does NOT meet"
    return "\n".join([
        "## Ingest speed",
        "",
        f"Workload: {result['articles']:,} articles ({result['characters'] / 1e6:.1f} M "
        "characters) made by recombining the body paragraphs of the seed articles under "
        "publication dates spread over 2000–2025, each stored through `ingest_article` (one "
        "transaction: text, passages, date resolution, event extraction and merging) into an "
        "empty database, one after another, with DEBUG off as on the workers. Reproduce with "
        "`python -m bench.ingest_speed --write`.",
        "",
        "| Articles | Seconds | Articles/s | CPU ms an article: ingest / PostgreSQL "
        "| Events made | Citations |",
        "|---|---|---|---|---|---|",
        f"| {result['articles']:,} | {result['seconds']:.1f} | {result['per_second']:.1f} "
        f"| {result['client_ms']:.1f} / {database} | {result['events']:,} "
        f"| {result['citations']:,} |",
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
    parser.add_argument("--write", action="store_true", help="write section 'ingest_speed'")
    args = parser.parse_args(argv)
    # As the workers run in production: with DEBUG on, Django also keeps every query's SQL.
    os.environ["DEBUG"] = "false"
    os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
    result = measured_in(DATABASE, lambda: measure(args.articles))
    markdown = report(result)
    from bench.report import publish

    publish("ingest_speed", markdown, write=args.write)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
