"""The seed articles through the whole pipeline, checked against the editor's gold timeline."""

import datetime as dt
import json
from pathlib import Path

import pytest
from django.core.management import call_command

from articles.ingest import ingest_article
from articles.models import Article, Passage
from timeline.models import Actor, Citation, Event

REPO = Path(__file__).resolve().parents[2]
GOLD = json.loads((REPO / "fixtures" / "gold" / "seed_timeline.json").read_text("utf-8"))
MANIFEST = json.loads((REPO / "fixtures" / "articles" / "manifest.json").read_text("utf-8"))
TITLE_OF_FILE = {entry["file"]: entry["title"] for entry in MANIFEST["articles"]}

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded():
    call_command("ingest_articles", verbosity=0)


@pytest.fixture(scope="module")
def seeded_once(django_db_setup, django_db_blocker):
    """The seeds go in once for the tests that only read."""
    with django_db_blocker.unblock():
        call_command("ingest_articles", verbosity=0)
        yield
        Event.objects.all().delete()
        Article.objects.all().delete()


def gold_events(tier):
    return [event for event in GOLD["events"] if event["tier"] == tier]


def events_reporting(gold):
    """Events that cite the gold article with a sentence containing the gold quote."""
    article = Article.objects.get(title=TITLE_OF_FILE[gold["article"]])
    quote_at = article.text.index(gold["quote"])
    citations = Citation.objects.filter(
        article=article, quote_start__lte=quote_at, quote_end__gte=quote_at + len(gold["quote"])
    )
    return Event.objects.filter(citations__in=citations).distinct()


def matches_gold(event, gold):
    start, end = dt.date.fromisoformat(gold["start"]), dt.date.fromisoformat(gold["end"])
    names = set(event.actors.values_list("name", flat=True))
    return start <= event.start_date and event.end_date <= end and set(gold["actors"]) <= names


@pytest.mark.parametrize("gold", gold_events("core"), ids=lambda gold: gold["id"])
def test_every_core_gold_event_is_on_the_timeline_once(seeded_once, gold):
    events = list(events_reporting(gold))
    assert len(events) == 1, f"{gold['id']}: {len(events)} events cite the gold quote"
    event = events[0]
    assert matches_gold(event, gold), (
        f"{gold['id']}: got {event.start_date}..{event.end_date} "
        f"{sorted(event.actors.values_list('name', flat=True))}"
    )
    assert event.status == gold["status"]


def test_at_least_seven_of_eight_extended_gold_events_are_found(seeded_once):
    found = [
        gold["id"]
        for gold in gold_events("extended")
        if any(matches_gold(event, gold) for event in events_reporting(gold))
    ]
    assert len(found) >= 7, f"found only {found}"


def test_no_event_is_cited_from_boilerplate(seeded_once):
    assert not Citation.objects.filter(passage__kind=Passage.Kind.BOILERPLATE).exists()


def test_lavrov_visit_of_april_2021_is_one_event_reported_by_three_articles(seeded_once):
    arrival = next(gold for gold in GOLD["events"] if gold["id"] == "lavrov-arrives-2021")
    (event,) = events_reporting(arrival)
    outlets = set(event.citations.values_list("article__title", flat=True))
    assert len(outlets) == 3


def test_lavrov_in_2012_and_in_2021_stay_two_events(seeded_once):
    lavrov_years = {
        event.start_date.year for event in Event.objects.filter(actors__name="Sergey Lavrov")
    }
    assert {2012, 2021} <= lavrov_years


def snapshot():
    return sorted(
        (
            event.pk, event.title, event.value, event.start_date, event.end_date, event.status,
            tuple(sorted(event.actors.values_list("name", flat=True))),
            tuple(sorted(event.citations.values_list("article_id", "quote_start", "quote_end"))),
        )
        for event in Event.objects.all()
    )


def test_ingesting_and_extracting_again_changes_nothing(seeded):
    before = snapshot()
    call_command("ingest_articles", verbosity=0)
    call_command("extract_events", "--all", verbosity=0)
    assert snapshot() == before


def test_reextraction_never_changes_an_event_an_editor_reviewed(seeded):
    event = Event.objects.filter(precision="day").first()
    event.title = "Edited by an editor"
    event.start_date = event.end_date = dt.date(2000, 1, 1)
    event.value, event.reviewed = "2000-01-01", True
    event.save()
    citations = set(event.citations.values_list("pk", flat=True))

    call_command("extract_events", "--all", verbosity=0)

    event.refresh_from_db()
    assert (event.title, event.start_date, event.reviewed) == (
        "Edited by an editor", dt.date(2000, 1, 1), True,
    )
    assert citations <= set(event.citations.values_list("pk", flat=True))


def test_extraction_records_each_event_in_its_history_with_its_actors_and_sectors(seeded_once):
    events = Event.objects.filter(actors__isnull=False).distinct()
    assert events.exists() and events.filter(sectors__isnull=False).exists()
    for event in events:
        record = event.history.first()
        assert record.history_change_reason.startswith(("Extracted", "Extraction changed"))
        assert record.title == event.title
        assert {row.actor_id for row in record.actors.all()} == set(
            event.actors.values_list("pk", flat=True)
        )
        assert {row.sector_id for row in record.sectors.all()} == set(
            event.sectors.values_list("pk", flat=True)
        )


def test_every_sentence_that_reports_an_event_is_searchable(seeded_once):
    """The April 2021 visit is first indexed from one article; the words of the sentences
    other articles add later ("after a gap of almost nine years") find it too."""
    arrival = next(gold for gold in GOLD["events"] if gold["id"] == "lavrov-arrives-2021")
    (event,) = events_reporting(arrival)
    assert event in Event.objects.matching("gap of almost nine years")
    assert event in Event.objects.matching("landed")


def test_history_of_a_refolded_event_keeps_the_relations_that_did_not_change(db):
    """Re-extraction after the vocabulary learns a minister changes the event's actors
    alone: its new history record still lists the sectors, which were not written again."""
    text = (
        "Pakistan and Russia to widen gas trade\n\n"
        "Pakistan's petroleum minister Musadiq Malik and Russia's energy minister signed "
        "an agreement on gas supplies in Moscow on Monday, officials said.\n\n"
        "The two sides also discussed an oil refinery."
    )
    ingest_article(text=text, outlet="Dawn", title="Gas deal", published="2025-03-12")
    event = Event.objects.get(
        citations__quote_start=text.index("Pakistan's petroleum"), start_date=dt.date(2025, 3, 10)
    )
    Actor.objects.create(
        name="Musadiq Malik", slug="musadiq-malik", kind=Actor.Kind.PERSON,
        side=Actor.Side.PAKISTAN,
    )  # fmt: skip

    call_command("extract_events", "--all", verbosity=0)

    record = event.history.first()
    assert record.history_change_reason == "Extraction changed actors"
    assert "Musadiq Malik" in {row.actor.name for row in record.actors.all()}
    assert {row.sector_id for row in record.sectors.all()} == set(
        event.sectors.values_list("pk", flat=True)
    ) != set()
