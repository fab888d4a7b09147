"""How well the pipeline extracts events from real news copy, against hand-made gold.

`python -m bench.news_quality [--write]` reads every bench/news/annotations*.jsonl (one
article a line, with its gold events), runs extraction on each article whose text is in
bench/news/texts/<id>.txt (the same code path as `manage.py extract_events FILE
--published DATE`: body passages, `candidates_for_text`, `group_candidates`,
`fold_citations`), and writes the section `news` of docs/benchmarks.md.

An extracted event FINDS a gold event when one of its cited sentences overlaps the gold
quote (or one of its other_quotes) and its [start_date, end_date] lies inside the gold
[start, end]. An extracted event is correct when it finds some gold event. Figures are
given separately for each (language, split); the misses (gold events nothing found) and
the extras (extracted events that find nothing) are listed so the failures can be judged.

The texts are publishers' copy and are not committed: where they are absent the benchmark
says how many are missing and where bench/news/README.md tells how to gather them, and
still exits 0. Filters: --split dev|heldout, --lang en|ru|ur, --ids A,B (a new batch);
--totals prints the figures without misses and extras (how held-out figures are read);
--show ID prints one article's extracted events next to its gold.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from bench.report import publish

REPO = Path(__file__).resolve().parent.parent
NEWS = REPO / "bench" / "news"
TEXTS = NEWS / "texts"
SPLITS = ("dev", "heldout")


@dataclass
class Gold:
    summary: str
    quote: str
    start: dt.date
    end: dt.date
    actors: tuple[str, ...]
    spans: list[tuple[int, int]]


@dataclass
class Extracted:
    title: str
    value: str
    start: dt.date
    end: dt.date
    actors: tuple[str, ...]
    quote: str
    spans: list[tuple[int, int]]


@dataclass
class Group:
    language: str
    split: str
    articles: int = 0
    missing_texts: int = 0
    gold: int = 0
    found: int = 0
    extracted: int = 0
    correct: int = 0
    actor_tp: int = 0
    actor_pred: int = 0
    actor_gold: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.correct / self.extracted if self.extracted else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def actor_f1(self) -> float | None:
        if not (self.actor_pred or self.actor_gold):
            return None
        return 2 * self.actor_tp / (self.actor_pred + self.actor_gold)


def load_annotations(language: str | None = None, split: str | None = None) -> list[dict]:
    articles = []
    for path in sorted(NEWS.glob("annotations*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            article = json.loads(line)
            article.setdefault("language", "en")
            article["_source"] = f"{path.name}:{number}"
            if language and article["language"] != language:
                continue
            if split and article.get("split") != split:
                continue
            articles.append(article)
    return articles


def _occurrences(text: str, quote: str) -> list[tuple[int, int]]:
    spans, at = [], text.find(quote)
    while quote and at >= 0:
        spans.append((at, at + len(quote)))
        at = text.find(quote, at + 1)
    return spans


def gold_events(article: dict, text: str, problems: list[str]) -> list[Gold]:
    golds = []
    for event in article.get("events", []):
        spans = []
        for quote in [event["quote"], *event.get("other_quotes", [])]:
            found = _occurrences(text, quote)
            if not found:
                problems.append(f"{article['id']}: gold quote not in the text: {quote[:80]!r}")
            spans += found
        golds.append(
            Gold(
                event.get("summary", ""),
                event["quote"],
                dt.date.fromisoformat(event["start"]),
                dt.date.fromisoformat(event["end"]),
                tuple(event.get("actors", [])),
                spans,
            )
        )
    return golds


def extract(text: str, published: dt.date, language: str = "en") -> list[Extracted]:
    """The events `manage.py extract_events FILE --published DATE --language L` prints, with
    all their cited sentences."""
    from articles.cleaning import split_passages
    from timeline.extraction import fold_citations, group_candidates
    from timeline.pipeline import candidates_for_text

    body = [(p.start, p.end) for p in split_passages(text) if p.kind == "body"]
    events = []
    for group in group_candidates(candidates_for_text(text, published, body, language=language)):
        event, lead = fold_citations(group), group[0]
        events.append(
            Extracted(
                event.title,
                event.value,
                event.start_date,
                event.end_date,
                tuple(event.actors),
                text[lead.quote_start : lead.quote_end],
                [(c.quote_start, c.quote_end) for c in group],
            )
        )
    return events


def finds(event: Extracted, gold: Gold) -> bool:
    overlaps = any(s < ge and gs < e for s, e in event.spans for gs, ge in gold.spans)
    return overlaps and gold.start <= event.start and event.end <= gold.end


class ActorNames:
    """Canonical actor names from the app's vocabulary (name and aliases, any case).

    Actor agreement is measured over the people and organisations the vocabulary knows:
    countries are left out (the gold lists who acted, not the two states), and so are gold
    actors the vocabulary cannot name."""

    def __init__(self):
        from timeline.models import Actor

        self.canonical, self.countries = {}, set()
        for actor in Actor.objects.all():
            for name in [actor.name, *actor.aliases]:
                self.canonical.setdefault(name.casefold(), actor.name)
            if actor.kind == "country":
                self.countries.add(actor.name)

    def known(self, names) -> set[str]:
        out = {self.canonical.get(n.casefold()) for n in names}
        return {n for n in out if n and n not in self.countries}


def _shorten(text: str, limit: int = 150) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def score(articles: list[dict]) -> list[Group]:
    groups: dict[tuple[str, str], Group] = {}
    names = None
    for article in articles:
        key = (article["language"], article.get("split", "dev"))
        group = groups.setdefault(key, Group(*key))
        path = TEXTS / f"{article['id']}.txt"
        if not path.exists():
            group.missing_texts += 1
            continue
        from articles.ingest import read_article_file

        names = names or ActorNames()
        text = read_article_file(path)
        golds = gold_events(article, text, group.problems)
        events = extract(text, dt.date.fromisoformat(article["published"]), article["language"])
        group.articles += 1
        group.gold += len(golds)
        group.extracted += len(events)
        correct = set()
        for gold in golds:
            hits = [i for i, event in enumerate(events) if finds(event, gold)]
            correct.update(hits)
            if not hits:
                group.misses.append(
                    f"`{article['id']}` {gold.start}..{gold.end} {gold.summary}: "
                    f"“{_shorten(gold.quote)}”"
                )
                continue
            group.found += 1
            predicted = names.known(events[hits[0]].actors)
            expected = names.known(gold.actors)
            group.actor_tp += len(predicted & expected)
            group.actor_pred += len(predicted)
            group.actor_gold += len(expected)
        group.correct += len(correct)
        for i, event in enumerate(events):
            if i not in correct:
                group.extras.append(
                    f"`{article['id']}` {event.value}: {event.title}: “{_shorten(event.quote)}”"
                )
    order = {"en": 0, "ru": 1, "ur": 2}
    return sorted(groups.values(), key=lambda g: (order.get(g.language, 9), g.language, g.split))


def markdown(groups: list[Group], *, details: bool = True) -> str:
    lines = [
        "## Event extraction from real news copy",
        "",
        "Hand-annotated English (and, where present, Russian and Urdu) news articles on "
        "Pakistan–Russia relations, 1999–2026 (bench/news/). An extracted event finds a gold "
        "event when one of its cited sentences overlaps the gold quote and its dates lie "
        "within the gold range; precision counts extracted events that find some gold event. "
        "Actor F1 is over found pairs, on the people and organisations the vocabulary knows. "
        "The held-out split is not to be tuned on.",
        "",
        "| language | split | articles (texts missing) | gold events | extracted | recall "
        "| precision | F1 | actor F1 |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for g in groups:
        actor = "–" if g.actor_f1 is None else f"{g.actor_f1:.0%}"
        lines.append(
            f"| {g.language} | {g.split} | {g.articles} ({g.missing_texts}) | {g.gold} "
            f"| {g.extracted} "
            f"| {g.found}/{g.gold} ({g.recall:.0%}) | {g.correct}/{g.extracted} "
            f"({g.precision:.0%}) | {g.f1:.0%} | {actor} |"
        )
    missing = sum(g.missing_texts for g in groups)
    if missing:
        lines += [
            "",
            f"{missing} annotated article(s) have no text in bench/news/texts/ and were "
            "skipped; bench/news/README.md says how to gather them.",
        ]
    problems = [p for g in groups for p in g.problems]
    if problems:
        lines += ["", "Annotation problems:", ""] + [f"- {p}" for p in problems]
    for g in groups:
        if not g.articles or not details:
            continue
        lines += ["", f"### {g.language} {g.split}: missed gold events ({len(g.misses)})", ""]
        lines += [f"- {m}" for m in g.misses] or ["- none"]
        lines += ["", f"### {g.language} {g.split}: extra extracted events ({len(g.extras)})", ""]
        lines += [f"- {e}" for e in g.extras] or ["- none"]
    return "\n".join(lines)


def show(article: dict) -> None:
    path = TEXTS / f"{article['id']}.txt"
    if not path.exists():
        print(f"{article['id']}: no text at {path} (see bench/news/README.md)")
        return
    from articles.ingest import read_article_file

    text = read_article_file(path)
    problems: list[str] = []
    golds = gold_events(article, text, problems)
    events = extract(text, dt.date.fromisoformat(article["published"]), article["language"])
    print(f"{article['id']} ({article['outlet']}, published {article['published']})")
    for p in problems:
        print(f"  PROBLEM {p}")
    print(f"\nExtracted ({len(events)}):")
    for event in events:
        hit = [j for j, gold in enumerate(golds) if finds(event, gold)]
        mark = f"finds gold {hit}" if hit else "EXTRA"
        print(f"  [{mark}] {event.value} {event.start}..{event.end} {event.title}")
        print(f"      actors: {', '.join(event.actors) or '-'}")
        for s, e in event.spans:
            print(f"      cites [{s}:{e}] “{_shorten(text[s:e], 140)}”")
    print(f"\nGold ({len(golds)}):")
    for j, gold in enumerate(golds):
        hit = [i for i, event in enumerate(events) if finds(event, gold)]
        mark = "found" if hit else "MISSED"
        print(f"  {j} [{mark}] {gold.start}..{gold.end} {gold.summary}")
        print(f"      actors: {', '.join(gold.actors) or '-'}")
        print(f"      quote: “{_shorten(gold.quote, 140)}”")


NEWS_DATABASE = "bench_news"


def _use_news_database() -> None:
    """bench.database's use_bench_database, on a database of its own: the extraction only
    reads the vocabulary, and a run of another benchmark at the same time (which drops and
    recreates bench_timeline) must not cut it off."""
    import os

    from bench.database import recreate, server_settings
    from config.embedded_postgres import database_url

    settings = server_settings()
    recreate(settings, NEWS_DATABASE)
    os.environ["DATABASE_URL"] = database_url(settings, NEWS_DATABASE)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def _drop_news_database() -> None:
    from django.db import connections

    from bench.database import drop, server_settings

    connections.close_all()
    drop(server_settings(), NEWS_DATABASE)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true", help="update docs/benchmarks.md")
    parser.add_argument("--split", choices=SPLITS, help="only this split")
    parser.add_argument("--lang", choices=("en", "ru", "ur"), help="only this language")
    parser.add_argument("--show", metavar="ID", help="print one article's events vs its gold")
    parser.add_argument("--ids", help="only these articles (comma-separated), e.g. a new batch")
    parser.add_argument("--totals", action="store_true",
                        help="figures only, no misses or extras (safe on held-out)")  # fmt: skip
    args = parser.parse_args()

    articles = load_annotations(args.lang, args.split)
    if args.ids:
        wanted = set(args.ids.split(","))
        articles = [a for a in articles if a["id"] in wanted]
        if unknown := wanted - {a["id"] for a in articles}:
            parser.error(f"no annotated article(s) {', '.join(sorted(unknown))}")
    # A filtered or shortened run never overwrites the published section.
    filtered = bool(args.lang or args.split or args.ids or args.totals)
    if args.show:
        articles = [a for a in load_annotations() if a["id"] == args.show]
        if not articles:
            parser.error(f"no annotated article {args.show!r}")
    if not any((TEXTS / f"{a['id']}.txt").exists() for a in articles):
        # Nothing to extract from: no database needed.
        groups = score(articles) if articles else []
        text = markdown(groups, details=not args.totals)
        if not articles:
            text += "\n\nNo annotated articles matched."
        if args.show:
            show(articles[0])
        else:
            publish("news", text, write=args.write and not filtered)
        return

    _use_news_database()
    try:
        if args.show:
            show(articles[0])
            return
        text = markdown(score(articles), details=not args.totals)
    finally:
        _drop_news_database()
    publish("news", text, write=args.write and not filtered)


if __name__ == "__main__":
    main()
