"""Throughput of our date resolver against dateparser's search_dates.

The five seed articles (fixtures/articles) are repeated round-robin until the workload reaches
about 1 MB. Each system is called once per article with that article's publication date, as
the ingestion pipeline does, so per-call overhead counts for both.

Both systems are timed on the same ~100 kB prefix (best of a few runs, the figure
the ratio is based on) and on the full ~1 MB; pass --dateparser-max-bytes to cap
dateparser's input if it is too slow on a given machine.

Run:  python -m bench.resolver_speed [--write]
"""

from __future__ import annotations

import argparse
import datetime
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
SEEDS = REPO_ROOT / "fixtures" / "articles"
TARGET_CHARS = 1_000_000
PREFIX_CHARS = 100_000
TARGET_RATIO = 20  # ours must be at least this many times faster

Article = tuple[str, datetime.date]
Resolver = Callable[[str, datetime.date], int]  # returns the number of mentions found


def load_seed_articles() -> tuple[Path, list[Article]]:
    entries = json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))["articles"]
    articles = [
        (
            (SEEDS / entry["file"]).read_bytes().decode("utf-8"),
            datetime.date.fromisoformat(entry["published"]),
        )
        for entry in entries
    ]
    return SEEDS, articles


def repeat_to(articles: list[Article], chars: int) -> list[Article]:
    """Cycle through ARTICLES until their total length reaches CHARS."""
    workload, total = [], 0
    while total < chars:
        for article in articles:
            workload.append(article)
            total += len(article[0])
            if total >= chars:
                break
    return workload


def ours() -> Resolver:
    from timeline.dates import resolve_dates

    return lambda text, published: len(resolve_dates(text, published))


def dateparser_search() -> Resolver:
    from dateparser.search import search_dates

    def run(text: str, published: datetime.date) -> int:
        settings = {
            "RELATIVE_BASE": datetime.datetime.combine(published, datetime.time()),
            "PREFER_DATES_FROM": "past",
            "RETURN_AS_TIMEZONE_AWARE": False,
        }
        return len(search_dates(text, settings=settings, languages=["en"]) or [])

    return run


@dataclass(frozen=True)
class Timing:
    system: str
    workload: str
    chars: int
    mentions: int
    seconds: float

    @property
    def chars_per_second(self) -> float:
        return self.chars / self.seconds

    @property
    def mentions_per_second(self) -> float:
        return self.mentions / self.seconds


def time_system(
    name: str, resolver: Resolver, workload: list[Article], label: str, repeat: int
) -> Timing:
    best, mentions = float("inf"), 0
    for _ in range(repeat):  # best of REPEAT: the least disturbed run
        started = time.perf_counter()
        mentions = sum(resolver(text, published) for text, published in workload)
        best = min(best, time.perf_counter() - started)
    chars = sum(len(text) for text, _ in workload)
    return Timing(name, label, chars, mentions, best)


def _kb(chars: int) -> str:
    return f"{chars / 1000:,.0f} kB" if chars < 1_000_000 else f"{chars / 1e6:.2f} MB"


def table(timings: list[Timing]) -> str:
    rows = [
        "| System | Input (characters) | Mentions | Seconds | Mentions/s | kB/s |",
        "|---|---|---|---|---|---|",
    ]
    for t in timings:
        rows.append(
            f"| {t.system} | {t.workload}: {_kb(t.chars)} | {t.mentions:,} | {t.seconds:.2f} "
            f"| {t.mentions_per_second:,.0f} | {t.chars_per_second / 1000:,.0f} |"
        )
    return "\n".join(rows)


def ratios(timings: list[Timing]) -> list[str]:
    """Ours / dateparser throughput (characters per second) on each identical input."""
    by_key = {(t.system, t.workload): t for t in timings}
    lines = []
    for workload in dict.fromkeys(t.workload for t in timings):
        mine, theirs = by_key.get(("ours", workload)), by_key.get(("dateparser", workload))
        if mine and theirs:
            ratio = mine.chars_per_second / theirs.chars_per_second
            verdict = "meets" if ratio >= TARGET_RATIO else "does NOT meet"
            lines.append(
                f"{workload}: ours is **{ratio:,.1f}×** dateparser's throughput "
                f"({verdict} the {TARGET_RATIO}× target)"
            )
    return lines


def section(source: Path, articles: int, timings: list[Timing], notes: list[str]) -> str:
    from bench.report import machine_description

    ratio_lines = ratios(timings)
    parts = [
        "## Date resolver speed",
        "",
        f"Workload: the {articles} seed articles from `{_display(source)}` repeated round-robin "
        "to about 1 MB; each system is called once per article with its publication date "
        "(dateparser: `search_dates` with `RELATIVE_BASE`, `PREFER_DATES_FROM=past`). The "
        f"prefix is the first articles totalling ≥{PREFIX_CHARS // 1000} kB, timed best of "
        "3; the full workload is timed once. Both systems see identical inputs in each row "
        "pair. Reproduce with `python -m bench.resolver_speed --write`.",
        "",
        table(timings),
        "",
    ]
    parts += [f"- {line}" for line in ratio_lines]
    parts += [f"- {note}" for note in notes]
    parts += [
        "",
        "Mention counts are not comparable as quality figures (dateparser also reports "
        "'may', '$87 a' and similar; see the `timex` section for accuracy). The machine is "
        "shared with other work, so absolute seconds vary by up to 2× between runs; the ratio "
        "on the same input, measured minutes apart, is the steadier figure.",
        "",
        machine_description(),
    ]
    return "\n".join(parts)


def _display(path: Path) -> str:
    try:
        return str(path.relative_to(REPO_ROOT))
    except ValueError:
        return str(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--write", action="store_true", help="write section 'resolver_speed' of docs/benchmarks.md"
    )
    parser.add_argument(
        "--dateparser-max-bytes",
        type=int,
        default=None,
        help="skip dateparser on inputs larger than this (default: no cap)",
    )
    args = parser.parse_args(argv)

    source, articles = load_seed_articles()
    prefix, full = repeat_to(articles, PREFIX_CHARS), repeat_to(articles, TARGET_CHARS)
    systems, notes = [], []
    try:
        systems.append(("ours", ours()))
    except ImportError as error:
        notes.append(f"Our resolver was not importable ({error}); only dateparser was timed.")
    systems.append(("dateparser", dateparser_search()))

    warm_up = articles[0]
    for _, resolver in systems:  # load languages, compile patterns: not part of throughput
        resolver(*warm_up)

    timings = []
    for label, workload, repeat in (("prefix", prefix, 3), ("full", full, 1)):
        chars = sum(len(text) for text, _ in workload)
        for name, resolver in systems:
            cap = args.dateparser_max_bytes
            if name == "dateparser" and cap is not None and chars > cap:
                notes.append(f"dateparser not timed on the {_kb(chars)} input (capped).")
                continue
            timing = time_system(name, resolver, workload, label, repeat)
            print(
                f"{name:10} {label:6} {_kb(chars):>9} {timing.mentions:7,} mentions "
                f"{timing.seconds:7.2f} s",
                flush=True,
            )
            timings.append(timing)

    print()
    print(table(timings))
    for line in ratios(timings) + notes:
        print(line)
    if args.write:
        from bench.report import write_section

        path = write_section("resolver_speed", section(source, len(articles), timings, notes))
        print(f"\nwrote section 'resolver_speed' to {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
