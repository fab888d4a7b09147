"""How well the pipeline extracts events: precision, recall and noise against gold timelines.

`python -m bench.extraction_quality --write` ingests, into a throwaway database, the seed
articles (scored against fixtures/gold/seed_timeline.json) and the held-out wire copy in
timeline/tests/articles/ (scored against its expected.json), and writes the section
`extraction` of docs/benchmarks.md. An extracted event matches a gold event when it cites
the gold article with a sentence containing the gold quote and its dates lie within the
gold range. Events that match nothing are listed by title, so the noise can be judged.
"""

import argparse
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from bench.database import drop_bench_database, use_bench_database
from bench.report import publish

REPO = Path(__file__).resolve().parent.parent
SEED_GOLD = REPO / "fixtures" / "gold" / "seed_timeline.json"
SEED_MANIFEST = REPO / "fixtures" / "articles" / "manifest.json"
HELD_OUT = REPO / "timeline" / "tests" / "articles"


@dataclass
class Score:
    name: str
    gold: int
    found: int
    events: int
    matched_events: int
    unmatched: list[str]

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.matched_events / self.events if self.events else 0.0


def score(name: str, gold_by_title: dict[str, list[dict]]) -> Score:
    from articles.models import Article
    from timeline.models import Citation, Event

    matched_ids, found = set(), 0
    for title, golds in gold_by_title.items():
        article = Article.objects.get(title=title)
        for gold in golds:
            at = article.text.index(gold["quote"])
            start = dt.date.fromisoformat(gold["start"])
            end = dt.date.fromisoformat(gold["end"])
            citations = Citation.objects.filter(
                article=article, quote_start__lte=at, quote_end__gte=at + len(gold["quote"])
            )
            hits = Event.objects.filter(
                citations__in=citations, start_date__gte=start, end_date__lte=end
            ).distinct()
            found += bool(hits)
            matched_ids.update(hits.values_list("pk", flat=True))
    titles = list(gold_by_title)
    events = Event.objects.filter(citations__article__title__in=titles).distinct()
    unmatched = [f"{e.value}: {e.title}" for e in events.exclude(pk__in=matched_ids)]
    gold_count = sum(len(golds) for golds in gold_by_title.values())
    return Score(name, gold_count, found, events.count(), len(matched_ids), unmatched)


def ingest_and_score() -> list[Score]:
    from django.core.management import call_command

    from articles.ingest import ingest_article

    call_command("ingest_articles", verbosity=0)
    manifest = {a["file"]: a["title"] for a in json.loads(SEED_MANIFEST.read_text())["articles"]}
    seed_gold: dict[str, list[dict]] = {}
    for gold in json.loads(SEED_GOLD.read_text())["events"]:
        seed_gold.setdefault(manifest[gold["article"]], []).append(gold)

    held_out = json.loads((HELD_OUT / "expected.json").read_text())["articles"]
    for article in held_out:
        ingest_article(
            text=(HELD_OUT / article["file"]).read_bytes().decode("utf-8"),
            outlet=article["outlet"], title=article["title"], published=article["published"],
        )
    held_out_gold = {article["title"]: article["events"] for article in held_out}
    return [
        score(f"Seed articles ({len(manifest)})", seed_gold),
        score(f"Held-out wire copy ({len(held_out)})", held_out_gold),
    ]


def markdown(scores: list[Score]) -> str:
    lines = [
        "## Event extraction against gold timelines",
        "",
        "An event matches a gold event when it cites the gold sentence and its dates lie "
        "within the gold range. Precision counts extracted events that match a gold event; "
        "the rest are listed below: some are real happenings the gold leaves out, the others "
        "are noise.",
        "",
        "| articles | gold events | found (recall) | extracted events | matching (precision) |",
        "| --- | --- | --- | --- | --- |",
    ]
    for s in scores:
        lines.append(
            f"| {s.name} | {s.gold} | {s.found} ({s.recall:.0%}) | {s.events} "
            f"| {s.matched_events} ({s.precision:.0%}) |"
        )
    for s in scores:
        lines += ["", f"Events from {s.name.lower()} that match no gold event:", ""]
        lines += [f"- {title}" for title in s.unmatched] or ["- none"]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true", help="update docs/benchmarks.md")
    args = parser.parse_args()
    use_bench_database()
    try:
        text = markdown(ingest_and_score())
    finally:
        drop_bench_database()
    publish("extraction", text, write=args.write)


if __name__ == "__main__":
    main()
