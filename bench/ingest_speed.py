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

from bench.database import measured_in

DATABASE = "bench_ingest"

TARGET_PER_SECOND = 50


def measure(count: int) -> dict:
    from articles.ingest import ingest_article
    from timeline.models import Citation, Event
    from timeline.synthetic import article_texts

    articles = article_texts(count, seed=2024)
    characters = sum(len(article.text) for article in articles)
    started = time.perf_counter()
    for article in articles:
        ingest_article(text=article.text, outlet=article.outlet, title=article.title,
                       published=article.published)  # fmt: skip
    seconds = time.perf_counter() - started
    return {
        "articles": count,
        "characters": characters,
        "seconds": seconds,
        "per_second": count / seconds,
        "events": Event.objects.count(),
        "citations": Citation.objects.count(),
    }


def report(result: dict) -> str:
    from bench.report import machine_description

    met = result["per_second"] >= TARGET_PER_SECOND
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
        "| Articles | Seconds | Articles/s | Events made | Citations |",
        "|---|---|---|---|---|",
        f"| {result['articles']:,} | {result['seconds']:.1f} | {result['per_second']:.1f} "
        f"| {result['events']:,} | {result['citations']:,} |",
        "",
        f"Target ≥ {TARGET_PER_SECOND} articles/s: this run **{verdict}** it.",
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
