"""Synthetic events for load tests and benchmarks: `generate_synthetic` calls these.

Rows are written with bulk_create in batches, bypassing ingest and extraction on purpose:
a hundred thousand events must load in well under a few minutes. Every row made here has
is_synthetic=True (articles and events; passages and citations hang off them), so
`clear_synthetic` removes exactly what was generated and nothing an editor or ingest made.
"""

import calendar
import datetime as dt
import json
import random
import secrets
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.postgres.search import SearchVector
from django.db import connection, transaction
from django.db.models import Value

from articles.cleaning import split_passages
from articles.models import Article, Passage, content_hash
from timeline.models import SEARCH_CONFIG, Actor, Citation, Event, Sector

FIRST_YEAR = 1947
LAST_YEAR = 2026
EVENTS_PER_ARTICLE = 5
BATCH_EVENTS = 5000
# day 55%, month 25%, year 15%, decade 5%: most reporting dates a happening to the day.
PRECISION_WEIGHTS = {"day": 55, "month": 25, "year": 15, "decade": 5}
PUBLISHED_SHARE = 0.95

CITIES = [
    "Islamabad",
    "Moscow",
    "Karachi",
    "Lahore",
    "St Petersburg",
    "Kazan",
    "Tashkent",
    "Astana",
    "Beijing",
    "New York",
    "Sochi",
    "Rawalpindi",
    "Vladivostok",
    "Gwadar",
]
OUTLETS = [
    "Dawn",
    "TASS",
    "The News",
    "Express Tribune",
    "APP",
    "RIA Novosti",
    "Reuters",
    "Associated Press",
    "Business Recorder",
    "Sputnik",
]
# (title pattern, sentence pattern): {a} and {b} are actors, {sector} a sector name in lower case.
HAPPENINGS = [
    ("{a} meets {b} in {city}", "{a} met {b} in {city} for talks on {sector} cooperation"),
    ("{a} visits {city}", "{a} arrived in {city} on an official visit focused on {sector}"),
    (
        "{a} and {b} sign {sector} agreement",
        "{a} and {b} signed an agreement on {sector} cooperation in {city}",
    ),
    ("{a} holds talks with {b}", "{a} held talks with {b} on {sector} and regional security"),
    (
        "{sector_title} delegation in {city}",
        "A {sector} delegation led by {a} held meetings with {b} in {city}",
    ),
    ("{a} calls {b}", "{a} spoke to {b} by telephone about {sector} projects"),
    (
        "Intergovernmental talks on {sector}",
        "{a} and {b} reviewed progress on {sector} at a session in {city}",
    ),
    ("{a} announces {sector} plan", "{a} announced a new {sector} plan with {b} in {city}"),
]
SUMMARY_TAILS = [
    "Both sides agreed to meet again within a year.",
    "Officials described the talks as constructive.",
    "The foreign office said the sides would expand cooperation.",
    "A joint statement was issued after the meeting.",
    "The ministry said working groups would follow up.",
]
FILLER_SENTENCES = [
    "Relations between the two countries have grown steadily.",
    "Officials did not give further details.",
    "The talks were held behind closed doors.",
    "Observers said the meeting reflected a broader shift in the region.",
]


@dataclass(frozen=True)
class SyntheticDate:
    value: str
    start: dt.date
    end: dt.date
    precision: str
    phrase: str


def random_date(rng: random.Random, today: dt.date) -> SyntheticDate:
    precision = rng.choices(list(PRECISION_WEIGHTS), weights=list(PRECISION_WEIGHTS.values()))[0]
    year = rng.randint(FIRST_YEAR, LAST_YEAR)
    month = rng.randint(1, 12)
    if precision == "day":
        day = rng.randint(1, calendar.monthrange(year, month)[1])
        start = end = dt.date(year, month, day)
        return SyntheticDate(start.isoformat(), start, end, precision, f"On {day} {start:%B %Y}")
    if precision == "month":
        last = calendar.monthrange(year, month)[1]
        start, end = dt.date(year, month, 1), dt.date(year, month, last)
        return SyntheticDate(f"{year}-{month:02d}", start, end, precision, f"In {start:%B %Y}")
    if precision == "year":
        return SyntheticDate(
            str(year), dt.date(year, 1, 1), dt.date(year, 12, 31), precision, f"In {year}"
        )
    first = max(FIRST_YEAR // 10 * 10, year // 10 * 10)
    if first + 9 > today.year:
        first -= 10
    return SyntheticDate(
        f"{first // 10:03d}",
        dt.date(first, 1, 1),
        dt.date(first + 9, 12, 31),
        precision,
        f"In the {first}s",
    )


def _publication(rng: random.Random, date: SyntheticDate, today: dt.date) -> tuple[dt.date, str]:
    """(publication date, status): reported soon after it happened, or announced before it."""
    if date.start > today:
        return today - dt.timedelta(days=rng.randint(0, 30)), Event.Status.PLANNED
    published = min(today, date.end + dt.timedelta(days=rng.randint(0, 20)))
    return max(published, dt.date(1947, 8, 14)), Event.Status.OCCURRED


def generate(count: int, *, seed: int | None = None, today: dt.date | None = None) -> int:
    """Write `count` synthetic events with their articles, passages and citations."""
    rng = random.Random(seed)
    today = today or dt.date.today()
    actors = list(Actor.objects.values_list("id", "name"))
    sectors = list(Sector.objects.values_list("id", "name"))
    if len(actors) < 2 or not sectors:
        raise ValueError("load the actor and sector vocabulary first (migrate does)")
    # Makes article texts unique across runs, since texts are unique by content hash.
    run = secrets.token_hex(4)
    with transaction.atomic():
        for batch_start in range(0, count, BATCH_EVENTS):
            size = min(BATCH_EVENTS, count - batch_start)
            _write_batch(rng, size, batch_start, run, today, actors, sectors)
    return count


def _write_batch(rng, size, offset, run, today, actors, sectors) -> None:
    planned = []  # (article, [(event, quote span, date span, actor ids, sector ids)])
    for article_start in range(0, size, EVENTS_PER_ARTICLE):
        n_events = min(EVENTS_PER_ARTICLE, size - article_start)
        planned.append(_plan_article(rng, n_events, offset + article_start, run, today,
                                     actors, sectors))  # fmt: skip
    Article.objects.bulk_create([article for article, _, _ in planned])
    passages, events = [], []
    for article, spans, reports in planned:
        for ordinal, (start, end, kind) in enumerate(spans, start=1):
            passages.append(Passage(article=article, ordinal=ordinal, start=start, end=end,
                                    kind=kind))  # fmt: skip
        events.extend(report["event"] for report in reports)
    Passage.objects.bulk_create(passages, batch_size=2000)
    # Ids first, so the relation rows go in before their events (the foreign keys are checked
    # at commit): the triggers that copy an event's actors and sectors and count it in the
    # tally then run once per event, not again for every relation row.
    for event, pk in zip(events, _next_event_ids(len(events)), strict=True):
        event.pk = pk
    actor_links, sector_links = [], []
    for _, _, reports in planned:
        for report in reports:
            event_id = report["event"].pk
            actor_links += [Event.actors.through(event_id=event_id, actor_id=a)
                            for a in report["actors"]]  # fmt: skip
            sector_links += [Event.sectors.through(event_id=event_id, sector_id=s)
                             for s in report["sectors"]]  # fmt: skip
    Event.actors.through.objects.bulk_create(actor_links, batch_size=5000)
    Event.sectors.through.objects.bulk_create(sector_links, batch_size=5000)
    Event.objects.bulk_create(events, batch_size=2000)

    by_article = {}
    for passage in passages:
        by_article.setdefault(passage.article_id, []).append(passage)
    citations = []
    for article, _, reports in planned:
        article_passages = by_article[article.pk]
        for report in reports:
            event = report["event"]
            quote_start, quote_end = report["quote"]
            passage = next(p for p in article_passages if p.start <= quote_start < p.end)
            citations.append(Citation(
                event=event, article=article, passage=passage,
                quote_start=quote_start, quote_end=quote_end,
                date_start=report["date"][0], date_end=report["date"][1],
                date_value=event.value, date_rule="synthetic", extracted={},
            ))  # fmt: skip
    Citation.objects.bulk_create(citations, batch_size=2000)


def _next_event_ids(count: int) -> list[int]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence('timeline_event', 'id'))"
            " FROM generate_series(1, %s)",
            [count],
        )
        return [row[0] for row in cursor.fetchall()]


def _plan_article(rng, n_events, number, run, today, actors, sectors):
    """One synthetic article reporting `n_events` events, one body passage per event."""
    dates = [random_date(rng, today) for _ in range(n_events)]
    published, _ = _publication(rng, max(dates, key=lambda d: d.end), today)
    outlet = rng.choice(OUTLETS)
    header = f"{outlet} synthetic dispatch {run}-{number}"
    text = header + "\n\n"
    spans = [(0, len(header), Passage.Kind.BOILERPLATE)]
    reports = []
    title = ""
    for date in dates:
        (a_id, a_name), (b_id, b_name) = rng.sample(actors, 2)
        chosen_sectors = rng.sample(sectors, rng.choice([1, 1, 2]))
        sector = chosen_sectors[0][1].lower()
        title_pattern, sentence_pattern = rng.choice(HAPPENINGS)
        words = {"a": a_name, "b": b_name, "city": rng.choice(CITIES), "sector": sector,
                 "sector_title": chosen_sectors[0][1]}  # fmt: skip
        event_title = title_pattern.format(**words)
        title = title or event_title
        sentence = f"{date.phrase}, {sentence_pattern.format(**words)}."
        tail = rng.choice(SUMMARY_TAILS)
        paragraph = f"{sentence} {tail} {rng.choice(FILLER_SENTENCES)}"
        start = len(text)
        text += paragraph + "\n\n"
        spans.append((start, start + len(paragraph), Passage.Kind.BODY))
        status = Event.Status.PLANNED if date.start > published else Event.Status.OCCURRED
        event = Event(
            title=event_title[:300],
            summary=f"{sentence} {tail}",
            start_date=date.start,
            end_date=date.end,
            precision=date.precision,
            value=date.value,
            status=status,
            published=rng.random() < PUBLISHED_SHARE,
            is_synthetic=True,
            # Indexed as they are written, weighted as the pipeline weights real events.
            search_vector=SearchVector(Value(event_title[:300]), weight="A", config=SEARCH_CONFIG)
            + SearchVector(Value(f"{sentence} {tail}"), weight="B", config=SEARCH_CONFIG),
        )
        reports.append({
            "event": event,
            "quote": (start, start + len(sentence)),
            "date": (start, start + len(date.phrase)),
            "actors": [a_id, b_id],
            "sectors": [s_id for s_id, _ in chosen_sectors],
        })  # fmt: skip
    article = Article(
        outlet=outlet,
        title=title[:500],
        published=published,
        text=text,
        content_hash=content_hash(text),
        is_synthetic=True,
        url=f"https://example.org/synthetic/{run}/{number}",
    )
    return article, spans, reports


def clear_synthetic() -> tuple[int, int]:
    """Delete synthetic events and articles (citations and passages cascade)."""
    with transaction.atomic(), connection.cursor() as cursor:
        # Raw deletes: the ORM's cascade would load every row first, and history rows are
        # not made for synthetic events.
        cursor.execute(
            "DELETE FROM timeline_citation WHERE event_id IN "
            "(SELECT id FROM timeline_event WHERE is_synthetic)"
            " OR article_id IN (SELECT id FROM articles_article WHERE is_synthetic)"
        )
        cursor.execute("DELETE FROM timeline_event WHERE is_synthetic")
        events = cursor.rowcount
        # Then their relation rows (foreign keys are checked at commit): deleted before the
        # events, each would make a trigger rewrite its event's copy of the relations.
        for relation in ("timeline_event_actors", "timeline_event_sectors"):
            cursor.execute(
                f"DELETE FROM {relation} AS r WHERE NOT EXISTS "
                "(SELECT 1 FROM timeline_event AS e WHERE e.id = r.event_id)"
            )
        cursor.execute(
            "DELETE FROM articles_passage WHERE article_id IN "
            "(SELECT id FROM articles_article WHERE is_synthetic)"
        )
        cursor.execute("DELETE FROM articles_article WHERE is_synthetic")
        articles = cursor.rowcount
    return events, articles


@dataclass(frozen=True)
class SyntheticArticle:
    outlet: str
    title: str
    published: dt.date
    text: str


def seed_paragraphs(directory: Path | None = None) -> list[str]:
    """The body paragraphs of the seed articles (fixtures/articles/ by default)."""
    directory = directory or Path(settings.BASE_DIR) / "fixtures" / "articles"
    paragraphs = []
    for path in sorted(directory.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        paragraphs += [
            text[span.start : span.end]
            for span in split_passages(text)
            if span.kind == Passage.Kind.BODY and span.end - span.start > 80
        ]
    return paragraphs


def article_texts(count: int, *, seed: int | None = None) -> list[SyntheticArticle]:
    """Realistic articles for ingest tests and benchmarks: seed paragraphs recombined under
    a dateline, published on dates spread over 2000-2025 so relative dates resolve anew."""
    rng = random.Random(seed)
    paragraphs = seed_paragraphs()
    outlets = [entry["outlet"] for entry in _seed_manifest()["articles"]] + OUTLETS
    seen, articles = set(), []
    while len(articles) < count:
        published = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randint(0, 26 * 365))
        body = rng.sample(paragraphs, rng.randint(3, min(8, len(paragraphs))))
        text = f"{published:%B} {published.day}, {published.year}\n\n" + "\n\n".join(body) + "\n"
        if text in seen:
            continue
        seen.add(text)
        title = body[0].split(".")[0][:120].strip() or "Pakistan and Russia"
        articles.append(SyntheticArticle(rng.choice(outlets), title, published, text))
    return articles


def _seed_manifest() -> dict:
    path = Path(settings.BASE_DIR) / "fixtures" / "articles" / "manifest.json"
    return json.loads(path.read_text(encoding="utf-8"))
